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
    void anAnswerIsCheckedAgainstWhatWasAsked_data();
    void anAnswerIsCheckedAgainstWhatWasAsked();
};

// Bytes 100 to 999 of a resource of 1,000 asked: what a 206 answer's Content-Range may say.
void TestContentRange::anAnswerIsCheckedAgainstWhatWasAsked_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("problem");
    QTest::newRow("all of it") << QByteArray("bytes 100-999/1000") << true << QString();
    QTest::newRow("part of it, total unknown")
        << QByteArray("bytes 100-499/*") << true << QString();
    QTest::newRow("not a range") << QByteArray("100-999") << false
                                 << QStringLiteral("not \"bytes first-last/total\"");
    QTest::newRow("another first byte")
        << QByteArray("bytes 0-999/1000") << false << QStringLiteral("bytes from 0 on");
    QTest::newRow("past the end") << QByteArray("bytes 100-1000/1001") << false
                                  << QStringLiteral("does not fit bytes 100 to 999 of 1000");
    QTest::newRow("another total") << QByteArray("bytes 100-999/2000") << false
                                   << QStringLiteral("does not fit bytes 100 to 999 of 1000");
}

void TestContentRange::anAnswerIsCheckedAgainstWhatWasAsked() {
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    QFETCH(QString, problem);
    const auto range =
        ContentRange::checkAnswer(value, 100, 1000, 1000, QStringLiteral("GET /slot"));
    QCOMPARE(range.ok(), accepted);
    if (accepted) {
        QCOMPARE(range->first, quint64(100));
        return;
    }
    QVERIFY2(range.message().contains(problem), qPrintable(range.message()));
    QVERIFY2(range.message().contains(QStringLiteral("GET /slot")), qPrintable(range.message()));
}

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
