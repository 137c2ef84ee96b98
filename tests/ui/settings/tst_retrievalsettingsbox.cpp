// Settings → Paid retrieval: the defaults, a field checked as it is typed, a wrong field that
// keeps Save from storing anything, and the offer the GUI's main builds from what was saved.
#include "core/domain/TokenInfo.h"
#include "tests/support/TestSupport.h"
#include "ui/settings/RetrievalSettings.h"
#include "ui/settings/RetrievalSettingsBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

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

} // namespace

class TestRetrievalSettingsBox : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_retrievalsettingsbox"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
    void init() { QSettings().clear(); }

    // Nothing stored: off, on 127.0.0.1:8090, free, chunks of 1,024 KiB growing by 1,024 KiB,
    // claimed only on a close.
    void showsTheDefaults() {
        RetrievalSettingsBox box(TokenInfo::testStorageToken());
        box.show();
        QVERIFY(!child<QCheckBox>(box, QStringLiteral("retrievalEnabled"))->isChecked());
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("retrievalListenAddress"))->text(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("retrievalPort"))->value(), 8090);
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("retrievalPrice"))->text(),
                 QStringLiteral("0"));
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("retrievalFirstChunk"))->value(), 1024);
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("retrievalChunkGrowth"))->value(), 1024);
        QCOMPARE(child<QLineEdit>(box, QStringLiteral("retrievalClaimThreshold"))->text(),
                 QStringLiteral("0"));
        QVERIFY(child<QLabel>(box, QStringLiteral("retrievalNote"))
                    ->text()
                    .contains(QStringLiteral("next start")));
        const auto offer = RetrievalSettings::storedOffer(QSettings());
        SD_VERIFY_OK(offer);
        QCOMPARE(offer->port, quint16(8090));
        QCOMPARE(offer->terms.paymentInterval, quint64(1024 * 1024));
        QCOMPARE(offer->terms.pricePerByte, UInt256(0));
        QCOMPARE(child<QSpinBox>(box, QStringLiteral("retrievalMaxActivePerClient"))->value(), 4);
        QCOMPARE(offer->maxActivePerClient, 4);
    }

    // A price that is not a whole number shows its message under the field as it is typed, and
    // Save then stores nothing.
    void aWrongPriceIsShownAndNothingIsSaved() {
        RetrievalSettingsBox box(TokenInfo::testStorageToken());
        box.show();
        child<QCheckBox>(box, QStringLiteral("retrievalEnabled"))->setChecked(true);
        type(box, QStringLiteral("retrievalPrice"), QStringLiteral("1.5"));
        QLabel* problem = child<QLabel>(box, QStringLiteral("retrievalPriceError"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(QStringLiteral("Type a whole number")),
                 qPrintable(problem->text()));
        type(box, QStringLiteral("retrievalListenAddress"), QStringLiteral("localhost:80"));
        QVERIFY(child<QLabel>(box, QStringLiteral("retrievalListenAddressError"))->isVisible());
        QVERIFY(!box.save());
        QVERIFY(!RetrievalSettings::enabled.isStored(QSettings()));
        QVERIFY(!RetrievalSettings::pricePerByte.isStored(QSettings()));

        type(box, QStringLiteral("retrievalPrice"), QStringLiteral("3"));
        QVERIFY(!problem->isVisible());
    }

    // What was saved is what the next start offers.
    void savedValuesMakeTheOffer() {
        RetrievalSettingsBox box(TokenInfo::testStorageToken());
        box.show();
        child<QCheckBox>(box, QStringLiteral("retrievalEnabled"))->setChecked(true);
        type(box, QStringLiteral("retrievalListenAddress"), QStringLiteral("0.0.0.0"));
        child<QSpinBox>(box, QStringLiteral("retrievalPort"))->setValue(9123);
        type(box, QStringLiteral("retrievalPrice"), QStringLiteral("1000000000"));
        child<QSpinBox>(box, QStringLiteral("retrievalFirstChunk"))->setValue(64);
        child<QSpinBox>(box, QStringLiteral("retrievalChunkGrowth"))->setValue(0);
        type(box, QStringLiteral("retrievalClaimThreshold"), QStringLiteral("5000"));
        child<QSpinBox>(box, QStringLiteral("retrievalMaxActivePerClient"))->setValue(9);
        QVERIFY(box.save());

        const QSettings stored;
        QCOMPARE(stored.value(QStringLiteral("retrieval/enabled")).toBool(), true);
        QCOMPARE(stored.value(QStringLiteral("retrieval/pricePerByte")).toString(),
                 QStringLiteral("1000000000"));
        const auto offer = RetrievalSettings::storedOffer(stored);
        SD_VERIFY_OK(offer);
        QCOMPARE(offer->listenAddress.toString(), QStringLiteral("0.0.0.0"));
        QCOMPARE(offer->port, quint16(9123));
        QCOMPARE(offer->terms.pricePerByte, UInt256(1'000'000'000));
        QCOMPARE(offer->terms.paymentInterval, quint64(64 * 1024));
        QCOMPARE(offer->terms.paymentIntervalIncrease, quint64(0));
        QCOMPARE(offer->claimThreshold, UInt256(5000));
        QCOMPARE(offer->maxActivePerClient, 9);
        // A value stored out of bounds (by hand) reads as the default.
        QSettings().setValue(QStringLiteral("retrieval/maxActivePerClient"), 0);
        QCOMPARE(RetrievalSettings::storedOffer(QSettings())->maxActivePerClient, 4);
        // The hint under the price says what it amounts to per GiB (2^30 × 10^9 base units).
        QVERIFY2(child<QLabel>(box, QStringLiteral("retrievalPriceHint"))
                     ->text()
                     .contains(QStringLiteral("1.074 TST per GiB")),
                 qPrintable(child<QLabel>(box, QStringLiteral("retrievalPriceHint"))->text()));
    }
};

QTEST_MAIN(TestRetrievalSettingsBox)
#include "tst_retrievalsettingsbox.moc"
