#pragma once

#include "core/domain/Error.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

class QHttpServerRequest;

// The JSON answers of the provider's HTTP endpoints (paid retrieval, direct deals): every body is
// a JSON object, every refusal {"error": "<what is wrong, in plain words>", …}.
namespace salesdesk::http {

using StatusCode = QHttpServerResponder::StatusCode;

void answerJson(QHttpServerResponder& responder, StatusCode status, const QJsonObject& body);
// {"error": message} with the members of `more`.
void answerError(QHttpServerResponder& responder, StatusCode status, const QString& message,
                 QJsonObject more = {});
// InvalidArgument 400, NotFound 404, Conflict 409, OutOfBounds 416, anything else 500 (logged
// as a warning in `category`: it is the provider's problem, not the client's).
StatusCode statusFor(ErrorCode code);
void answerFailure(QHttpServerResponder& responder, const Error& error,
                   const QLoggingCategory& category);
// The request's body as a JSON object, or an InvalidArgument saying why not.
Result<QJsonObject> jsonBody(const QHttpServerRequest& request);
// A 0x-hex 32-byte member of a body, or an InvalidArgument naming it.
Result<Hash32> hashField(const QJsonObject& body, const QString& name);

} // namespace salesdesk::http
