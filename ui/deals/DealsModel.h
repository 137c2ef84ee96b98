#pragma once

#include "core/chain/deals/DealBook.h"
#include "core/clock/Clock.h"
#include "core/domain/TokenInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace salesdesk::ui {

// The direct deals the desk took (DealBook::recent), newest first: the deal's id and its client
// (shortened; whole on hover), its state in words (the reason on hover for a failed or slashed
// deal), its size, how much of the data arrived (in percent while it is still coming), its price
// per second, its term (a countdown to its start or end, or "ended"; the dates on hover), the
// proofs submitted and missed, what it paid so far and the collateral it still holds, amounts in
// `token`, rounded (exactly on hover and copy). The deals are given (setDeals) and so is the time
// (setNow): DealsPage reads them in batches and ticks the countdown every second, both only while
// it is shown.
class DealsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DealColumn,
        ClientColumn,
        StateColumn,
        SizeColumn,
        ReceivedColumn,
        PriceColumn,
        TermColumn,
        ProofsColumn,
        PaidColumn,
        CollateralColumn,
        ColumnCount
    };
    // The deal's full id ("0x" and 64 hex digits), in every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit DealsModel(TokenInfo token, QObject* parent = nullptr);

    // Shows `deals`: updated in place when they are the same deals in the same order (the
    // selection stays), else the table is reset.
    void setDeals(QList<Deal> deals);
    const QList<Deal>& deals() const { return m_deals; }
    // The time the term column counts from; repaints that column only.
    void setNow(Timestamp now);
    Timestamp now() const { return m_now; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "awaiting data", "active", "failed", … in the user's language.
    static QString stateText(Deal::State state);
    // The share of `size` received, in whole percent rounded down: 100 only once every byte
    // arrived (and for an empty deal).
    static int percentReceived(quint64 bytesReceived, quint64 size);
    // "starts in 2 h", "ends in 3 d 4 h", "ended"; "ended early" for a slashed deal and "never
    // started" for a failed one.
    static QString termText(const Deal& deal, Timestamp now);
    // "0x1234…abcd": the start and end of a 0x-hex text.
    static QString shortHex(const QString& hex);

private:
    QVariant amountData(const UInt256& amount, int role) const;

    TokenInfo m_token;
    QList<Deal> m_deals;
    Timestamp m_now = 0;
};

} // namespace salesdesk::ui
