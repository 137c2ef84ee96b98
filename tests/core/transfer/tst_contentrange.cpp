#include "core/transfer/ContentRange.h"

#include <QObject>
#include <QTest>

using namespace salesdesk::transfer;

class TestContentRange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsFirstLastAndTotal();
    void starTotalIsUnknown();
    void malformedValuesAreRefused_data();
    void malformedValuesAreRefused();
};

void TestContentRange::readsFirstLastAndTotal() {
    const auto range = ContentRange::parse("bytes 300000-1048698/1048699");
    QVERIFY(range.has_value());
    QCOMPARE(range->first, quint64(300000));
    QCOMPARE(range->last, quint64(1048698));
    QVERIFY(range->total.has_value());
    QCOMPARE(*range->total, quint64(1048699));
}

void TestContentRange::starTotalIsUnknown() {
    // The unit is case-insensitive and spaces around the value are allowed.
    const auto range = ContentRange::parse(" Bytes 0-9/* ");
    QVERIFY(range.has_value());
    QCOMPARE(range->last, quint64(9));
    QVERIFY(!range->total.has_value());
}

void TestContentRange::malformedValuesAreRefused_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no unit") << QByteArray("0-9/10");
    QTest::newRow("unsatisfied form") << QByteArray("bytes */10");
    QTest::newRow("last before first") << QByteArray("bytes 9-0/10");
    QTest::newRow("last at the total") << QByteArray("bytes 0-10/10");
    QTest::newRow("negative") << QByteArray("bytes -1-9/10");
    QTest::newRow("past 64 bits") << QByteArray("bytes 0-99999999999999999999/*");
    QTest::newRow("two ranges") << QByteArray("bytes 0-1/10, 3-4/10");
}

void TestContentRange::malformedValuesAreRefused() {
    QFETCH(QByteArray, value);
    QVERIFY(!ContentRange::parse(value).has_value());
}

QTEST_GUILESS_MAIN(TestContentRange)
#include "tst_contentrange.moc"
