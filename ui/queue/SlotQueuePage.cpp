#include "ui/queue/SlotQueuePage.h"

#include "core/desk/Desk.h"
#include "core/sales/SlotQueue.h"
#include "ui/common/AmountCopy.h"
#include "ui/queue/SlotQueueModel.h"
#include "ui/queue/SlotQueueSortProxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace salesdesk::ui {

SlotQueuePage::SlotQueuePage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_queue(desk.engine().queue()) {
    m_model = new SlotQueueModel(m_queue, this);
    m_proxy = new SlotQueueSortProxy(m_model, this);
    buildUi();

    connect(&m_queue, &SlotQueue::pausedChanged, this, &SlotQueuePage::updateState);
    connect(&m_queue, &SlotQueue::activeWorkersChanged, this, &SlotQueuePage::updateState);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &SlotQueuePage::rememberSelection);
    connect(m_model, &SlotQueueModel::refreshed, this, [this] {
        restoreSelection();
        updateCounts();
    });
    updateState();
    updateCounts();
}

void SlotQueuePage::buildUi() {
    m_pauseAction = new QAction(tr("&Pause queue"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAction->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
    connect(m_pauseAction, &QAction::toggled, this, &SlotQueuePage::setPaused);

    m_filterAction = new QAction(tr("&Filter by request"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_pauseAction, m_filterAction});

    auto* pauseButton = new QToolButton(this);
    pauseButton->setObjectName(QStringLiteral("pauseButton"));
    pauseButton->setDefaultAction(m_pauseAction);
    pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("queueState"));
    m_state->setWordWrap(true);
    m_workers = new QLabel(this);
    m_workers->setObjectName(QStringLiteral("queueWorkers"));
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(pauseButton);
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_workers);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("requestFilter"));
    m_filter->setPlaceholderText(
        tr("Filter by request id (%1)")
            .arg(m_filterAction->shortcut().toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &SlotQueuePage::setFilterText);
    connect(m_filterAction, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("queueCounts"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_counts);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_proxy);
    AmountCopy::install(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SlotQueueModel::RankColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Uniform rows: the view need not measure 10,000 of them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto* empty = new QLabel(
        tr("<p><b>No slot is waiting.</b></p><p>Slots of new storage requests on the market "
           "wait here, the most profitable first, until a sale takes them. Offer storage on the "
           "Availabilities screen so that slots can match.</p>"),
        this);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(stateRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
}

void SlotQueuePage::setPaused(bool paused) {
    if (m_queue.userPaused() != paused)
        m_queue.setUserPaused(paused);
    updateState();
}

void SlotQueuePage::setFilterText(const QString& text) {
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    updateCounts();
}

void SlotQueuePage::updateState() {
    {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(m_queue.userPaused());
    }
    m_pauseAction->setText(m_queue.userPaused() ? tr("Resume &queue") : tr("&Pause queue"));
    m_pauseAction->setIcon(QIcon::fromTheme(m_queue.userPaused()
                                                ? QStringLiteral("media-playback-start")
                                                : QStringLiteral("media-playback-pause")));
    QString state;
    if (!m_queue.isRunning())
        state = tr("Stopped: the sales engine is not running.");
    else if (m_queue.userPaused())
        state = tr("Paused by you: no new slot is taken until you resume. Running sales go on.");
    else if (m_queue.selfPaused())
        state = tr("Waiting: every queued slot was checked and none fits an availability. The "
                   "queue resumes by itself when a new slot arrives or an availability changes.");
    else
        state = tr("Running: taking the queued slots in this order.");
    m_state->setText(state);
    m_workers->setText(
        tr("Workers: %1 busy of %2").arg(m_queue.activeWorkers()).arg(m_queue.maxWorkers()));
}

void SlotQueuePage::updateCounts() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_counts->setText(shown == total ? tr("Queued slots: %1").arg(total)
                                     : tr("Shown: %1 of %2 queued slots").arg(shown).arg(total));
    m_stack->setCurrentIndex(total == 0 ? 0 : 1);
    if (total > 0 && !m_columnsSized) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    updateState();
}

void SlotQueuePage::rememberSelection() {
    m_selected.reset();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid())
        return;
    const SlotQueueItem& item = m_model->itemAt(source.row());
    m_selected = std::make_pair(item.requestId(), item.slotIndex());
}

void SlotQueuePage::restoreSelection() {
    if (!m_selected)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SlotQueueItem& item = m_model->itemAt(row);
        if (item.requestId() == m_selected->first && item.slotIndex() == m_selected->second) {
            const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(row, 0));
            if (proxy.isValid())
                m_view->selectRow(proxy.row());
            return;
        }
    }
}

} // namespace salesdesk::ui
