#pragma once

#include "core/domain/Availability.h"
#include "core/sales/SaleStateKind.h"
#include "ui/matching/SeenRequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace salesdesk {
class Desk;
class SalesAgent;
struct SaleOutcome;
} // namespace salesdesk

namespace salesdesk::ui {

// The storage requests seen on the market (StorageRequested, and those open when the model
// started), the newest kMaxRequests of them, each with MatchExplainer's verdict against the
// current availabilities and what our engine did with its slots. Fed only by signals of the
// Market, Reservations, Sales and SlotQueue; every change is applied in one batch at most four
// times a second.
class MatchingRequestsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeenColumn,
        RequestColumn,
        SlotsColumn,
        SlotSizeColumn,
        DurationColumn,
        PriceColumn,
        CollateralColumn,
        MatchColumn,
        EngineColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        MatchedRole, // "1" when an availability would take the request, else "0"
    };
    static constexpr int kMaxRequests = 500;
    static constexpr int kBatchIntervalMs = 250;

    explicit MatchingRequestsModel(Desk& desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SeenRequest& requestAt(int row) const { return m_requests.at(row); }
    int rowOf(const RequestId& id) const;
    const QList<Availability>& availabilities() const { return m_availabilities; }
    // Applies what arrived since the last batch now, instead of on the timer.
    void flushPending();

Q_SIGNALS:
    // A batch was applied (rows added, verdicts or engine status changed).
    void batchApplied();

private:
    void addRequest(const RequestId& id, const StorageAsk& ask, Timestamp expiresAt,
                    std::optional<Timestamp> endsAt);
    void fetchEnd(const RequestId& id);
    void setFate(const RequestId& id, quint64 slotIndex, SlotFate fate);
    void onAgentStateChanged(SalesAgent* agent, SaleStateKind to);
    void onAgentFinished(SalesAgent* agent, const SaleOutcome& outcome);
    void schedule();
    void reloadAvailabilities();
    void updateQueuedSlots();

    Desk& m_desk;
    QList<SeenRequest> m_requests; // oldest first
    QList<SeenRequest> m_pending;
    QList<Availability> m_availabilities;
    QHash<RequestId, QHash<quint64, SlotFate>> m_pendingFates;
    QHash<RequestId, Timestamp> m_pendingEnds;
    bool m_availabilitiesDirty = false;
    bool m_queueDirty = false;
    QTimer m_batch;
};

} // namespace salesdesk::ui
