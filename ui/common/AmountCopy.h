#pragma once

#include "core/domain/UInt256.h"

#include <QString>
#include <QVariant>
#include <Qt>

class QAbstractItemView;
class QLabel;

namespace salesdesk::ui {

// "Copy exact amount": every digit of an amount a screen shows rounded, to the clipboard.
//
// A table's model answers kExactAmountRole with the exact text (formatExactAmount) for the
// cells that hold an amount; install(view) gives the view a context menu action and Ctrl+C that
// copy the current cell's exact amount (its display text where it has none).
// A label shows an amount with setAmount(): rounded text, the exact amount in its tooltip and
// the same context menu action.
class AmountCopy {
public:
    static constexpr int kExactAmountRole = Qt::UserRole + 64;

    static void install(QAbstractItemView* view);
    // What a model answers for a cell holding `amount` in Qt::ToolTipRole (the exact amount) and
    // kExactAmountRole; an invalid QVariant for any other role.
    static QVariant cellData(const UInt256& amount, int role);
    // The text a copy of the view's current cell puts on the clipboard.
    static QString exactTextOf(const QAbstractItemView* view);

    // Shows `amount` rounded in `label`, exactly in its tooltip and for "Copy exact amount".
    // `text` replaces the rounded amount as the label's text when given (it should contain it).
    static void setAmount(QLabel* label, const UInt256& amount, const QString& text = QString());
    // A label whose exact text is not an amount of tokens (a price per TiB per month).
    static void setExact(QLabel* label, const QString& text, const QString& exact,
                         const QString& toolTip);
    static QString exactTextOf(const QLabel* label);
};

} // namespace salesdesk::ui
