// ScenarioReport: every field of the format document, in its order and format.
#include "core/scenario/ScenarioReport.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace salesdesk;

namespace {

// The keys of a JSON object in the order they appear in `json` (QJsonObject sorts them).
QStringList keysInOrder(const QByteArray& json, const QStringList& keys) {
    QList<std::pair<qsizetype, QString>> found;
    for (const QString& key : keys)
        found.append({json.indexOf(QByteArray("\"" + key.toUtf8() + "\":")), key});
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto& [at, key] : found)
        if (at >= 0)
            out << key;
    return out;
}

ScenarioReport sampleReport() {
    ScenarioReport r;
    r.start = 1760000000;
    r.end = 1760086400;
    r.errors.append({5, 1760000100, QStringLiteral("Not enough storage quota")});
    ScenarioReport::RequestEntry request;
    request.name = QStringLiteral("r1");
    request.state = QStringLiteral("Finished");
    request.slotsFilled = 4;
    request.expiresAt = 1760000660;
    request.endsAt = 1760003660;
    r.requests.append(request);
    ScenarioReport::SaleEntry sale;
    sale.request = QStringLiteral("r1");
    sale.slotIndex = 3;
    sale.runs = 1;
    sale.states = {SaleStateKind::Preparing, SaleStateKind::Finished};
    sale.finalState = SaleStateKind::Finished;
    sale.filledAt = 1760000185;
    sale.payout = UInt256(1) << 200;
    sale.collateralDeposited = 1024;
    sale.collateralReturned = 1024;
    sale.proofsSubmitted = 12;
    r.sales.append(sale);
    ScenarioReport::SaleEntry running = sale;
    running.slotIndex = 2;
    running.finalState.reset();
    running.filledAt.reset();
    r.sales.append(running);
    ScenarioReport::AvailabilityEntry availability;
    availability.name = QStringLiteral("a1");
    availability.availability.totalSize = 4096;
    availability.availability.freeSize = 4096;
    availability.availability.totalCollateral = 100000;
    availability.availability.totalRemainingCollateral = 100000;
    r.availabilities.append(availability);
    r.reservations.append({QStringLiteral("a1"), QStringLiteral("r1"), 3, 1024, 0, 1760003660});
    r.repo = QuotaUsage{1073741824, 4096, 0};
    r.host.startBalance = 1000000000;
    r.host.balance = 1000000000;
    r.queue.length = 1;
    r.queue.paused = true;
    r.queue.items.append({QStringLiteral("r2"), 1, true});
    r.mySlots.append({QStringLiteral("r1"), 3});
    r.agents.append({QStringLiteral("r1"), 3, SaleStateKind::Proving});
    return r;
}

} // namespace

class TestScenarioReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void topLevelFieldsComeInTheDocumentsOrder() {
        const QByteArray json = sampleReport().toJson();
        const QStringList order = {
            QStringLiteral("start"),        QStringLiteral("end"),
            QStringLiteral("ok"),           QStringLiteral("invariantViolations"),
            QStringLiteral("errors"),       QStringLiteral("requests"),
            QStringLiteral("sales"),        QStringLiteral("availabilities"),
            QStringLiteral("reservations"), QStringLiteral("repo"),
            QStringLiteral("host"),         QStringLiteral("queue"),
            QStringLiteral("mySlots"),      QStringLiteral("agents")};
        QCOMPARE(keysInOrder(json, order), order);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.keys().size(), order.size());
    }

    void saleFieldsComeInOrderWithAmountsAsStrings() {
        const QByteArray json = sampleReport().toJson();
        const QStringList order = {QStringLiteral("request"),
                                   QStringLiteral("slotIndex"),
                                   QStringLiteral("slotId"),
                                   QStringLiteral("runs"),
                                   QStringLiteral("states"),
                                   QStringLiteral("final"),
                                   QStringLiteral("filledAt"),
                                   QStringLiteral("payout"),
                                   QStringLiteral("collateralDeposited"),
                                   QStringLiteral("collateralReturned"),
                                   QStringLiteral("slashed"),
                                   QStringLiteral("proofsSubmitted"),
                                   QStringLiteral("proofsMissed")};
        const qsizetype sales = json.indexOf("\"sales\"");
        const QByteArray firstSale = json.mid(sales, json.indexOf("}", sales) - sales);
        QCOMPARE(keysInOrder(firstSale, order), order);

        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonObject sale = root.value(QStringLiteral("sales")).toArray().at(0).toObject();
        QCOMPARE(sale.value(QStringLiteral("payout")).toString(),
                 QStringLiteral("1606938044258990275541962092341162602522202993782792835301376"));
        QCOMPARE(sale.value(QStringLiteral("states")).toArray().at(0).toString(),
                 QStringLiteral("SalePreparing"));
        QCOMPARE(sale.value(QStringLiteral("final")).toString(), QStringLiteral("SaleFinished"));
        QCOMPARE(sale.value(QStringLiteral("filledAt")).toInteger(), qint64(1760000185));
        const QJsonObject running = root.value(QStringLiteral("sales")).toArray().at(1).toObject();
        QVERIFY(running.value(QStringLiteral("final")).isNull());
        QVERIFY(running.value(QStringLiteral("filledAt")).isNull());
    }

    void everyOtherSectionHasItsFields() {
        const QJsonObject root = QJsonDocument::fromJson(sampleReport().toJson()).object();
        QCOMPARE(root.value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject error = root.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("event")).toInt(), 5);
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Not enough storage quota"));
        const QJsonObject r1 = root.value(QStringLiteral("requests"))
                                   .toObject()
                                   .value(QStringLiteral("r1"))
                                   .toObject();
        QCOMPARE(r1.value(QStringLiteral("state")).toString(), QStringLiteral("Finished"));
        QCOMPARE(r1.value(QStringLiteral("endsAt")).toInteger(), qint64(1760003660));
        QVERIFY(r1.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("0x")));
        const QJsonObject a1 = root.value(QStringLiteral("availabilities"))
                                   .toObject()
                                   .value(QStringLiteral("a1"))
                                   .toObject();
        QCOMPARE(a1.keys().size(), 11);
        QCOMPARE(a1.value(QStringLiteral("totalRemainingCollateral")).toString(),
                 QStringLiteral("100000"));
        QCOMPARE(a1.value(QStringLiteral("enabled")).toBool(), true);
        const QJsonObject reservation =
            root.value(QStringLiteral("reservations")).toArray().at(0).toObject();
        QCOMPARE(reservation.value(QStringLiteral("validUntil")).toInteger(), qint64(1760003660));
        QCOMPARE(root.value(QStringLiteral("repo"))
                     .toObject()
                     .value(QStringLiteral("quotaBytes"))
                     .toInteger(),
                 qint64(1073741824));
        QCOMPARE(root.value(QStringLiteral("host")).toObject().keys().size(), 5);
        const QJsonObject queue = root.value(QStringLiteral("queue")).toObject();
        QCOMPARE(queue.value(QStringLiteral("paused")).toBool(), true);
        QCOMPARE(queue.value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("seen"))
                     .toBool(),
                 true);
        QCOMPARE(root.value(QStringLiteral("agents"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("SaleProving"));
    }

    void aViolationMakesTheReportNotOk() {
        ScenarioReport report = sampleReport();
        report.invariantViolations.append({1760000123, QStringLiteral("availability a1: broken")});
        QVERIFY(!report.ok());
        const QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(root.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonObject v =
            root.value(QStringLiteral("invariantViolations")).toArray().at(0).toObject();
        QCOMPARE(v.value(QStringLiteral("at")).toInteger(), qint64(1760000123));
        QCOMPARE(v.value(QStringLiteral("what")).toString(),
                 QStringLiteral("availability a1: broken"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioReport)
#include "tst_scenarioreport.moc"
