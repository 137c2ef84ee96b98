#include "ui/earnings/EarningsPage.h"

#include "core/desk/Desk.h"
#include "core/desk/MarketEarningsReader.h"
#include "core/stats/Ledger.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/Formatting.h"
#include "ui/common/MarketTotals.h"
#include "ui/common/MarketsWatch.h"
#include "ui/earnings/EarningsChartView.h"
#include "ui/earnings/LedgerCsvWriter.h"
#include "ui/earnings/LedgerEntriesFilter.h"
#include "ui/earnings/LedgerEntriesModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace salesdesk::ui {

namespace {

constexpr qint64 kDay = 24 * 3600;

QLabel* figureLabel(const QString& objectName) {
    auto* label = new QLabel();
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A panel's figures side by side: each caption over its figure, the columns sharing the width.
void addFigures(QGridLayout& grid, const QList<std::pair<QString, QLabel*>>& figures) {
    for (int i = 0; i < figures.size(); ++i) {
        auto* caption = new QLabel(figures.at(i).first);
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid.addWidget(caption, 0, i);
        grid.addWidget(figures.at(i).second, 1, i);
        grid.setColumnStretch(i, 1);
    }
}

} // namespace

EarningsPage::EarningsPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk) {
    m_model = new LedgerEntriesModel(desk.engine().ledger(), this);
    m_filter = new LedgerEntriesFilter(this);
    m_filter->setSourceModel(m_model);
    buildUi();
    connect(m_model, &LedgerEntriesModel::entriesAppended, this, &EarningsPage::scheduleRefresh);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EarningsPage::scheduleRefresh);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EarningsPage::scheduleRefresh);
    connect(new MarketsWatch(desk, this), &MarketsWatch::changed, this,
            &EarningsPage::scheduleRefresh);
    refresh();
}

EarningsPage::~EarningsPage() = default;

