#pragma once

#include <QObject>
#include <QPointer>

namespace salesdesk {

class Desk;
class DealService;
class RetrievalService;

namespace ui {

// Tells when what the markets beside the open one (direct deals, paid retrieval) earned may have
// changed: when either starts (the GUI's main starts them after the desk and records the start as
// a dynamic property of the desk) and whenever a running one says it changed.
class MarketsWatch : public QObject {
    Q_OBJECT
public:
    explicit MarketsWatch(Desk& desk, QObject* parent = nullptr);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow();

    Desk& m_desk;
    QPointer<DealService> m_deals;
    QPointer<RetrievalService> m_retrieval;
};

} // namespace ui
} // namespace salesdesk
