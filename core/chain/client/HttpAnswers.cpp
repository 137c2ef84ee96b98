#include "core/chain/client/HttpAnswers.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>

namespace salesdesk::http {

void answerJson(QHttpServerResponder& responder, StatusCode status, const QJsonObject& body) {
    responder.write(QJsonDocument(body), status);
}

void answerError(QHttpServerResponder& responder, StatusCode status, const QString& message,
                 QJsonObject more) {
    more.insert(QStringLiteral("error"), message);
    answerJson(responder, status, more);
}

StatusCode statusFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return StatusCode::BadRequest;
    case ErrorCode::NotFound:
        return StatusCode::NotFound;
    case ErrorCode::Conflict:
        return StatusCode::Conflict;
    case ErrorCode::OutOfBounds:
        return StatusCode::RequestRangeNotSatisfiable;
    default:
        return StatusCode::InternalServerError;
    }
}

void answerFailure(QHttpServerResponder& responder, const Error& error,
                   const QLoggingCategory& category) {
    const StatusCode status = statusFor(error.code);
    if (status == StatusCode::InternalServerError)
        qCWarning(category).noquote() << "request failed:" << error.message;
    answerError(responder, status, error.message);
}

Result<QJsonObject> jsonBody(const QHttpServerRequest& request) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the body must be a JSON object (%1)")
                             .arg(error.error != QJsonParseError::NoError
                                      ? error.errorString()
                                      : QStringLiteral("it is not an object")));
    return document.object();
}

Result<Hash32> hashField(const QJsonObject& body, const QString& name) {
    const QJsonValue value = body.value(name);
    if (!value.isString())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is missing or not a string").arg(name));
    auto hash = Hash32::fromHex(value.toString());
    if (!hash)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\": %2").arg(name, hash.message()));
    return hash;
}

} // namespace salesdesk::http
