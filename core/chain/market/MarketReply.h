#pragma once

#include "core/market/MarketResult.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <utility>

namespace salesdesk {

// A Market call's callback bound to the call's context, as core/market/Market.h promises it: run
// only while the context lives (a null context: always). Copies share nothing but the callback.
template <typename T> class MarketReply {
public:
    MarketReply(const QObject* context, MarketCallback<T> done)
        : m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done)) {}

    bool contextGone() const { return m_hasContext && m_context.isNull(); }

    // Answers now: for code that already runs later on the event loop (an RPC answer).
    void operator()(const MarketResult<T>& result) const {
        if (!contextGone() && m_done)
            m_done(result);
    }
    // Answers on a later turn of the event loop: for answers known inside the call itself.
    // `owner` ends the wait when it is destroyed first.
    void later(QObject* owner, MarketResult<T> result) const {
        QMetaObject::invokeMethod(
            owner, [reply = *this, result = std::move(result)] { reply(result); },
            Qt::QueuedConnection);
    }

private:
    QPointer<const QObject> m_context;
    bool m_hasContext = false;
    MarketCallback<T> m_done;
};

} // namespace salesdesk
