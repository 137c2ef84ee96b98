#pragma once

#include <QStatusBar>
#include <QTimer>

class QLabel;

namespace salesdesk {

class Desk;

namespace ui {

// The main window's status bar: simulated (or real) time, the host's market balance, the slot
// queue's state and the storage quota; on a chain also the node (answering or not, in plain
// words), its head block, how many blocks the market's events lag behind it, and the transactions
// pending (Desk::chainWatch, asked in the background). Engine signals refresh it in batches; the
// time and the balance are re-read once a second.
class DeskStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit DeskStatusBar(Desk& desk, QWidget* parent = nullptr);

    QString timeText() const;
    QString balanceText() const;
    QString queueText() const;
    QString quotaText() const;
    // Empty when the desk is not on a chain.
    QString chainText() const;

    // Re-reads everything now.
    void refreshNow();

private:
    void scheduleRefresh();
    void refreshBalance();
    void showChain();

    Desk& m_desk;
    QLabel* m_chain = nullptr; // on a chain only
    QLabel* m_time = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_queue = nullptr;
    QLabel* m_quota = nullptr;
    QTimer m_tick;
    QTimer m_batch;
    bool m_askingBalance = false;
};

} // namespace ui
} // namespace salesdesk
