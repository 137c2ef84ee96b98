// AvailabilityVerdictsModel: one row per availability with its verdict and reasons.
#include "tests/support/TestSupport.h"
#include "ui/matching/AvailabilityVerdictsModel.h"
#include "ui/matching/MatchReasonText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

Availability availability(char idByte, quint64 freeSize, bool enabled = true) {
    Availability a;
    a.id = AvailabilityId::fromBytes(QByteArray(32, idByte));
    a.totalSize = freeSize;
    a.freeSize = freeSize;
    a.duration = 3600;
    a.minPricePerBytePerSecond = 1;
    a.totalCollateral = UInt256(freeSize) * 5;
    a.totalRemainingCollateral = a.totalCollateral;
    a.enabled = enabled;
    return a;
}

SeenRequest request(const QList<Availability>& availabilities) {
    SeenRequest r;
    r.id = RequestId::fromBytes(QByteArray(32, '\x7f'));
    r.ask.slots = 1;
    r.ask.slotSize = 100;
    r.ask.duration = 3600;
    r.ask.pricePerBytePerSecond = 2;
    r.ask.collateralPerByte = 1;
    r.endsAt = 5000;
    r.explanation = MatchExplainer::explain(availabilities, r.requirements());
    return r;
}

} // namespace

class TestAvailabilityVerdictsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEachAvailabilitysVerdict() {
        AvailabilityVerdictsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QList<Availability> all{availability('\x01', 1000), availability('\x02', 200),
                                      availability('\x03', 50), availability('\x04', 500, false)};
        model.setRequest(request(all));
        QCOMPARE(model.rowCount(), 4);
        auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, AvailabilityVerdictsModel::VerdictColumn),
                 QStringLiteral("Could take it"));
        QCOMPARE(text(1, AvailabilityVerdictsModel::VerdictColumn), QStringLiteral("Takes it"));
        QCOMPARE(text(2, AvailabilityVerdictsModel::VerdictColumn), QStringLiteral("Not taken"));
        QCOMPARE(text(2, AvailabilityVerdictsModel::ReasonsColumn),
                 MatchReasonText::sentence(MatchRule::SizeTooBig, all.at(2),
                                           request(all).requirements()));
        QCOMPARE(text(3, AvailabilityVerdictsModel::ReasonsColumn),
                 QStringLiteral("The availability is disabled."));
        QCOMPARE(model.index(1, AvailabilityVerdictsModel::AvailabilityColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 all.at(1).id.toHex());
    }

    void theSameRequestUpdatesInPlace() {
        AvailabilityVerdictsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Availability> all{availability('\x01', 1000)};
        model.setRequest(request(all));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        all[0].enabled = false;
        model.setRequest(request(all));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, AvailabilityVerdictsModel::VerdictColumn).data().toString(),
                 QStringLiteral("Not taken"));
        model.setRequest(std::nullopt);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAvailabilityVerdictsModel)
#include "tst_availabilityverdictsmodel.moc"
