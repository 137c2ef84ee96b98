#include "ui/dashboard/DashboardPage.h"

#include "core/desk/Desk.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"
#include "ui/common/MarketTotals.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardFigures.h"
#include "ui/dashboard/FigureCard.h"
#include "ui/dashboard/NextPayoutsModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace salesdesk::ui {

namespace {

QString percentOf(quint64 part, quint64 whole) {
    if (whole == 0)
        return QString();
    return QLocale().toString(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f',
                              0) +
           QStringLiteral(" %");
}

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setWeight(QFont::DemiBold);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk) {
    m_figures = new DashboardFigures(desk, this);
    m_payouts = new NextPayoutsModel(desk, this);

    auto* content = new QWidget(this);
    auto* cards = new QGridLayout();
    cards->setSpacing(8);
    const QList<std::pair<QString, QString>> cardList{
        {QStringLiteral("offeredCard"), tr("Storage offered")},
        {QStringLiteral("freeCard"), tr("Free for new sales")},
        {QStringLiteral("reservedCard"), tr("Reserved for slots")},
        {QStringLiteral("usedCard"), tr("Stored")},
        {QStringLiteral("salesCard"), tr("Active slots")},
        {QStringLiteral("queueCard"), tr("Slot queue")},
        {QStringLiteral("earnedCard"), tr("Earned to date")},
        {QStringLiteral("collateralCard"), tr("Collateral locked")},
        {QStringLiteral("expectedCard"), tr("Expected earnings")},
        // Shown while direct deals or paid retrieval run.
        {QStringLiteral("dealsCard"), tr("Direct deals")},
        {QStringLiteral("retrievalCard"), tr("Paid retrieval")},
        {QStringLiteral("allMarketsCard"), tr("Earned in all markets")},
    };
    constexpr int kColumns = 3;
    for (const auto& [name, caption] : cardList) {
        const int index = static_cast<int>(m_cards.size());
        cards->addWidget(addCard(name, caption), index / kColumns, index % kColumns);
    }

    m_charts = new DashboardCharts(*m_figures, content);

    m_payoutsView = new QTableView(content);
    m_payoutsView->setObjectName(QStringLiteral("nextPayoutsView"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_payouts);
    proxy->setSortRole(NextPayoutsModel::SortRole);
    m_payoutsView->setModel(proxy);
    AmountCopy::install(m_payoutsView);
    m_payoutsView->setSortingEnabled(true);
    m_payoutsView->sortByColumn(NextPayoutsModel::DueColumn, Qt::AscendingOrder);
    m_payoutsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payoutsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payoutsView->setAlternatingRowColors(true);
    m_payoutsView->verticalHeader()->hide();
    m_payoutsView->setWordWrap(false);
    m_payoutsView->setMinimumHeight(180);
    QHeaderView* header = m_payoutsView->horizontalHeader();
    fitColumnsToContents(*header);
    header->setSectionResizeMode(NextPayoutsModel::SlotColumn, QHeaderView::Stretch);
    m_payoutsEmpty = new QLabel(
        tr("No payout is scheduled. Slots you host are paid when their request ends; they will "
           "be listed here with the amount and the date."),
        content);
    m_payoutsEmpty->setWordWrap(true);
    m_payoutsEmpty->setAlignment(Qt::AlignCenter);
    m_payoutsEmpty->setForegroundRole(QPalette::PlaceholderText);
    auto* payoutsStack = new QStackedWidget(content);
    payoutsStack->addWidget(m_payoutsEmpty);
    payoutsStack->addWidget(m_payoutsView);
    const auto showPayouts = [this, payoutsStack] {
        payoutsStack->setCurrentWidget(
            m_payouts->rowCount() > 0 ? static_cast<QWidget*>(m_payoutsView) : m_payoutsEmpty);
    };
    connect(m_payouts, &QAbstractItemModel::modelReset, this, showPayouts);
    connect(m_payouts, &NextPayoutsModel::expectedEarningsChanged, this,
            &DashboardPage::showFigures);
    showPayouts();

    m_error = problemMessageLabel(QStringLiteral("dashboardError"), content);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(m_error);
    layout->addLayout(cards);
    layout->addWidget(m_charts);
    layout->addWidget(sectionTitle(tr("Next payouts"), content));
    layout->addWidget(payoutsStack, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_figures, &DashboardFigures::changed, this, &DashboardPage::showFigures);
    connect(m_figures, &DashboardFigures::changed, m_charts, &DashboardCharts::refreshWhenShown);
    showFigures();
}

FigureCard* DashboardPage::addCard(const QString& objectName, const QString& caption) {
    auto* card = new FigureCard(caption, this);
    card->setObjectName(objectName);
    m_cards.append(card);
    return card;
}

FigureCard* DashboardPage::card(const QString& objectName) const {
    for (FigureCard* c : m_cards)
        if (c->objectName() == objectName)
            return c;
    return nullptr;
}

void DashboardPage::refreshNow() {
    m_payouts->refreshNow();
    m_figures->refreshNow();
    m_charts->refresh(); // also while hidden
}

void DashboardPage::showFigures() {
    const DashboardSnapshot& s = m_figures->snapshot();
    const QLocale locale;
    card(QStringLiteral("offeredCard"))
        ->setValue(formatBytes(s.offeredBytes),
                   s.availabilityCount == 0
                       ? tr("No availability yet: offer storage to start selling")
                       : tr("quota %1").arg(formatBytes(s.quota.maxBytes)));
    card(QStringLiteral("freeCard"))
        ->setValue(formatBytes(s.freeBytes),
                   s.offeredBytes == 0
                       ? tr("Nothing offered")
                       : tr("%1 of the offer").arg(percentOf(s.freeBytes, s.offeredBytes)));
    card(QStringLiteral("reservedCard"))
        ->setValue(formatBytes(s.committedBytes), tr("held for slots being sold or hosted"));
    card(QStringLiteral("usedCard"))
        ->setValue(formatBytes(s.quota.usedBytes),
                   tr("slot data of hosted slots, %1 of the quota")
                       .arg(percentOf(s.quota.usedBytes, s.quota.maxBytes)));
    card(QStringLiteral("salesCard"))
        ->setValue(locale.toString(s.hostedSlots),
                   tr("hosted now; sales in progress: %1").arg(s.runningSales));
    const QString queueState = s.queueUserPaused ? tr("paused by you")
                               : s.queuePaused   ? tr("waiting: no queued slot matches")
                                                 : tr("running");
    card(QStringLiteral("queueCard"))
        ->setValue(locale.toString(s.queueLength), tr("slots waiting; %1").arg(queueState));
    card(QStringLiteral("earnedCard"))
        ->setAmount(s.totals.payouts,
                    s.totals.lost == 0
                        ? tr("no collateral lost")
                        : tr("%1 of collateral lost").arg(formatAmount(s.totals.lost)));
    card(QStringLiteral("collateralCard"))
        ->setAmount(s.collateralLocked, tr("deposited in filled slots, returned at the end"));
    card(QStringLiteral("expectedCard"))
        ->setAmount(m_payouts->expectedEarnings(),
                    tr("scheduled payouts: %1").arg(m_payouts->rowCount()));
    showMarkets(s);
    const QString error = m_figures->lastError();
    m_error->setText(error.isEmpty() ? QString()
                                     : tr("Some figures could not be read: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
}

void DashboardPage::showMarkets(const DashboardSnapshot& s) {
    const MarketTotals& markets = s.markets;
    FigureCard* deals = card(QStringLiteral("dealsCard"));
    FigureCard* retrieval = card(QStringLiteral("retrievalCard"));
    FigureCard* all = card(QStringLiteral("allMarketsCard"));
    for (FigureCard* c : {deals, retrieval, all})
        c->setVisible(markets.anyRunning());
    if (!markets.anyRunning())
        return;
    const QLocale locale;
    if (markets.deals) {
        const DealTotals& d = *markets.deals;
        const QString active = locale.toString(d.active);
        const QString locked = formatAmount(d.collateralLocked);
        deals->setAmount(
            d.paid, d.collateralLost > 0
                        ? tr("paid so far; %1 active · %2 collateral locked · %3 "
                             "collateral lost")
                              .arg(active, locked, formatAmount(d.collateralLost))
                        : tr("paid so far; %1 active · %2 collateral locked").arg(active, locked));
    } else {
        deals->setValue(tr("Off"), tr("taken when turned on in Settings → Direct deals"));
    }
    // Retrieval: what the chain paid, as the Earnings screen counts it; vouchers accepted and
    // not claimed yet are money owed, not paid.
    if (markets.retrieval)
        retrieval->setAmount(markets.retrieval->claimed,
                             tr("claimed on chain; %1 more in vouchers still to claim, on %n "
                                "channel(s)",
                                nullptr, markets.retrieval->channels)
                                 .arg(formatAmount(markets.retrieval->unclaimed)));
    else
        retrieval->setValue(tr("Off"), tr("served when turned on in Settings → Paid retrieval"));
    const auto others = markets.earned();
    const auto total =
        others.ok() ? uint256::checkedAdd(s.totals.payouts, *others) : Result<UInt256>(others);
    if (!total.ok()) {
        all->setValue(tr("—"), total.message());
        return;
    }
    all->setAmount(*total, tr("slots %1 · deals %2 · retrieval %3")
                               .arg(formatAmount(s.totals.payouts),
                                    formatAmount(markets.deals ? markets.deals->paid : UInt256(0)),
                                    formatAmount(markets.retrieval ? markets.retrieval->claimed
                                                                   : UInt256(0))));
}

} // namespace salesdesk::ui
