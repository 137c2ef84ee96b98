// A process that sends one intent through the TransactionManager and prints its outcome, for
// tst_transactionmanagercrash: run with SALESDESK_CRASH_AT it dies at that point; run again on
// the same data directory it resumes the stored intent, sends the same intent again (which
// answers the stored one's outcome), and prints it.
//
//   transactionmanager_crash_helper --data-dir DIR --rpc URL --chain-id N --key INTENT
//                                   --to ADDRESS --wei AMOUNT [--bump-after-seconds S]
//
// Signs with anvil's first account. Prints one JSON object on stdout; exit 0 when the intent was
// mined, 1 when it settled otherwise, 2 for bad arguments, 3 when it did not settle in 60 s.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/SystemClock.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace salesdesk;

namespace {

constexpr auto kAnvilKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

int fail(const QString& message, int code) {
    std::fprintf(stderr, "transactionmanager_crash_helper: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QStringList names{QStringLiteral("data-dir"),
                            QStringLiteral("rpc"),
                            QStringLiteral("chain-id"),
                            QStringLiteral("key"),
                            QStringLiteral("to"),
                            QStringLiteral("wei"),
                            QStringLiteral("bump-after-seconds")};
    for (const QString& name : names)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("value")));
    parser.process(app);
    for (const QString& name : names.mid(0, 6))
        if (!parser.isSet(name))
            return fail(QStringLiteral("--%1 is required").arg(name), 2);
    const auto to = Address::fromHex(parser.value(QStringLiteral("to")));
    const auto wei = uint256::parse(parser.value(QStringLiteral("wei")));
    bool chainOk = false;
    const quint64 chainId = parser.value(QStringLiteral("chain-id")).toULongLong(&chainOk);
    if (!to.ok() || !wei.ok() || !chainOk)
        return fail(QStringLiteral("--to, --wei or --chain-id is malformed"), 2);

    auto db = Database::open(
        QDir(parser.value(QStringLiteral("data-dir"))).filePath(QStringLiteral("salesdesk.sqlite")),
        Database::kHostApplicationId);
    if (!db.ok())
        return fail(db.message(), 1);
    SystemClock clock;
    JsonRpcClient rpc(QUrl(parser.value(QStringLiteral("rpc"))), clock);
    const PrivateKey key = PrivateKey::fromHex(kAnvilKey).value();
    TransactionManager::Options options;
    options.chainId = chainId;
    options.pollSeconds = 1;
    options.bumpAfterSeconds = parser.value(QStringLiteral("bump-after-seconds")).toLongLong();
    TransactionManager manager(
        rpc, **db, clock, key.address(),
        [&key](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
            return transaction.sign(key);
        },
        options);
    const auto resumed = manager.resume();
    if (!resumed.ok())
        return fail(resumed.message(), 1);

    const OutgoingTransaction transfer{*to, QByteArray(), *wei,
                                       QStringLiteral("crash test transfer")};
    manager.send(
        parser.value(QStringLiteral("key")), transfer, &app,
        [&app, resumed = *resumed](const TransactionOutcome& outcome) {
            QJsonObject json{
                {QStringLiteral("state"), outcome.state ? transaction_state::toText(*outcome.state)
                                                        : QStringLiteral("not sent")},
                {QStringLiteral("resumed"), resumed},
                {QStringLiteral("attempts"), outcome.attempts},
                {QStringLiteral("error"), outcome.error ? outcome.error->message : QString()}};
            if (outcome.nonce)
                json.insert(QStringLiteral("nonce"), qint64(*outcome.nonce));
            if (outcome.hash)
                json.insert(QStringLiteral("hash"), outcome.hash->toHex());
            if (outcome.receipt)
                json.insert(QStringLiteral("block"), qint64(outcome.receipt->blockNumber));
            std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            app.exit(outcome.succeeded() ? 0 : 1);
        });
    QTimer::singleShot(60'000, &app, [&app] {
        std::fprintf(stderr, "transactionmanager_crash_helper: no outcome within 60 s\n");
        app.exit(3);
    });
    return app.exec();
}
