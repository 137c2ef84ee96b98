// core/settings/NetworkProfile: the built-in profiles say honestly which can be used, each field of
// a custom profile is checked with its own message, a checked profile round trips through the
// settings, and every network's books get their own subdirectory.
#include "core/settings/NetworkProfile.h"
#include "core/settings/Settings.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

// A profile every check accepts (anvil's first deployment address, in checksum case).
NetworkProfile goodProfile() {
    NetworkProfile profile;
    profile.name = QStringLiteral("My chain");
    profile.rpcUrl = QStringLiteral("http://127.0.0.1:8545");
    profile.chainId = QStringLiteral("31337");
    profile.marketplace = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    profile.startBlock = QStringLiteral("12");
    profile.confirmations = QStringLiteral("2");
    profile.dataSourceUrl = QStringLiteral("http://127.0.0.1:8080/api/codex/v1");
    return profile;
}

QList<NetworkProfile::Field> fieldsOf(const QList<NetworkProfile::FieldError>& errors) {
    QList<NetworkProfile::Field> fields;
    for (const auto& error : errors) {
        if (error.message.isEmpty())
            qFatal("a field error without a message");
        fields.append(error.field);
    }
    return fields;
}

} // namespace

class TestNetworkProfile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void builtInProfilesSayWhichCanBeUsed() {
        const QList<NetworkProfile> profiles = NetworkProfile::builtIn();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).id, QString::fromLatin1(NetworkProfile::kLocalChainId));
        QVERIFY(profiles.at(0).usable);
        QVERIFY(profiles.at(0).name.contains(QStringLiteral("anvil")));
        const NetworkProfile& testnet = profiles.at(1);
        QCOMPARE(testnet.id, QString::fromLatin1(NetworkProfile::kCodexTestnetId));
        QVERIFY(!testnet.usable);
        QVERIFY(testnet.name.contains(QStringLiteral("789987")));
        QVERIFY(testnet.reason.contains(QStringLiteral("offline")));
        // Not usable means refused, whatever its fields say.
        auto checked = testnet.check();
        QVERIFY(!checked.ok());
        QCOMPARE(checked.message(), testnet.reason);
    }

    void aCompleteProfileIsChecked() {
        auto checked = goodProfile().check();
        SD_VERIFY_OK(checked);
        QCOMPARE(checked->name, QStringLiteral("My chain"));
        QCOMPARE(checked->rpcUrl, QUrl(QStringLiteral("http://127.0.0.1:8545")));
        QCOMPARE(checked->chainId, quint64(31337));
        QCOMPARE(checked->marketplace.toHex(),
                 QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
        QCOMPARE(checked->startBlock, quint64(12));
        QCOMPARE(checked->confirmations, quint64(2));
        QCOMPARE(checked->dataSourceUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(goodProfile().errors().isEmpty());
    }

    void everyWrongFieldIsNamed() {
        NetworkProfile profile;
        profile.name = QStringLiteral("  ");
        profile.rpcUrl = QStringLiteral("ftp://example.org");
        profile.chainId = QStringLiteral("0");
        profile.marketplace = QStringLiteral("0x1234");
        profile.startBlock = QStringLiteral("-1");
        profile.confirmations = QStringLiteral("many");
        profile.dataSourceUrl = QStringLiteral("not a url");
        using F = NetworkProfile::Field;
        QCOMPARE(fieldsOf(profile.errors()),
                 (QList<F>{F::Name, F::RpcUrl, F::ChainId, F::Marketplace, F::StartBlock,
                           F::Confirmations, F::DataSource}));
        auto checked = profile.check();
        QVERIFY(!checked.ok());
        QCOMPARE(checked.message(), NetworkProfile::nameError(profile.name));
    }

    void urlsNeedTheirSchemeAndAHost_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("rpcOk");
        QTest::addColumn<bool>("dataOk");
        QTest::newRow("http") << "http://127.0.0.1:8545" << true << true;
        QTest::newRow("https") << "https://rpc.example.org/v1" << true << true;
        // The node is spoken to over HTTP: a WebSocket URL is refused with its own message.
        QTest::newRow("ws") << "ws://127.0.0.1:8546" << false << false;
        QTest::newRow("wss") << "wss://rpc.example.org" << false << false;
        QTest::newRow("no scheme") << "127.0.0.1:8545" << false << false;
        QTest::newRow("no host") << "http://" << false << false;
        QTest::newRow("ftp") << "ftp://example.org" << false << false;
        QTest::newRow("empty") << "" << false << true; // the data source is optional
    }
    void urlsNeedTheirSchemeAndAHost() {
        QFETCH(QString, url);
        QFETCH(bool, rpcOk);
        QFETCH(bool, dataOk);
        QCOMPARE(NetworkProfile::rpcUrlError(url).isEmpty(), rpcOk);
        QCOMPARE(NetworkProfile::dataSourceUrlError(url).isEmpty(), dataOk);
    }

    void aWebSocketRpcUrlIsExplained() {
        QVERIFY(NetworkProfile::rpcUrlError(QStringLiteral("ws://127.0.0.1:8546"))
                    .contains(QStringLiteral("WebSocket")));
        QVERIFY(!NetworkProfile::rpcUrlError(QStringLiteral("ftp://x.org"))
                     .contains(QStringLiteral("WebSocket")));
    }

    void addressesAreCheckedWithTheirChecksum_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("ok");
        QTest::newRow("checksum") << "0x5FbDB2315678afecb367f032d93F642f64180aa3" << true;
        QTest::newRow("lower case") << "0x5fbdb2315678afecb367f032d93f642f64180aa3" << true;
        QTest::newRow("wrong checksum") << "0x5FbDB2315678afecb367f032d93F642f64180aA3" << false;
        QTest::newRow("short") << "0x5FbDB2315678afecb367f032d93F642f64180a" << false;
        QTest::newRow("no 0x") << "5fbdb2315678afecb367f032d93f642f64180aa3" << false;
        QTest::newRow("empty") << "" << false;
    }
    void addressesAreCheckedWithTheirChecksum() {
        QFETCH(QString, address);
        QFETCH(bool, ok);
        QCOMPARE(NetworkProfile::marketplaceError(address).isEmpty(), ok);
    }

    void numbersAreChecked_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("chainIdOk");
        QTest::addColumn<bool>("blockOk");
        QTest::addColumn<bool>("confirmationsOk");
        QTest::newRow("0") << "0" << false << true << true;
        QTest::newRow("1") << "1" << true << true << true;
        QTest::newRow("789987") << "789987" << true << true << false;
        QTest::newRow("2^53") << "9007199254740992" << false << true << false;
        QTest::newRow("negative") << "-5" << false << false << false;
        QTest::newRow("words") << "ten" << false << false << false;
        QTest::newRow("empty") << "" << false << false << false;
        QTest::newRow("spaces around") << " 42 " << true << true << true;
    }
    void numbersAreChecked() {
        QFETCH(QString, text);
        QFETCH(bool, chainIdOk);
        QFETCH(bool, blockOk);
        QFETCH(bool, confirmationsOk);
        QCOMPARE(NetworkProfile::chainIdError(text).isEmpty(), chainIdOk);
        QCOMPARE(NetworkProfile::startBlockError(text).isEmpty(), blockOk);
        QCOMPARE(NetworkProfile::confirmationsError(text).isEmpty(), confirmationsOk);
    }

    void roundTripsThroughTheSettings() {
        QVERIFY(m_dir.isValid());
        QSettings stored(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        goodProfile().store(stored);
        settings::market.set(stored, QStringLiteral("network"));
        stored.sync();
        QSettings reread(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        QCOMPARE(settings::market.value(reread), QStringLiteral("network"));
        const NetworkProfile back = NetworkProfile::stored(reread);
        QCOMPARE(back.name, goodProfile().name);
        QCOMPARE(back.rpcUrl, goodProfile().rpcUrl);
        QCOMPARE(back.chainId, goodProfile().chainId);
        QCOMPARE(back.marketplace, goodProfile().marketplace);
        QCOMPARE(back.startBlock, goodProfile().startBlock);
        QCOMPARE(back.confirmations, goodProfile().confirmations);
        QCOMPARE(back.dataSourceUrl, goodProfile().dataSourceUrl);
    }

    // A value edited by hand into something wrong reads as the default, never half-read.
    void aBrokenStoredValueReadsAsItsDefault() {
        QSettings stored(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        stored.setValue(QStringLiteral("network/chainId"), QStringLiteral("zero"));
        stored.setValue(QStringLiteral("network/rpcUrl"), QStringLiteral("gopher://x"));
        stored.setValue(QStringLiteral("market/kind"), QStringLiteral("mainnet"));
        QCOMPARE(settings::networkChainId.value(stored), QString());
        QCOMPARE(settings::networkRpcUrl.value(stored), QString());
        QCOMPARE(settings::market.value(stored), QStringLiteral("demo"));
        QVERIFY(NetworkProfile::stored(stored).check().message().contains(QStringLiteral("name")));
    }

    // A profile not yet stored waits for a few confirmations: a short reorg of a public chain
    // must not undo a fill the desk has acted on. One typed by hand keeps what was typed.
    void aNewProfileWaitsForConfirmations() {
        QSettings empty(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        QCOMPARE(NetworkProfile::stored(empty).confirmations, QStringLiteral("3"));
        QCOMPARE(NetworkProfile().confirmations, QStringLiteral("3"));
        NetworkProfile none = goodProfile();
        none.confirmations = QStringLiteral("0");
        none.store(empty);
        QCOMPARE(NetworkProfile::stored(empty).confirmations, QStringLiteral("0"));
    }

    void eachNetworkHasItsOwnSubdirectory() {
        auto first = goodProfile().check();
        SD_VERIFY_OK(first);
        QCOMPARE(first->dataSubdirectory(), QStringLiteral("network-31337-5fbdb231"));
        NetworkProfile other = goodProfile();
        other.chainId = QStringLiteral("31338");
        QCOMPARE(other.check()->dataSubdirectory(), QStringLiteral("network-31338-5fbdb231"));
        other = goodProfile();
        other.marketplace = QStringLiteral("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512");
        QCOMPARE(other.check()->dataSubdirectory(), QStringLiteral("network-31337-e7f1725e"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkProfile)
#include "tst_networkprofile.moc"
