// `salesdesk-cli client deal` and `client retrieve` as real processes against a real `salesdesk-cli
// host` on anvil with our contracts (a block a second, so the chain's time is wall time): the
// deal command fetches the host's signed ask, funds the client's DirectDeals escrow with exactly
// the payment, proposes the data of a file and pushes it; the host publishes the deal on chain.
// The retrieve command opens a payment channel to the host and retrieves the deal's data (kept as
// a slot named by the deal id) paid with vouchers adding up to its price, then retrieves it again
// on the same channel. An ask checked against another account, and bad options, are refused.

#include "core/chain/deals/DirectDealsContract.h"
#include "core/chain/retrieval/RetrievalTerms.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/CliHost.h"
#include "tests/support/chain/CliWallet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kDataSize = 2 * 65536 + 700;
constexpr quint64 kDuration = 600;
constexpr quint64 kInterval = 16 * 1024;
const UInt256 kPricePerByte(3);
const UInt256 kDeposit(1'000'000'000);
const QString kCli = QStringLiteral(SALESDESK_CLI);
constexpr int kRunMs = 60'000;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestClientDealCli : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    QTemporaryDir m_dir;
    QString m_passphrase;
    QString m_hostData;
    QString m_clientData;
    QString m_idleData; // a wallet that never sends: the bad options' runs
    QString m_askFile;
    QString m_termsFile;
    std::unique_ptr<CliHost> m_host;

    Address host() { return m_chain.account(2); }
    Address client() { return m_chain.account(1); }
    Address deals() { return m_chain.chain().deployment()->directDeals; }
    Address channels() { return m_chain.chain().deployment()->retrievalChannels; }

    // A client command run to its end, the event loop turning meanwhile (the host's output is
    // read as it comes).
    Run runClient(const QString& action, const QString& data, const QStringList& more) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(kCli, QStringList{QStringLiteral("client"), action, QStringLiteral("--rpc"),
                                        m_chain.rpcUrl().toString(), QStringLiteral("--data-dir"),
                                        data, QStringLiteral("--passphrase-file"), m_passphrase} +
                                more);
        Run run;
        if (!process.waitForStarted() ||
            !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, kRunMs)) {
            process.kill();
            process.waitForFinished();
        } else if (process.exitStatus() == QProcess::NormalExit) {
            run.exitCode = process.exitCode();
        }
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QByteArray view(const Address& to, const QByteArray& data) {
        const QJsonObject call{{QStringLiteral("to"), to.toHex()},
                               {QStringLiteral("data"), rpc::toData(data)}};
        const auto answer =
            m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
        return answer.ok() ? QByteArray::fromHex(answer->toString().mid(2).toLatin1())
                           : QByteArray();
    }
    UInt256 word(const QByteArray& answer, int index) {
        const auto value = uint256::fromBigEndian(answer.mid(index * 32, 32));
        return value.ok() ? *value : UInt256(~0ULL);
    }
    UInt256 escrowOf(const Address& account) {
        return word(view(deals(), abi::encodeCall("balanceOf(address)", {abi::address(account)})),
                    0);
    }

    QStringList providerArguments(const QUrl& endpoint, const Address& provider) {
        return {QStringLiteral("--provider"), endpoint.toString(),
                QStringLiteral("--provider-address"), provider.toHex()};
    }