void EarningsPage::buildUi() {
    m_kindBox = new QComboBox();
    m_kindBox->addItem(tr("All kinds"));
    for (LedgerKind kind : {LedgerKind::Payout, LedgerKind::CollateralReturned,
                            LedgerKind::CollateralDeposited, LedgerKind::CollateralLost})
        m_kindBox->addItem(LedgerEntriesModel::kindText(kind), static_cast<int>(kind));
    m_periodBox = new QComboBox();
    m_periodBox->addItems(
        {tr("All time"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days")});
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant kind = m_kindBox->itemData(index);
        m_filter->setKind(kind.isValid() ? std::optional(static_cast<LedgerKind>(kind.toInt()))
                                         : std::optional<LedgerKind>());
        scheduleRefresh();
    });
    connect(m_periodBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_period = static_cast<Period>(index);
        applyPeriod();
        scheduleRefresh();
    });

    m_exportAction = new QAction(tr("Export CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Save the entries shown as a CSV file (Ctrl+E)"));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_exportAction, &QAction::triggered, this, &EarningsPage::exportCsv);
    addAction(m_exportAction);
    auto* exportButton = new QToolButton();
    exportButton->setDefaultAction(m_exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kindBox);
    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_periodBox);
    auto* filters = new QHBoxLayout();
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindBox);
    filters->addSpacing(12);
    filters->addWidget(periodLabel);
    filters->addWidget(m_periodBox);
    filters->addStretch(1);
    m_exportStatus = new QLabel();
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    filters->addWidget(m_exportStatus);
    filters->addWidget(exportButton);

    // Totals of what the filter shows.
    m_payouts = figureLabel(QStringLiteral("payoutsTotal"));
    m_returned = figureLabel(QStringLiteral("returnedTotal"));
    m_deposited = figureLabel(QStringLiteral("depositedTotal"));
    m_lost = figureLabel(QStringLiteral("lostTotal"));
    m_net = figureLabel(QStringLiteral("netTotal"));
    auto* totals = new QFrame();
    totals->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(totals);
    const QList<std::pair<QString, QLabel*>> figures{
        {tr("Payouts"), m_payouts},
        {tr("Collateral returned"), m_returned},
        {tr("Collateral deposited"), m_deposited},
        {tr("Collateral lost"), m_lost},
        {tr("Slot sales net (payouts − lost)"), m_net}};
    addFigures(*grid, figures);
    auto* unit = new QLabel(tr("Amounts rounded; hover over one for every digit, right-click to "
                               "copy it."));
    unit->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(unit, 2, 0, 1, static_cast<int>(figures.size()));

    m_chart = new EarningsChartView();
    m_table = new QTableView();
    m_table->setModel(m_filter);
    AmountCopy::install(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LedgerEntriesModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    // Columns as wide as their contents; the request takes the spare room, so the amounts end
    // the row, right-aligned.
    fitColumnsToContents(*header);
    header->setSectionResizeMode(LedgerEntriesModel::RequestColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_emptyText = new QLabel();
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_content = new QStackedWidget();
    m_content->addWidget(splitter);
    m_content->addWidget(m_emptyText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(totals);
    layout->addWidget(buildMarketsRow());
    layout->addWidget(m_content, 1);
}

QWidget* EarningsPage::buildMarketsRow() {
    m_slotsEarned = figureLabel(QStringLiteral("slotsEarned"));
    m_dealsEarned = figureLabel(QStringLiteral("dealsEarned"));
    m_retrievalEarned = figureLabel(QStringLiteral("retrievalEarned"));
    m_allMarketsEarned = figureLabel(QStringLiteral("allMarketsEarned"));
    auto* row = new QFrame();
    row->setObjectName(QStringLiteral("marketsRow"));
    row->setFrameShape(QFrame::StyledPanel);
    m_marketsRow = row;
    auto* grid = new QGridLayout(m_marketsRow);
    const QList<std::pair<QString, QLabel*>> figures{
        {tr("Slot sales paid"), m_slotsEarned},
        {tr("Direct deals paid"), m_dealsEarned},
        {tr("Paid retrieval claimed"), m_retrievalEarned},
        {tr("All markets"), m_allMarketsEarned}};
    addFigures(*grid, figures);
    m_marketsNote = new QLabel();
    m_marketsNote->setObjectName(QStringLiteral("marketsNote"));
    m_marketsNote->setWordWrap(true);
    m_marketsNote->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_marketsNote, 2, 0, 1, static_cast<int>(figures.size()));
    m_marketsRow->hide();
    return m_marketsRow;
}

void EarningsPage::refreshMarkets(const MarketEarningsReader::Read& read) {
    const bool running = read.dealsRunning || read.retrievalRunning;
    m_marketsRow->setVisible(running);
    if (!running)
        return;
    // The period's payments of every market, whatever the kind chosen.
    const Timestamp since = m_filter->since();
    UInt256 slots = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LedgerEntry& e = m_model->entryAt(row);
        if (e.kind == LedgerKind::Payout && e.at >= since)
            slots += e.amount;
    }
    AmountCopy::setAmount(m_slotsEarned, slots);
    const auto setOrOff = [](QLabel* label, bool runs, const Result<UInt256>& amount) {
        if (!runs)
            AmountCopy::setExact(label, tr("Off"), QString(), tr("Not running"));
        else if (amount.ok())
            AmountCopy::setAmount(label, *amount);
        else
            AmountCopy::setExact(label, tr("—"), QString(), amount.message());
    };
    const auto deals =
        MarketEarningsReader::total(read.earnings, MarketEarning::Market::DirectDeals);
    const auto claims =
        MarketEarningsReader::total(read.earnings, MarketEarning::Market::PaidRetrieval);
    setOrOff(m_dealsEarned, read.dealsRunning, deals);
    setOrOff(m_retrievalEarned, read.retrievalRunning, claims);
    auto all = !deals.ok() ? deals : !claims.ok() ? claims : uint256::checkedAdd(*deals, *claims);
    if (all.ok())
        all = uint256::checkedAdd(*all, slots);
    setOrOff(m_allMarketsEarned, true, all);
    if (!read.problems.isEmpty())
        m_allMarketsEarned->setToolTip(read.problems.join(QLatin1Char('\n')));

    QString note = m_period == Period::AllTime
                       ? tr("All time, whatever the kind chosen.")
                       : tr("In the chosen period, whatever the kind chosen.");
    note += QLatin1Char(' ') +
            tr("Direct deals count when the DirectDeals contract pays them (a settlement or the "
               "close), paid retrieval when a voucher is claimed on chain.");
    const auto dealsLost = MarketEarningsReader::total(
        read.earnings, MarketEarning::Market::DirectDeals, MarketEarning::Kind::CollateralLost);
    if (read.dealsRunning && (!dealsLost.ok() || *dealsLost > 0))
        note += QLatin1Char(' ') + (dealsLost.ok()
                                        ? tr("Direct deals' collateral lost: %1 (in the chart's "
                                             "collateral lost and its net line).")
                                              .arg(formatAmount(*dealsLost))
                                        : dealsLost.message());
    if (read.retrievalRunning) {
        const MarketTotals totals = MarketTotals::read(m_desk);
        if (totals.retrieval && totals.retrieval->unclaimed > 0)
            note += QLatin1Char(' ') + tr("Vouchers accepted and not claimed yet: %1.")
                                           .arg(formatAmount(totals.retrieval->unclaimed));
    }
    m_marketsNote->setText(note);
}

