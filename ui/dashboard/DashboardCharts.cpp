#include "ui/dashboard/DashboardCharts.h"

#include "ui/common/TokenAxis.h"
#include "ui/dashboard/DashboardFigures.h"
#include "ui/dashboard/SeriesThinning.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace salesdesk::ui {

namespace {

// A sale state's bar: several engine states share one.
struct StateCategory {
    const char* label;
    QList<SaleStateKind> states;
};

const QList<StateCategory>& stateCategories() {
    static const QList<StateCategory> categories{
        {QT_TRANSLATE_NOOP("DashboardCharts", "Recovering"), {SaleStateKind::Unknown}},
        {QT_TRANSLATE_NOOP("DashboardCharts", "Preparing"), {SaleStateKind::Preparing}},
        {QT_TRANSLATE_NOOP("DashboardCharts", "Reserving"), {SaleStateKind::SlotReserving}},
        {QT_TRANSLATE_NOOP("DashboardCharts", "Downloading"), {SaleStateKind::Downloading}},
        {QT_TRANSLATE_NOOP("DashboardCharts", "Filling"),
         {SaleStateKind::InitialProving, SaleStateKind::Filling}},
        {QT_TRANSLATE_NOOP("DashboardCharts", "Filled"), {SaleStateKind::Filled}},
        {QT_TRANSLATE_NOOP("DashboardCharts", "Proving"),
         {SaleStateKind::Proving, SaleStateKind::ProvingSimulated}},
        {QT_TRANSLATE_NOOP("DashboardCharts", "Payout"), {SaleStateKind::Payout}},
    };
    return categories;
}

// The largest binary unit in which `bytes` is at least 1, as (divisor, name).
std::pair<double, QString> byteScale(quint64 bytes) {
    static const std::array<const char*, 5> names{"B", "KiB", "MiB", "GiB", "TiB"};
    double divisor = 1;
    std::size_t unit = 0;
    while (unit + 1 < names.size() && static_cast<double>(bytes) >= divisor * 1024) {
        divisor *= 1024;
        ++unit;
    }
    return {divisor, QString::fromLatin1(names[unit])};
}

// Series accents that read on light and dark backgrounds.
const QColor kEarningsColor(0x2e, 0x9d, 0x5b);
const QColor kUsedColor(0x3b, 0x82, 0xd6);
const QColor kCommittedColor(0xe0, 0x8e, 0x2b);
const QColor kOfferedColor(0x8e, 0x8e, 0x9a);

} // namespace

DashboardCharts::DashboardCharts(const DashboardFigures& figures, QWidget* parent)
    : QWidget(parent)
    , m_figures(figures) {
    m_refresh = new LiveRefresh(
        kRefreshIntervalMs, false, [this] { draw(); }, this);
    m_earnings = makePanel(tr("Cumulative earnings"),
                           tr("No payouts yet.\nA slot pays when its request ends."));
    m_storage =
        makePanel(tr("Storage use"), tr("Nothing offered yet.\nOffer storage to start selling."));
    m_states = makePanel(tr("Running sales by state"),
                         tr("No sale is running.\nSales start when a request matches "
                            "an availability."));

    m_earningsSeries = new QLineSeries(this);
    m_earningsSeries->setName(tr("Paid to you"));
    m_earningsSeries->setPen(QPen(kEarningsColor, 2));
    m_earnings.chart->addSeries(m_earningsSeries);
    m_earningsX = new QDateTimeAxis(this);
    m_earningsX->setTickCount(3);
    m_earningsY = new QValueAxis(this);
    TokenAxis::apply(m_earningsY, 0, 1);
    m_earnings.chart->addAxis(m_earningsX, Qt::AlignBottom);
    m_earnings.chart->addAxis(m_earningsY, Qt::AlignLeft);
    m_earningsSeries->attachAxis(m_earningsX);
    m_earningsSeries->attachAxis(m_earningsY);

    m_offeredSeries = new QLineSeries(this);
    m_offeredSeries->setName(tr("Offered"));
    m_offeredSeries->setPen(QPen(kOfferedColor, 1.5, Qt::DashLine));
    m_committedSeries = new QLineSeries(this);
    // Short legend entries: the three charts share the window's width (at 1280 px about 330 px
    // each), and a legend that does not fit cuts its entries short. The "Reserved for slots" card
    // says it in full.
    m_committedSeries->setName(tr("Reserved"));
    m_committedSeries->setPen(QPen(kCommittedColor, 2));
    m_usedSeries = new QLineSeries(this);
    m_usedSeries->setName(tr("Stored"));
    m_usedSeries->setPen(QPen(kUsedColor, 2));
    m_storageX = new QDateTimeAxis(this);
    m_storageX->setTickCount(3);
    m_storageY = new QValueAxis(this);
    m_storageY->setLabelFormat(QStringLiteral("%.3g"));
    m_storage.chart->addAxis(m_storageX, Qt::AlignBottom);
    m_storage.chart->addAxis(m_storageY, Qt::AlignLeft);
    for (QLineSeries* series : {m_offeredSeries, m_committedSeries, m_usedSeries}) {
        m_storage.chart->addSeries(series);
        series->attachAxis(m_storageX);
        series->attachAxis(m_storageY);
    }

    auto* bars = new QHorizontalBarSeries(this);
    m_stateSet = new QBarSet(tr("Sales"), this);
    m_stateSet->setColor(kUsedColor);
    m_stateSet->setBorderColor(kUsedColor);
    // A horizontal bar chart draws its first category at the bottom: list the lifecycle
    // backwards so that it reads from the top.
    QStringList labels;
    for (const StateCategory& category : stateCategories()) {
        labels.prepend(QCoreApplication::translate("DashboardCharts", category.label));
        m_stateSet->append(0);
    }
    bars->append(m_stateSet);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    m_states.chart->addSeries(bars);
    m_stateAxis = new QBarCategoryAxis(this);
    m_stateAxis->append(labels);
    m_stateAxis->setTruncateLabels(false);
    m_stateCountAxis = new QValueAxis(this);
    m_stateCountAxis->setLabelFormat(QStringLiteral("%d"));
    m_states.chart->addAxis(m_stateAxis, Qt::AlignLeft);
    m_states.chart->addAxis(m_stateCountAxis, Qt::AlignBottom);
    bars->attachAxis(m_stateAxis);
    bars->attachAxis(m_stateCountAxis);
    m_states.chart->legend()->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_earnings.stack);
    layout->addWidget(m_storage.stack);
    layout->addWidget(m_states.stack);
    for (QChart* chart : {m_earnings.chart, m_storage.chart, m_states.chart})
        applyPalette(chart);
    refresh();
}

