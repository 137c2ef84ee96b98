#include "ui/events/EventLogEntry.h"

#include <QCoreApplication>

namespace salesdesk::ui {

QString eventKindName(EventKind kind) {
    switch (kind) {
    case EventKind::StateChange:
        return QCoreApplication::translate("EventKind", "State change");
    case EventKind::SaleEnded:
        return QCoreApplication::translate("EventKind", "Sale ended");
    case EventKind::SaleError:
        return QCoreApplication::translate("EventKind", "Sale error");
    case EventKind::ProofMissed:
        return QCoreApplication::translate("EventKind", "Proof missed");
    case EventKind::CollateralLost:
        return QCoreApplication::translate("EventKind", "Collateral lost");
    case EventKind::LowBalance:
        return QCoreApplication::translate("EventKind", "Low balance");
    case EventKind::Queue:
        return QCoreApplication::translate("EventKind", "Slot queue");
    }
    return {};
}

QString eventSeverityName(EventSeverity severity) {
    switch (severity) {
    case EventSeverity::Info:
        return QCoreApplication::translate("EventSeverity", "Info");
    case EventSeverity::Warning:
        return QCoreApplication::translate("EventSeverity", "Warning");
    case EventSeverity::Error:
        return QCoreApplication::translate("EventSeverity", "Error");
    }
    return {};
}

} // namespace salesdesk::ui