bool EarningsPage::nothingEverMoved() const {
    return m_model->rowCount() == 0 && MarketEarningsReader::read(m_desk, 0).earnings.isEmpty();
}

QString EarningsPage::marketsText() const {
    if (m_marketsRow->isHidden())
        return {};
    return QStringList{m_dealsEarned->text(), m_retrievalEarned->text(), m_allMarketsEarned->text()}
        .join(QStringLiteral(" · "));
}

void EarningsPage::setKindFilter(std::optional<LedgerKind> kind) {
    const int index = kind ? m_kindBox->findData(static_cast<int>(*kind)) : 0;
    m_kindBox->setCurrentIndex(index);
}

void EarningsPage::setPeriod(Period period) {
    m_periodBox->setCurrentIndex(static_cast<int>(period));
}

void EarningsPage::applyPeriod() {
    const Timestamp now = m_desk.clock().now();
    switch (m_period) {
    case Period::AllTime:
        m_filter->setSince(0);
        break;
    case Period::LastDay:
        m_filter->setSince(now - kDay);
        break;
    case Period::LastWeek:
        m_filter->setSince(now - 7 * kDay);
        break;
    case Period::LastMonth:
        m_filter->setSince(now - 30 * kDay);
        break;
    }
}

void EarningsPage::scheduleRefresh() {
    // The model already batches the ledger's signals; this folds a filter change and a batch
    // arriving together into one pass over the entries.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, &EarningsPage::refresh);
}

QList<LedgerEntry> EarningsPage::shownEntries() const {
    QList<LedgerEntry> out;
    out.reserve(m_filter->rowCount());
    QList<int> sourceRows;
    sourceRows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        sourceRows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    std::sort(sourceRows.begin(), sourceRows.end()); // the model holds them oldest first
    for (int row : sourceRows)
        out.append(m_model->entryAt(row));
    return out;
}

