#include "ui/retrieval/RetrievalsModel.h"

#include "core/domain/TokenAmount.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>

namespace salesdesk::ui {

RetrievalsModel::RetrievalsModel(TokenInfo token, QObject* parent)
    : QAbstractTableModel(parent)
    , m_token(std::move(token)) {}

void RetrievalsModel::setRows(QList<Retrieval> rows) {
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const Retrieval& a, const Retrieval& b) { return a.token == b.token; });
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

QString RetrievalsModel::stateText(Retrieval::State state) {
    switch (state) {
    case Retrieval::State::New:
        return tr("new");
    case Retrieval::State::Ongoing:
        return tr("ongoing");
    case Retrieval::State::FundsNeeded:
        return tr("waiting for payment");
    case Retrieval::State::Completed:
        return tr("completed");
    case Retrieval::State::Cancelled:
        return tr("cancelled");
    }
    return {};
}

int RetrievalsModel::percentSent(quint64 bytesSent, quint64 size) {
    if (bytesSent >= size)
        return 100;
    const auto percent = static_cast<int>(static_cast<long double>(bytesSent) * 100 / size);
    return std::min(percent, 99);
}

int RetrievalsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetrievalsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetrievalsModel::amountData(const Result<UInt256>& amount, int role) const {
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (!amount.ok())
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(amount.message())
                                                                  : QVariant();
    if (role == Qt::DisplayRole)
        return tokens::formatRounded(*amount, m_token);
    if (role == Qt::ToolTipRole)
        return tr("Exact: %1").arg(tokens::formatExact(*amount, m_token));
    if (role == AmountCopy::kExactAmountRole)
        return tokens::formatExact(*amount, m_token);
    return {};
}

QVariant RetrievalsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Retrieval& retrieval = m_rows.at(index.row());
    if (role == IdRole)
        return retrieval.id();
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole)
            return QString(retrieval.id().left(8) + QChar(0x2026));
        if (role == Qt::ToolTipRole)
            return retrieval.id();
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case SlotColumn:
        if (role == Qt::DisplayRole)
            return retrieval.slot.toShortHex();
        if (role == Qt::ToolTipRole)
            return retrieval.slot.toHex();
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(retrieval.state);
        break;
    case ProgressColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 of %2 (%3%)")
                .arg(formatBytes(retrieval.bytesSent), formatBytes(retrieval.size),
                     QLocale().toString(percentSent(retrieval.bytesSent, retrieval.size)));
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 bytes handed out")
                .arg(QLocale().toString(retrieval.bytesSent), QLocale().toString(retrieval.size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PaidColumn:
        if (role == Qt::ToolTipRole) {
            const Result<UInt256> total = retrieval.total();
            const QString exact = tr("Exact: %1").arg(tokens::formatExact(retrieval.paid, m_token));
            if (!total.ok())
                return exact;
            return QString(
                exact + QLatin1Char('\n') +
                tr("The whole retrieval costs %1").arg(tokens::formatExact(*total, m_token)));
        }
        return amountData(retrieval.paid, role);
    case OwedColumn:
        return amountData(retrieval.owed(), role);
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return formatTimestamp(retrieval.createdAt);
        if (role == Qt::ToolTipRole)
            return tr("Started %1, last changed %2")
                .arg(formatTimestamp(retrieval.createdAt), formatTimestamp(retrieval.updatedAt));
        break;
    default:
        break;
    }
    return {};
}

QVariant RetrievalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Retrieval");
    case SlotColumn:
        return tr("Slot");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Sent");
    case PaidColumn:
        return tr("Paid");
    case OwedColumn:
        return tr("Owed");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace salesdesk::ui