DashboardCharts::Panel DashboardCharts::makePanel(const QString& title, const QString& hint) {
    Panel panel;
    panel.stack = new QStackedWidget(this);
    panel.stack->setMinimumHeight(240);
    panel.hint = new QLabel(QStringLiteral("<b>%1</b><br><br>%2")
                                .arg(title.toHtmlEscaped(),
                                     hint.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))),
                            panel.stack);
    panel.hint->setAlignment(Qt::AlignCenter);
    panel.hint->setForegroundRole(QPalette::PlaceholderText);
    panel.hint->setFrameShape(QFrame::StyledPanel);
    panel.chart = new QChart();
    panel.chart->setTitle(title);
    panel.chart->setMargins(QMargins(4, 4, 4, 4));
    panel.chart->legend()->setAlignment(Qt::AlignBottom);
    // An entry cut short (a window narrower than 1280 px) shows itself on hover.
    panel.chart->legend()->setShowToolTips(true);
    panel.chart->setAnimationOptions(QChart::NoAnimation);
    panel.chart->setLocalizeNumbers(true); // axis labels in the locale's digits and separators
    panel.view = new QChartView(panel.chart, panel.stack);
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.stack->addWidget(panel.hint);
    panel.stack->addWidget(panel.view);
    return panel;
}

void DashboardCharts::applyPalette(QChart* chart) {
    const QPalette p = palette();
    chart->setBackgroundBrush(p.base());
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    chart->setTitleBrush(p.windowText());
    chart->legend()->setLabelBrush(p.windowText());
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(p.color(QPalette::Midlight));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    QFont title = font();
    title.setWeight(QFont::DemiBold);
    chart->setTitleFont(title);
}

void DashboardCharts::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        for (QChart* chart : {m_earnings.chart, m_storage.chart, m_states.chart})
            applyPalette(chart);
    QWidget::changeEvent(event);
}

void DashboardCharts::showChart(Panel& panel, bool hasData) {
    panel.stack->setCurrentWidget(hasData ? static_cast<QWidget*>(panel.view) : panel.hint);
}

void DashboardCharts::refreshWhenShown() {
    m_refresh->changed();
}

void DashboardCharts::showEvent(QShowEvent* event) {
    m_refresh->setLive(true);
    QWidget::showEvent(event);
}

void DashboardCharts::hideEvent(QHideEvent* event) {
    m_refresh->setLive(false);
    QWidget::hideEvent(event);
}

void DashboardCharts::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_refresh->changed(); // thinned for the new width
}

int DashboardCharts::columnsOf(const Panel& panel) {
    constexpr int kFewestColumns = 320; // before the first layout the view has no width yet
    return std::max(kFewestColumns, panel.view->width());
}

void DashboardCharts::refresh() {
    m_refresh->refreshNow();
}

void DashboardCharts::draw() {
    updateEarnings();
    updateStorage();
    updateSalesByState();
}

