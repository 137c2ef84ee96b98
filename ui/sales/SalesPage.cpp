#include "ui/sales/SalesPage.h"

#include "core/desk/Desk.h"
#include "core/engine/HostEngine.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "ui/common/AmountCopy.h"
#include "ui/sales/FinishedSalesModel.h"
#include "ui/sales/RunningSalesModel.h"
#include "ui/sales/SaleDetailsPane.h"
#include "ui/sales/SaleStatesModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace salesdesk::ui {

namespace {

QLabel* makeEmptyLabel(const QString& text) {
    auto* label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(32);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTreeView* makeTableView() {
    auto* view = new QTreeView;
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAllColumnsShowFocus(true);
    view->header()->setSectionsMovable(true);
    view->header()->setStretchLastSection(false);
    return view;
}

QSortFilterProxyModel* makeSearchProxy(QObject* parent, int searchRole, int sortRole) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setFilterRole(searchRole);
    proxy->setFilterKeyColumn(0);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(sortRole);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

} // namespace

SalesPage::SalesPage(salesdesk::Desk& desk, QWidget* parent)
    : QWidget(parent) {
    HostEngine& engine = desk.engine();
    m_running = new RunningSalesModel(engine.sales(), this);
    m_states = new SaleStatesModel(*m_running, this);
    m_finished = new FinishedSalesModel(engine.sales(), engine.ledger(), desk.clock(), this);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildRunningTab(), QString());
    m_tabs->addTab(buildHistoryTab(), QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_findAction = new QAction(tr("Find Sale"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        QLineEdit* field = m_tabs->currentIndex() == 0 ? m_runningFilter : m_historyFilter;
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    m_copyIdsAction = new QAction(tr("Copy Sale Ids"), this);
    m_copyIdsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyIdsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyIdsAction->setEnabled(false);
    connect(m_copyIdsAction, &QAction::triggered, this, &SalesPage::copySelectedIds);
    m_showRunningAction = new QAction(tr("Running Sales"), this);
    m_showRunningAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_showRunningAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showRunningAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    m_showHistoryAction = new QAction(tr("Sales History"), this);
    m_showHistoryAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_showHistoryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showHistoryAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    addActions({m_findAction, m_copyIdsAction, m_showRunningAction, m_showHistoryAction});

    connect(m_running, &RunningSalesModel::batchApplied, this, &SalesPage::onRunningBatch);
    connect(m_finished, &FinishedSalesModel::batchApplied, this, &SalesPage::onHistoryBatch);
    onRunningBatch();
    onHistoryBatch();
}

QWidget* SalesPage::buildRunningTab() {
    m_statesView = makeTableView();
    m_statesView->setModel(m_states);
    m_statesView->setAlternatingRowColors(false);
    m_statesView->header()->setSectionsMovable(false);
    m_statesView->header()->setSectionResizeMode(SaleStatesModel::StateColumn,
                                                 QHeaderView::Stretch);
    m_statesView->header()->setSectionResizeMode(SaleStatesModel::CountColumn,
                                                 QHeaderView::ResizeToContents);
    m_statesView->setMinimumWidth(200);

    m_stateFilter = new QSortFilterProxyModel(this);
    m_stateFilter->setSourceModel(m_running);
    m_stateFilter->setFilterRole(RunningSalesModel::StateKindRole);
    m_stateFilter->setFilterKeyColumn(RunningSalesModel::StateColumn);
    m_runningSearch =
        makeSearchProxy(this, RunningSalesModel::SearchTextRole, RunningSalesModel::SortRole);
    m_runningSearch->setSourceModel(m_stateFilter);

    m_runningFilter = new QLineEdit;
    m_runningFilter->setPlaceholderText(tr("Filter by request id, slot or state"));
    m_runningFilter->setClearButtonEnabled(true);
    connect(m_runningFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_runningSearch->setFilterFixedString(text.trimmed());
        updateRunningEmptyState();
    });

    m_salesView = makeTableView();
    m_salesView->setModel(m_runningSearch);
    AmountCopy::install(m_salesView);
    m_salesView->setSortingEnabled(true);
    m_salesView->sortByColumn(RunningSalesModel::SinceColumn, Qt::DescendingOrder);
    QHeaderView* header = m_salesView->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    header->setStretchLastSection(true);
    header->resizeSection(RunningSalesModel::StateColumn,
                          metrics.horizontalAdvance(QStringLiteral("Reserving slot")) + 36);
    header->resizeSection(RunningSalesModel::RequestColumn,
                          metrics.horizontalAdvance(QStringLiteral("0x000000…0000")) + 12);
    header->resizeSection(RunningSalesModel::SlotColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    header->resizeSection(RunningSalesModel::SizeColumn,
                          metrics.horizontalAdvance(QStringLiteral("000.0 MiB")) + 16);
    header->resizeSection(RunningSalesModel::CollateralColumn,
                          metrics.horizontalAdvance(QStringLiteral("00,000,000,000")) + 12);
    header->resizeSection(RunningSalesModel::PayoutColumn,
                          metrics.horizontalAdvance(QStringLiteral("00,000,000,000")) + 12);
    header->resizeSection(RunningSalesModel::ProofsColumn,
                          metrics.horizontalAdvance(QStringLiteral("00 / 0 missed")) + 12);
    header->resizeSection(RunningSalesModel::SinceColumn,
                          metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);
    // When each sale entered its state is in the details' timeline; the column is there to sort.
    m_salesView->setColumnHidden(RunningSalesModel::SinceColumn, true);
    connect(m_salesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SalesPage::onSaleSelected);
    connect(m_statesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectStateGroup(current.row()); });

    m_runningEmpty = makeEmptyLabel(QString());
    m_runningStack = new QStackedWidget;
    m_runningStack->addWidget(m_salesView);
    m_runningStack->addWidget(m_runningEmpty);

    auto* middle = new QWidget;
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_runningFilter);
    middleLayout->addWidget(m_runningStack, 1);

    m_details = new SaleDetailsPane;
    m_details->setMinimumWidth(280);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_statesView);
    splitter->addWidget(middle);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({190, 800, 290});

    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    m_statesView->setCurrentIndex(m_states->index(0, 0));
    return tab;
}

