#include "ui/events/EventsPage.h"

#include "core/desk/Desk.h"
#include "core/engine/HostEngine.h"
#include "ui/events/AlertBanner.h"
#include "ui/events/EngineEventCollector.h"
#include "ui/events/EventFilterProxy.h"
#include "ui/events/EventHistory.h"
#include "ui/events/EventLogModel.h"
#include "ui/sales/SaleText.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace salesdesk::ui {

namespace {

constexpr int kAllKinds = -1;
constexpr int kAlertsOnly = -2;

} // namespace

EventsPage::EventsPage(salesdesk::Desk& desk, QWidget* parent)
    : QWidget(parent) {
    m_log = new EventLogModel(this);
    // The log of earlier runs first, so that new events go above it.
    new EventHistory(desk.engine().database(), *m_log, this);
    m_collector = new EngineEventCollector(desk, this);
    connect(m_collector, &EngineEventCollector::eventRecorded, m_log, &EventLogModel::append);
    m_filter = new EventFilterProxy(this);
    m_filter->setSourceModel(m_log);

    m_banner = new AlertBanner;
    connect(m_banner, &AlertBanner::showRequested, this, &EventsPage::showAlerts);
    connect(m_banner, &AlertBanner::dismissRequested, this, &EventsPage::dismissAlerts);

    m_kind = new QComboBox;
    m_kind->addItem(tr("All kinds"), kAllKinds);
    m_kind->addItem(tr("Alerts only"), kAlertsOnly);
    for (int kind = 0; kind < kEventKindCount; ++kind)
        m_kind->addItem(eventKindName(static_cast<EventKind>(kind)), kind);
    m_kind->setAccessibleName(tr("Kind"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventsPage::applyKindFilter);

    m_severity = new QComboBox;
    m_severity->addItem(tr("All severities"), static_cast<int>(EventSeverity::Info));
    m_severity->addItem(tr("Warnings and errors"), static_cast<int>(EventSeverity::Warning));
    m_severity->addItem(tr("Errors only"), static_cast<int>(EventSeverity::Error));
    m_severity->setAccessibleName(tr("Severity"));
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(static_cast<EventSeverity>(m_severity->currentData().toInt()));
        updateStatus();
    });

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Filter by request id, slot or message"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateStatus();
    });

    m_status = new QLabel;
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_findAction = new QAction(tr("Find Event"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_dismissAction = new QAction(tr("Dismiss Alerts"), this);
    m_dismissAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dismissAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_dismissAction->setEnabled(false);
    connect(m_dismissAction, &QAction::triggered, this, &EventsPage::dismissAlerts);
    m_clearAction = new QAction(tr("Clear Log"), this);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        m_log->clear();
        updateStatus();
    });
    addActions({m_findAction, m_dismissAction});

    auto* clearButton = new QToolButton;
    clearButton->setDefaultAction(m_clearAction);
    clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(clearButton);

    m_view = new QTreeView;
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(EventLogModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);
    header->resizeSection(EventLogModel::SeverityColumn,
                          metrics.horizontalAdvance(QStringLiteral("Warning")) + 40);
    header->resizeSection(EventLogModel::KindColumn,
                          metrics.horizontalAdvance(QStringLiteral("Collateral lost")) + 16);
    header->resizeSection(EventLogModel::RequestColumn,
                          metrics.horizontalAdvance(QStringLiteral("0x000000…0000")) + 16);
    header->resizeSection(EventLogModel::SlotColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000")) + 16);

    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(32);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(m_log, &EventLogModel::entriesAdded, this, &EventsPage::onEntriesAdded);
    updateStatus();
}

void EventsPage::applyKindFilter() {
    const int choice = m_kind->currentData().toInt();
    m_filter->setAlertsOnly(choice == kAlertsOnly);
    m_filter->setKind(choice >= 0 ? std::optional<EventKind>(static_cast<EventKind>(choice))
                                  : std::nullopt);
    updateStatus();
}

void EventsPage::showAlerts() {
    m_kind->setCurrentIndex(m_kind->findData(kAlertsOnly));
}

void EventsPage::dismissAlerts() {
    if (m_unseenAlerts == 0)
        return;
    m_unseenAlerts = 0;
    m_latestAlert.clear();
    m_latestIsError = false;
    m_banner->setAlerts(0, {}, false);
    m_dismissAction->setEnabled(false);
    Q_EMIT unseenAlertCountChanged(0);
}

QString EventsPage::describe(const EventLogEntry& entry) {
    if (entry.requestId.isEmpty())
        return entry.message;
    if (entry.slotIndex < 0)
        return tr("Request %1: %2").arg(shortHexId(entry.requestId), entry.message);
    return tr("Slot %1 of request %2: %3")
        .arg(entry.slotIndex)
        .arg(shortHexId(entry.requestId), entry.message);
}

void EventsPage::onEntriesAdded(const QList<EventLogEntry>& entries) {
    updateStatus();
    int alerts = 0;
    const EventLogEntry* latest = nullptr;
    bool anyError = false;
    for (const EventLogEntry& entry : entries) {
        if (!entry.alert)
            continue;
        ++alerts;
        latest = &entry;
        anyError = anyError || entry.severity == EventSeverity::Error;
    }
    if (alerts == 0)
        return;
    m_unseenAlerts += alerts;
    m_latestAlert = latest->alertTitle + QStringLiteral(": ") + describe(*latest);
    m_latestIsError = m_latestIsError || anyError;
    m_banner->setAlerts(m_unseenAlerts, m_latestAlert, m_latestIsError);
    m_dismissAction->setEnabled(true);
    Q_EMIT unseenAlertCountChanged(m_unseenAlerts);

    const QSystemTrayIcon::MessageIcon icon =
        anyError ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
    if (alerts == 1)
        Q_EMIT alertRaised(latest->alertTitle, describe(*latest), icon);
    else
        Q_EMIT alertRaised(tr("%1 alerts").arg(alerts),
                           tr("Latest: %1: %2").arg(latest->alertTitle, describe(*latest)), icon);
}

void EventsPage::updateStatus() {
    const int total = m_log->rowCount();
    const int shown = m_filter->rowCount();
    const QString events =
        total == 1 ? tr("1 event") : tr("%1 events").arg(QLocale().toString(total));
    m_status->setText(shown == total ? events
                                     : tr("%1 of %2").arg(QLocale().toString(shown), events));
    if (total == 0) {
        m_empty->setText(tr("No events yet. Sale state changes, errors and alerts (errored slots, "
                            "missed proofs, slashed collateral, a low balance) appear here as "
                            "they happen."));
        m_stack->setCurrentIndex(1);
    } else if (shown == 0) {
        m_empty->setText(tr("No event matches the filters."));
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
    }
}

} // namespace salesdesk::ui
