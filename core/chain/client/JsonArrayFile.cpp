#include "core/chain/client/JsonArrayFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace salesdesk {

Result<QJsonArray> JsonArrayFile::read(const QString& path, const QString& what) {
    QFile file(path);
    if (!file.exists())
        return QJsonArray();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not a JSON array of %2%3")
                             .arg(path, what,
                                  error.error == QJsonParseError::NoError
                                      ? QString()
                                      : QStringLiteral(": ") + error.errorString()));
    return document.array();
}

Result<void> JsonArrayFile::write(const QString& path, const QJsonArray& array) {
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot create the directory %1").arg(directory));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(array).toJson());
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace salesdesk
