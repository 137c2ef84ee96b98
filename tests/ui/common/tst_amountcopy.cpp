// "Copy exact amount": tables copy the current cell's exact amount (context menu or Ctrl+C),
// labels show the rounded amount with the exact one on hover and in their context menu.
#include "tests/support/TestSupport.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

QAction* copyAction(QWidget* widget) {
    for (QAction* action : widget->actions())
        if (action->objectName() == QLatin1String("copyExactAmount"))
            return action;
    return nullptr;
}

} // namespace

class TestAmountCopy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void aTableCopiesTheExactAmountWithCtrlC() {
        const UInt256 amount = UInt256(1500000000000000000ull) + 7; // 1.500000000000000007 TST
        QStandardItemModel model(1, 2);
        model.setData(model.index(0, 0), QStringLiteral("label"));
        model.setData(model.index(0, 1), formatAmount(amount));
        model.setData(model.index(0, 1), formatExactAmount(amount), AmountCopy::kExactAmountRole);
        QTableView view;
        view.setModel(&model);
        AmountCopy::install(&view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction* action = copyAction(&view);
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Copy exact amount"));

        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1.5 TST"));
        view.setCurrentIndex(model.index(0, 1));
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(&view, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1.500000000000000007 TST"));

        // A cell without an amount copies its text.
        view.setCurrentIndex(model.index(0, 0));
        action->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("label"));
    }

    void cellDataAnswersOnlyTheAmountRoles() {
        QCOMPARE(AmountCopy::cellData(2, Qt::ToolTipRole).toString(),
                 QStringLiteral("Exact: 0.000000000000000002 TST"));
        QCOMPARE(AmountCopy::cellData(2, AmountCopy::kExactAmountRole).toString(),
                 QStringLiteral("0.000000000000000002 TST"));
        QVERIFY(!AmountCopy::cellData(2, Qt::DisplayRole).isValid());
    }

    void aLabelShowsTheRoundedAmountAndCopiesEveryDigit() {
        QLabel label;
        const UInt256 amount = UInt256(1) << 100;
        AmountCopy::setAmount(&label, amount);
        QCOMPARE(label.text(), QStringLiteral("1,267,650,600,228 TST"));
        QCOMPARE(label.toolTip(), QStringLiteral("Exact: 1267650600228.229401496703205376 TST"));
        QAction* action = copyAction(&label);
        QVERIFY(action);
        QCOMPARE(label.contextMenuPolicy(), Qt::ActionsContextMenu);
        action->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("1267650600228.229401496703205376 TST"));
        // Set again: still one action.
        AmountCopy::setAmount(&label, 0, QStringLiteral("Balance 0 TST"));
        QCOMPARE(label.text(), QStringLiteral("Balance 0 TST"));
        QCOMPARE(label.actions().size(), 1);
    }
};

QTEST_MAIN(TestAmountCopy)
#include "tst_amountcopy.moc"
