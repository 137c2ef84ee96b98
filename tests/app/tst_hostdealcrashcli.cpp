// `salesdesk-cli host` taking a direct deal on a real chain, killed at every named point of the
// deal and started again each time on the same data directory: anvil (a block a second, so the
// chain's time is wall time, which the host's SystemClock reads) with our contracts and a
// 10-second proof period; the client (in this test) signs a proposal, sends it to the host's
// endpoint and pushes the data. The host process dies after it wrote pushed bytes and before it
// recorded them, after it recorded them and before it answered, after publishDeal was mined,
// after a proof was mined, after a settlement of the payment so far was mined and after
// closeExpired was mined; each restart carries on from its books and the chain. At the end the
// deal is expired in the books, the provider's escrow in the DirectDeals contract grew by exactly
// price × (end − activation) and the client's fell by as much, the collateral came back whole, no
// reservation is left and the availability is whole.

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealProposal.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "core/domain/CrashPoint.h"
#include "core/proofs/SlotFileReader.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/CliHost.h"
#include "tests/support/chain/CliWallet.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kPeriod = 10;
constexpr quint64 kDataSize = 2 * 65536 + 700;
const UInt256 kEscrow(1'000'000'000'000ULL);
const UInt256 kCollateral(100'000);
const QString kCli = QStringLiteral(SALESDESK_CLI);
constexpr int kRunMs = 150'000;

struct Answer {
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestHostDealCrashCli : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_passphrase;
    QString m_askFile;
    std::unique_ptr<CliHost> m_host;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_endpoint;

    Address host() { return m_chain.account(2); }
    Address client() { return m_chain.account(1); }
    Address deals() { return m_chain.chain().deployment()->directDeals; }

    QStringList arguments() {
        return m_host->arguments() + QStringList{QStringLiteral("--direct-deals"), deals().toHex(),
                                                 QStringLiteral("--deal-ask"), m_askFile};
    }

    // A run of the host (told to die at `crashAt` unless empty) whose endpoint is up.
    std::unique_ptr<QProcess> startHost(const QString& crashAt, QString& out) {
        static const QRegularExpression at(QStringLiteral("direct deals at (\\S+)"));
        return m_host->startServing(crashAt, arguments(), at, m_endpoint, out, kRunMs);
    }
    // `waitMs`: how long the run may take to get there (kRunMs when nothing must come first).
    bool diedAt(QProcess& process, const QString& point, const QString& out, int waitMs = kRunMs) {
        return m_host->diedAt(process, point, out, waitMs);
    }

    Answer http(const QByteArray& verb, const QString& path, const QByteArray& body = {}) {
        QNetworkRequest request(m_endpoint.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer answer;
        if (finished.wait(30'000)) {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        }
        reply->deleteLater();
        return answer;
    }
    Answer status(const Hash32& id) {
        return http("GET", QStringLiteral("/salesdesk/v1/deals/%1").arg(id.toHex()));
    }
    Answer push(const Hash32& id, quint64 offset, const QByteArray& bytes) {
        return http(
            "PUT",
            QStringLiteral("/salesdesk/v1/deals/%1/data?offset=%2").arg(id.toHex()).arg(offset),
            bytes);
    }

    bool escrow(const Address& account) {
        return m_session
                   ->sendTo(account, m_session->token(),
                            abi::encodeCall("approve(address,uint256)",
                                            {abi::address(deals()), abi::uint(kEscrow)}))
                   .ok() &&
               m_session->sendTo(account, deals(), DirectDealsContract::deposit(kEscrow)).ok();
    }
    QByteArray view(const QByteArray& data) {
        const QJsonObject call{{QStringLiteral("to"), deals().toHex()},
                               {QStringLiteral("data"), rpc::toData(data)}};
        const auto answer =
            m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
        return answer.ok() ? QByteArray::fromHex(answer->toString().mid(2).toLatin1())
                           : QByteArray();
    }
    UInt256 escrowOf(const Address& account) {
        return uint256::fromBigEndian(
                   view(abi::encodeCall("balanceOf(address)", {abi::address(account)})))
            .value();
    }

    // A query's first value on one of the host's databases, read-only, while no host runs.
    QVariant booksValue(const QString& sql,
                        const QString& file = QStringLiteral("salesdesk.sqlite")) {
        return m_host->booksValue(sql, file);
    }

private Q_SLOTS:
    void initTestCase() {
        LocalChain::Options options;
        options.anvil.blockTimeSeconds = 1;
        options.market.periodSeconds = kPeriod;
        options.market.proofTimeout = 5;
        QVERIFY2(m_chain.start(options), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY(m_dir.isValid());
        m_passphrase = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(m_passphrase, "host passphrase\n"));
        m_data = importedWallet(kCli, m_chain, m_dir.path(), 2, m_passphrase);
        QVERIFY(!m_data.isEmpty());
        m_host = std::make_unique<CliHost>(kCli, m_chain, m_data, m_passphrase, 4 * kDataSize);
        m_askFile = m_dir.filePath(QStringLiteral("ask.json"));
        QVERIFY(writeFile(m_askFile, QJsonDocument(CliHost::testDealAsk()).toJson()));
        QVERIFY(escrow(client()));
        QVERIFY(escrow(host()));
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    // A bad ask file is refused before anything runs, naming the field.
    void aBadAskIsRefused() {
        const QString bad = m_dir.filePath(QStringLiteral("bad-ask.json"));
        QVERIFY(writeFile(bad, R"({"pricePerBytePerSecond": "1"})"));
        QStringList args = arguments();
        args[args.indexOf(QStringLiteral("--deal-ask")) + 1] = bad;
        auto process = m_host->start(QString(), args);
        QString out, err;
        QVERIFY(m_host->waitForEnd(*process, out, err, 30'000));
        QCOMPARE(process->exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("minCollateralPerByte")), qPrintable(err));
    }

    void aDealSurvivesAKillAtEveryPoint() {
        const QByteArray data = [] {
            QByteArray bytes(kDataSize, '\0');
            for (quint64 i = 0; i < kDataSize; ++i)
                bytes[qsizetype(i)] = char((i * 7 + 3) % 253);
            return bytes;
        }();
        const QString dataPath = m_dir.filePath(QStringLiteral("client-data"));
        QVERIFY(writeFile(dataPath, data));
        const auto tree = proofs::SlotFileReader::buildTree(dataPath, kDataSize);
        SD_VERIFY_OK(tree);
        const auto clientKey = PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey);
        SD_VERIFY_OK(clientKey);

        // 1. The proposal is taken; the first pushed bytes are written, then the host dies.
        QString out;
        auto run = startHost(QStringLiteral("deal.receive.afterWrite"), out);
        QVERIFY(run);
        DealProposal p;
        p.client = client();
        p.provider = host();
        p.dataRoot = tree->root();
        p.size = kDataSize;
        p.chunkCount = DealProposal::chunkCountOf(kDataSize);
        // Time for three restarts (each unlocks the wallet) and the publication, which must be
        // mined a minute before the start.
        p.start = m_session->now() + 150;
        p.end = p.start + 5 * kPeriod;
        p.pricePerSecond = UInt256(kDataSize); // 1 a byte a second: the offer's least
        p.providerCollateral = kCollateral;
        p.salt = UInt256(m_session->now());
        const Eip712Domain domain = DealProposal::domain(m_chain.chain().chainId(), deals());
        const Hash32 id = p.digest(domain);
        const QJsonObject proposal{
            {QStringLiteral("proposal"), p.toJson()},
            {QStringLiteral("signature"),
             QString(QStringLiteral("0x") +
                     QString::fromLatin1(signatureBytes(p.sign(*clientKey, domain)).toHex()))}};
        const Answer accepted = http("POST", QStringLiteral("/salesdesk/v1/deals"),
                                     QJsonDocument(proposal).toJson(QJsonDocument::Compact));
        QCOMPARE(accepted.status, 201);
        const quint64 half = kDataSize / 2;
        push(id, 0, data.left(qsizetype(half))); // no answer: the host dies
        QVERIFY(diedAt(*run, QStringLiteral("deal.receive.afterWrite"), out));

        // 2. Nothing of it was recorded; the push again is recorded, then the host dies.
        run = startHost(QStringLiteral("deal.receive.afterRecord"), out);
        QVERIFY(run);
        Answer seen = status(id);
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.body.value(QStringLiteral("bytesReceived")).toString(), QStringLiteral("0"));
        push(id, 0, data.left(qsizetype(half)));
        QVERIFY(diedAt(*run, QStringLiteral("deal.receive.afterRecord"), out));

        // 3. The first half is there; the rest goes in, the deal is verified and published,
        //    then the host dies before booking it.
        run = startHost(QStringLiteral("deal.publish.afterMarket"), out);
        QVERIFY(run);
        seen = status(id);
        QCOMPARE(seen.body.value(QStringLiteral("bytesReceived")).toString(),
                 QString::number(half));
        QCOMPARE(push(id, 0, data.left(10)).status, 409);
        const Answer rest = push(id, half, data.mid(qsizetype(half)));
        QCOMPARE(rest.status, 200);
        QCOMPARE(rest.body.value(QStringLiteral("state")).toString(), QStringLiteral("verifying"));
        QVERIFY(diedAt(*run, QStringLiteral("deal.publish.afterMarket"), out));
        QCOMPARE(booksValue(QStringLiteral("SELECT state FROM deals")).toString(),
                 QStringLiteral("publishing"));

        // 4. The publication found mined (not sent again); the activating proof, then death.
        run = startHost(QStringLiteral("deal.proof.afterSubmit"), out);
        QVERIFY(run);
        // The activating proof comes at the start, however quickly the runs before went: the
        // wait counts from there.
        const qint64 untilStart = qint64(p.start) - qint64(m_session->now());
        QVERIFY(diedAt(*run, QStringLiteral("deal.proof.afterSubmit"), out,
                       kRunMs + int(std::max<qint64>(0, untilStart)) * 1000));
        // 5. Proofs each period, and once two periods' time is unpaid (a quarter of the five),
        //    a settlement of the payment so far, mined, then death before it is booked.
        run = startHost(QStringLiteral("deal.settle.afterMarket"), out);
        QVERIFY(run);
        QVERIFY(diedAt(*run, QStringLiteral("deal.settle.afterMarket"), out));
        // 6. Proofs each period until the end, then closeExpired, then death.
        run = startHost(QStringLiteral("deal.close.afterMarket"), out);
        QVERIFY(run);
        QVERIFY(diedAt(*run, QStringLiteral("deal.close.afterMarket"), out));
        // 7. The last run books the close and stops when asked.
        run = startHost(QString(), out);
        QVERIFY(run);
        QVERIFY(m_host->readUntil(
            *run, out,
            [&](const QString& text) {
                return text.contains(QStringLiteral("deal %1: expired").arg(id.toHex()));
            },
            kRunMs));
        QVERIFY(m_host->terminate(*run, out));

        // The books equal the chain.
        const QByteArray view = this->view(abi::encodeCall("deal(bytes32)", {abi::bytes32(id)}));
        QVERIFY(view.size() >= 32 * 16);
        // DealView: the proposal's ten words, then state, activatedAt, paidUntil, paid, …
        const quint64 state =
            uint256::fromBigEndian(view.mid(32 * 10, 32)).value().convert_to<quint64>();
        const quint64 activatedAt =
            uint256::fromBigEndian(view.mid(32 * 11, 32)).value().convert_to<quint64>();
        const UInt256 paid = uint256::fromBigEndian(view.mid(32 * 13, 32)).value();
        QCOMPARE(state, quint64(DirectDealsContract::State::Expired));
        QVERIFY(activatedAt >= p.start && activatedAt < p.start + kPeriod);
        const UInt256 earned = p.pricePerSecond * UInt256(p.end - activatedAt);
        QCOMPARE(paid, earned);
        QCOMPARE(escrowOf(host()), kEscrow + earned);
        QCOMPARE(escrowOf(client()), kEscrow - earned);
        QCOMPARE(booksValue(QStringLiteral("SELECT state FROM deals")).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(booksValue(QStringLiteral("SELECT bytes_received FROM deals")).toULongLong(),
                 kDataSize);
        QCOMPARE(booksValue(QStringLiteral("SELECT count(*) FROM reservations")).toInt(), 0);
        QCOMPARE(booksValue(QStringLiteral("SELECT total_size - free_size FROM availabilities"))
                     .toULongLong(),
                 quint64(0));
        // Published once, closed once through the kills: one intent each in the chain books.
        QCOMPARE(booksValue(QStringLiteral("SELECT count(*) FROM chain_transactions WHERE "
                                           "intent_key LIKE 'deal-publish:%'"),
                            QStringLiteral("chain.sqlite"))
                     .toInt(),
                 1);
        QCOMPARE(booksValue(QStringLiteral("SELECT count(*) FROM chain_transactions WHERE "
                                           "intent_key LIKE 'deal-close:%'"),
                            QStringLiteral("chain.sqlite"))
                     .toInt(),
                 1);
        // Paid as it ran: at least one settlement before the close, each booked once; the
        // newest paid total the books hold is the whole payment.
        QVERIFY(booksValue(QStringLiteral("SELECT count(*) FROM chain_transactions WHERE "
                                          "intent_key LIKE 'deal-settle:%'"),
                           QStringLiteral("chain.sqlite"))
                    .toInt() >= 1);
        QVERIFY(booksValue(QStringLiteral("SELECT count(*) FROM deal_payments")).toInt() >= 2);
        QCOMPARE(
            uint256::fromBigEndian(
                booksValue(QStringLiteral("SELECT max(paid) FROM deal_payments")).toByteArray())
                .value(),
            earned);
        QCOMPARE(m_host->kills(), 6);
    }
};

QTEST_GUILESS_MAIN(TestHostDealCrashCli)
#include "tst_hostdealcrashcli.moc"
