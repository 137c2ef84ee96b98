#pragma once

#include "core/chain/retrieval/VoucherCheck.h"
#include "core/clock/Clock.h"
#include "core/domain/TokenInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace salesdesk::ui {

// The payment channels clients pay this desk's retrievals on (VoucherBook::channels), newest
// voucher first: the channel's id (shortened), its payer (EIP-55), its deposit, the best voucher
// accepted, what was claimed on chain and what is still unclaimed (the best voucher less the
// claimed amount), in `token`, rounded (exactly on hover and copy); and its close: "open", a
// countdown to the end of the close window the payer asked for, or "closed". The rows are given
// (setRows) and so is the time (setNow): RetrievalsPage reads the rows in batches and ticks the
// countdown every second, both only while it is shown.
class ChannelsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ChannelColumn,
        PayerColumn,
        DepositColumn,
        BestVoucherColumn,
        ClaimedColumn,
        UnclaimedColumn,
        CloseColumn,
        ColumnCount
    };
    // The channel's full id ("0x" and 64 hex digits), in every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ChannelsModel(TokenInfo token, QObject* parent = nullptr);

    // Shows `rows`: updated in place when they are the same channels in the same order (the
    // selection stays), else the table is reset.
    void setRows(QList<VoucherCheck::Channel> rows);
    const QList<VoucherCheck::Channel>& rows() const { return m_rows; }
    // The time the close column counts down from; repaints that column only.
    void setNow(Timestamp now);
    Timestamp now() const { return m_now; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The best voucher accepted less what was claimed on chain; 0 when nothing is above it.
    static UInt256 unclaimed(const VoucherCheck::Channel& channel);
    // "open", "closes in 2 h 5 min" or "closed" (finalized, or its close window is over).
    static QString closeText(const VoucherCheck::Channel& channel, Timestamp now);

private:
    QVariant amountData(const UInt256& amount, int role) const;

    TokenInfo m_token;
    QList<VoucherCheck::Channel> m_rows;
    Timestamp m_now = 0;
};

} // namespace salesdesk::ui
