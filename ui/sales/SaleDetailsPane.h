#pragma once

#include "core/sales/SalesAgent.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedLayout;
class QTreeWidget;

namespace salesdesk {
class SalesAgent;
}

namespace salesdesk::ui {

// The selected sale: its ids, the bytes stored, proofs, collateral and expected payout, and its
// state history as a timeline (when each state was entered and how long it lasted). Shows a hint
// when no sale is selected.
class SaleDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit SaleDetailsPane(QWidget* parent = nullptr);

    // Shows `agent` (null: the empty hint). The pane does not follow the agent by itself: call
    // refresh() when its model applied a batch.
    void showAgent(SalesAgent* agent);
    void refresh();
    SalesAgent* agent() const { return m_agent.data(); }

    // What the pane shows, for tests: the value of a field by its label, the timeline's states.
    QString fieldText(const QString& label) const;
    QStringList timelineStates() const;

private:
    QLabel* addField(const QString& label);
    // A full id: one line, selectable and scrollable, however narrow the pane.
    QLineEdit* addIdField(const QString& label);

    QPointer<SalesAgent> m_agent;
    bool m_showing = false;
    QStackedLayout* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QList<QPair<QString, QWidget*>> m_fields;
    QLineEdit* m_request = nullptr;
    QLabel* m_slotIndex = nullptr;
    QLineEdit* m_slotId = nullptr;
    QLineEdit* m_reservation = nullptr;
    QLineEdit* m_availability = nullptr;
    QLabel* m_bytesStored = nullptr;
    QLabel* m_proofs = nullptr;
    QLabel* m_collateral = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_payout = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace salesdesk::ui
