#include "core/chain/client/ClientChannelFile.h"

#include "core/chain/client/JsonArrayFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace salesdesk {

namespace {

const QString kFileName = QStringLiteral("client-channels.json");

QJsonObject toJson(const ClientChannelFile::Entry& entry) {
    QJsonObject object{{QStringLiteral("intentKey"), entry.intentKey},
                       {QStringLiteral("chainId"), QString::number(entry.chainId)},
                       {QStringLiteral("contract"), entry.contract.toHex()},
                       {QStringLiteral("payee"), entry.payee.toHex()},
                       {QStringLiteral("deposit"), uint256::toDecimal(entry.deposit)},
                       {QStringLiteral("signed"), uint256::toDecimal(entry.signedAmount)}};
    if (entry.channelId)
        object.insert(QStringLiteral("channelId"), entry.channelId->toHex());
    return object;
}

Result<ClientChannelFile::Entry> fromJson(const QJsonObject& object, const QString& where) {
    const auto bad = [&](const char* field) {
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: \"%2\" is missing or malformed").arg(where, QLatin1String(field)));
    };
    const auto text = [&](const char* field) {
        return object.value(QLatin1String(field)).toString();
    };
    ClientChannelFile::Entry entry;
    entry.intentKey = text("intentKey");
    if (entry.intentKey.isEmpty())
        return bad("intentKey");
    bool ok = false;
    entry.chainId = text("chainId").toULongLong(&ok);
    if (!ok)
        return bad("chainId");
    auto contract = Address::fromHex(text("contract"));
    auto payee = Address::fromHex(text("payee"));
    auto deposit = uint256::parse(text("deposit"));
    auto signedAmount = uint256::parse(text("signed"));
    if (!contract.ok())
        return bad("contract");
    if (!payee.ok())
        return bad("payee");
    if (!deposit.ok())
        return bad("deposit");
    if (!signedAmount.ok())
        return bad("signed");
    entry.contract = *contract;
    entry.payee = *payee;
    entry.deposit = *deposit;
    entry.signedAmount = *signedAmount;
    if (object.contains(QStringLiteral("channelId"))) {
        auto id = Hash32::fromHex(text("channelId"));
        if (!id.ok())
            return bad("channelId");
        entry.channelId = *id;
    }
    return entry;
}

} // namespace

ClientChannelFile::ClientChannelFile(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory)) {}

QString ClientChannelFile::filePath() const {
    return QDir(m_dataDirectory).filePath(kFileName);
}

Result<QList<ClientChannelFile::Entry>> ClientChannelFile::read() const {
    SD_TRY_DECLARE(array, JsonArrayFile::read(filePath(), QStringLiteral("channels")));
    QList<Entry> entries;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Entry entry;
        SD_TRY_ASSIGN(entry, fromJson(array.at(i).toObject(),
                                      QStringLiteral("%1, channel %2").arg(kFileName).arg(i + 1)));
        entries.append(std::move(entry));
    }
    return entries;
}

Result<std::optional<ClientChannelFile::Entry>>
ClientChannelFile::latest(quint64 chainId, const Address& contract, const Address& payee) const {
    SD_TRY_DECLARE(entries, read());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (it->chainId == chainId && it->contract == contract && it->payee == payee)
            return std::optional<Entry>(*it);
    return std::optional<Entry>();
}

Result<void> ClientChannelFile::put(const Entry& entry) const {
    SD_TRY_DECLARE(entries, read());
    QJsonArray array;
    for (const Entry& existing : entries)
        if (existing.intentKey != entry.intentKey)
            array.append(toJson(existing));
    array.append(toJson(entry));
    return JsonArrayFile::write(filePath(), array);
}

} // namespace salesdesk
