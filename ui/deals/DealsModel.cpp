#include "ui/deals/DealsModel.h"

#include "core/chain/crypto/Eip55.h"
#include "core/domain/TokenAmount.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>

namespace salesdesk::ui {

DealsModel::DealsModel(TokenInfo token, QObject* parent)
    : QAbstractTableModel(parent)
    , m_token(std::move(token)) {}

void DealsModel::setDeals(QList<Deal> deals) {
    const bool sameDeals = deals.size() == m_deals.size() &&
                           std::equal(deals.cbegin(), deals.cend(), m_deals.cbegin(),
                                      [](const Deal& a, const Deal& b) { return a.id == b.id; });
    if (sameDeals) {
        m_deals = std::move(deals);
        if (!m_deals.isEmpty())
            Q_EMIT dataChanged(index(0, 0),
                               index(static_cast<int>(m_deals.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_deals = std::move(deals);
    endResetModel();
}

void DealsModel::setNow(Timestamp now) {
    if (now == m_now)
        return;
    m_now = now;
    if (!m_deals.isEmpty())
        Q_EMIT dataChanged(index(0, TermColumn),
                           index(static_cast<int>(m_deals.size()) - 1, TermColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QString DealsModel::stateText(Deal::State state) {
    switch (state) {
    case Deal::State::AwaitingData:
        return tr("awaiting data");
    case Deal::State::Transferring:
        return tr("receiving data");
    case Deal::State::Verifying:
        return tr("verifying");
    case Deal::State::Publishing:
        return tr("publishing");
    case Deal::State::AwaitingActivation:
        return tr("awaiting activation");
    case Deal::State::Active:
        return tr("active");
    case Deal::State::Expired:
        return tr("expired");
    case Deal::State::Slashed:
        return tr("slashed");
    case Deal::State::Failed:
        return tr("failed");
    }
    return {};
}

int DealsModel::percentReceived(quint64 bytesReceived, quint64 size) {
    if (bytesReceived >= size)
        return 100;
    const auto percent = static_cast<int>(static_cast<long double>(bytesReceived) * 100 / size);
    return std::min(percent, 99);
}

QString DealsModel::termText(const Deal& deal, Timestamp now) {
    if (deal.state == Deal::State::Failed)
        return tr("never started");
    if (deal.state == Deal::State::Slashed)
        return tr("ended early");
    const quint64 start = deal.proposal.start;
    const quint64 end = deal.proposal.end;
    if (deal.state == Deal::State::Expired || quint64(now) >= end)
        return tr("ended");
    if (quint64(now) < start)
        return tr("starts in %1").arg(formatDuration(qint64(start - quint64(now))));
    return tr("ends in %1").arg(formatDuration(qint64(end - quint64(now))));
}

QString DealsModel::shortHex(const QString& hex) {
    return hex.size() <= 10 ? hex : hex.left(6) + QChar(0x2026) + hex.right(4);
}

int DealsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int DealsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealsModel::amountData(const UInt256& amount, int role) const {
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

QVariant DealsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_deals.size())
        return {};
    const Deal& deal = m_deals.at(index.row());
    const DealProposal& proposal = deal.proposal;
    if (role == IdRole)
        return deal.id.toHex();
    switch (index.column()) {
    case DealColumn:
        if (role == Qt::DisplayRole)
            return deal.id.toShortHex();
        if (role == Qt::ToolTipRole)
            return deal.id.toHex();
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case ClientColumn:
        if (role == Qt::DisplayRole)
            return shortHex(eip55::toChecksumHex(proposal.client));
        if (role == Qt::ToolTipRole)
            return eip55::toChecksumHex(proposal.client);
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(deal.state);
        if (role == Qt::ToolTipRole) {
            if ((deal.state == Deal::State::Failed || deal.state == Deal::State::Slashed) &&
                !deal.reason.isEmpty())
                return deal.reason;
            return tr("Accepted %1, last changed %2")
                .arg(formatTimestamp(deal.createdAt), formatTimestamp(deal.updatedAt));
        }
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return formatBytes(proposal.size);
        if (role == Qt::ToolTipRole)
            return tr("%1 bytes").arg(QLocale().toString(proposal.size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ReceivedColumn:
        if (role == Qt::DisplayRole) {
            // Once the data stopped coming, the share only matters when some is missing.
            if (!deal.transferring() && deal.bytesReceived >= proposal.size)
                return tr("all");
            return tr("%1%").arg(
                QLocale().toString(percentReceived(deal.bytesReceived, proposal.size)));
        }
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 bytes received")
                .arg(QLocale().toString(deal.bytesReceived), QLocale().toString(proposal.size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PriceColumn:
        if (role == Qt::ToolTipRole) {
            const QString exact = tr("Exact: %1 per second")
                                      .arg(tokens::formatExact(proposal.pricePerSecond, m_token));
            const Result<UInt256> payment = proposal.payment();
            if (!payment.ok())
                return exact;
            return QString(
                exact + QLatin1Char('\n') +
                tr("The whole term pays %1").arg(tokens::formatExact(*payment, m_token)));
        }
        return amountData(proposal.pricePerSecond, role);
    case TermColumn:
        if (role == Qt::DisplayRole)
            return termText(deal, m_now);
        if (role == Qt::ToolTipRole)
            return tr("From %1 to %2 (%3)")
                .arg(formatTimestamp(Timestamp(proposal.start)),
                     formatTimestamp(Timestamp(proposal.end)),
                     formatDuration(qint64(proposal.duration())));
        break;
    case ProofsColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 / %2").arg(QLocale().toString(deal.proofsSubmitted),
                                     QLocale().toString(deal.missedProofs));
        if (role == Qt::ToolTipRole)
            return tr("%1 proofs submitted, %2 missed")
                .arg(QLocale().toString(deal.proofsSubmitted),
                     QLocale().toString(deal.missedProofs));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PaidColumn:
        return amountData(deal.paid, role);
    case CollateralColumn:
        if (role == Qt::ToolTipRole)
            return QString(tr("Exact: %1").arg(tokens::formatExact(deal.collateralLeft, m_token)) +
                           QLatin1Char('\n') +
                           tr("%1 locked when the deal was published")
                               .arg(tokens::formatExact(proposal.providerCollateral, m_token)));
        return amountData(deal.collateralLeft, role);
    default:
        break;
    }
    return {};
}

QVariant DealsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DealColumn:
        return tr("Deal");
    case ClientColumn:
        return tr("Client");
    case StateColumn:
        return tr("State");
    case SizeColumn:
        return tr("Size");
    case ReceivedColumn:
        return tr("Received");
    case PriceColumn:
        return tr("Price per second");
    case TermColumn:
        return tr("Term");
    case ProofsColumn:
        return tr("Proofs / missed");
    case PaidColumn:
        return tr("Paid");
    case CollateralColumn:
        return tr("Collateral left");
    default:
        return {};
    }
}

} // namespace salesdesk::ui
