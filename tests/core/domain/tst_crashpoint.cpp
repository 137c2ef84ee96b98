// CrashPoint: what SALESDESK_CRASH_AT may say, and a list that matches the points in the code.
#include "core/domain/CrashPoint.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace salesdesk;

class TestCrashPoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aNameAloneMeansTheFirstHit() {
        const CrashPoint::Target target =
            CrashPoint::parse(QStringLiteral("sale.fill.afterMarket"));
        QCOMPARE(target.name, QStringLiteral("sale.fill.afterMarket"));
        QCOMPARE(target.hit, quint64{1});
    }

    void aCountNamesTheNthHit() {
        const CrashPoint::Target target =
            CrashPoint::parse(QStringLiteral(" sale.fill.afterMarket:3 "));
        QCOMPARE(target.name, QStringLiteral("sale.fill.afterMarket"));
        QCOMPARE(target.hit, quint64{3});
    }

    void aBadCountNamesNothing() {
        QVERIFY(CrashPoint::parse(QStringLiteral("sale.fill.afterMarket:0")).name.isEmpty());
        QVERIFY(CrashPoint::parse(QStringLiteral("sale.fill.afterMarket:x")).name.isEmpty());
        QVERIFY(CrashPoint::parse(QStringLiteral("sale.fill.afterMarket:")).name.isEmpty());
    }

    void onlyListedNamesAreKnown() {
        QVERIFY(CrashPoint::isKnown(QStringLiteral("market.block.afterSave")));
        QVERIFY(!CrashPoint::isKnown(QStringLiteral("market.block")));
        QVERIFY(!CrashPoint::isKnown(QString()));
    }

    // Every crashPoint("…") in core/ is listed, and every listed point is placed once.
    void theListMatchesTheCode() {
        const QRegularExpression call(QStringLiteral(R"re(crashPoint\("([a-zA-Z.]+)"\);)re"));
        QHash<QString, int> placed;
        QDirIterator files(QStringLiteral(SALESDESK_SOURCE_DIR "/core"), {QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch& match : call.globalMatch(text))
                ++placed[match.captured(1)];
        }
        QSet<QString> listed;
        for (const CrashPointInfo& point : CrashPoint::all())
            listed.insert(QLatin1String(point.name));
        for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
            QVERIFY2(listed.contains(it.key()), qPrintable(it.key() + " is not listed"));
            QVERIFY2(it.value() == 1, qPrintable(it.key() + " is placed more than once"));
        }
        for (const QString& name : listed)
            QVERIFY2(placed.contains(name), qPrintable(name + " is listed but placed nowhere"));
    }
};

QTEST_GUILESS_MAIN(TestCrashPoint)
#include "tst_crashpoint.moc"
