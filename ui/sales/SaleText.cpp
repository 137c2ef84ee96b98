#include "ui/sales/SaleText.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace salesdesk::ui {

QString saleStateName(SaleStateKind kind) {
    switch (kind) {
    case SaleStateKind::Unknown:
        return QCoreApplication::translate("SaleState", "Recovering");
    case SaleStateKind::Preparing:
        return QCoreApplication::translate("SaleState", "Preparing");
    case SaleStateKind::SlotReserving:
        return QCoreApplication::translate("SaleState", "Reserving slot");
    case SaleStateKind::Downloading:
        return QCoreApplication::translate("SaleState", "Downloading");
    case SaleStateKind::InitialProving:
        return QCoreApplication::translate("SaleState", "Initial proof");
    case SaleStateKind::Filling:
        return QCoreApplication::translate("SaleState", "Filling");
    case SaleStateKind::Filled:
        return QCoreApplication::translate("SaleState", "Filled");
    case SaleStateKind::Proving:
        return QCoreApplication::translate("SaleState", "Proving");
    case SaleStateKind::ProvingSimulated:
        return QCoreApplication::translate("SaleState", "Proving (simulated failures)");
    case SaleStateKind::Payout:
        return QCoreApplication::translate("SaleState", "Paying out");
    case SaleStateKind::Finished:
        return QCoreApplication::translate("SaleState", "Finished");
    case SaleStateKind::Cancelled:
        return QCoreApplication::translate("SaleState", "Cancelled");
    case SaleStateKind::Failed:
        return QCoreApplication::translate("SaleState", "Failed");
    case SaleStateKind::Ignored:
        return QCoreApplication::translate("SaleState", "Ignored");
    case SaleStateKind::Errored:
        return QCoreApplication::translate("SaleState", "Errored");
    }
    return QCoreApplication::translate("SaleState", "Recovering");
}

QColor saleStateAccent(SaleStateKind kind) {
    // Mid-tone hues: legible as dots on white and on dark grey alike.
    switch (kind) {
    case SaleStateKind::Unknown:
        return QColor(0x8a, 0x8a, 0x8a);
    case SaleStateKind::Preparing:
    case SaleStateKind::SlotReserving:
        return QColor(0x5b, 0x8d, 0xd9);
    case SaleStateKind::Downloading:
    case SaleStateKind::InitialProving:
    case SaleStateKind::Filling:
        return QColor(0x3a, 0xa6, 0xb9);
    case SaleStateKind::Filled:
    case SaleStateKind::Proving:
    case SaleStateKind::ProvingSimulated:
        return QColor(0x3c, 0xa5, 0x5c);
    case SaleStateKind::Payout:
    case SaleStateKind::Finished:
        return QColor(0x2e, 0x8b, 0x57);
    case SaleStateKind::Cancelled:
    case SaleStateKind::Ignored:
        return QColor(0xc0, 0x8a, 0x2e);
    case SaleStateKind::Failed:
    case SaleStateKind::Errored:
        return QColor(0xd0, 0x4a, 0x4a);
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QIcon saleStateIcon(SaleStateKind kind) {
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(kind);
    auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(saleStateAccent(kind));
        const qreal margin = size / 4.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QList<SaleStateKind> runningSaleStates() {
    return {SaleStateKind::Preparing,      SaleStateKind::SlotReserving, SaleStateKind::Downloading,
            SaleStateKind::InitialProving, SaleStateKind::Filling,       SaleStateKind::Filled,
            SaleStateKind::Proving,        SaleStateKind::Payout};
}

QString shortHexId(const QString& hex) {
    constexpr qsizetype kHead = 8; // "0x" and six digits
    constexpr qsizetype kTail = 4;
    if (hex.size() <= kHead + kTail + 1)
        return hex;
    return hex.left(kHead) + QChar(0x2026) + hex.right(kTail);
}

} // namespace salesdesk::ui
