#include "ui/common/AmountCopy.h"

#include "ui/common/Formatting.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QVariant>

namespace salesdesk::ui {

namespace {

constexpr const char* kExactProperty = "salesdeskExactAmount";

QString copyText() {
    return QCoreApplication::translate("AmountCopy", "Copy exact amount");
}

void ensureLabelAction(QLabel* label) {
    if (label->property(kExactProperty).isValid())
        return;
    auto* action = new QAction(copyText(), label);
    action->setObjectName(QStringLiteral("copyExactAmount"));
    QObject::connect(action, &QAction::triggered, label, [label] {
        QGuiApplication::clipboard()->setText(AmountCopy::exactTextOf(label));
    });
    label->addAction(action);
    label->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace

void AmountCopy::install(QAbstractItemView* view) {
    auto* action = new QAction(copyText(), view);
    action->setObjectName(QStringLiteral("copyExactAmount"));
    action->setShortcut(QKeySequence::Copy);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, view, [view] {
        const QString text = exactTextOf(view);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QVariant AmountCopy::cellData(const UInt256& amount, int role) {
    if (role == Qt::ToolTipRole)
        return amountToolTip(amount);
    if (role == kExactAmountRole)
        return formatExactAmount(amount);
    return {};
}

QString AmountCopy::exactTextOf(const QAbstractItemView* view) {
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return {};
    const QVariant exact = current.data(kExactAmountRole);
    return exact.isValid() ? exact.toString() : current.data(Qt::DisplayRole).toString();
}

void AmountCopy::setAmount(QLabel* label, const UInt256& amount, const QString& text) {
    setExact(label, text.isEmpty() ? formatAmount(amount) : text, formatExactAmount(amount),
             amountToolTip(amount));
}

void AmountCopy::setExact(QLabel* label, const QString& text, const QString& exact,
                          const QString& toolTip) {
    ensureLabelAction(label);
    label->setText(text);
    label->setToolTip(toolTip);
    label->setProperty(kExactProperty, exact);
}

QString AmountCopy::exactTextOf(const QLabel* label) {
    return label->property(kExactProperty).toString();
}

} // namespace salesdesk::ui
