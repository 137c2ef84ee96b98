#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace salesdesk {

class AcceleratedClock;
class Desk;

namespace ui {

// The main window's toolbar: "Offer storage…" (Ctrl+N; only when the window can offer storage),
// the Pause/Resume selling switch of the slot queue (Ctrl+P) with the queue's real state beside
// it (including when the queue paused itself), and, when the desk runs on an AcceleratedClock,
// the demo market's speed (kept in settings::demoSpeed).
class SellingToolBar : public QToolBar {
    Q_OBJECT
public:
    SellingToolBar(Desk& desk, bool canOfferStorage, QWidget* parent = nullptr);

    // nullptr when the toolbar was made without it.
    QAction* offerAction() const { return m_offerAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    // What the toolbar says about the queue ("Selling", "Paused", "Waiting for a matching slot").
    QString queueStateText() const;

protected:
    // Keeps the focused speed combo from taking Alt+<key> or Ctrl+<key> as a search for an item
    // (Alt+1 once set the demo speed).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addSpeedChoice();
    void showQueueState();

    Desk& m_desk;
    AcceleratedClock* m_accelerated = nullptr;
    QAction* m_offerAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QLabel* m_queueState = nullptr;
    QComboBox* m_speed = nullptr;
};

} // namespace ui
} // namespace salesdesk
