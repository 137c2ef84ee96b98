#include "core/sales/SlotDataProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace salesdesk {

namespace {

QUrl withPath(const QUrl& base, const QString& tail) {
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + tail);
    return url;
}

QString cidText(const QByteArray& cid) {
    return QString::fromLatin1(cid.toHex());
}

} // namespace

QUrl SlotDataProtocol::slotUrl(const QUrl& base, const QByteArray& cid, quint64 slotIndex) {
    return withPath(
        base, QStringLiteral("/salesdesk/v1/data/%1/slots/%2").arg(cidText(cid)).arg(slotIndex));
}

QUrl SlotDataProtocol::datasetUrl(const QUrl& base, const QByteArray& cid) {
    return withPath(base, QStringLiteral("/api/codex/v1/data/%1/network/stream").arg(cidText(cid)));
}

QUrl SlotDataProtocol::slotRootsUrl(const QUrl& base, const QByteArray& cid) {
    return withPath(base, QStringLiteral("/salesdesk/v1/data/%1/slot-roots").arg(cidText(cid)));
}

Result<std::pair<Hash32, std::vector<Hash32>>>
SlotDataProtocol::parseSlotRoots(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the slot roots are not a JSON object: %1")
                             .arg(parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : QStringLiteral("another JSON value")));
    const QJsonObject object = document.object();
    auto contentRoot = Hash32::fromHex(object.value(QStringLiteral("contentRoot")).toString());
    if (!contentRoot.ok())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the slot roots' contentRoot is not a 32-byte hash: %1")
                             .arg(contentRoot.message()));
    const QJsonValue rootsValue = object.value(QStringLiteral("slotRoots"));
    if (!rootsValue.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the slot roots have no slotRoots array"));
    std::vector<Hash32> roots;
    const QJsonArray array = rootsValue.toArray();
    roots.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto root = Hash32::fromHex(array.at(i).toString());
        if (!root.ok())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("slot root %1 is not a 32-byte hash: %2")
                                 .arg(i)
                                 .arg(root.message()));
        roots.push_back(*root);
    }
    return std::make_pair(*contentRoot, std::move(roots));
}

} // namespace salesdesk
