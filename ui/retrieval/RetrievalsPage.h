#pragma once

#include "core/chain/retrieval/RetrievalService.h"
#include "ui/common/ServicePage.h"

#include <QPointer>

class QLabel;
class QTableView;

namespace salesdesk {

class Desk;

namespace ui {

class ChannelsModel;
class RetrievalsModel;

// Retrievals: the paid retrieval of the host's slot data (docs/retrieval.md). While it runs
// (Desk::retrieval()): where it listens, its price and chunks, when it claims, the bytes served
// since the start and what the channels paid and hold unclaimed; the retrievals (RetrievalsModel)
// and the payment channels (ChannelsModel). Both tables are read again in batches when the
// service changes, and only while the page is shown; the channels' close countdown ticks every
// second, also only while shown (both through ServicePage).
//
// While it does not run the page says why: the demo market has no payment channels; on a chain
// it is off (Settings → Paid retrieval), about to start, or failed to start, with the reason the
// GUI's main recorded (recordStart). The page notices the start (or its failure) when it is
// recorded, so a page shown before it needs no refresh.
class RetrievalsPage : public ServicePage {
    Q_OBJECT
public:
    // The desk's dynamic property where the GUI's main records how the start of paid retrieval
    // went: the error's message, or an empty string when it started. Absent until it was tried.
    static constexpr char kStartErrorProperty[] = "retrievalError";
    // The most retrievals the table shows (the newest).
    static constexpr int kMaxRetrievals = 500;

    explicit RetrievalsPage(Desk& desk, QWidget* parent = nullptr);
    ~RetrievalsPage() override;

    // Records on `desk` how the start of paid retrieval went (`error`: empty when it started);
    // a page over the desk shows it at once.
    static void recordStart(Desk& desk, const QString& error);

    // Whether the page shows the running service (its figures and tables).
    bool isServing() const override { return m_service != nullptr; }
    // The figures over the tables, one per line (empty while the service does not run).
    QString summaryText() const;
    // Null until the service runs.
    RetrievalsModel* retrievalsModel() const { return m_retrievals; }
    ChannelsModel* channelsModel() const { return m_channels; }

protected:
    bool takeServiceIfRunning() override;
    QString explanation() const override;
    void read() override;
    void showNow(Timestamp now) override;

private:
    void buildServingView(RetrievalService& service);
    void showFigures();

    // Whether paid retrieval was on in the settings when the page was made (the desk's start,
    // which reads the same setting).
    bool m_enabledAtStart = false;
    QPointer<RetrievalService> m_service; // null until it runs
    QLabel* m_endpoint = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_chunks = nullptr;
    QLabel* m_claims = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_readError = nullptr;
    RetrievalsModel* m_retrievals = nullptr;
    ChannelsModel* m_channels = nullptr;
    QTableView* m_retrievalsTable = nullptr;
    QTableView* m_channelsTable = nullptr;
};

} // namespace ui
} // namespace salesdesk
