// MatchingPage: a request crafted to break each rule shows that rule, in words with the numbers.
#include "tests/support/ScreenshotSupport.h"
#include "tests/support/ScriptedDesk.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Formatting.h"
#include "ui/matching/AvailabilityVerdictsModel.h"
#include "ui/matching/MatchReasonText.h"
#include "ui/matching/MatchingPage.h"
#include "ui/matching/MatchingRequestsModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;
using salesdesk::test::ScriptedDesk;

Q_DECLARE_METATYPE(salesdesk::MatchRule)

namespace {

constexpr quint64 kOffered = 16 * ScriptedDesk::kSlotSize; // 1 MiB

NewAvailability baseOffer() {
    NewAvailability p;
    p.totalSize = kOffered;
    p.duration = 24 * 3600;
    p.minPricePerBytePerSecond = 5;
    p.totalCollateral = UInt256(kOffered) * 10; // 10 per byte
    return p;
}

StorageAsk baseAsk() {
    StorageAsk a = ScriptedDesk::ask(2, 4 * 3600); // price 10, collateral 2
    return a;
}

} // namespace

class TestMatchingPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheReasonForEachRule_data() {
        QTest::addColumn<int>("rule"); // -1: every rule passes
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("matches") << -1 << QStringList{QStringLiteral("Takes it")};
        QTest::newRow("price") << int(MatchRule::PriceBelowMinimum)
                               << QStringList{QStringLiteral("pays 11.4 TST per TiB per month"),
                                              QStringLiteral("minimum of 14.25 TST per TiB")};
        QTest::newRow("duration") << int(MatchRule::DurationTooLong)
                                  << QStringList{formatDuration(2 * 86400), formatDuration(86400)};
        QTest::newRow("size") << int(MatchRule::SizeTooBig)
                              << QStringList{formatBytes(2 * kOffered), formatBytes(kOffered)};
        QTest::newRow("collateral") << int(MatchRule::CollateralTooHigh)
                                    << QStringList{QStringLiteral("asks 0.000012 TST per TiB"),
                                                   QStringLiteral("at most 0.000011 TST per TiB")};
        QTest::newRow("until") << int(MatchRule::UntilTooEarly)
                               << QStringList{formatTimestamp(ScriptedDesk::kStart + 2 * 3600)};
        QTest::newRow("disabled") << int(MatchRule::Disabled)
                                  << QStringList{QStringLiteral("disabled")};
    }
    void showsTheReasonForEachRule() {
        QFETCH(int, rule);
        QFETCH(QStringList, mustMention);
        ScriptedDesk d;
        QVERIFY(d.open());
        NewAvailability offer = baseOffer();
        StorageAsk ask = baseAsk();
        switch (rule) {
        case int(MatchRule::PriceBelowMinimum):
            ask.pricePerBytePerSecond = 4;
            break;
        case int(MatchRule::DurationTooLong):
            ask.duration = 2 * 86400;
            break;
        case int(MatchRule::SizeTooBig):
            ask.slotSize = 2 * kOffered;
            break;
        case int(MatchRule::CollateralTooHigh):
            ask.collateralPerByte = 11;
            break;
        case int(MatchRule::UntilTooEarly):
            offer.until = ScriptedDesk::kStart + 2 * 3600; // the request runs 4 h
            break;
        case int(MatchRule::Disabled):
            offer.enabled = false;
            break;
        default:
            break;
        }
        auto availability = d.books().createAvailability(offer);
        SD_VERIFY_OK(availability);

        MatchingPage page(*d.desk);
        QAbstractItemModelTester requestsTester(
            page.requestsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester verdictsTester(
            page.verdictsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyText"))->isVisibleTo(&page));

        auto request = d.clients->post(ask, 600);
        SD_VERIFY_OK(request);
        d.clock.advanceBy(30); // the engine looks at it
        page.requestsModel()->flushPending();
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("emptyText"))->isVisibleTo(&page));

        const int row = page.requestsModel()->rowOf(*request);
        QVERIFY(row >= 0);
        const SeenRequest& seen = page.requestsModel()->requestAt(row);
        QCOMPARE(seen.explanation.verdicts.size(), 1);
        const QString summary =
            page.requestsModel()->index(row, MatchingRequestsModel::MatchColumn).data().toString();
        if (rule < 0) {
            QCOMPARE(seen.explanation.chosen, std::optional(availability->id));
            QVERIFY2(summary.startsWith(QStringLiteral("Yes")), qPrintable(summary));
        } else {
            QVERIFY(!seen.explanation.chosen);
            QCOMPARE(seen.explanation.verdicts.first().failed,
                     QList<MatchRule>{static_cast<MatchRule>(rule)});
            QCOMPARE(summary, QStringLiteral("No — ") +
                                  MatchReasonText::shortName(static_cast<MatchRule>(rule)));
        }

        QVERIFY(page.selectRequest(*request));
        QCOMPARE(page.verdictsModel()->rowCount(), 1);
        const QString why = page.verdictsModel()
                                ->index(0, AvailabilityVerdictsModel::ReasonsColumn)
                                .data()
                                .toString();
        for (const QString& words : mustMention)
            QVERIFY2(why.contains(words), qPrintable(why + QStringLiteral(" lacks ") + words));
        const QString verdict = page.verdictsModel()
                                    ->index(0, AvailabilityVerdictsModel::VerdictColumn)
                                    .data()
                                    .toString();
        QCOMPARE(verdict, rule < 0 ? QStringLiteral("Takes it") : QStringLiteral("Not taken"));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("detailHeading"))
                    ->text()
                    .contains(request->toShortHex()));

        // What the engine did: it took a matching request's slots and let the others go.
        d.clock.advanceBy(3600);
        page.requestsModel()->flushPending();
        const QString engine =
            page.requestsModel()->index(row, MatchingRequestsModel::EngineColumn).data().toString();
        if (rule < 0)
            QVERIFY2(engine.contains(QStringLiteral("2 sold")), qPrintable(engine));
        else
            QVERIFY2(engine.contains(QStringLiteral("ignored")) &&
                         !engine.contains(QStringLiteral("sold")),
                     qPrintable(engine));
    }

    void filtersRequestsByVerdict() {
        ScriptedDesk d;
        QVERIFY(d.open());
        SD_VERIFY_OK(d.books().createAvailability(baseOffer()));
        MatchingPage page(*d.desk);
        StorageAsk cheap = baseAsk();
        cheap.pricePerBytePerSecond = 1;
        auto taken = d.clients->post(baseAsk(), 600);
        auto refused = d.clients->post(cheap, 600);
        SD_VERIFY_OK(taken);
        SD_VERIFY_OK(refused);
        d.clock.advanceBy(1);
        page.requestsModel()->flushPending();
        QCOMPARE(page.requestsFilter()->rowCount(), 2);
        page.setShow(MatchingPage::Show::NotTaken);
        QCOMPARE(page.requestsFilter()->rowCount(), 1);
        QVERIFY(!page.selectRequest(*taken));
        QVERIFY(page.selectRequest(*refused));
        page.setShow(MatchingPage::Show::Taken);
        QCOMPARE(page.requestsFilter()->rowCount(), 1);
        QVERIFY(page.selectRequest(*taken));
    }

    // With SALESDESK_SCREENSHOT_DIR set: a demo stream against two availabilities that each
    // refuse some requests, saved as matching.png (and matching-empty.png).
    void rendersAScreenshot() {
        if (test::screenshotDirectory().isEmpty())
            QSKIP("set SALESDESK_SCREENSHOT_DIR to write screenshots");
        ScriptedDesk d;
        QVERIFY(d.open());
        MatchingPage page(*d.desk);
        QVERIFY(!test::saveScreenshot(page, QStringLiteral("matching-empty")).isNull());
        NewAvailability small = baseOffer();
        small.minPricePerBytePerSecond = 1000;
        small.duration = 12 * 3600;
        SD_VERIFY_OK(d.books().createAvailability(small));
        NewAvailability big = baseOffer();
        big.totalSize = 64 * ScriptedDesk::kSlotSize;
        big.minPricePerBytePerSecond = 950;
        big.totalCollateral = UInt256(big.totalSize) * 3;
        big.until = ScriptedDesk::kStart + 16 * 3600;
        SD_VERIFY_OK(d.books().createAvailability(big));
        SimulatedClientsConfig stream;
        stream.seed = 11;
        stream.meanIntervalSeconds = 900;
        stream.meanSlotSize = ScriptedDesk::kSlotSize;
        stream.meanSlots = 3;
        stream.meanDuration = 10 * 3600;
        stream.meanPricePerBytePerSecond = 1000;
        stream.collateralPerByte = 2;
        d.startStream(stream);
        d.clock.advanceTo(ScriptedDesk::kStart + 8 * 3600);
        page.requestsModel()->flushPending();
        QVERIFY(page.requestsModel()->rowCount() > 5);
        // Select a request no availability takes, to show the reasons.
        for (int row = page.requestsModel()->rowCount() - 1; row >= 0; --row)
            if (!page.requestsModel()->requestAt(row).explanation.chosen) {
                QVERIFY(page.selectRequest(page.requestsModel()->requestAt(row).id));
                break;
            }
        QVERIFY(!test::saveScreenshot(page, QStringLiteral("matching")).isNull());
    }
};

QTEST_MAIN(TestMatchingPage)
#include "tst_matchingpage.moc"
