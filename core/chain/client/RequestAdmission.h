#pragma once

#include "core/clock/Clock.h"

#include <QHash>
#include <QHostAddress>

class QHttpServerRequest;
class QHttpServerResponder;

namespace salesdesk {

// The limits every request to a provider's endpoint passes first: a body no larger than
// `maxBodyBytes` (else 413) and at most `requestsPerSecond` requests from one address in one
// second of `clock` (else 429 with Retry-After: 1).
class RequestAdmission {
public:
    RequestAdmission(const Clock& clock, qint64 maxBodyBytes, int requestsPerSecond)
        : m_clock(clock)
        , m_maxBodyBytes(maxBodyBytes)
        , m_requestsPerSecond(requestsPerSecond) {}

    // False after answering 413 or 429.
    bool admit(const QHttpServerRequest& request, QHttpServerResponder& responder);

private:
    struct Window {
        Timestamp second = 0;
        int requests = 0;
    };
    const Clock& m_clock;
    qint64 m_maxBodyBytes;
    int m_requestsPerSecond;
    QHash<QHostAddress, Window> m_rate; // requests per address in the current clock second
};

} // namespace salesdesk
