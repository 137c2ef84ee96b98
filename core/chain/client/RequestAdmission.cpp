#include "core/chain/client/RequestAdmission.h"

#include "core/chain/client/HttpAnswers.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace salesdesk {

bool RequestAdmission::admit(const QHttpServerRequest& request, QHttpServerResponder& responder) {
    if (request.body().size() > m_maxBodyBytes) {
        http::answerError(responder, http::StatusCode::PayloadTooLarge,
                          QStringLiteral("the body holds %1 bytes; at most %2 are taken")
                              .arg(request.body().size())
                              .arg(m_maxBodyBytes));
        return false;
    }
    const Timestamp second = m_clock.now();
    if (m_rate.size() > 4096) // forget the addresses of past seconds
        m_rate.removeIf([second](const auto& entry) { return entry.value().second != second; });
    Window& window = m_rate[request.remoteAddress()];
    if (window.second != second)
        window = Window{second, 0};
    if (++window.requests > m_requestsPerSecond) {
        responder.write(QJsonDocument(QJsonObject{
                            {QStringLiteral("error"),
                             QStringLiteral("more than %1 requests a second from this address")
                                 .arg(m_requestsPerSecond)}}),
                        {{"Retry-After", "1"}}, http::StatusCode::TooManyRequests);
        return false;
    }
    return true;
}

} // namespace salesdesk
