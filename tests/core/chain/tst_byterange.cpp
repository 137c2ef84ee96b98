// ByteRange: the Range header a dataset server honours (one range of bytes) and what it ignores.
#include "core/chain/client/ByteRange.h"

#include <QTest>

using namespace salesdesk;

Q_DECLARE_METATYPE(ByteRange::Kind)

class TestByteRange : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<quint64>("size");
        QTest::addColumn<ByteRange::Kind>("kind");
        QTest::addColumn<quint64>("begin");
        QTest::addColumn<quint64>("end");
        using K = ByteRange::Kind;
        QTest::newRow("none") << QByteArray() << quint64(100) << K::Whole << quint64(0)
                              << quint64(100);
        QTest::newRow("from") << QByteArray("bytes=10-") << quint64(100) << K::Part << quint64(10)
                              << quint64(100);
        QTest::newRow("closed") << QByteArray("bytes=10-19") << quint64(100) << K::Part
                                << quint64(10) << quint64(20);
        QTest::newRow("last byte past the end is cut")
            << QByteArray("bytes=90-1000") << quint64(100) << K::Part << quint64(90)
            << quint64(100);
        QTest::newRow("suffix") << QByteArray("bytes=-30") << quint64(100) << K::Part << quint64(70)
                                << quint64(100);
        QTest::newRow("suffix longer than the body")
            << QByteArray("bytes=-300") << quint64(100) << K::Part << quint64(0) << quint64(100);
        QTest::newRow("at the end") << QByteArray("bytes=100-") << quint64(100) << K::Unsatisfiable
                                    << quint64(0) << quint64(0);
        QTest::newRow("empty suffix") << QByteArray("bytes=-0") << quint64(100) << K::Unsatisfiable
                                      << quint64(0) << quint64(0);
        QTest::newRow("several ranges are ignored") << QByteArray("bytes=0-1,5-6") << quint64(100)
                                                    << K::Whole << quint64(0) << quint64(100);
        QTest::newRow("other unit")
            << QByteArray("items=0-1") << quint64(100) << K::Whole << quint64(0) << quint64(100);
        QTest::newRow("reversed") << QByteArray("bytes=20-10") << quint64(100) << K::Whole
                                  << quint64(0) << quint64(100);
        QTest::newRow("not a number")
            << QByteArray("bytes=1x-") << quint64(100) << K::Whole << quint64(0) << quint64(100);
        QTest::newRow("too many digits") << QByteArray("bytes=99999999999999999999-")
                                         << quint64(100) << K::Whole << quint64(0) << quint64(100);
        QTest::newRow("spaces around")
            << QByteArray("  bytes=5-  ") << quint64(100) << K::Part << quint64(5) << quint64(100);
    }
    void parses() {
        QFETCH(QByteArray, header);
        QFETCH(quint64, size);
        QFETCH(ByteRange::Kind, kind);
        QFETCH(quint64, begin);
        QFETCH(quint64, end);
        const ByteRange range = ByteRange::parse(header, size);
        QCOMPARE(int(range.kind), int(kind));
        if (kind != ByteRange::Kind::Unsatisfiable) {
            QCOMPARE(range.begin, begin);
            QCOMPARE(range.end, end);
        }
    }
};

QTEST_GUILESS_MAIN(TestByteRange)
#include "tst_byterange.moc"
