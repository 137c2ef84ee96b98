#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace salesdesk {

// Limits of one eth_getLogs answer, so a hostile or broken node cannot make us hold an unbounded
// answer: an answer past them is refused as a whole.
struct ChainLogLimits {
    qsizetype maxLogs = 10'000;
    qsizetype maxDataBytes = 64 * 1024; // of one log's data
};

// One log of a mined block as eth_getLogs returns it, undecoded: the event's topics and data stay
// raw bytes for the ABI decoder of whoever consumes them.
struct ChainLog {
    using Limits = ChainLogLimits;

    Address address;
    QList<Hash32> topics; // 0 to 4; topics[0] is the event's signature hash for non-anonymous ones
    QByteArray data;
    quint64 blockNumber = 0;
    Hash32 blockHash;
    Hash32 transactionHash;
    quint64 transactionIndex = 0;
    quint64 logIndex = 0; // position of the log in its block

    friend bool operator==(const ChainLog&, const ChainLog&) = default;

    // Parses one log object strictly: every field present with its exact form (a quantity for the
    // numbers, 20 or 32 bytes of data for addresses and hashes, at most 4 topics). A pending log
    // (null block hash) or one marked removed is refused. `where` names the log in the error
    // message ("eth_getLogs result[3]"), followed by the field (".blockHash").
    static Result<ChainLog> fromJson(const QJsonValue& value, const QString& where,
                                     const Limits& limits = {});
    // An eth_getLogs result: a JSON array of logs, each parsed with fromJson. The first bad log,
    // or an answer of more than limits.maxLogs logs, makes the whole answer an error.
    static Result<QList<ChainLog>>
    listFromJson(const QJsonValue& value, const Limits& limits = {},
                 const QString& where = QStringLiteral("eth_getLogs result"));
    // The log as eth_getLogs writes it (removed false), for fake nodes and round trips.
    QJsonValue toJson() const;
    // "block 12 log 3 (tx 0x1234…cdef)", for log lines.
    QString describe() const;
};

} // namespace salesdesk
