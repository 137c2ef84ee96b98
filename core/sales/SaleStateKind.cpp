#include "core/sales/SaleStateKind.h"

namespace salesdesk {

QString toString(SaleStateKind kind) {
    switch (kind) {
    case SaleStateKind::Unknown:
        return QStringLiteral("SaleUnknown");
    case SaleStateKind::Preparing:
        return QStringLiteral("SalePreparing");
    case SaleStateKind::SlotReserving:
        return QStringLiteral("SaleSlotReserving");
    case SaleStateKind::Downloading:
        return QStringLiteral("SaleDownloading");
    case SaleStateKind::InitialProving:
        return QStringLiteral("SaleInitialProving");
    case SaleStateKind::Filling:
        return QStringLiteral("SaleFilling");
    case SaleStateKind::Filled:
        return QStringLiteral("SaleFilled");
    case SaleStateKind::Proving:
        return QStringLiteral("SaleProving");
    case SaleStateKind::ProvingSimulated:
        return QStringLiteral("SaleProvingSimulated");
    case SaleStateKind::Payout:
        return QStringLiteral("SalePayout");
    case SaleStateKind::Finished:
        return QStringLiteral("SaleFinished");
    case SaleStateKind::Cancelled:
        return QStringLiteral("SaleCancelled");
    case SaleStateKind::Failed:
        return QStringLiteral("SaleFailed");
    case SaleStateKind::Ignored:
        return QStringLiteral("SaleIgnored");
    case SaleStateKind::Errored:
        return QStringLiteral("SaleErrored");
    }
    return QStringLiteral("SaleUnknown");
}

bool isTerminal(SaleStateKind kind) {
    switch (kind) {
    case SaleStateKind::Finished:
    case SaleStateKind::Cancelled:
    case SaleStateKind::Failed:
    case SaleStateKind::Ignored:
    case SaleStateKind::Errored:
        return true;
    default:
        return false;
    }
}

} // namespace salesdesk
