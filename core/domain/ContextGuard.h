#pragma once

#include <QObject>
#include <QPointer>

namespace salesdesk {

// For asynchronous calls that take a `context` QObject: whether the answer may still be given.
// Without a context (nullptr) it always may; with one, only while the context lives.
class ContextGuard {
public:
    explicit ContextGuard(const QObject* context)
        : m_context(context)
        , m_hasContext(context) {}
    bool gone() const { return m_hasContext && m_context.isNull(); }
    // The context while it lives (nullptr without one), to pass on to the next call.
    const QObject* get() const { return m_context.data(); }

private:
    QPointer<const QObject> m_context;
    bool m_hasContext;
};

} // namespace salesdesk