void DashboardCharts::updateEarnings() {
    const QList<EarningsSample>& history = m_figures.earningsHistory();
    showChart(m_earnings, !history.isEmpty());
    if (history.isEmpty())
        return;
    const Timestamp now = std::max(m_figures.snapshot().at, history.last().at);
    QList<QPointF> points;
    points.reserve(history.size() * 2 + 2);
    double previous = 0;
    points.append(QPointF(static_cast<double>(history.first().at) * 1000, 0));
    for (const EarningsSample& sample : history) {
        const double x = static_cast<double>(sample.at) * 1000;
        points.append(QPointF(x, previous)); // a step: the total changes at the payout
        previous = TokenAxis::toTokens(sample.cumulativePayouts);
        points.append(QPointF(x, previous));
    }
    points.append(QPointF(static_cast<double>(now) * 1000, previous));
    m_earningsSeries->replace(thinToColumns(points, columnsOf(m_earnings)));
    const Timestamp first = history.first().at;
    setTimeRange(m_earningsX, first - 60, std::max(now, first + 3600));
    TokenAxis::apply(m_earningsY, 0, previous);
}

QString DashboardCharts::timeAxisFormat(qint64 spanSeconds, const QLocale& locale) {
    constexpr qint64 kHour = 3600;
    if (spanSeconds <= 36 * kHour)
        return QStringLiteral("hh:mm");
    if (spanSeconds <= 6 * 24 * kHour)
        return QStringLiteral("ddd hh'h'");
    // Day first unless the locale's own short date puts the month first (English: "Jan 2").
    const QString shortDate = locale.dateFormat(QLocale::ShortFormat);
    const bool monthFirst =
        shortDate.indexOf(QLatin1Char('M')) < shortDate.indexOf(QLatin1Char('d'));
    if (monthFirst)
        return QStringLiteral("MMM d");
    return locale.language() == QLocale::German ? QStringLiteral("d. MMM")
                                                : QStringLiteral("d MMM");
}

void DashboardCharts::setTimeRange(QDateTimeAxis* axis, Timestamp first, Timestamp last) {
    axis->setFormat(timeAxisFormat(last - first, QLocale()));
    axis->setRange(QDateTime::fromSecsSinceEpoch(first), QDateTime::fromSecsSinceEpoch(last));
}

QString DashboardCharts::earningsAxisFormat() const {
    return m_earningsX->format();
}

QString DashboardCharts::storageAxisFormat() const {
    return m_storageX->format();
}

void DashboardCharts::updateStorage() {
    const QList<StorageSample>& history = m_figures.storageHistory();
    const bool hasData = std::any_of(history.begin(), history.end(), [](const StorageSample& s) {
        return s.offeredBytes > 0 || s.usedBytes > 0;
    });
    showChart(m_storage, hasData);
    if (!hasData)
        return;
    quint64 largest = 1;
    for (const StorageSample& s : history)
        largest = std::max({largest, s.offeredBytes, s.usedBytes, s.committedBytes});
    const auto [divisor, unit] = byteScale(largest);
    const Timestamp now = std::max(m_figures.snapshot().at, history.last().at);
    QList<QPointF> used;
    QList<QPointF> committed;
    QList<QPointF> offered;
    const auto stepTo = [&](QList<QPointF>& series, double x, quint64 bytes) {
        const double y = static_cast<double>(bytes) / divisor;
        if (!series.isEmpty())
            series.append(QPointF(x, series.last().y()));
        series.append(QPointF(x, y));
    };
    for (const StorageSample& s : history) {
        const double x = static_cast<double>(s.at) * 1000;
        stepTo(used, x, s.usedBytes);
        stepTo(committed, x, s.committedBytes);
        stepTo(offered, x, s.offeredBytes);
    }
    const double end = static_cast<double>(now) * 1000;
    for (QList<QPointF>* series : {&used, &committed, &offered})
        series->append(QPointF(end, series->last().y()));
    const int columns = columnsOf(m_storage);
    m_usedSeries->replace(thinToColumns(used, columns));
    m_committedSeries->replace(thinToColumns(committed, columns));
    m_offeredSeries->replace(thinToColumns(offered, columns));
    const Timestamp first = history.first().at;
    setTimeRange(m_storageX, first - 60, std::max(now, first + 3600));
    m_storageY->setRange(0, static_cast<double>(largest) / divisor * 1.1);
    m_storageY->setTitleText(unit);
}

void DashboardCharts::updateSalesByState() {
    const DashboardSnapshot& snapshot = m_figures.snapshot();
    showChart(m_states, snapshot.runningSales > 0);
    int largest = 1;
    int index = static_cast<int>(stateCategories().size());
    for (const StateCategory& category : stateCategories()) {
        int count = 0;
        for (SaleStateKind state : category.states)
            count += snapshot.salesByState.value(state);
        m_stateSet->replace(--index, count);
        largest = std::max(largest, count);
    }
    m_stateCountAxis->setRange(0, largest + std::max(1, largest / 5));
    m_stateCountAxis->setTickCount(std::min(largest + 2, 6));
}

int DashboardCharts::earningsPointCount() const {
    return static_cast<int>(m_earningsSeries->count());
}

int DashboardCharts::storagePointCount() const {
    return static_cast<int>(m_usedSeries->count());
}

double DashboardCharts::salesInCategory(const QString& label) const {
    const QStringList labels = m_stateAxis->categories();
    const auto index = labels.indexOf(label);
    return index < 0 ? -1 : m_stateSet->at(static_cast<int>(index));
}

} // namespace salesdesk::ui
