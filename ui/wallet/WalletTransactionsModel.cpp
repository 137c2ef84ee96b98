#include "ui/wallet/WalletTransactionsModel.h"

#include "core/chain/tx/TransactionManager.h"
#include "core/chain/tx/TransactionStore.h"
#include "core/desk/ChainHostSide.h"
#include "core/desk/ChainWatch.h"
#include "core/domain/TokenAmount.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <QFontDatabase>
#include <QLocale>

namespace salesdesk::ui {

WalletTransactionsModel::WalletTransactionsModel(ChainWatch& watch, QObject* parent)
    : QAbstractTableModel(parent)
    , m_watch(watch)
    , m_refresh(kRefreshIntervalMs, true, [this] { read(); }) {
    TransactionManager* transactions = &watch.side().transactions();
    connect(transactions, &TransactionManager::stateChanged, &m_refresh, &LiveRefresh::changed);
    connect(transactions, &TransactionManager::settled, &m_refresh, &LiveRefresh::changed);
    read();
}

TokenInfo WalletTransactionsModel::ether() {
    return {QStringLiteral("Ether"), QStringLiteral("ETH"), 18};
}

QString WalletTransactionsModel::stateText(TransactionState state) {
    switch (state) {
    case TransactionState::Signed:
        return tr("signed");
    case TransactionState::Sent:
        return tr("sent");
    case TransactionState::Mined:
        return tr("mined");
    case TransactionState::Failed:
        return tr("failed");
    case TransactionState::Dropped:
        return tr("dropped");
    }
    return {};
}

UInt256 WalletTransactionsModel::feeOf(const TransactionReceipt& receipt) {
    return UInt256(receipt.gasUsed) * receipt.effectiveGasPrice;
}

std::optional<quint64> WalletTransactionsModel::confirmations(const TransactionRecord& record,
                                                              std::optional<quint64> head) {
    if (!record.receipt || !head || *head < record.receipt->blockNumber)
        return std::nullopt;
    return *head - record.receipt->blockNumber + 1;
}

Hash32 WalletTransactionsModel::hashOf(const TransactionRecord& record) {
    if (record.receipt)
        return record.receipt->transactionHash;
    return record.attempts.isEmpty() ? Hash32() : record.latestAttempt().hash;
}

void WalletTransactionsModel::setLive(bool live) {
    m_refresh.setLive(live);
}

void WalletTransactionsModel::refreshNow() {
    m_refresh.refreshNow();
}

void WalletTransactionsModel::read() {
    ++m_readCount;
    ChainHostSide& side = m_watch.side();
    TransactionStore store(side.database());
    auto records = store.recent(side.address(), side.transactions().options().chainId, kMaxRows);
    if (!records.ok()) {
        m_lastError = records.message();
        return;
    }
    m_lastError.clear();
    beginResetModel();
    m_records = std::move(*records);
    endResetModel();
}

int WalletTransactionsModel::rowOfIntent(const QString& intentKey) const {
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records.at(row).intentKey == intentKey)
            return row;
    return -1;
}

int WalletTransactionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int WalletTransactionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalletTransactionsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const TransactionRecord& record = m_records.at(index.row());
    const Hash32 hash = hashOf(record);
    if (role == HashRole)
        return hash.toHex();
    const std::optional<quint64> confirmed = confirmations(record, m_watch.headBlock());
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return record.label;
        if (role == Qt::ToolTipRole)
            return record.error.isEmpty()
                       ? record.intentKey
                       : QString(record.intentKey + QLatin1Char('\n') + record.error);
        break;
    case HashColumn: {
        const QString hex = hash.toHex();
        if (role == Qt::DisplayRole)
            return QString(hex.left(10) + QStringLiteral("…") + hex.right(8));
        if (role == Qt::ToolTipRole || role == AmountCopy::kExactAmountRole)
            return hex;
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    }
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return stateText(record.state);
        if (role == Qt::ToolTipRole && !record.error.isEmpty())
            return record.error;
        break;
    case ConfirmationsColumn:
        if (role == Qt::DisplayRole)
            return confirmed ? QLocale().toString(*confirmed) : QStringLiteral("—");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && record.receipt)
            return tr("Mined in block %1").arg(record.receipt->blockNumber);
        break;
    case GasUsedColumn:
        if (role == Qt::DisplayRole)
            return record.receipt ? QLocale().toString(record.receipt->gasUsed)
                                  : QStringLiteral("—");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Gas limit %1").arg(QLocale().toString(record.gasLimit));
        break;
    case FeeColumn: {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (!record.receipt)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
        const UInt256 fee = feeOf(*record.receipt);
        if (role == Qt::DisplayRole)
            return tokens::formatRounded(fee, ether());
        if (role == AmountCopy::kExactAmountRole)
            return tokens::formatExact(fee, ether());
        if (role == Qt::ToolTipRole)
            return tr("Exact: %1\n%2 gas × %3 per gas")
                .arg(tokens::formatExact(fee, ether()), QLocale().toString(record.receipt->gasUsed),
                     tokens::formatExact(record.receipt->effectiveGasPrice, ether()));
        break;
    }
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return formatTimestamp(record.createdAt);
        if (role == Qt::ToolTipRole)
            return tr("Made %1, last changed %2")
                .arg(formatTimestamp(record.createdAt), formatTimestamp(record.updatedAt));
        break;
    default:
        break;
    }
    return {};
}

QVariant WalletTransactionsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Transaction");
    case HashColumn:
        return tr("Hash");
    case StatusColumn:
        return tr("Status");
    case ConfirmationsColumn:
        return tr("Confirmations");
    case GasUsedColumn:
        return tr("Gas used");
    case FeeColumn:
        return tr("Fee");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace salesdesk::ui
