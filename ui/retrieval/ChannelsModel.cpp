#include "ui/retrieval/ChannelsModel.h"

#include "core/chain/crypto/Eip55.h"
#include "core/domain/TokenAmount.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/common/MarketTotals.h"

#include <QFontDatabase>

#include <algorithm>

namespace salesdesk::ui {

ChannelsModel::ChannelsModel(TokenInfo token, QObject* parent)
    : QAbstractTableModel(parent)
    , m_token(std::move(token)) {}

void ChannelsModel::setRows(QList<VoucherCheck::Channel> rows) {
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [](const VoucherCheck::Channel& a,
                                        const VoucherCheck::Channel& b) { return a.id == b.id; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0),
                               index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ChannelsModel::setNow(Timestamp now) {
    if (now == m_now)
        return;
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CloseColumn),
                           index(static_cast<int>(m_rows.size()) - 1, CloseColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

UInt256 ChannelsModel::unclaimed(const VoucherCheck::Channel& channel) {
    return MarketTotals::unclaimedOn(channel);
}

QString ChannelsModel::closeText(const VoucherCheck::Channel& channel, Timestamp now) {
    if (channel.finalized || (channel.closesAt != 0 && channel.closesAt <= now))
        return tr("closed");
    if (channel.closesAt == 0)
        return tr("open");
    return tr("closes in %1").arg(formatDuration(channel.closesAt - now));
}

int ChannelsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChannelsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelsModel::amountData(const UInt256& amount, int role) const {
    if (role == Qt::DisplayRole)
        return tokens::formatRounded(amount, m_token);
    if (role == Qt::ToolTipRole)
        return tr("Exact: %1").arg(tokens::formatExact(amount, m_token));
    if (role == AmountCopy::kExactAmountRole)
        return tokens::formatExact(amount, m_token);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChannelsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const VoucherCheck::Channel& channel = m_rows.at(index.row());
    if (role == IdRole)
        return channel.id.toHex();
    switch (index.column()) {
    case ChannelColumn:
        if (role == Qt::DisplayRole)
            return channel.id.toShortHex();
        if (role == Qt::ToolTipRole)
            return channel.id.toHex();
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case PayerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return eip55::toChecksumHex(channel.payer);
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case DepositColumn:
        return amountData(channel.deposit, role);
    case BestVoucherColumn:
        return amountData(channel.bestAccepted, role);
    case ClaimedColumn:
        return amountData(channel.claimed, role);
    case UnclaimedColumn:
        return amountData(unclaimed(channel), role);
    case CloseColumn:
        if (role == Qt::DisplayRole)
            return closeText(channel, m_now);
        if (role == Qt::ToolTipRole) {
            if (channel.finalized)
                return tr("Finalized on chain: nothing more can be claimed");
            if (channel.closesAt != 0)
                return tr("The payer asked to close the channel: its close window ends %1; the "
                          "best voucher must be claimed before")
                    .arg(formatTimestamp(channel.closesAt));
            return tr("No close requested");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case PayerColumn:
        return tr("Payer");
    case DepositColumn:
        return tr("Deposit");
    case BestVoucherColumn:
        return tr("Best voucher");
    case ClaimedColumn:
        return tr("Claimed");
    case UnclaimedColumn:
        return tr("Unclaimed");
    case CloseColumn:
        return tr("Close");
    default:
        return {};
    }
}

} // namespace salesdesk::ui
