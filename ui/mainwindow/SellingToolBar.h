#pragma once

#include "core/clock/AcceleratedClock.h"

#include <QTimer>
#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace salesdesk {

class Desk;

namespace ui {

// The main window's toolbar: "Offer storage…" (Ctrl+N; only when the window can offer storage),
// the Pause/Resume selling switch of the slot queue (Ctrl+P) with the queue's real state beside
// it (including when the queue paused itself), and, when the desk runs on an AcceleratedClock,
// the demo market's speed (kept in settings::demoSpeed). When the demo's time could not keep that
// speed because it waited for due work (AcceleratedClock: proofs, fills, hashing, a busy event
// loop), it says so beside the speed, "held to 410× by proofs", checked every kPaceIntervalMs.
class SellingToolBar : public QToolBar {
    Q_OBJECT
public:
    SellingToolBar(Desk& desk, bool canOfferStorage, QWidget* parent = nullptr);

    // nullptr when the toolbar was made without it.
    QAction* offerAction() const { return m_offerAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    // What the toolbar says about the queue ("Selling", "Paused", "Waiting for a matching slot").
    QString queueStateText() const;
    // What the toolbar says beside the speed ("held to 410× by proofs"), empty when not held.
    QString heldText() const { return m_heldText; }
    // The text for a chosen `speed` and the pace the clock kept; empty when it kept 90 % of it.
    static QString heldText(int speed, const AcceleratedClock::Pace& pace);
    // `speed` to two significant digits, at least 1.
    static int roundedSpeed(double speed);

    static constexpr int kPaceIntervalMs = 3'000;

protected:
    // Keeps the focused speed combo from taking Alt+<key> or Ctrl+<key> as a search for an item
    // (Alt+1 once set the demo speed).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addSpeedChoice();
    void showQueueState();
    void showPace();

    Desk& m_desk;
    AcceleratedClock* m_accelerated = nullptr;
    QAction* m_offerAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QLabel* m_queueState = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_pace = nullptr;
    QAction* m_paceAction = nullptr;
    QTimer m_paceTimer;
    QString m_heldText;
};

} // namespace ui
} // namespace salesdesk
