#pragma once

#include "core/clock/Clock.h"
#include "ui/common/LiveRefresh.h"

#include <QTimer>
#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace salesdesk {

class Desk;

namespace ui {

// The frame of a page over a service the GUI's main starts after the desk (direct deals, paid
// retrieval). Until the service runs the page shows only an explanation of why (explanation());
// the GUI's main records how the start went as a dynamic property of the desk (recordStart), and
// the page looks for the service again as soon as it is recorded, so a page shown before needs no
// refresh. Once the service runs the page swaps the explanation for the service's view
// (addServingView), reads it again in batches when it changes and only while the page is shown
// (liveRefresh()), and while shown ticks a countdown every second (showNow).
//
// A page says what differs through the hooks below and calls updateMode() at the end of its own
// constructor: while this one runs, the hooks do not reach the page yet. The user-visible text
// stays in the pages, under their own translation contexts.
class ServicePage : public QWidget {
    Q_OBJECT
public:
    ~ServicePage() override;

    // Whether the page shows the running service.
    virtual bool isServing() const = 0;
    // What the page says while the service does not run (empty while it does).
    QString explanationText() const;

public Q_SLOTS:
    // Looks for the service again and re-reads it now instead of waiting for the batch.
    void refreshNow();

protected:
    // `startErrorProperty` names the desk's dynamic property the start is recorded in (it must
    // outlive the page: a string literal or a static constant); `pageName` and
    // `explanationName` are the object names of the page and its explanation.
    ServicePage(Desk& desk, const char* startErrorProperty, const QString& pageName,
                const QString& explanationName, QWidget* parent);

    // Records on `desk` under `property` how a start went (`error`: empty when it started).
    static void recordStart(Desk& desk, const char* property, const QString& error);

    // A figure's value: word-wrapped, selectable, named `name` (tests find it).
    static QLabel* figureLabel(const QString& name, QWidget* parent);
    // A table of `model` named `name`: whole rows selected one at a time, no row numbers, columns
    // fitted to their contents, the last stretched, exact amounts on copy.
    static QTableView* tableView(const QString& name, QAbstractItemModel* model, QWidget* parent);

    // Hook: looks for the running service. When it runs, keeps it, builds its view
    // (addServingView), connects its changes to liveRefresh() and returns true; else false.
    virtual bool takeServiceIfRunning() = 0;
    // Hook: what to say while the service does not run.
    virtual QString explanation() const = 0;
    // Hook: reads the service into the view (nothing while it does not run).
    virtual void read() = 0;
    // Hook: the countdown's tick, and the first one when the page is shown; only called once the
    // service's view is built.
    virtual void showNow(Timestamp now) = 0;

    // Shows the running service's view when the service runs, else the explanation.
    void updateMode();
    // Puts the running service's view in the place the explanation's stretch held.
    void addServingView(QWidget* view);

    Desk& desk() const { return m_desk; }
    // The start recorded on the desk: the error's message, empty when it started, invalid until
    // it was tried.
    QVariant recordedStart() const;
    LiveRefresh& liveRefresh() { return m_refresh; }

    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Desk& m_desk;
    const char* m_startErrorProperty;
    QLabel* m_explanation = nullptr;
    LiveRefresh m_refresh; // live while the page is shown
    QTimer m_countdown;    // ticks every second while the page is shown
};

} // namespace ui
} // namespace salesdesk