void EarningsPage::refresh() {
    m_refreshScheduled = false;
    if (m_period != Period::AllTime)
        applyPeriod(); // "the last 24 hours" move on with the clock
    const QList<LedgerEntry> entries = shownEntries();
    const MarketEarningsReader::Read markets =
        MarketEarningsReader::read(m_desk, m_filter->since());
    // The other markets' payments are in the chart with every kind or with payouts, the deals'
    // collateral losses with every kind or with collateral lost.
    const std::optional<LedgerKind> kind = m_filter->kind();
    m_earnings.clear();
    for (const MarketEarning& e : markets.earnings) {
        const LedgerKind as = e.kind == MarketEarning::Kind::CollateralLost
                                  ? LedgerKind::CollateralLost
                                  : LedgerKind::Payout;
        if (!kind || *kind == as)
            m_earnings.append(e);
    }
    const int utcOffset = QDateTime::fromSecsSinceEpoch(m_desk.clock().now()).offsetFromUtc();
    m_series = EarningsSeries::build(entries, m_earnings, utcOffset);
    const LedgerTotals& t = m_series.totals();
    AmountCopy::setAmount(m_payouts, t.payouts);
    AmountCopy::setAmount(m_returned, t.returned);
    AmountCopy::setAmount(m_deposited, t.deposited);
    AmountCopy::setAmount(m_lost, t.lost);
    const UInt256 net = m_series.netMagnitude();
    const QString sign = m_series.netIsNegative() ? QStringLiteral("−") : QString();
    AmountCopy::setExact(m_net, sign + formatAmount(net),
                         (sign.isEmpty() ? QString() : QStringLiteral("-")) +
                             formatExactAmount(net),
                         tr("Exact: %1").arg(sign + formatExactAmount(net)));
    m_chart->setMarkets(markets.dealsRunning, markets.retrievalRunning);
    m_chart->showSeries(m_series);
    refreshMarkets(markets);
    const bool anyShown = !entries.isEmpty() || !m_earnings.isEmpty();
    m_exportAction->setEnabled(anyShown);

    if (!m_model->loadError().isEmpty()) {
        m_emptyText->setText(tr("The ledger could not be read: %1").arg(m_model->loadError()));
        m_content->setCurrentWidget(m_emptyText);
    } else if (!anyShown && nothingEverMoved()) {
        m_emptyText->setText(
            tr("No money has moved yet.\nPayouts, returned collateral and any collateral lost "
               "appear here as your sales are filled and finish.\nOffer storage on the "
               "Availabilities screen to start selling."));
        m_content->setCurrentWidget(m_emptyText);
    } else if (!anyShown) {
        m_emptyText->setText(tr("No ledger entries match the filter.\nChoose another kind or a "
                                "longer period."));
        m_content->setCurrentWidget(m_emptyText);
    } else {
        m_content->setCurrentIndex(0);
    }
    Q_EMIT refreshed();
}

void EarningsPage::exportCsv() {
    const QString suggested =
        QDir::home().filePath(tr("earnings-%1.csv")
                                  .arg(QDateTime::fromSecsSinceEpoch(m_desk.clock().now())
                                           .toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export earnings"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void EarningsPage::exportCsvTo(const QString& filePath) {
    const QList<LedgerEntry> entries = shownEntries();
    const QList<MarketEarning> earnings = m_earnings;
    m_exportAction->setEnabled(false);
    m_exportStatus->setText(tr("Exporting…"));
    auto* watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this,
            [this, watcher, filePath, count = static_cast<int>(entries.size() + earnings.size())] {
                const Result<void> written = watcher->result();
                watcher->deleteLater();
                m_exportAction->setEnabled(true);
                if (written.ok()) {
                    m_exportStatus->setText((count == 1
                                                 ? tr("Exported 1 entry to %1")
                                                 : tr("Exported %1 entries to %2").arg(count))
                                                .arg(QDir::toNativeSeparators(filePath)));
                    Q_EMIT csvExported(filePath, count, QString());
                } else {
                    m_exportStatus->clear();
                    QMessageBox::warning(this, tr("Export earnings"), written.message());
                    Q_EMIT csvExported(filePath, count, written.message());
                }
            });
    watcher->setFuture(QtConcurrent::run([filePath, entries, earnings, token = displayToken()] {
        return LedgerCsvWriter::write(filePath, entries, token, earnings);
    }));
}

} // namespace salesdesk::ui
