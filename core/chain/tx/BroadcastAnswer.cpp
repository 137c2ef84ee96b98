#include "core/chain/tx/BroadcastAnswer.h"

#include <QStringList>

namespace salesdesk {

namespace {

bool mentionsAny(const QString& text, const QStringList& phrases) {
    for (const QString& phrase : phrases)
        if (text.contains(phrase, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

BroadcastAnswer BroadcastAnswer::classify(const RpcResult<QJsonValue>& answer,
                                          const Hash32& expected) {
    if (answer.ok()) {
        if (!answer->isString())
            return {Kind::Unknown, QStringLiteral("eth_sendRawTransaction answered something "
                                                  "that is not a transaction hash: not a string")};
        const auto hash = Hash32::fromHex(answer->toString());
        if (!hash.ok())
            return {Kind::Unknown, QStringLiteral("eth_sendRawTransaction answered something "
                                                  "that is not a transaction hash: %1")
                                       .arg(hash.message())};
        if (*hash != expected)
            return {Kind::Unknown, QStringLiteral("eth_sendRawTransaction answered the hash %1, "
                                                  "not the transaction's %2")
                                       .arg(hash->toHex(), expected.toHex())};
        return {Kind::Accepted, QString()};
    }
    const RpcError& error = answer.error();
    if (error.kind != RpcError::Kind::JsonRpc)
        return {Kind::Unknown, error.describe()};
    // Some nodes put the reason into the data member.
    const QString text = error.message + QLatin1Char(' ') + error.data.toString();
    if (mentionsAny(text,
                    {QStringLiteral("already known"), QStringLiteral("already imported"),
                     QStringLiteral("known transaction"),
                     QStringLiteral("existing tx with same hash"), QStringLiteral("alreadyknown")}))
        return {Kind::AlreadyKnown, error.message};
    if (mentionsAny(text, {QStringLiteral("nonce too low"), QStringLiteral("nonce is too low"),
                           QStringLiteral("oldnonce"), QStringLiteral("too stale nonce")}))
        return {Kind::NonceTooLow, error.message};
    if (mentionsAny(text, {QStringLiteral("replacement transaction underpriced"),
                           QStringLiteral("replacement underpriced"),
                           QStringLiteral("replaced underpriced"),
                           QStringLiteral("insufficient gas price to replace"),
                           QStringLiteral("replacement fee too low")}))
        return {Kind::ReplacementUnderpriced, error.message};
    return {Kind::Refused, error.describe()};
}

QString BroadcastAnswer::kindName(Kind kind) {
    switch (kind) {
    case Kind::Accepted:
        return QStringLiteral("accepted");
    case Kind::AlreadyKnown:
        return QStringLiteral("already known");
    case Kind::NonceTooLow:
        return QStringLiteral("nonce too low");
    case Kind::ReplacementUnderpriced:
        return QStringLiteral("replacement underpriced");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Unknown:
        return QStringLiteral("no usable answer");
    }
    return QString();
}

} // namespace salesdesk
