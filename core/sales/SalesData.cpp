#include "core/sales/SalesData.h"

namespace salesdesk {

QString describeSale(const SalesData& data) {
    const QString none = QStringLiteral("none");
    return QStringLiteral("requestId=%1 slotIndex=%2 slotId=%3 reservationId=%4 availabilityId=%5")
        .arg(data.requestId.toHex())
        .arg(data.slotIndex)
        .arg(data.slotId.toHex(), data.reservation ? data.reservation->id.toHex() : none,
             data.reservation ? data.reservation->availabilityId.toHex() : none);
}

} // namespace salesdesk
