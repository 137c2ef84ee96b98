#include "ui/mainwindow/SellingToolBar.h"

#include "core/clock/AcceleratedClock.h"
#include "core/desk/Desk.h"
#include "core/sales/SlotQueue.h"
#include "core/settings/Settings.h"
#include "ui/common/DemoSpeeds.h"
#include "ui/common/ThemedIcon.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>

#include <cmath>

namespace salesdesk::ui {

SellingToolBar::SellingToolBar(Desk& desk, bool canOfferStorage, QWidget* parent)
    : QToolBar(tr("Main"), parent)
    , m_desk(desk)
    , m_accelerated(qobject_cast<AcceleratedClock*>(&desk.clock())) {
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    if (canOfferStorage) {
        m_offerAction = addAction(themedIcon("list-add", QStyle::SP_FileDialogNewFolder, style()),
                                  tr("Offer storage…"));
        m_offerAction->setObjectName(QStringLiteral("offerStorageAction"));
        m_offerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        m_offerAction->setToolTip(tr("Offer disk space for sale (Ctrl+N)"));
        addSeparator();
    }

    m_pauseAction = addAction(QString());
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_pauseAction, &QAction::toggled, this,
            [this](bool paused) { m_desk.engine().queue().setUserPaused(paused); });
    m_queueState = new QLabel(this);
    m_queueState->setObjectName(QStringLiteral("queueState"));
    m_queueState->setContentsMargins(8, 0, 8, 0);
    addWidget(m_queueState);
    connect(&m_desk.engine().queue(), &SlotQueue::pausedChanged, this,
            &SellingToolBar::showQueueState);
    connect(&m_desk.engine().queue(), &SlotQueue::activeWorkersChanged, this,
            &SellingToolBar::showQueueState);
    showQueueState();

    if (m_accelerated)
        addSpeedChoice();
}

void SellingToolBar::addSpeedChoice() {
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    auto* speedLabel =
        new QLabel(m_desk.localChain() ? tr("Chain speed:") : tr("Demo speed:"), this);
    speedLabel->setContentsMargins(0, 0, 6, 0);
    addWidget(speedLabel);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setToolTip(tr("How much faster than real time the demo market runs"));
    for (int speed : demoSpeeds())
        m_speed->addItem(formatSpeed(speed), speed);
    const auto showSpeed = [this](int speed) {
        if (m_speed->findData(speed) < 0)
            m_speed->addItem(formatSpeed(speed), speed);
        m_speed->setCurrentIndex(m_speed->findData(speed));
    };
    showSpeed(m_accelerated->speed());
    connect(m_accelerated, &AcceleratedClock::speedChanged, this, showSpeed);
    connect(m_speed, &QComboBox::activated, this, [this] {
        const int speed = m_speed->currentData().toInt();
        m_accelerated->setSpeed(speed);
        settings::demoSpeed.set(speed);
    });
    addWidget(m_speed);
    speedLabel->setBuddy(m_speed);
    m_speed->installEventFilter(this);

    m_pace = new QLabel(this);
    m_pace->setObjectName(QStringLiteral("speedHeld"));
    m_pace->setContentsMargins(6, 0, 6, 0);
    m_paceAction = addWidget(m_pace);
    m_paceAction->setVisible(false);
    m_paceTimer.setInterval(kPaceIntervalMs);
    connect(&m_paceTimer, &QTimer::timeout, this, &SellingToolBar::showPace);
    connect(m_accelerated, &AcceleratedClock::speedChanged, this,
            [this] { m_paceAction->setVisible(false); });
    m_paceTimer.start();
}

void SellingToolBar::showPace() {
    const AcceleratedClock::Pace pace = m_accelerated->takePace();
    m_heldText = heldText(m_accelerated->speed(), pace);
    m_pace->setText(m_heldText);
    m_pace->setToolTip(m_heldText.isEmpty()
                           ? QString()
                           : tr("The demo's time waits for work that is due (proofs, fills, the "
                                "hashing of downloaded slots) so that none of it is late: this "
                                "machine kept up with about %1 over the last seconds.")
                                 .arg(formatSpeed(roundedSpeed(pace.speed))));
    m_paceAction->setVisible(!m_heldText.isEmpty());
}

int SellingToolBar::roundedSpeed(double speed) {
    // Two significant digits: "410×", "3,600×", "12×".
    if (speed < 1)
        return 1;
    double scale = 1;
    while (speed / scale >= 100)
        scale *= 10;
    return static_cast<int>(std::lround(speed / scale) * scale);
}

QString SellingToolBar::heldText(int speed, const AcceleratedClock::Pace& pace) {
    // Held when time ran at less than 90 % of the chosen speed.
    if (pace.speed * 10 >= double(speed) * 9)
        return {};
    const QString held = formatSpeed(roundedSpeed(pace.speed));
    switch (pace.heldBy.value_or(ClockHoldReason::Timers)) {
    case ClockHoldReason::Proof:
        return tr("held to %1 by proofs").arg(held);
    case ClockHoldReason::Fill:
        return tr("held to %1 by fills").arg(held);
    case ClockHoldReason::Download:
        return tr("held to %1 by slot hashing").arg(held);
    case ClockHoldReason::Recovery:
        return tr("held to %1 while sales are recovered").arg(held);
    case ClockHoldReason::Chain:
        return tr("held to %1 by the local chain").arg(held);
    case ClockHoldReason::Timers:
        break;
    }
    return tr("held to %1: the engine is busy").arg(held);
}

void SellingToolBar::showQueueState() {
    const SlotQueue& queue = m_desk.engine().queue();
    const bool userPaused = queue.userPaused();
    {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(userPaused);
    }
    m_pauseAction->setText(userPaused ? tr("Resume selling") : tr("Pause selling"));
    m_pauseAction->setIcon(
        userPaused ? themedIcon("media-playback-start", QStyle::SP_MediaPlay, style())
                   : themedIcon("media-playback-pause", QStyle::SP_MediaPause, style()));
    m_pauseAction->setToolTip(userPaused ? tr("Take slots from the queue again (Ctrl+P)")
                                         : tr("Stop taking new slots from the queue; running "
                                              "sales go on (Ctrl+P)"));
    m_queueState->setText(queueStateText());
    m_queueState->setToolTip(
        queue.selfPaused() && !userPaused
            ? tr("Every queued slot was already checked against your availabilities; the queue "
                 "waits for a new request or a change to an availability.")
            : QString());
}

QString SellingToolBar::queueStateText() const {
    const SlotQueue& queue = m_desk.engine().queue();
    if (queue.userPaused())
        return tr("Paused");
    if (queue.selfPaused())
        return tr("Waiting for a matching slot");
    return tr("Selling (%1 active)").arg(queue.activeWorkers());
}

bool SellingToolBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_speed && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier)) {
            event->ignore();
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace salesdesk::ui
