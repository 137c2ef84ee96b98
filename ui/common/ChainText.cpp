#include "ui/common/ChainText.h"

#include "core/chain/rpc/RpcError.h"
#include "core/desk/ChainWatch.h"
#include "ui/common/Formatting.h"

namespace salesdesk::ui {

QString ChainText::plainError(const RpcError& error) {
    switch (error.kind) {
    case RpcError::Kind::Transport:
        switch (error.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("the node refuses connections (is it running?)");
        case QNetworkReply::HostNotFoundError:
            return tr("the node's host name is unknown");
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return tr("the node took too long to answer");
        case QNetworkReply::SslHandshakeFailedError:
            return tr("the node's secure connection could not be set up");
        default:
            return tr("the node cannot be reached");
        }
    case RpcError::Kind::Timeout:
        return tr("the node took too long to answer");
    case RpcError::Kind::HttpStatus:
        if (error.httpStatus == 429)
            return tr("the node refuses more requests for now (rate limit)");
        return tr("the node answered with HTTP error %1").arg(error.httpStatus);
    case RpcError::Kind::JsonRpc:
        return tr("the node refused the request: %1").arg(error.message);
    case RpcError::Kind::Malformed:
        return tr("the node's answer could not be read");
    }
    return error.describe();
}

QString ChainText::connection(const ChainWatch& watch, bool withReason) {
    if (watch.isAnswering())
        return tr("answering");
    const std::optional<Timestamp> since = watch.notAnsweringSince();
    if (!since)
        return tr("waiting for the first answer");
    const QString text = tr("not answering since %1").arg(formatTimestamp(*since));
    const auto& error = watch.lastError();
    if (withReason && error)
        return tr("%1: %2").arg(text, plainError(*error));
    return text;
}

} // namespace salesdesk::ui
