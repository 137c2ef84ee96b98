#pragma once

#include "core/chain/retrieval/RetrievalBook.h"
#include "core/domain/TokenInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace salesdesk::ui {

// The paid retrievals the desk serves (RetrievalBook::recent), newest first: the retrieval's id
// (shortened), the slot it reads, its state, the bytes handed out of its size with a percentage,
// what was paid and what is owed on it (in `token`, rounded; exactly on hover and copy) and when
// it started. The rows are given (setRows): RetrievalsPage reads them in batches while it is
// shown, so the model formats and never reads the books itself.
class RetrievalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SlotColumn,
        StateColumn,
        ProgressColumn,
        PaidColumn,
        OwedColumn,
        StartedColumn,
        ColumnCount
    };
    // The retrieval's full id (its token in hex), in every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RetrievalsModel(TokenInfo token, QObject* parent = nullptr);

    // Shows `rows`: updated in place when they are the same retrievals in the same order (the
    // selection stays), else the table is reset.
    void setRows(QList<Retrieval> rows);
    const QList<Retrieval>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "ongoing", "waiting for payment", … in the user's language.
    static QString stateText(Retrieval::State state);
    // The share of `size` handed out, in whole percent rounded down: 100 only once every byte
    // went out (and for an empty retrieval).
    static int percentSent(quint64 bytesSent, quint64 size);

private:
    QVariant amountData(const Result<UInt256>& amount, int role) const;

    TokenInfo m_token;
    QList<Retrieval> m_rows;
};

} // namespace salesdesk::ui
