#include "core/chain/rpc/RpcAnswerParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace salesdesk {

namespace {

const QString kJsonRpc = QStringLiteral("jsonrpc");
const QString kId = QStringLiteral("id");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");

// A JSON number that is a whole number a double holds exactly (JSON-RPC ids are ours: 1, 2, …).
std::optional<quint64> wholeNumber(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return static_cast<quint64>(d);
}

std::optional<RpcError> errorOf(const QJsonValue& value, QString* problem) {
    if (!value.isObject()) {
        *problem = QStringLiteral("its error member is not an object");
        return std::nullopt;
    }
    const QJsonObject error = value.toObject();
    const QJsonValue code = error.value(QStringLiteral("code"));
    const QJsonValue message = error.value(QStringLiteral("message"));
    const double codeValue = code.toDouble();
    if (!code.isDouble() || std::floor(codeValue) != codeValue || std::abs(codeValue) > 9.0e15) {
        *problem = QStringLiteral("its error has no whole-number code");
        return std::nullopt;
    }
    if (!message.isString()) {
        *problem = QStringLiteral("its error has no message string");
        return std::nullopt;
    }
    return RpcError::jsonRpc(static_cast<qint64>(codeValue), message.toString(),
                             error.value(QStringLiteral("data")));
}

} // namespace

bool RpcAnswers::isJsonRpc() const {
    return (whole && whole->kind == RpcError::Kind::JsonRpc) || !byId.isEmpty();
}

RpcResult<QJsonValue> RpcAnswerParser::parseOne(const QJsonObject& object, quint64 id) {
    const auto malformed = [id](const QString& why) {
        return RpcError::malformed(QStringLiteral("the answer to call id %1 %2").arg(id).arg(why));
    };
    if (object.value(kJsonRpc) != QJsonValue(QStringLiteral("2.0")))
        return malformed(QStringLiteral("does not say \"jsonrpc\": \"2.0\""));
    const bool hasResult = object.contains(kResult);
    const bool hasError = object.contains(kError);
    if (hasResult && hasError)
        return malformed(QStringLiteral("has both a result and an error"));
    if (!hasResult && !hasError)
        return malformed(QStringLiteral("has neither a result nor an error"));
    if (hasResult)
        return object.value(kResult);
    QString problem;
    if (auto error = errorOf(object.value(kError), &problem))
        return *error;
    return malformed(problem);
}

RpcAnswers RpcAnswerParser::parse(const QByteArray& body, const QList<quint64>& ids) {
    RpcAnswers answers;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        answers.whole =
            RpcError::malformed(QStringLiteral("the body is not JSON (%1 at byte %2 of %3)")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)
                                    .arg(body.size()));
        return answers;
    }
    const QSet<quint64> expected(ids.begin(), ids.end());

    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue idValue = object.value(kId);
        const std::optional<quint64> id = wholeNumber(idValue);
        if (!id && (idValue.isNull() || idValue.isUndefined()) && object.contains(kError)) {
            // No id: the node refused the request as a whole.
            QString problem;
            if (auto error = errorOf(object.value(kError), &problem))
                answers.whole = *error;
            else
                answers.whole = RpcError::malformed(
                    QStringLiteral("the answer without an id is an error, but %1").arg(problem));
            return answers;
        }
        if (ids.size() != 1) {
            answers.whole = RpcError::malformed(
                QStringLiteral("a batch of %1 calls was answered with a single object")
                    .arg(ids.size()));
            return answers;
        }
        if (!id || *id != ids.front()) {
            answers.whole = RpcError::malformed(
                QStringLiteral("the answer's id %1 is not the call's id %2")
                    .arg(QString::fromUtf8(
                        QJsonDocument(QJsonArray{idValue}).toJson(QJsonDocument::Compact)))
                    .arg(ids.front()));
            return answers;
        }
        answers.byId.insert(*id, parseOne(object, *id));
        return answers;
    }

    if (!document.isArray()) {
        answers.whole =
            RpcError::malformed(QStringLiteral("the body is neither an object nor an array"));
        return answers;
    }
    const QJsonArray array = document.array();
    for (const QJsonValue& element : array) {
        if (!element.isObject())
            continue; // the calls it should have answered are reported as unanswered
        const QJsonObject object = element.toObject();
        const std::optional<quint64> id = wholeNumber(object.value(kId));
        if (!id || !expected.contains(*id))
            continue;
        if (answers.byId.contains(*id)) {
            answers.byId.insert(
                *id,
                RpcError::malformed(QStringLiteral("the call id %1 was answered twice").arg(*id)));
            continue;
        }
        answers.byId.insert(*id, parseOne(object, *id));
    }
    if (answers.byId.isEmpty() && !array.isEmpty() && array.first().isObject()) {
        // An array holding only an id-less error: the whole batch was refused (some nodes answer
        // a batch they will not run with [error]).
        const QJsonObject first = array.first().toObject();
        if (array.size() == 1 && first.value(kId).isNull() && first.contains(kError)) {
            QString problem;
            if (auto error = errorOf(first.value(kError), &problem))
                answers.whole = *error;
        }
    }
    return answers;
}

} // namespace salesdesk