private Q_SLOTS:
    void initTestCase() {
        LocalChain::Options options;
        options.anvil.blockTimeSeconds = 1;
        options.market.periodSeconds = 10;
        options.market.proofTimeout = 5;
        QVERIFY2(m_chain.start(options), qPrintable(m_chain.error()));
        QVERIFY(!deals().isZero());
        QVERIFY(!channels().isZero());
        QVERIFY(m_dir.isValid());
        m_passphrase = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(m_passphrase, "a passphrase\n"));
        m_hostData = importedWallet(kCli, m_chain, m_dir.path(), 2, m_passphrase);
        m_clientData = importedWallet(kCli, m_chain, m_dir.path(), 1, m_passphrase);
        QVERIFY(!m_hostData.isEmpty());
        QVERIFY(!m_clientData.isEmpty());
        m_idleData = importedWallet(kCli, m_chain, m_dir.path(), 3, m_passphrase);
        QVERIFY(!m_idleData.isEmpty());
        m_host = std::make_unique<CliHost>(kCli, m_chain, m_hostData, m_passphrase, 4 * kDataSize);
        m_askFile = m_dir.filePath(QStringLiteral("ask.json"));
        QVERIFY(writeFile(m_askFile, QJsonDocument(CliHost::testDealAsk()).toJson()));
        m_termsFile = m_dir.filePath(QStringLiteral("terms.json"));
        const QJsonObject terms{{QStringLiteral("pricePerByte"), uint256::toDecimal(kPricePerByte)},
                                {QStringLiteral("paymentInterval"), qint64(kInterval)},
                                {QStringLiteral("paymentIntervalIncrease"), qint64(kInterval)}};
        QVERIFY(writeFile(m_termsFile, QJsonDocument(terms).toJson()));
    }

    void aDealIsPublishedAndItsDataRetrievedAndPaid() {
        const QByteArray data = [] {
            QByteArray bytes(kDataSize, '\0');
            for (quint64 i = 0; i < kDataSize; ++i)
                bytes[qsizetype(i)] = char((i * 7 + 3) % 253);
            return bytes;
        }();
        const QString dataPath = m_dir.filePath(QStringLiteral("deal-data"));
        QVERIFY(writeFile(dataPath, data));

        QString out;
        auto run = m_host->start(
            QString(), m_host->arguments() +
                           QStringList{QStringLiteral("--direct-deals"), deals().toHex(),
                                       QStringLiteral("--deal-ask"), m_askFile,
                                       QStringLiteral("--retrieval-channels"), channels().toHex(),
                                       QStringLiteral("--retrieval-terms"), m_termsFile});
        static const QRegularExpression dealsAt(QStringLiteral("direct deals at (\\S+)"));
        static const QRegularExpression retrievalAt(QStringLiteral("paid retrieval at (\\S+)"));
        QVERIFY2(m_host->readUntil(
                     *run, out,
                     [](const QString& text) {
                         return dealsAt.match(text).hasMatch() &&
                                retrievalAt.match(text).hasMatch();
                     },
                     kRunMs),
                 qPrintable(out + QString::fromUtf8(run->readAllStandardError())));
        const QUrl dealEndpoint(dealsAt.match(out).captured(1));
        const QUrl retrievalEndpoint(retrievalAt.match(out).captured(1));

        const QStringList dealOptions{QStringLiteral("--deals"),    deals().toHex(),
                                      QStringLiteral("--file"),     dataPath,
                                      QStringLiteral("--duration"), QString::number(kDuration),
                                      QStringLiteral("--start-in"), QStringLiteral("120")};

        // An ask checked against another account than the one that signed it: refused, nothing
        // sent.
        const Run stranger =
            runClient(QStringLiteral("deal"), m_clientData,
                      providerArguments(dealEndpoint, m_chain.account(5)) + dealOptions);
        QCOMPARE(stranger.exitCode, 3);
        QVERIFY2(stranger.err.contains(QStringLiteral("not by the provider")),
                 qPrintable(stranger.err));
        QCOMPARE(escrowOf(client()), UInt256(0));

        // The deal: accepted, the client's escrow funded with exactly the payment, the data
        // taken.
        const Run dealt = runClient(QStringLiteral("deal"), m_clientData,
                                    providerArguments(dealEndpoint, host()) + dealOptions);
        QVERIFY2(dealt.exitCode == 0, qPrintable(dealt.out + dealt.err));
        const UInt256 payment = UInt256(kDataSize) * UInt256(kDuration); // 1 a byte a second
        QVERIFY2(dealt.out.contains(
                     QStringLiteral("Deposited %1 base units").arg(uint256::toDecimal(payment))),
                 qPrintable(dealt.out));
        const auto accepted =
            QRegularExpression(QStringLiteral("Deal (0x[0-9a-f]{64}) accepted")).match(dealt.out);
        QVERIFY2(accepted.hasMatch(), qPrintable(dealt.out));
        const Hash32 dealId = Hash32::fromHex(accepted.captured(1)).value();
        QVERIFY2(dealt.out.contains(QStringLiteral("%1 bytes sent").arg(kDataSize)),
                 qPrintable(dealt.out));

        // The host publishes it: on chain the deal is the client's, of the data's size,
        // Published, and the payment left the client's escrow for it.
        QVERIFY2(m_host->readUntil(
                     *run, out,
                     [&](const QString& text) {
                         return text.contains(
                             QStringLiteral("deal %1: awaiting-activation").arg(dealId.toHex()));
                     },
                     kRunMs),
                 qPrintable(out));
        const QByteArray onChain =
            view(deals(), abi::encodeCall("deal(bytes32)", {abi::bytes32(dealId)}));
        QVERIFY(onChain.size() >= 32 * 16);
        // DealView: the proposal's ten words (client, provider, root, size, …), then the state.
        QCOMPARE(onChain.mid(12, 20), client().toByteArray());
        QCOMPARE(word(onChain, 3), UInt256(kDataSize));
        QCOMPARE(word(onChain, 10), UInt256(int(DirectDealsContract::State::Published)));
        QCOMPARE(escrowOf(client()), UInt256(0));

        // The deal's data, retrieved over a new channel and paid chunk by chunk: a voucher per
        // chunk after the first and one for the rest, adding up to the price of every byte.
        RetrievalTerms terms;
        terms.pricePerByte = kPricePerByte;
        terms.paymentInterval = kInterval;
        terms.paymentIntervalIncrease = kInterval;
        const quint64 vouchers = terms.chunkCount(kDataSize);
        QCOMPARE(vouchers, quint64(4));
        const UInt256 price = kPricePerByte * UInt256(kDataSize);
        const QString outPath = m_dir.filePath(QStringLiteral("retrieved"));
        const QStringList retrieveOptions{QStringLiteral("--channels"), channels().toHex(),
                                          QStringLiteral("--slot"),     dealId.toHex(),
                                          QStringLiteral("--out"),      outPath};
        const Run retrieved =
            runClient(QStringLiteral("retrieve"), m_clientData,
                      providerArguments(retrievalEndpoint, host()) + retrieveOptions +
                          QStringList{QStringLiteral("--deposit"), uint256::toDecimal(kDeposit)});
        QVERIFY2(retrieved.exitCode == 0, qPrintable(retrieved.out + retrieved.err));
        QVERIFY2(retrieved.out.contains(QStringLiteral("Opened channel")),
                 qPrintable(retrieved.out));
        QVERIFY2(retrieved.out.contains(
                     QStringLiteral("Retrieved %1 bytes of slot %2 into %3: %4 vouchers paid %5 "
                                    "base units")
                         .arg(kDataSize)
                         .arg(dealId.toHex(), outPath)
                         .arg(vouchers)
                         .arg(uint256::toDecimal(price))),
                 qPrintable(retrieved.out));
        QFile written(outPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll() == data);
        written.close();

        // Again, on the same channel: its vouchers go on from the first retrieval's.
        QVERIFY(QFile::remove(outPath));
        const Run again = runClient(QStringLiteral("retrieve"), m_clientData,
                                    providerArguments(retrievalEndpoint, host()) + retrieveOptions);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("Reusing channel")), qPrintable(again.out));
        QVERIFY2(again.out.contains(
                     QStringLiteral("%1 vouchers paid %2 base units (channel "
                                    "%3 cumulative %4)")
                         .arg(vouchers)
                         .arg(uint256::toDecimal(price),
                              QRegularExpression(QStringLiteral("Opened channel (0x[0-9a-f]{64})"))
                                  .match(retrieved.out)
                                  .captured(1),
                              uint256::toDecimal(price * UInt256(2)))),
                 qPrintable(again.out));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll() == data);

        // The host's books: one channel, its best voucher both retrievals' price, two
        // retrievals completed.
        QVERIFY(m_host->terminate(*run, out));
        const auto best = uint256::fromBigEndian(
            m_host
                ->booksValue(QStringLiteral("SELECT best_amount FROM retrieval_channels"),
                             QStringLiteral("chain.sqlite"))
                .toByteArray());
        SD_VERIFY_OK(best);
        QCOMPARE(*best, price * UInt256(2));
        QCOMPARE(m_host
                     ->booksValue(QStringLiteral("SELECT count(*) FROM retrievals WHERE state = "
                                                 "'completed'"),
                                  QStringLiteral("chain.sqlite"))
                     .toInt(),
                 2);
    }

    // Bad options are refused with exit 2, naming the option, before anything is sent.
    void badOptionsAreRefused_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString endpoint = QStringLiteral("http://127.0.0.1:1");
        const QStringList provider{QStringLiteral("--provider"), endpoint,
                                   QStringLiteral("--provider-address"),
                                   m_chain.account(2).toHex()};
        const QStringList dealsAt{QStringLiteral("--deals"), deals().toHex()};
        const QStringList channelsAt{QStringLiteral("--channels"), channels().toHex()};
        const QString slot = Hash32::fromBytes(QByteArray(32, 0x11)).toHex();
        const QString out = m_dir.filePath(QStringLiteral("never"));
        QTest::newRow("deal without --deals")
            << "deal" << provider + QStringList{QStringLiteral("--generated-size"), "1000"}
            << "--deals";
        QTest::newRow("deal without --provider")
            << "deal"
            << dealsAt + QStringList{QStringLiteral("--provider-address"),
                                     m_chain.account(2).toHex(), QStringLiteral("--generated-size"),
                                     "1000"}
            << "--provider";
        QTest::newRow("deal with a bad provider address")
            << "deal" << dealsAt + QStringList{QStringLiteral("--provider"),         endpoint,
                                               QStringLiteral("--provider-address"), "0x12",
                                               QStringLiteral("--generated-size"),   "1000"}
            << "--provider-address";
        QTest::newRow("deal with a file and a size")
            << "deal"
            << provider + dealsAt +
                   QStringList{QStringLiteral("--file"), m_passphrase,
                               QStringLiteral("--generated-size"), "1000"}
            << "--file";
        QTest::newRow("deal of zero bytes")
            << "deal" << provider + dealsAt + QStringList{QStringLiteral("--generated-size"), "0"}
            << "--generated-size";
        QTest::newRow("deal with a bad price")
            << "deal"
            << provider + dealsAt +
                   QStringList{QStringLiteral("--generated-size"), "1000",
                               QStringLiteral("--price"), "1.5"}
            << "--price";
        QTest::newRow("retrieve with a bad slot")
            << "retrieve"
            << provider + channelsAt +
                   QStringList{QStringLiteral("--slot"), "0x12", QStringLiteral("--out"), out}
            << "--slot";
        QTest::newRow("retrieve without --out")
            << "retrieve" << provider + channelsAt + QStringList{QStringLiteral("--slot"), slot}
            << "--out";
        QTest::newRow("retrieve with a bad deposit")
            << "retrieve"
            << provider + channelsAt + QStringList{QStringLiteral("--slot"),    slot,
                                                   QStringLiteral("--out"),     out,
                                                   QStringLiteral("--deposit"), "lots"}
            << "--deposit";
    }
    void badOptionsAreRefused() {
        QFETCH(QString, action);
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run refused = runClient(action, m_idleData, arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(named), qPrintable(refused.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never"))));
        const auto nonce = m_chain.call(QStringLiteral("eth_getTransactionCount"),
                                        {m_chain.account(3).toHex(), QStringLiteral("latest")});
        QCOMPARE(rpc::parseJsonQuantityU64(nonce.value()).value(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestClientDealCli)
#include "tst_clientdealcli.moc"
