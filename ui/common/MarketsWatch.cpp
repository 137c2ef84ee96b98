#include "ui/common/MarketsWatch.h"

#include "core/chain/deals/DealService.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/desk/Desk.h"

#include <QEvent>

namespace salesdesk::ui {

MarketsWatch::MarketsWatch(Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk) {
    desk.installEventFilter(this);
    follow();
}

bool MarketsWatch::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_desk && event->type() == QEvent::DynamicPropertyChange) {
        follow();
        Q_EMIT changed();
    }
    return QObject::eventFilter(watched, event);
}

void MarketsWatch::follow() {
    if (DealService* deals = m_desk.deals(); deals && m_deals != deals) {
        connect(deals, &DealService::changed, this, &MarketsWatch::changed);
        m_deals = deals;
    }
    if (RetrievalService* retrieval = m_desk.retrieval(); retrieval && m_retrieval != retrieval) {
        connect(retrieval, &RetrievalService::changed, this, &MarketsWatch::changed);
        m_retrieval = retrieval;
    }
}

} // namespace salesdesk::ui