QWidget* SalesPage::buildHistoryTab() {
    m_historySearch =
        makeSearchProxy(this, FinishedSalesModel::SearchTextRole, FinishedSalesModel::SortRole);
    m_historySearch->setSourceModel(m_finished);

    m_historyFilter = new QLineEdit;
    m_historyFilter->setPlaceholderText(tr("Filter by request id, slot, outcome or note"));
    m_historyFilter->setClearButtonEnabled(true);
    connect(m_historyFilter, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_historySearch->setFilterFixedString(text.trimmed()); });

    m_historyView = makeTableView();
    m_historyView->setModel(m_historySearch);
    AmountCopy::install(m_historyView);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(FinishedSalesModel::EndedColumn, Qt::DescendingOrder);
    QHeaderView* header = m_historyView->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FinishedSalesModel::NoteColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    const int amount = metrics.horizontalAdvance(QStringLiteral("000,000,000,000")) + 16;
    header->resizeSection(FinishedSalesModel::EndedColumn,
                          metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);
    header->resizeSection(FinishedSalesModel::RequestColumn,
                          metrics.horizontalAdvance(QStringLiteral("0x000000…0000")) + 24);
    header->resizeSection(FinishedSalesModel::SlotColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    header->resizeSection(FinishedSalesModel::OutcomeColumn,
                          metrics.horizontalAdvance(QStringLiteral("Collateral returned")) + 32);
    header->resizeSection(FinishedSalesModel::PayoutColumn, amount);
    header->resizeSection(FinishedSalesModel::ReturnedColumn, amount);
    header->resizeSection(FinishedSalesModel::LostColumn, amount);
    header->resizeSection(FinishedSalesModel::ProofsColumn,
                          metrics.horizontalAdvance(QStringLiteral("000 / 00 missed")) + 16);

    m_historyStack = new QStackedWidget;
    m_historyStack->addWidget(m_historyView);
    m_historyStack->addWidget(makeEmptyLabel(
        tr("No sale has ended yet. Sales that end (paid, cancelled, failed or errored) are kept "
           "here with what they paid.")));

    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_historyFilter);
    layout->addWidget(m_historyStack, 1);
    return tab;
}

void SalesPage::selectStateGroup(int row) {
    if (row < 0)
        return;
    m_stateFilter->setFilterRegularExpression(m_states->filterFor(row));
    const QModelIndex index = m_states->index(row, 0);
    if (m_statesView->currentIndex().row() != row)
        m_statesView->setCurrentIndex(index);
    updateRunningEmptyState();
}

void SalesPage::onRunningBatch() {
    m_tabs->setTabText(0, tr("Running (%1)").arg(m_running->rowCount()));
    m_details->refresh();
    updateRunningEmptyState();
}

void SalesPage::onHistoryBatch() {
    m_tabs->setTabText(1, tr("History (%1)").arg(m_finished->rowCount()));
    m_historyStack->setCurrentIndex(m_finished->rowCount() == 0 ? 1 : 0);
}

void SalesPage::updateRunningEmptyState() {
    if (m_running->rowCount() == 0) {
        m_runningEmpty->setText(
            tr("No sale is running. A sale starts when a storage request on the market fits one "
               "of your availabilities: offer storage on the Availabilities screen."));
        m_runningStack->setCurrentIndex(1);
    } else if (m_runningSearch->rowCount() == 0) {
        m_runningEmpty->setText(m_runningFilter->text().trimmed().isEmpty()
                                    ? tr("No sale is in this state now.")
                                    : tr("No running sale matches the filter."));
        m_runningStack->setCurrentIndex(1);
    } else {
        m_runningStack->setCurrentIndex(0);
    }
}

void SalesPage::onSaleSelected() {
    const QModelIndexList rows = m_salesView->selectionModel()->selectedRows();
    SalesAgent* agent = nullptr;
    if (!rows.isEmpty()) {
        const QModelIndex source =
            m_stateFilter->mapToSource(m_runningSearch->mapToSource(rows.constFirst()));
        agent = m_running->agentAt(source.row());
    }
    m_details->showAgent(agent);
    m_copyIdsAction->setEnabled(agent != nullptr);
}

void SalesPage::copySelectedIds() {
    SalesAgent* agent = m_details->agent();
    if (!agent)
        return;
    const SalesData& sale = agent->data();
    QGuiApplication::clipboard()->setText(tr("request %1 slot %2 slotId %3")
                                              .arg(sale.requestId.toHex())
                                              .arg(sale.slotIndex)
                                              .arg(sale.slotId.toHex()));
}

} // namespace salesdesk::ui
