#pragma once

#include "core/clock/Clock.h"

#include <QMetaType>
#include <QString>

namespace salesdesk::ui {

// What an entry of the events log is about.
enum class EventKind {
    StateChange,    // a sale moved to another state
    SaleEnded,      // a sale ended (finished, cancelled, failed, ignored)
    SaleError,      // a sale ended in SaleErrored
    ProofMissed,    // a period's proof was not accepted
    CollateralLost, // collateral slashed or forfeited (the ledger's CollateralLost)
    LowBalance,     // the host's balance cannot pay the collateral of another such fill
    Queue,          // the slot queue paused itself, resumed or dropped a slot
};
constexpr int kEventKindCount = static_cast<int>(EventKind::Queue) + 1;

enum class EventSeverity { Info, Warning, Error };

QString eventKindName(EventKind kind);
QString eventSeverityName(EventSeverity severity);

// One line of the events log.
struct EventLogEntry {
    quint64 sequence = 0; // order of arrival, unique
    Timestamp at = 0;     // clock time
    EventKind kind = EventKind::StateChange;
    EventSeverity severity = EventSeverity::Info;
    QString requestId;     // 0x-hex, empty when not about a request
    qint64 slotIndex = -1; // -1: not about a slot
    QString message;
    // Shown with the message on hover: the exact amounts the message rounds.
    QString details;
    // Also an alert: a notification in the window and the system tray.
    bool alert = false;
    QString alertTitle;
};

} // namespace salesdesk::ui

Q_DECLARE_METATYPE(salesdesk::ui::EventLogEntry)
