#include "ui/common/ColumnSizing.h"
#include "ui/common/ContentsSizingPause.h"

#include <QHeaderView>
#include <QObject>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace salesdesk::ui;

// Columns sized to their contents are measured while their table is shown, not while it is
// hidden (a screen behind another), and get their widths when it is shown again.
class TestContentsSizingPause : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aHiddenTableIsMeasuredWhenShownAgain() {
        QStackedWidget stack;
        stack.resize(900, 400);
        QStandardItemModel model(0, 3);
        model.appendRow({new QStandardItem(QStringLiteral("a")),
                         new QStandardItem(QStringLiteral("b")),
                         new QStandardItem(QStringLiteral("c"))});
        auto* table = new QTableView;
        table->setModel(&model);
        QHeaderView* header = table->horizontalHeader();
        fitColumnsToContents(*header);
        header->setSectionResizeMode(1, QHeaderView::Stretch); // set afterwards, kept
        auto* other = new QWidget;
        stack.addWidget(other);
        stack.addWidget(table);
        stack.setCurrentWidget(other);
        stack.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stack));
        auto* pause = header->findChild<ContentsSizingPause*>();
        QVERIFY(pause);
        QTRY_VERIFY(pause->isPaused());
        QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch);

        // A long text while hidden: not measured.
        const int narrow = header->sectionSize(0);
        model.appendRow({new QStandardItem(QString(60, QLatin1Char('W'))),
                         new QStandardItem(QStringLiteral("b")),
                         new QStandardItem(QStringLiteral("c"))});
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(0), narrow);

        // Shown: measured, and every section has its mode back.
        stack.setCurrentWidget(table);
        QVERIFY(!pause->isPaused());
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::ResizeToContents);
        QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch);
        QCOMPARE(header->sectionResizeMode(2), QHeaderView::ResizeToContents);
        QTRY_VERIFY(header->sectionSize(0) > narrow + 100);

        // Shown, a change is measured at once; hidden again, the width stays as it was.
        const int wide = header->sectionSize(0);
        model.item(1, 0)->setText(QString(80, QLatin1Char('W')));
        QTRY_VERIFY(header->sectionSize(0) > wide);
        const int wider = header->sectionSize(0);
        stack.setCurrentWidget(other);
        QVERIFY(pause->isPaused());
        QCOMPARE(header->sectionSize(0), wider);
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::Interactive);
        QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch);
    }

    void aTableShownFromTheStartIsNotPaused() {
        QTableView table;
        QStandardItemModel model(1, 2);
        table.setModel(&model);
        fitColumnsToContents(*table.horizontalHeader());
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTest::qWait(10);
        auto* pause = table.horizontalHeader()->findChild<ContentsSizingPause*>();
        QVERIFY(pause);
        QVERIFY(!pause->isPaused());
        QCOMPARE(table.horizontalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
        // Sized twice, paused once.
        fitColumnsToContents(*table.horizontalHeader());
        QCOMPARE(table.horizontalHeader()->findChildren<ContentsSizingPause*>().size(), 1);
    }
};

QTEST_MAIN(TestContentsSizingPause)
#include "tst_contentssizingpause.moc"
