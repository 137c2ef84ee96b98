// libFuzzer target: a node's HTTP body through RpcAnswerParser::parse, then every answer it yields
// through the readers of what the chain client asks a node for: quantities and data
// (RpcHex), logs (ChainLog), block headers (ChainBlockHeader) and receipts (TransactionReceipt).
// The first byte says how many calls the request had (1 to 4, ids 1 to 4); the rest is the body.
// Besides crashes, leaks, undefined behaviour and runaway allocations (the sanitizers,
// -rss_limit_mb), it stops on what a reader must never do: answer a call that was not asked,
// fail without saying why, or read a log that does not read back the same from its own JSON.
#include "core/chain/events/ChainBlockHeader.h"
#include "core/chain/events/ChainLog.h"
#include "core/chain/rpc/RpcAnswerParser.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/TransactionReceipt.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace salesdesk;

namespace {

[[noreturn]] void failWith(const char* what, const QString& detail) {
    std::fprintf(stderr, "fuzz_rpcanswer: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

template <typename T> void checkFailureSaysWhy(const Result<T>& result, const char* reader) {
    if (!result.ok() && result.message().isEmpty())
        failWith("an error without a message from", QString::fromLatin1(reader));
}

void readEveryWay(const QJsonValue& value) {
    checkFailureSaysWhy(rpc::parseJsonQuantity(value), "parseJsonQuantity");
    checkFailureSaysWhy(rpc::parseJsonQuantityU64(value), "parseJsonQuantityU64");
    checkFailureSaysWhy(rpc::parseJsonData(value), "parseJsonData");
    checkFailureSaysWhy(ChainBlockHeader::fromJson(value, QStringLiteral("block")), "block");
    checkFailureSaysWhy(TransactionReceipt::fromJson(value), "receipt");
    const ChainLog::Limits small{16, 256};
    const auto logs = ChainLog::listFromJson(value, small);
    checkFailureSaysWhy(logs, "logs");
    if (logs.ok()) {
        if (logs->size() > small.maxLogs)
            failWith("more logs than the limit read", QString::number(logs->size()));
        for (const ChainLog& log : *logs) {
            if (log.topics.size() > 4 || log.data.size() > small.maxDataBytes)
                failWith("a log past its limits read", log.describe());
            const auto again = ChainLog::fromJson(log.toJson(), QStringLiteral("again"), small);
            if (!again.ok())
                failWith("a log that does not read back", again.message());
            if (!(*again == log))
                failWith("a log that reads back different", log.describe());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    QList<quint64> ids;
    for (quint64 id = 1; id <= 1u + data[0] % 4u; ++id)
        ids.append(id);
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1),
                                                    static_cast<qsizetype>(size - 1));
    const RpcAnswers answers = RpcAnswerParser::parse(body, ids);
    if (answers.whole) {
        if (answers.whole->describe().isEmpty())
            failWith("a whole-request error without a description", QString());
        if (!answers.byId.isEmpty())
            failWith("answers beside an error of the whole request", QString());
    }
    for (auto it = answers.byId.cbegin(); it != answers.byId.cend(); ++it) {
        if (!ids.contains(it.key()))
            failWith("an answer to a call not asked", QString::number(it.key()));
        if (!it->ok()) {
            if (it->error().describe().isEmpty())
                failWith("a failed call without a description", QString::number(it.key()));
            continue;
        }
        readEveryWay(it->value());
    }
    return 0;
}
