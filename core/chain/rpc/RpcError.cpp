#include "core/chain/rpc/RpcError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

namespace salesdesk {

namespace {

constexpr qsizetype kDataShownChars = 200;

QString networkErrorName(QNetworkReply::NetworkError error) {
    const char* key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return key ? QString::fromLatin1(key) : QString::number(static_cast<int>(error));
}

QString shownData(const QJsonValue& data) {
    QString text;
    if (data.isString()) {
        text = data.toString();
    } else {
        // Any JSON value: wrapped in an array for QJsonDocument, the brackets taken off again.
        const QByteArray json = QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    if (text.size() > kDataShownChars)
        text = text.left(kDataShownChars) + QStringLiteral("… (%1 characters)").arg(text.size());
    return text;
}

} // namespace

RpcError RpcError::transport(QNetworkReply::NetworkError error, QString text) {
    RpcError e;
    e.kind = Kind::Transport;
    e.networkError = error;
    e.message = std::move(text);
    return e;
}

RpcError RpcError::timeout(qint64 seconds) {
    RpcError e;
    e.kind = Kind::Timeout;
    e.message = QStringLiteral("no answer within %1 s").arg(seconds);
    return e;
}

RpcError RpcError::httpStatusError(int status, QString bodyExcerpt) {
    RpcError e;
    e.kind = Kind::HttpStatus;
    e.httpStatus = status;
    e.message = std::move(bodyExcerpt);
    return e;
}

RpcError RpcError::jsonRpc(qint64 code, QString message, QJsonValue data) {
    RpcError e;
    e.kind = Kind::JsonRpc;
    e.code = code;
    e.message = std::move(message);
    e.data = std::move(data);
    return e;
}

RpcError RpcError::malformed(QString what) {
    RpcError e;
    e.kind = Kind::Malformed;
    e.message = std::move(what);
    return e;
}

bool RpcError::isRetryable() const {
    switch (kind) {
    case Kind::Transport:
        return true;
    case Kind::HttpStatus:
        return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
    case Kind::Timeout:
    case Kind::JsonRpc:
    case Kind::Malformed:
        return false;
    }
    return false;
}

QJsonObject RpcError::errorObject() const {
    QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        object.insert(QStringLiteral("data"), data);
    return object;
}

QString RpcError::describe() const {
    QString where = method.isEmpty() ? QStringLiteral("JSON-RPC call") : method;
    if (!endpoint.isEmpty())
        where += QStringLiteral(" at ") + endpoint;
    QString what;
    switch (kind) {
    case Kind::Transport:
        what = QStringLiteral("the connection failed (%1): %2")
                   .arg(networkErrorName(networkError), message);
        break;
    case Kind::Timeout:
        what = QStringLiteral("timed out: ") + message;
        break;
    case Kind::HttpStatus:
        what = QStringLiteral("the node answered HTTP %1").arg(httpStatus);
        if (!message.isEmpty())
            what += QStringLiteral(": ") + message;
        break;
    case Kind::JsonRpc:
        what = QStringLiteral("the node answered error %1: %2").arg(code).arg(message);
        if (!data.isUndefined() && !data.isNull())
            what += QStringLiteral(" (data %1)").arg(shownData(data));
        break;
    case Kind::Malformed:
        what = QStringLiteral("malformed answer: ") + message;
        break;
    }
    if (attempts > 1)
        what += QStringLiteral(" (after %1 attempts)").arg(attempts);
    return where + QStringLiteral(": ") + what;
}

} // namespace salesdesk
