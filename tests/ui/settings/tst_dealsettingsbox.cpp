// Settings → Direct deals: the defaults, a client list with a bad address (named in its
// message), least values above their largest refused, what Save stores and the offer the GUI's
// main builds from it.
#include "core/domain/TokenInfo.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Formatting.h"
#include "ui/settings/DealSettings.h"
#include "ui/settings/DealSettingsBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

const QString kClient = QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
const QString kOtherClient = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");

template <typename T> T* child(QWidget& parent, const QString& name) {
    auto* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// Replaces a line edit's text as typing does (textEdited).
void type(QWidget& box, const QString& name, const QString& text) {
    QLineEdit* field = child<QLineEdit>(box, name);
    field->selectAll();
    QTest::keyClicks(field, text);
}

Address address(const QString& hex) {
    return Address::fromHex(hex).value();
}

} // namespace

class TestDealSettingsBox : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dealsettingsbox"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
    void init() { QSettings().clear(); }

    // Nothing stored: off and not accepting, on 127.0.0.1:8091, 1 a byte a second, collateral 0
    // to 1,000 a byte, 1 byte to 64 GiB, an hour to 365 days, starting 10 minutes to 7 days
    // ahead, every client, 2 transfers each.
    void showsTheDefaults() {
        DealSettingsBox box(TokenInfo::testStorageToken());
        box.show();
        QVERIFY(!child<QCheckBox>(box, QStringLiteral("dealsEnabled"))->isChecked());
        QVERIFY(!child<QCheckBox>(box, QStringLiteral("dealsAcceptDeals"))->isChecked());
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("dealsListenAddress"))->text(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("dealsPort"))->value(), 8091);
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("dealsPrice"))->text(), QStringLiteral("1"));
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("dealsMinCollateral"))->text(),
                 QStringLiteral("0"));
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("dealsMaxCollateral"))->text(),
                 QStringLiteral("1000"));
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("dealsMinSize"))->text(),
                 QStringLiteral("1"));
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("dealsMaxSize"))->text(),
                 QStringLiteral("68719476736"));
        QCOMPARE(child<QLabel>(box, QStringLiteral("dealsMaxSizeHint"))->text(),
                 formatBytes(quint64(1) << 36));
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("dealsMinDuration"))->value(), 1);
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("dealsMaxDuration"))->value(), 365);
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("dealsMinStartLead"))->value(), 10);
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("dealsMaxStartLead"))->value(), 7);
        QVERIFY(child<QPlainTextEdit>(box, QStringLiteral("dealsAllowedClients"))
                    ->toPlainText()
                    .isEmpty());
        QVERIFY(child<QPlainTextEdit>(box, QStringLiteral("dealsDeniedClients"))
                    ->toPlainText()
                    .isEmpty());
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("dealsMaxTransfers"))->value(), 2);
        QVERIFY(child<QLabel>(box, QStringLiteral("dealsNote"))
                    ->text()
                    .contains(QStringLiteral("next start")));
        for (const QString& error :
             {QStringLiteral("dealsListenAddressError"), QStringLiteral("dealsPriceError"),
              QStringLiteral("dealsCollateralRangeError"), QStringLiteral("dealsSizeRangeError"),
              QStringLiteral("dealsAllowedClientsError")})
            QVERIFY2(!child<QLabel>(box, error)->isVisible(), qPrintable(error));

        const auto offer = DealSettings::storedOffer(QSettings());
        SD_VERIFY_OK(offer);
        QCOMPARE(offer->listenAddress.toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(offer->port, quint16(8091));
        QCOMPARE(offer->ask.pricePerBytePerSecond, UInt256(1));
        QCOMPARE(offer->ask.minCollateralPerByte, UInt256(0));
        QCOMPARE(offer->ask.maxCollateralPerByte, UInt256(1000));
        QCOMPARE(offer->ask.minSize, quint64(1));
        QCOMPARE(offer->ask.maxSize, quint64(1) << 36);
        QCOMPARE(offer->ask.minDuration, quint64(3600));
        QCOMPARE(offer->ask.maxDuration, quint64(365) * 24 * 3600);
        QCOMPARE(offer->ask.minStartLead, quint64(600));
        QCOMPARE(offer->ask.maxStartLead, quint64(7) * 24 * 3600);
        QVERIFY(!offer->rules.acceptDeals);
        QVERIFY(offer->rules.allowedClients.isEmpty());
        QVERIFY(offer->rules.deniedClients.isEmpty());
        QCOMPARE(offer->rules.maxTransfersPerClient, 2);
        // The chain's part is the chain side's.
        QCOMPARE(offer->chainId, quint64(0));
        QVERIFY(offer->contract.isZero());
        QVERIFY(offer->provider.isZero());
    }

    // An entry of the allowed clients that is not an address is named under the field, and Save
    // then stores nothing.
    void aBadAddressIsNamedAndNothingIsSaved() {
        DealSettingsBox box(TokenInfo::testStorageToken());
        box.show();
        child<QCheckBox>(box, QStringLiteral("dealsEnabled"))->setChecked(true);
        auto* allowed = child<QPlainTextEdit>(box, QStringLiteral("dealsAllowedClients"));
        allowed->setPlainText(kClient + QStringLiteral(",\n0x1234 ") + kOtherClient);
        QLabel* problem = child<QLabel>(box, QStringLiteral("dealsAllowedClientsError"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("\"0x1234\"")),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(kClient));
        QVERIFY(!box.save());
        QVERIFY(!DealSettings::enabled.isStored(QSettings()));
        QVERIFY(!DealSettings::allowedClients.isStored(QSettings()));
        QVERIFY(child<QLabel>(box, QStringLiteral("dealsMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing was saved")));

        allowed->setPlainText(kClient + QStringLiteral(",\n") + kOtherClient);
        QVERIFY(!problem->isVisible());
        QCOMPARE(DealSettings::addressListError(QStringLiteral("0xzz")),
                 QStringLiteral("\"0xzz\" is not an address: each entry must be 0x followed by 40 "
                                "hex digits."));
        QVERIFY(DealSettings::addressListError(QString()).isEmpty());
    }

    // A least value above its largest is shown and refused, each pair on its own; stored that way
    // round (by hand), the offer is refused with the pairs named.
    void aLeastValueAboveItsLargestIsRefused() {
        DealSettingsBox box(TokenInfo::testStorageToken());
        box.show();
        type(box, QStringLiteral("dealsMinCollateral"), QStringLiteral("2000"));
        QLabel* collateral = child<QLabel>(box, QStringLiteral("dealsCollateralRangeError"));
        QVERIFY(collateral->isVisible());
        QVERIFY2(collateral->text().contains(QStringLiteral("2000")),
                 qPrintable(collateral->text()));
        type(box, QStringLiteral("dealsMinSize"), QStringLiteral("68719476737"));
        QVERIFY(child<QLabel>(box, QStringLiteral("dealsSizeRangeError"))->isVisible());
        child<QSpinBox>(box, QStringLiteral("dealsMaxDuration"))->setValue(1);
        child<QSpinBox>(box, QStringLiteral("dealsMinDuration"))->setValue(25);
        QVERIFY(child<QLabel>(box, QStringLiteral("dealsDurationRangeError"))->isVisible());
        child<QSpinBox>(box, QStringLiteral("dealsMaxStartLead"))->setValue(1);
        child<QSpinBox>(box, QStringLiteral("dealsMinStartLead"))->setValue(24 * 60 + 1);
        QVERIFY(child<QLabel>(box, QStringLiteral("dealsStartLeadRangeError"))->isVisible());
        QVERIFY(!box.save());
        QVERIFY(!DealSettings::minCollateralPerByte.isStored(QSettings()));

        // Back within bounds: a day is as long as 24 hours.
        type(box, QStringLiteral("dealsMinCollateral"), QStringLiteral("1000"));
        type(box, QStringLiteral("dealsMinSize"), QStringLiteral("1024"));
        child<QSpinBox>(box, QStringLiteral("dealsMinDuration"))->setValue(24);
        child<QSpinBox>(box, QStringLiteral("dealsMinStartLead"))->setValue(24 * 60);
        for (const QString& error :
             {QStringLiteral("dealsCollateralRangeError"), QStringLiteral("dealsSizeRangeError"),
              QStringLiteral("dealsDurationRangeError"),
              QStringLiteral("dealsStartLeadRangeError")})
            QVERIFY2(!child<QLabel>(box, error)->isVisible(), qPrintable(error));
        QVERIFY(box.save());

        QSettings stored;
        DealSettings::minCollateralPerByte.set(stored, QStringLiteral("5"));
        DealSettings::maxCollateralPerByte.set(stored, QStringLiteral("4"));
        DealSettings::minDurationHours.set(stored, 49);
        DealSettings::maxDurationDays.set(stored, 2);
        const auto offer = DealSettings::storedOffer(stored);
        QVERIFY(!offer.ok());
        QCOMPARE(offer.code(), ErrorCode::InvalidArgument);
        QVERIFY2(offer.message().contains(QStringLiteral("collateral per byte (5)")),
                 qPrintable(offer.message()));
        QVERIFY(offer.message().contains(QStringLiteral("shortest term (49 hours)")));
    }

    // What was saved is in the keys, and is what the next start offers.
    void savedValuesMakeTheOffer() {
        DealSettingsBox box(TokenInfo::testStorageToken());
        box.show();
        child<QCheckBox>(box, QStringLiteral("dealsEnabled"))->setChecked(true);
        child<QCheckBox>(box, QStringLiteral("dealsAcceptDeals"))->setChecked(true);
        type(box, QStringLiteral("dealsListenAddress"), QStringLiteral("0.0.0.0"));
        child<QSpinBox>(box, QStringLiteral("dealsPort"))->setValue(9124);
        type(box, QStringLiteral("dealsPrice"), QStringLiteral("1000000000"));
        type(box, QStringLiteral("dealsMinCollateral"), QStringLiteral("10"));
        type(box, QStringLiteral("dealsMaxCollateral"), QStringLiteral("20"));
        type(box, QStringLiteral("dealsMinSize"), QStringLiteral("65536"));
        type(box, QStringLiteral("dealsMaxSize"), QStringLiteral("1073741824"));
        child<QSpinBox>(box, QStringLiteral("dealsMinDuration"))->setValue(48);
        child<QSpinBox>(box, QStringLiteral("dealsMaxDuration"))->setValue(30);
        child<QSpinBox>(box, QStringLiteral("dealsMinStartLead"))->setValue(30);
        child<QSpinBox>(box, QStringLiteral("dealsMaxStartLead"))->setValue(2);
        child<QPlainTextEdit>(box, QStringLiteral("dealsAllowedClients"))
            ->setPlainText(kClient + QStringLiteral(" , ") + kOtherClient);
        child<QPlainTextEdit>(box, QStringLiteral("dealsDeniedClients"))
            ->setPlainText(QStringLiteral("0x") + QStringLiteral("11").repeated(20));
        child<QSpinBox>(box, QStringLiteral("dealsMaxTransfers"))->setValue(5);
        QVERIFY(box.save());
        QVERIFY(child<QLabel>(box, QStringLiteral("dealsMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Saved")));

        const QSettings stored;
        QCOMPARE(stored.value(QStringLiteral("deals/enabled")).toBool(), true);
        QCOMPARE(stored.value(QStringLiteral("deals/acceptDeals")).toBool(), true);
        QCOMPARE(stored.value(QStringLiteral("deals/listenAddress")).toString(),
                 QStringLiteral("0.0.0.0"));
        QCOMPARE(stored.value(QStringLiteral("deals/port")).toInt(), 9124);
        QCOMPARE(stored.value(QStringLiteral("deals/pricePerBytePerSecond")).toString(),
                 QStringLiteral("1000000000"));
        QCOMPARE(stored.value(QStringLiteral("deals/minCollateralPerByte")).toString(),
                 QStringLiteral("10"));
        QCOMPARE(stored.value(QStringLiteral("deals/maxCollateralPerByte")).toString(),
                 QStringLiteral("20"));
        QCOMPARE(stored.value(QStringLiteral("deals/minSizeBytes")).toString(),
                 QStringLiteral("65536"));
        QCOMPARE(stored.value(QStringLiteral("deals/maxSizeBytes")).toString(),
                 QStringLiteral("1073741824"));
        QCOMPARE(stored.value(QStringLiteral("deals/minDurationHours")).toInt(), 48);
        QCOMPARE(stored.value(QStringLiteral("deals/maxDurationDays")).toInt(), 30);
        QCOMPARE(stored.value(QStringLiteral("deals/minStartLeadMinutes")).toInt(), 30);
        QCOMPARE(stored.value(QStringLiteral("deals/maxStartLeadDays")).toInt(), 2);
        QCOMPARE(stored.value(QStringLiteral("deals/allowedClients")).toString(),
                 kClient + QLatin1Char('\n') + kOtherClient);
        QCOMPARE(stored.value(QStringLiteral("deals/maxTransfersPerClient")).toInt(), 5);

        const auto offer = DealSettings::storedOffer(stored);
        SD_VERIFY_OK(offer);
        QCOMPARE(offer->listenAddress.toString(), QStringLiteral("0.0.0.0"));
        QCOMPARE(offer->port, quint16(9124));
        QCOMPARE(offer->ask.pricePerBytePerSecond, UInt256(1'000'000'000));
        QCOMPARE(offer->ask.minCollateralPerByte, UInt256(10));
        QCOMPARE(offer->ask.maxCollateralPerByte, UInt256(20));
        QCOMPARE(offer->ask.minSize, quint64(65536));
        QCOMPARE(offer->ask.maxSize, quint64(1) << 30);
        QCOMPARE(offer->ask.minDuration, quint64(48) * 3600);
        QCOMPARE(offer->ask.maxDuration, quint64(30) * 24 * 3600);
        QCOMPARE(offer->ask.minStartLead, quint64(30) * 60);
        QCOMPARE(offer->ask.maxStartLead, quint64(2) * 24 * 3600);
        QCOMPARE(offer->ask.validUntil, Timestamp(0));
        QVERIFY(offer->rules.acceptDeals);
        QCOMPARE(offer->rules.allowedClients,
                 (QSet<Address>{address(kClient), address(kOtherClient)}));
        QCOMPARE(
            offer->rules.deniedClients,
            (QSet<Address>{address(QStringLiteral("0x") + QStringLiteral("11").repeated(20))}));
        QCOMPARE(offer->rules.maxTransfersPerClient, 5);

        // The hint under the price says what it amounts to per TiB per month
        // (2^40 × 2,592,000 × 10^9 base units).
        const QString hint = child<QLabel>(box, QStringLiteral("dealsPriceHint"))->text();
        QVERIFY2(hint.contains(QStringLiteral("per byte per second")), qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("2,849,934,139 TST per TiB per month")),
                 qPrintable(hint));
    }
};

QTEST_MAIN(TestDealSettingsBox)
#include "tst_dealsettingsbox.moc"
