#include "core/chain/client/ClientRequestFile.h"

#include "core/chain/client/JsonArrayFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace salesdesk {

namespace {

const QString kFileName = QStringLiteral("client-requests.json");

QJsonObject toJson(const ClientRequestFile::Entry& entry) {
    const StorageRequest& r = entry.request;
    QJsonArray roots;
    for (const Hash32& root : entry.slotRoots)
        roots.append(root.toHex());
    return QJsonObject{
        {QStringLiteral("id"), r.id().toHex()},
        {QStringLiteral("client"), r.client.toHex()},
        {QStringLiteral("proofProbability"), uint256::toDecimal(r.ask.proofProbability)},
        {QStringLiteral("pricePerBytePerSecond"), uint256::toDecimal(r.ask.pricePerBytePerSecond)},
        {QStringLiteral("collateralPerByte"), uint256::toDecimal(r.ask.collateralPerByte)},
        {QStringLiteral("slots"), QString::number(r.ask.slots)},
        {QStringLiteral("slotSize"), QString::number(r.ask.slotSize)},
        {QStringLiteral("duration"), QString::number(r.ask.duration)},
        {QStringLiteral("maxSlotLoss"), QString::number(r.ask.maxSlotLoss)},
        {QStringLiteral("cid"),
         QString(QStringLiteral("0x") + QString::fromLatin1(r.content.cid.toHex()))},
        {QStringLiteral("merkleRoot"), r.content.merkleRoot.toHex()},
        {QStringLiteral("expiry"), QString::number(r.expiry)},
        {QStringLiteral("nonce"), r.nonce.toHex()},
        {QStringLiteral("slotRoots"), roots},
    };
}

class EntryReader {
public:
    EntryReader(const QJsonObject& object, QString what)
        : m_object(object)
        , m_what(std::move(what)) {}

    Result<QString> text(const QString& key) const {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("%1: \"%2\" is missing or not a string").arg(m_what, key));
        return value.toString();
    }
    Result<UInt256> amount(const QString& key) const {
        QString value;
        SD_TRY_ASSIGN(value, text(key));
        auto parsed = uint256::parse(value);
        if (!parsed.ok())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1: \"%2\": %3").arg(m_what, key, parsed.message()));
        return *parsed;
    }
    Result<quint64> count(const QString& key) const {
        QString value;
        SD_TRY_ASSIGN(value, text(key));
        bool ok = false;
        const quint64 number = value.toULongLong(&ok);
        if (!ok)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("%1: \"%2\" is not a whole number: %3").arg(m_what, key, value));
        return number;
    }
    template <typename Bytes> Result<Bytes> bytes(const QString& key) const {
        QString value;
        SD_TRY_ASSIGN(value, text(key));
        auto parsed = Bytes::fromHex(value);
        if (!parsed.ok())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1: \"%2\": %3").arg(m_what, key, parsed.message()));
        return *parsed;
    }
    const QString& what() const { return m_what; }

private:
    const QJsonObject& m_object;
    QString m_what;
};

Result<ClientRequestFile::Entry> fromJson(const QJsonObject& object, const QString& what) {
    const EntryReader in(object, what);
    ClientRequestFile::Entry entry;
    StorageRequest& r = entry.request;
    SD_TRY_ASSIGN(r.client, in.bytes<Address>(QStringLiteral("client")));
    SD_TRY_ASSIGN(r.ask.proofProbability, in.amount(QStringLiteral("proofProbability")));
    SD_TRY_ASSIGN(r.ask.pricePerBytePerSecond, in.amount(QStringLiteral("pricePerBytePerSecond")));
    SD_TRY_ASSIGN(r.ask.collateralPerByte, in.amount(QStringLiteral("collateralPerByte")));
    SD_TRY_ASSIGN(r.ask.slots, in.count(QStringLiteral("slots")));
    SD_TRY_ASSIGN(r.ask.slotSize, in.count(QStringLiteral("slotSize")));
    SD_TRY_ASSIGN(r.ask.duration, in.count(QStringLiteral("duration")));
    SD_TRY_ASSIGN(r.ask.maxSlotLoss, in.count(QStringLiteral("maxSlotLoss")));
    QString cid;
    SD_TRY_ASSIGN(cid, in.text(QStringLiteral("cid")));
    const QByteArray cidHex = cid.sliced(cid.startsWith(u"0x") ? 2 : 0).toLatin1();
    r.content.cid = QByteArray::fromHex(cidHex);
    if (cidHex.isEmpty() || r.content.cid.toHex() != cidHex.toLower())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: \"cid\" is not hex bytes: %2").arg(what, cid));
    SD_TRY_ASSIGN(r.content.merkleRoot, in.bytes<Hash32>(QStringLiteral("merkleRoot")));
    SD_TRY_ASSIGN(r.expiry, in.count(QStringLiteral("expiry")));
    SD_TRY_ASSIGN(r.nonce, in.bytes<Nonce>(QStringLiteral("nonce")));
    SD_TRY(r.validate());
    const QJsonArray roots = object.value(QStringLiteral("slotRoots")).toArray();
    if (static_cast<quint64>(roots.size()) != r.ask.slots)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: %2 slot roots for %3 slots")
                             .arg(what)
                             .arg(roots.size())
                             .arg(r.ask.slots));
    for (qsizetype i = 0; i < roots.size(); ++i) {
        auto root = Hash32::fromHex(roots.at(i).toString());
        if (!root.ok())
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("%1: slot root %2: %3").arg(what).arg(i).arg(root.message()));
        entry.slotRoots.push_back(*root);
    }
    const QString id = object.value(QStringLiteral("id")).toString();
    if (id != r.id().toHex())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: the fields give request id %2, not \"%3\"")
                             .arg(what, r.id().toHex(), id));
    return entry;
}

} // namespace

ClientRequestFile::ClientRequestFile(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory)) {}

QString ClientRequestFile::filePath() const {
    return QDir(m_dataDirectory).filePath(kFileName);
}

Result<QList<ClientRequestFile::Entry>> ClientRequestFile::read() const {
    SD_TRY_DECLARE(array, JsonArrayFile::read(filePath(), QStringLiteral("requests")));
    QList<Entry> entries;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Entry entry;
        SD_TRY_ASSIGN(entry, fromJson(array.at(i).toObject(),
                                      QStringLiteral("%1, request %2").arg(kFileName).arg(i + 1)));
        entries.append(std::move(entry));
    }
    return entries;
}

Result<void> ClientRequestFile::add(const Entry& entry) const {
    QList<Entry> entries;
    SD_TRY_ASSIGN(entries, read());
    const RequestId id = entry.request.id();
    QJsonArray array;
    for (const Entry& existing : entries)
        if (existing.request.id() != id)
            array.append(toJson(existing));
    array.append(toJson(entry));
    return JsonArrayFile::write(filePath(), array);
}

} // namespace salesdesk
