#include "bench/ChainEventsBench.h"

#include "core/chain/events/EventCursor.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/local/LogEmitter.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/clock/SystemClock.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

namespace salesdesk::bench {

namespace {

constexpr int kLogsPerBurst = 20;
constexpr int kBlocksPerBurst = 40;

// Runs `start` (which calls its argument once) and waits on the event loop for the answer.
template <typename T> T await(const std::function<void(std::function<void(const T&)>)>& start) {
    std::optional<T> answer;
    QEventLoop loop;
    start([&](const T& result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

RpcResult<QJsonValue> call(JsonRpcClient& rpc, const QString& method, const QJsonArray& params) {
    return await<RpcResult<QJsonValue>>(
        [&](auto done) { rpc.call(method, params, nullptr, std::move(done)); });
}

// The receipt of a sent transaction once it is mined: anvil answers eth_sendTransaction before
// its automine has mined the block, so the receipt may still be null right after (30 s at most).
RpcResult<QJsonValue> minedReceipt(JsonRpcClient& rpc, const QString& hash) {
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto receipt = call(rpc, QStringLiteral("eth_getTransactionReceipt"), {hash});
        if (!receipt.ok() || !receipt->isNull() || waited.elapsed() > 30'000)
            return receipt;
        QEventLoop pause;
        QTimer::singleShot(10, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

// Deploys the emitter and mines `bursts` bursts: kLogsPerBurst transactions (explicit nonces, so
// the node may take them in any order) mined into one block, then kBlocksPerBurst - 1 empty
// blocks. Returns the contract and the block it was deployed in.
Result<std::pair<Address, quint64>> prepareChain(LocalChain& chain, int bursts) {
    JsonRpcClient& rpc = chain.rpc();
    const Address from = chain.accounts().at(0).address;
    auto fail = [](const QString& what, const RpcResult<QJsonValue>& r) -> Error {
        return makeError(
            ErrorCode::Io,
            what + QStringLiteral(": ") +
                (r.ok() ? QStringLiteral("unexpected answer %1")
                              .arg(QString::fromUtf8(
                                  QJsonDocument(QJsonArray{*r}).toJson(QJsonDocument::Compact)))
                        : r.error().describe()));
    };
    const auto sent =
        call(rpc, QStringLiteral("eth_sendTransaction"),
             {QJsonObject{{QStringLiteral("from"), from.toHex()},
                          {QStringLiteral("data"), rpc::toData(LogEmitter::initCode())}}});
    if (!sent.ok())
        return fail(QStringLiteral("deploying the emitter"), sent);
    const auto receipt = minedReceipt(rpc, sent->toString());
    if (!receipt.ok() || !receipt->isObject())
        return fail(QStringLiteral("reading the receipt of %1").arg(sent->toString()),
                    call(rpc, QStringLiteral("eth_getTransactionByHash"), {sent->toString()}));
    auto contract =
        Address::fromHex(receipt->toObject().value(QStringLiteral("contractAddress")).toString());
    auto deployBlock = rpc::parseJsonQuantityU64(
        receipt->toObject().value(QStringLiteral("blockNumber")), u"receipt.blockNumber");
    if (!contract.ok() || !deployBlock.ok())
        return makeError(ErrorCode::Io, QStringLiteral("the deployment's receipt is malformed"));
    const auto nonce = call(rpc, QStringLiteral("eth_getTransactionCount"),
                            {from.toHex(), QStringLiteral("latest")});
    auto next = nonce.ok() ? rpc::parseJsonQuantityU64(*nonce) : Result<quint64>(Error{});
    if (!next.ok())
        return fail(QStringLiteral("reading the nonce"), nonce);
    const auto automine = call(rpc, QStringLiteral("evm_setAutomine"), {false});
    if (!automine.ok())
        return fail(QStringLiteral("turning automine off"), automine);

    quint64 nextNonce = *next;
    for (int burst = 0; burst < bursts; ++burst) {
        QList<RpcCall> sends;
        for (int i = 0; i < kLogsPerBurst; ++i) {
            const int n = burst * kLogsPerBurst + i;
            QJsonObject tx = LogEmitter::transaction(
                from, *contract,
                Hash32::fromBytes(QByteArray(QByteArray(28, 0) + QByteArray::number(n).right(4))),
                QByteArray(64, static_cast<char>(n)));
            tx.insert(QStringLiteral("nonce"), rpc::toQuantity(nextNonce++));
            tx.insert(QStringLiteral("gas"), rpc::toQuantity(quint64(100'000)));
            sends.append(RpcCall{QStringLiteral("eth_sendTransaction"), {tx}, std::nullopt});
        }
        const auto answers = await<QList<RpcResult<QJsonValue>>>(
            [&](auto done) { rpc.batch(sends, nullptr, std::move(done)); });
        for (const auto& answer : answers)
            if (!answer.ok())
                return fail(QStringLiteral("sending a transaction"), answer);
        const auto mined = call(rpc, QStringLiteral("anvil_mine"), {1});
        if (!mined.ok())
            return fail(QStringLiteral("mining a burst"), mined);
        const auto gap = call(rpc, QStringLiteral("anvil_mine"), {kBlocksPerBurst - 1});
        if (!gap.ok())
            return fail(QStringLiteral("mining empty blocks"), gap);
    }
    return std::make_pair(*contract, *deployBlock);
}

} // namespace

bool runChainEventsBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("chain-events");
    const int bursts = options.quick ? 5 : 250;
    report.note(QStringLiteral("chain-events: catching up %1 blocks holding %2 logs from an "
                               "event cursor (local anvil)")
                    .arg(bursts * kBlocksPerBurst)
                    .arg(bursts * kLogsPerBurst));

    LocalChain chain;
    const Result<void> started =
        await<Result<void>>([&](auto done) { chain.start(nullptr, std::move(done)); });
    if (!started.ok()) {
        report.note(QStringLiteral("  cannot run: ") + started.message());
        return false;
    }
    QElapsedTimer setup;
    setup.start();
    const auto prepared = prepareChain(chain, bursts);
    if (!prepared.ok()) {
        report.note(QStringLiteral("  cannot prepare the chain: ") + prepared.message());
        return false;
    }
    const auto [contract, deployBlock] = *prepared;
    report.note(QStringLiteral("  chain prepared in %1 s (not measured)")
                    .arg(static_cast<double>(setup.elapsed()) / 1000.0, 0, 'f', 1));

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    if (!db.ok() || !(*db)
                         ->execute(QStringLiteral("CREATE TABLE market_events (block INTEGER,"
                                                  " log_index INTEGER, topic BLOB, data BLOB,"
                                                  " PRIMARY KEY (block, log_index))"))
                         .ok()) {
        report.note(QStringLiteral("  cannot open the database"));
        return false;
    }
    Database& database = **db;

    SystemClock clock;
    JsonRpcClient rpc(chain.rpcUrl(), clock);
    EventCursor::Options cursorOptions;
    cursorOptions.addresses = {contract};
    cursorOptions.topic0s = {LogEmitter::eventTopic()};
    cursorOptions.startBlock = deployBlock;
    cursorOptions.maxBlockRange = 2000;
    int delivered = 0;
    int batches = 0;
    EventCursor cursor(
        rpc, database, clock, cursorOptions,
        [&](const EventCursor::LogBatch& batch, Database& into) -> Result<void> {
            Statement& insert = into.statement(QStringLiteral(
                "INSERT INTO market_events (block, log_index, topic, data) VALUES (?, ?, ?, ?)"));
            for (const ChainLog& log : batch.logs)
                SD_TRY(insert.bind(0, qint64(log.blockNumber))
                           .bind(1, qint64(log.logIndex))
                           .bind(2, log.topics.value(1).toByteArray())
                           .bind(3, log.data)
                           .exec());
            delivered += static_cast<int>(batch.logs.size());
            ++batches;
            return {};
        },
        [](const EventCursor::Retraction&, Database&) -> Result<void> { return {}; });

    const auto head = call(rpc, QStringLiteral("eth_blockNumber"), {});
    const quint64 target = head.ok() ? rpc::parseJsonQuantityU64(*head).value() : 0;
    QEventLoop loop;
    QObject::connect(&cursor, &EventCursor::statusChanged, &loop, [&] {
        if (cursor.status().state == EventCursorStatus::State::UpToDate && cursor.position() &&
            cursor.position()->number >= target)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    const auto httpBefore = rpc.httpRequestsSent();
    if (const auto ok = cursor.start(); !ok.ok()) {
        report.note(QStringLiteral("  cannot start the cursor: ") + ok.message());
        return false;
    }
    loop.exec();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const quint64 blocks = target - deployBlock + 1;
    const int expected = bursts * kLogsPerBurst;

    report.figure(section, QStringLiteral("blocks"), static_cast<double>(blocks), QString(),
                  QStringLiteral("blocks read"));
    report.figure(section, QStringLiteral("logs"), delivered, QString(),
                  QStringLiteral("logs delivered (expected %1)").arg(expected));
    report.figure(section, QStringLiteral("catchUpSeconds"), seconds, QStringLiteral("s"),
                  QStringLiteral("catch-up time (goal <= 5 s for 10,000 blocks)"));
    report.figure(section, QStringLiteral("blocksPerSecond"), seconds > 0 ? blocks / seconds : 0,
                  QStringLiteral("blocks/s"), QStringLiteral("blocks per second"));
    report.figure(section, QStringLiteral("logsPerSecond"), seconds > 0 ? delivered / seconds : 0,
                  QStringLiteral("logs/s"), QStringLiteral("logs per second"));
    report.figure(section, QStringLiteral("batches"), batches, QString(),
                  QStringLiteral("committed batches"));
    report.figure(section, QStringLiteral("httpRequests"),
                  static_cast<double>(rpc.httpRequestsSent() - httpBefore), QString(),
                  QStringLiteral("HTTP requests"));
    cursor.stop();
    chain.stop();
    return delivered == expected && cursor.status().lastError.isEmpty();
}

} // namespace salesdesk::bench
