#include "ui/earnings/LedgerEntriesModel.h"

#include "core/stats/Ledger.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

namespace salesdesk::ui {

LedgerEntriesModel::LedgerEntriesModel(Ledger& ledger, QObject* parent)
    : QAbstractTableModel(parent) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &LedgerEntriesModel::flushPending);
    connect(&ledger, &Ledger::recorded, this, &LedgerEntriesModel::onRecorded);
    auto loaded = ledger.entries();
    if (loaded.ok())
        m_entries = *loaded;
    else
        m_loadError = loaded.message();
}

void LedgerEntriesModel::onRecorded(const LedgerEntry& entry) {
    m_pending.append(entry);
    if (!m_batch.isActive())
        m_batch.start();
}

void LedgerEntriesModel::flushPending() {
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(m_pending.size()) - 1);
    m_entries.append(m_pending);
    m_pending.clear();
    endInsertRows();
    Q_EMIT entriesAppended();
}

int LedgerEntriesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LedgerEntriesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerEntriesModel::kindText(LedgerKind kind) {
    switch (kind) {
    case LedgerKind::CollateralDeposited:
        return tr("Collateral deposited");
    case LedgerKind::CollateralReturned:
        return tr("Collateral returned");
    case LedgerKind::Payout:
        return tr("Payout");
    case LedgerKind::CollateralLost:
        return tr("Collateral lost");
    }
    return QString();
}

QVariant LedgerEntriesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTimestamp(e.at);
        case KindColumn:
            return kindText(e.kind);
        case RequestColumn:
            return e.requestId.toShortHex();
        case SlotColumn:
            return QString::number(e.slotIndex);
        case AmountColumn:
            return formatAmount(e.amount);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return e.requestId.toHex();
        if (index.column() == AmountColumn)
            return amountToolTip(e.amount);
        break;
    case AmountCopy::kExactAmountRole:
        if (index.column() == AmountColumn)
            return formatExactAmount(e.amount);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SlotColumn || index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return QVariant::fromValue<qint64>(e.at);
        case KindColumn:
            return kindText(e.kind);
        case RequestColumn:
            return e.requestId.toHex();
        case SlotColumn:
            return QVariant::fromValue<quint64>(e.slotIndex);
        case AmountColumn:
            // 78 digits hold any 256-bit value: padded decimals sort as the numbers do.
            return uint256::toDecimal(e.amount).rightJustified(78, QLatin1Char('0'));
        }
        break;
    case KindRole:
        return static_cast<int>(e.kind);
    case TimeRole:
        return QVariant::fromValue<qint64>(e.at);
    default:
        break;
    }
    return {};
}

QVariant LedgerEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(
            (section == SlotColumn || section == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case RequestColumn:
        return tr("Request");
    case SlotColumn:
        return tr("Slot");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}

} // namespace salesdesk::ui
