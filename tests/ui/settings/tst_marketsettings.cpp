// MarketSettingsBox (Settings → Market): choosing the network shows its fields, a wrong field is
// refused with its own message and nothing is stored, a good profile is stored for the next start,
// and "Test connection" answers in plain words against a local anvil started by the test: ok, the
// wrong chain, no Marketplace at the address, and a dead port that is not answering.
#include "core/chain/crypto/Eip55.h"
#include "core/settings/NetworkProfile.h"
#include "core/settings/Settings.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "ui/settings/MarketSettingsBox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestMarketSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    test::AnvilFixture m_chain;

    template <typename T> static T* child(QWidget& box, const QString& name) {
        auto* found = box.findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    // Types `text` into the field as a user would (clearing it first).
    static void type(QWidget& box, const QString& field, const QString& text) {
        auto* edit = child<QLineEdit>(box, field);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static QString errorOf(QWidget& box, const QString& field) {
        auto* label = child<QLabel>(box, field + QStringLiteral("Error"));
        return label->isVisibleTo(&box) ? label->text() : QString();
    }

    void fillGoodProfile(MarketSettingsBox& box) {
        child<QRadioButton>(box, QStringLiteral("marketNetwork"))->click();
        type(box, QStringLiteral("networkName"), QStringLiteral("Test anvil"));
        type(box, QStringLiteral("rpcUrl"), m_chain.rpcUrl().toString());
        type(box, QStringLiteral("chainId"), QString::number(m_chain.chain().chainId()));
        type(box, QStringLiteral("marketplace"),
             eip55::toChecksumHex(m_chain.chain().deployment()->marketplace));
        type(box, QStringLiteral("startBlock"),
             QString::number(m_chain.chain().deployment()->marketplaceBlock));
        type(box, QStringLiteral("confirmations"), QStringLiteral("1"));
    }

    // Clicks Test connection and waits for the answer: (ok, message).
    static std::pair<bool, QString> testConnection(MarketSettingsBox& box) {
        QSignalSpy tested(&box, &MarketSettingsBox::connectionTested);
        child<QPushButton>(box, QStringLiteral("testConnection"))->click();
        // A refusal before the node is asked answers at once, within the click.
        if ((tested.isEmpty() && !tested.wait(30'000)) || tested.size() != 1)
            return {false, QStringLiteral("no answer")};
        const QString shown = child<QLabel>(box, QStringLiteral("connectionResult"))->text();
        if (shown != tested.at(0).at(1).toString())
            return {false, QStringLiteral("the label shows something else: ") + shown};
        return {tested.at(0).at(0).toBool(), shown};
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_marketsettings"));
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
    }

    void init() { QSettings().clear(); }

    void showsTheStoredChoiceAndTheNetworkFieldsOnlyForANetwork() {
        settings::market.set(QStringLiteral("local-chain"));
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        QVERIFY(child<QRadioButton>(box, QStringLiteral("marketLocalChain"))->isChecked());
        QVERIFY(!child<QLineEdit>(box, QStringLiteral("rpcUrl"))->isVisible());
        child<QRadioButton>(box, QStringLiteral("marketNetwork"))->click();
        QVERIFY(child<QLineEdit>(box, QStringLiteral("rpcUrl"))->isVisible());
        QCOMPARE(box.chosenMarket(), QStringLiteral("network"));
        QVERIFY(child<QLabel>(box, QStringLiteral("marketNote"))
                    ->text()
                    .contains(QStringLiteral("next time")));
    }

    void theOfflineTestnetIsListedButCannotBeChosen() {
        MarketSettingsBox box(QStringLiteral("demo"));
        auto* profiles = child<QComboBox>(box, QStringLiteral("networkProfile"));
        const int testnet =
            profiles->findData(QString::fromLatin1(NetworkProfile::kCodexTestnetId));
        QVERIFY(testnet > 0);
        QVERIFY(profiles->itemText(testnet).contains(QStringLiteral("not usable")));
        auto* model = qobject_cast<QStandardItemModel*>(profiles->model());
        QVERIFY(model);
        QVERIFY(!model->item(testnet)->isEnabled());
        QVERIFY(model->item(0)->isEnabled());
    }

    void wrongFieldsAreRefusedWithTheirMessages() {
        settings::market.set(QStringLiteral("demo"));
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        fillGoodProfile(box);
        QCOMPARE(errorOf(box, QStringLiteral("rpcUrl")), QString());
        type(box, QStringLiteral("rpcUrl"), QStringLiteral("ftp://example.org"));
        QCOMPARE(errorOf(box, QStringLiteral("rpcUrl")),
                 NetworkProfile::rpcUrlError(QStringLiteral("ftp://example.org")));
        type(box, QStringLiteral("chainId"), QStringLiteral("0"));
        QVERIFY(!errorOf(box, QStringLiteral("chainId")).isEmpty());
        type(box, QStringLiteral("marketplace"),
             QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aA3")); // checksum broken
        QVERIFY(errorOf(box, QStringLiteral("marketplace")).contains(QStringLiteral("checksum")));
        QVERIFY(!box.save());
        QVERIFY(child<QLabel>(box, QStringLiteral("marketNote"))
                    ->text()
                    .contains(QStringLiteral("Not saved")));
        QCOMPARE(settings::market.value(), QStringLiteral("demo"));
        QCOMPARE(settings::networkRpcUrl.value(), QString());
        QVERIFY(!child<QPushButton>(box, QStringLiteral("restartNow"))->isVisibleTo(&box));
        // Corrected, the message goes.
        type(box, QStringLiteral("chainId"), QStringLiteral("31337"));
        QCOMPARE(errorOf(box, QStringLiteral("chainId")), QString());
    }

    void aGoodProfileIsStoredForTheNextStart() {
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        fillGoodProfile(box);
        QVERIFY(box.save());
        QCOMPARE(settings::market.value(), QStringLiteral("network"));
        QCOMPARE(settings::networkRpcUrl.value(), m_chain.rpcUrl().toString());
        QCOMPARE(settings::networkName.value(), QStringLiteral("Test anvil"));
        QCOMPARE(settings::networkConfirmations.value(), QStringLiteral("1"));
        QVERIFY(child<QPushButton>(box, QStringLiteral("restartNow"))->isVisible());
        QVERIFY(child<QLabel>(box, QStringLiteral("marketNote"))
                    ->text()
                    .contains(QStringLiteral("from the next start")));
        // A new box shows what was stored.
        MarketSettingsBox again(QStringLiteral("network"));
        QVERIFY(child<QRadioButton>(again, QStringLiteral("marketNetwork"))->isChecked());
        QCOMPARE(child<QLineEdit>(again, QStringLiteral("chainId"))->text(),
                 QString::number(m_chain.chain().chainId()));
    }

    void testConnectionFindsTheChainAndItsMarketplace() {
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        fillGoodProfile(box);
        const auto [ok, message] = testConnection(box);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Connected")), qPrintable(message));
        QVERIFY(child<QPushButton>(box, QStringLiteral("testConnection"))->isEnabled());
    }

    void testConnectionSaysTheChainIsAnotherOne() {
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        fillGoodProfile(box);
        type(box, QStringLiteral("chainId"), QStringLiteral("5"));
        const auto [ok, message] = testConnection(box);
        QVERIFY(!ok);
        QVERIFY2(message.contains(
                     QStringLiteral("serves chain %1, not chain 5").arg(m_chain.chain().chainId())),
                 qPrintable(message));
    }

    void testConnectionSaysNoMarketplaceIsThere() {
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        fillGoodProfile(box);
        type(box, QStringLiteral("marketplace"), m_chain.account(3).toHex());
        const auto [ok, message] = testConnection(box);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("no Codex Marketplace")), qPrintable(message));
    }

    void testConnectionSaysADeadPortIsNotAnswering() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        fillGoodProfile(box);
        type(box, QStringLiteral("rpcUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        const auto [ok, message] = testConnection(box);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("not answering")), qPrintable(message));
    }

    void wrongNodeFieldsAreNotSentToANode() {
        MarketSettingsBox box(QStringLiteral("demo"));
        box.show();
        fillGoodProfile(box);
        type(box, QStringLiteral("rpcUrl"), QStringLiteral("nonsense"));
        const auto [ok, message] = testConnection(box);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("first")), qPrintable(message));
        QVERIFY(!errorOf(box, QStringLiteral("rpcUrl")).isEmpty());
    }
};

QTEST_MAIN(TestMarketSettings)
#include "tst_marketsettings.moc"
