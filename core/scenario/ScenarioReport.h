#pragma once

#include "core/clock/Clock.h"
#include "core/domain/Availability.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"
#include "core/sales/SaleStateKind.h"
#include "core/storage/Repo.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// What `salesdesk-cli simulate` reports (docs/scenario-format.md, "Report"): filled in
// by ScenarioRunner, written by toJson() with the fields in the document's order. Requests and
// availabilities are named by their names in the scenario file; times are unix seconds.
class ScenarioReport {
public:
    struct InvariantViolation {
        Timestamp at = 0;
        QString what;
    };
    // A user action or market event the app refused; the run went on.
    struct EventError {
        int event = 0; // index in the file's events
        Timestamp at = 0;
        QString message;
    };
    struct RequestEntry {
        QString name;
        RequestId id;
        QString state; // the contract's name ("Started"); empty when the market does not know it
        quint64 slotsFilled = 0;
        Timestamp expiresAt = 0;
        Timestamp endsAt = 0;
    };
    // One slot this host ever started an agent for, across runs and restarts.
    struct SaleEntry {
        QString request;
        quint64 slotIndex = 0;
        SlotId slotId;
        int runs = 0;
        QList<SaleStateKind> states;
        std::optional<SaleStateKind> finalState; // none while an agent still runs
        std::optional<Timestamp> filledAt;       // none when we never filled it
        UInt256 payout = 0;
        UInt256 collateralDeposited = 0;
        UInt256 collateralReturned = 0;
        UInt256 slashed = 0;
        quint64 proofsSubmitted = 0;
        quint64 proofsMissed = 0;
    };
    struct AvailabilityEntry {
        QString name;
        Availability availability; // `until` as stored: unix seconds, 0 for none
        UInt256 collateralCommitted = 0;
    };
    struct ReservationEntry {
        QString availability;
        QString request;
        quint64 slotIndex = 0;
        quint64 slotSize = 0;
        quint64 size = 0;
        Timestamp validUntil = 0;
    };
    struct HostEntry {
        UInt256 startBalance = 0;
        UInt256 balance = 0;
        UInt256 earned = 0;
        UInt256 collateralLocked = 0;
        UInt256 slashed = 0;
    };
    struct QueueItemEntry {
        QString request;
        quint64 slotIndex = 0;
        bool seen = false;
    };
    struct QueueEntry {
        int length = 0;
        bool paused = false;
        QList<QueueItemEntry> items;
    };
    struct SlotEntry {
        QString request;
        quint64 slotIndex = 0;
    };
    struct AgentEntry {
        QString request;
        quint64 slotIndex = 0;
        SaleStateKind state = SaleStateKind::Unknown;
    };

    Timestamp start = 0;
    Timestamp end = 0;
    QList<InvariantViolation> invariantViolations;
    QList<EventError> errors;
    QList<RequestEntry> requests;
    QList<SaleEntry> sales;
    QList<AvailabilityEntry> availabilities;
    QList<ReservationEntry> reservations;
    QuotaUsage repo;
    HostEntry host;
    QueueEntry queue;
    QList<SlotEntry> mySlots;
    QList<AgentEntry> agents;

    // Every invariant held throughout the run.
    bool ok() const { return invariantViolations.isEmpty(); }
    // The report as the document specifies it, UTF-8, two-space indented, ending with a newline.
    QByteArray toJson() const;
};

} // namespace salesdesk
