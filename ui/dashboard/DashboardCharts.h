#pragma once

#include "core/clock/Clock.h"
#include "ui/common/LiveRefresh.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QBarSet;
class QBarCategoryAxis;
class QDateTimeAxis;
class QValueAxis;
class QStackedWidget;
class QLabel;
class QLocale;

namespace salesdesk::ui {

class DashboardFigures;

// The dashboard's three charts, side by side: cumulative earnings, storage use over time and
// running sales by state. Each shows a short hint instead of an empty chart until it has data.
// Amounts become doubles here only to place points.
class DashboardCharts : public QWidget {
    Q_OBJECT
public:
    explicit DashboardCharts(const DashboardFigures& figures, QWidget* parent = nullptr);

    // Redraws from the figures now.
    void refresh();
    // Redraws from the figures if the charts are visible, else when they are next shown (call
    // after DashboardFigures::changed): a hidden chart's scene still lays out every change, 10 to
    // 25 ms per refresh with 1,000 running sales (salesdesk-bench gui), four times a second.
    // While shown, the charts follow once every kRefreshIntervalMs at most (LiveRefresh): the
    // figures change four times a second while sales run, a chart that moves once a second
    // reads as live.
    void refreshWhenShown();
    static constexpr int kRefreshIntervalMs = 1'000;

    // The points shown, for tests: cumulative earnings and storage used.
    int earningsPointCount() const;
    int storagePointCount() const;
    // The bar value of the sale state category `label` (e.g. tr("Proving")); -1 if none.
    double salesInCategory(const QString& label) const;
    // The labels of a time axis spanning `spanSeconds`, short enough for the dashboard's narrow
    // charts in every language: the time of day within a day and a half, the weekday and hour
    // within six days, else the day and month in the order of `locale`.
    static QString timeAxisFormat(qint64 spanSeconds, const QLocale& locale);
    // The time axes' labels as shown now (for tests).
    QString earningsAxisFormat() const;
    QString storageAxisFormat() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static void setTimeRange(QDateTimeAxis* axis, Timestamp first, Timestamp last);

    struct Panel {
        QStackedWidget* stack = nullptr;
        QLabel* hint = nullptr;
        QChartView* view = nullptr;
        QChart* chart = nullptr;
    };
    Panel makePanel(const QString& title, const QString& hint);
    void showChart(Panel& panel, bool hasData);
    void applyPalette(QChart* chart);
    void draw();
    void updateEarnings();
    void updateStorage();
    void updateSalesByState();
    // The pixel columns a panel's series are thinned to (SeriesThinning).
    static int columnsOf(const Panel& panel);

    const DashboardFigures& m_figures;
    LiveRefresh* m_refresh = nullptr; // live while the charts are shown
    Panel m_earnings;
    Panel m_storage;
    Panel m_states;
    QLineSeries* m_earningsSeries = nullptr;
    QDateTimeAxis* m_earningsX = nullptr;
    QValueAxis* m_earningsY = nullptr;
    QLineSeries* m_usedSeries = nullptr;
    QLineSeries* m_committedSeries = nullptr;
    QLineSeries* m_offeredSeries = nullptr;
    QDateTimeAxis* m_storageX = nullptr;
    QValueAxis* m_storageY = nullptr;
    QBarSet* m_stateSet = nullptr;
    QBarCategoryAxis* m_stateAxis = nullptr;
    QValueAxis* m_stateCountAxis = nullptr;
};

} // namespace salesdesk::ui
