// The contracts' artifacts embedded by salesdesk_contracts (contracts/CMakeLists.txt): compiled
// from contracts/*.sol at build time, read from the resources as a chain client will read them.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject artifact(const QString& name) {
    QFile file(QStringLiteral(":/salesdesk/contracts/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString selector(const QByteArray& signature) {
    return QString::fromLatin1(
        QCryptographicHash::hash(signature, QCryptographicHash::Keccak_256).left(4).toHex());
}

} // namespace

class TestContractArtifacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyDeployableContractIsEmbedded_data() {
        QTest::addColumn<QString>("name");
        for (const char* name :
             {"Marketplace", "ProofVerifier", "TestToken", "RetrievalChannels", "DirectDeals"})
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }
    void everyDeployableContractIsEmbedded() {
        QFETCH(QString, name);
        const QJsonObject json = artifact(name);
        QVERIFY2(!json.isEmpty(), "the artifact is not in the resources, or not JSON");
        QCOMPARE(json.value("contractName").toString(), name);
        QVERIFY(!json.value("abi").toArray().isEmpty());
        const QString bytecode = json.value("bytecode").toString();
        const QString deployed = json.value("deployedBytecode").toString();
        QVERIFY(bytecode.startsWith("0x") && bytecode.size() % 2 == 0 && bytecode.size() > 2);
        QVERIFY(deployed.startsWith("0x") && deployed.size() % 2 == 0 && deployed.size() > 2);
        const int size = json.value("deployedBytecodeSize").toInt();
        QCOMPARE(size, (deployed.size() - 2) / 2);
        QVERIFY2(size <= 24576, "deployed code past the EIP-170 limit");
        const QJsonObject compiler = json.value("compiler").toObject();
        QVERIFY(compiler.value("solc").toString().startsWith("0.8.28+"));
        QCOMPARE(compiler.value("evmVersion").toString(), QStringLiteral("paris"));
        QCOMPARE(compiler.value("optimizer").toObject().value("runs").toInt(), 1000);
    }
    // The selectors a chain client encodes: ours where the proof differs from Codex's, Codex's
    // elsewhere (docs/contracts.md); solc's table agrees with Qt's Keccak-256.
    void selectorsAreTheDocumentedOnes_data() {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("expected");
        QTest::addRow("fillSlot") << "fillSlot(bytes32,uint64,(bytes32,bytes32[],(bytes32[],"
                                     "bytes32[])))"
                                  << "94047446";
        QTest::addRow("submitProof") << "submitProof(bytes32,(bytes32[],bytes32[]))"
                                     << "76f93c35";
        QTest::addRow("reserveSlot") << "reserveSlot(bytes32,uint64)"
                                     << "12827602";
        QTest::addRow("freeSlot") << "freeSlot(bytes32)"
                                  << "a29c29a4";
        QTest::addRow("requestStorage")
            << "requestStorage((address,(uint256,uint256,uint256,uint64,uint64,uint64,uint64),"
               "(bytes,bytes32),uint64,bytes32))"
            << "99b6da0c";
    }
    void selectorsAreTheDocumentedOnes() {
        QFETCH(QString, signature);
        QFETCH(QString, expected);
        const QJsonObject ids = artifact("Marketplace").value("methodIdentifiers").toObject();
        QCOMPARE(ids.value(signature).toString(), expected);
        QCOMPARE(selector(signature.toLatin1()), expected);
    }
    void theMarketplaceHasTheCodexEventsAndErrors() {
        QStringList events;
        QStringList errors;
        for (const QJsonValue& item : artifact("Marketplace").value("abi").toArray()) {
            const QJsonObject entry = item.toObject();
            if (entry.value("type") == QLatin1String("event"))
                events << entry.value("name").toString();
            else if (entry.value("type") == QLatin1String("error"))
                errors << entry.value("name").toString();
        }
        for (const char* name :
             {"StorageRequested", "RequestFulfilled", "RequestCancelled", "RequestFailed",
              "SlotFilled", "SlotFreed", "SlotReservationsFull", "ProofSubmitted"})
            QVERIFY2(events.contains(QLatin1String(name)), name);
        QCOMPARE(events.size(), 8);
        QVERIFY(errors.contains("Marketplace_SlotNotFree"));
        QVERIFY(errors.contains("Proofs_InvalidProof"));
        QVERIFY(errors.contains("SlotReservations_ReservationNotAllowed"));
    }
};

QTEST_GUILESS_MAIN(TestContractArtifacts)
#include "tst_contractartifacts.moc"
