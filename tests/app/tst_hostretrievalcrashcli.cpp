// `salesdesk-cli host` serving a paid retrieval on a real chain, killed at every named point of
// the retrieval and started again each time on the same data directory: anvil (a block a second,
// so the chain's time is wall time, which the host's SystemClock reads) with our contracts; a
// request of one slot that the host fills, then this test as the retrieval's client: it opens a
// payment channel to the host, starts a retrieval of the slot and fetches it chunk by chunk, each
// paid with a cumulative voucher. The host dies after it accepted a voucher and before it
// answered, after it recorded a chunk as sent and before the bytes went out, and after the claim
// of the channel's best voucher (the client asked to close) was mined; each restart answers the
// same retrieval from its books. At the end the client holds the slot's bytes, the host's books
// hold the last voucher the client signed as the channel's best and as claimed, a voucher
// replayed after a restart paid nothing, the channel on chain was claimed exactly that once and
// the host's token balance rose by exactly as much: the price of every byte, each paid once.

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/retrieval/RetrievalServer.h"
#include "core/chain/retrieval/RetrievalTerms.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "core/domain/CrashPoint.h"
#include "core/domain/Slot.h"
#include "core/proofs/SlotDataGenerator.h"
#include "tests/support/FolderSnapshot.h"
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

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kPeriod = 10;
constexpr quint64 kSlotSize = 2 * 65536 + 500;
// Long enough that the request neither ends nor pays out while the test runs: the host's token
// balance then moves only by the claim.
constexpr quint64 kDuration = 3600;
constexpr quint64 kExpiry = 120;
// Chunks of 16 KiB, 32 KiB, 48 KiB and the rest (33,204 bytes), at 3 base units a byte.
constexpr quint64 kInterval = 16 * 1024;
const UInt256 kPricePerByte(3);
const UInt256 kChannelDeposit(1'000'000'000);
const QString kCli = QStringLiteral(SALESDESK_CLI);
// A bound on any one run, not a delay: the first waits for the slot's fill.
constexpr int kRunMs = 150'000;

struct Answer {
    int status = 0;
    QByteArray bytes;
    QJsonObject body;
};

} // namespace

class TestHostRetrievalCrashCli : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_passphrase;
    QString m_termsFile;
    std::unique_ptr<CliHost> m_host;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_endpoint;

    Address host() { return m_chain.account(2); }
    Address client() { return m_chain.account(1); }
    Address channels() { return m_chain.chain().deployment()->retrievalChannels; }

    QStringList arguments() {
        return m_host->arguments() + QStringList{QStringLiteral("--retrieval-channels"),
                                                 channels().toHex(),
                                                 QStringLiteral("--retrieval-terms"), m_termsFile};
    }

    // A run of the host (told to die at `crashAt` unless empty) whose endpoint is up.
    std::unique_ptr<QProcess> startHost(const QString& crashAt, QString& out) {
        static const QRegularExpression at(QStringLiteral("paid retrieval at (\\S+)"));
        return m_host->startServing(crashAt, arguments(), at, m_endpoint, out, kRunMs);
    }
    bool diedAt(QProcess& process, const QString& point, const QString& out) {
        return m_host->diedAt(process, point, out, kRunMs);
    }

    Answer http(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                const QByteArray& voucher = {}) {
        QNetworkRequest request(m_endpoint.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!voucher.isEmpty())
            request.setRawHeader(RetrievalServer::kVoucherHeader, voucher);
        QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer answer;
        if (finished.wait(30'000)) {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.bytes = reply->readAll();
            answer.body = QJsonDocument::fromJson(answer.bytes).object();
        }
        reply->deleteLater();
        return answer;
    }
    QString retrievalPath(const QString& id, const QString& rest = {}) {
        return QStringLiteral("/salesdesk/v1/retrievals/%1%2").arg(id, rest);
    }
    Answer status(const QString& id) { return http("GET", retrievalPath(id)); }
    // Chunk `index`, with a voucher in its header unless none is given.
    Answer chunk(const QString& id, quint64 index, const Voucher* voucher = nullptr) {
        return http("GET", retrievalPath(id, QStringLiteral("/chunks/%1").arg(index)), {},
                    voucher ? RetrievalServer::voucherHeaderValue(*voucher) : QByteArray());
    }
    Answer pay(const QString& id, const Voucher& voucher) {
        const QJsonObject body{
            {QStringLiteral("cumulativeAmount"), uint256::toDecimal(voucher.cumulativeAmount)},
            {QStringLiteral("signature"),
             QString(QStringLiteral("0x") +
                     QString::fromLatin1(voucher.signatureBytes().toHex()))}};
        return http("POST", retrievalPath(id, QStringLiteral("/vouchers")),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    bool send(const Address& from, const Address& to, const QByteArray& data) {
        const auto sent = m_session->sendTo(from, to, data);
        if (!sent.ok())
            qWarning("%s", qPrintable(MarketplaceSession::failure(sent)));
        return sent.ok();
    }
    QByteArray view(const Address& to, const QByteArray& data, const Address& from) {
        const QJsonObject call{{QStringLiteral("from"), from.toHex()},
                               {QStringLiteral("to"), to.toHex()},
                               {QStringLiteral("data"), rpc::toData(data)}};
        const auto answer =
            m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
        return answer.ok() ? QByteArray::fromHex(answer->toString().mid(2).toLatin1())
                           : QByteArray();
    }
    // What the channels contract says was claimed on `id` (Channel: payer, payee, deposit,
    // claimed, closesAt, finalized).
    UInt256 claimedOnChain(const Hash32& id) {
        const QByteArray channel =
            view(channels(), abi::encodeCall("channel(bytes32)", {abi::bytes32(id)}), client());
        return channel.size() >= 128 ? uint256::fromBigEndian(channel.mid(96, 32)).value()
                                     : UInt256(0);
    }

    // A query's first value on one of the host's databases, read-only, while no host runs.
    QVariant booksValue(const QString& sql, const QString& file = QStringLiteral("chain.sqlite")) {
        return m_host->booksValue(sql, file);
    }
    // An amount the books keep as 32 bytes, big-endian.
    UInt256 booksAmount(const QString& sql) {
        const auto amount = uint256::fromBigEndian(booksValue(sql).toByteArray());
        return amount.ok() ? *amount : UInt256(~0ULL);
    }

private Q_SLOTS:
    void initTestCase() {
        LocalChain::Options options;
        options.anvil.blockTimeSeconds = 1;
        options.market.periodSeconds = kPeriod;
        options.market.proofTimeout = 5;
        QVERIFY2(m_chain.start(options), qPrintable(m_chain.error()));
        QVERIFY(!channels().isZero());
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY(m_dir.isValid());
        m_passphrase = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(m_passphrase, "host passphrase\n"));
        m_data = importedWallet(kCli, m_chain, m_dir.path(), 2, m_passphrase);
        QVERIFY(!m_data.isEmpty());
        m_host = std::make_unique<CliHost>(kCli, m_chain, m_data, m_passphrase, 4 * kSlotSize);
        m_termsFile = m_dir.filePath(QStringLiteral("terms.json"));
        const QJsonObject terms{{QStringLiteral("pricePerByte"), uint256::toDecimal(kPricePerByte)},
                                {QStringLiteral("paymentInterval"), qint64(kInterval)},
                                {QStringLiteral("paymentIntervalIncrease"), qint64(kInterval)}};
        QVERIFY(writeFile(m_termsFile, QJsonDocument(terms).toJson()));
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    // Bad retrieval options are refused before anything runs, naming what is wrong.
    void badRetrievalOptionsAreRefused_data() {
        QTest::addColumn<QString>("terms");
        QTest::addColumn<QStringList>("replace"); // option, value; value empty: drop the option
        QTest::addColumn<QString>("message");
        QTest::newRow("no price") << R"({"paymentInterval": 1024})" << QStringList()
                                  << "pricePerByte";
        QTest::newRow("zero interval") << R"({"pricePerByte": "1", "paymentInterval": 0})"
                                       << QStringList() << "payment interval";
        QTest::newRow("not JSON") << "{" << QStringList() << "--retrieval-terms";
        QTest::newRow("no terms") << QString()
                                  << QStringList{QStringLiteral("--retrieval-terms"), QString()}
                                  << "--retrieval-terms";
        QTest::newRow("bad address")
            << QString()
            << QStringList{QStringLiteral("--retrieval-channels"), QStringLiteral("0x12")}
            << "--retrieval-channels";
        QTest::newRow("bad threshold")
            << QString() << QStringList{QStringLiteral("--claim-threshold"), QStringLiteral("-1")}
            << "--claim-threshold";
    }
    void badRetrievalOptionsAreRefused() {
        QFETCH(QString, terms);
        QFETCH(QStringList, replace);
        QFETCH(QString, message);
        QStringList args = arguments();
        if (!terms.isEmpty()) {
            const QString bad = m_dir.filePath(QStringLiteral("bad-terms.json"));
            QVERIFY(writeFile(bad, terms.toUtf8()));
            args[args.indexOf(QStringLiteral("--retrieval-terms")) + 1] = bad;
        }
        if (!replace.isEmpty()) {
            const qsizetype at = args.indexOf(replace[0]);
            if (at < 0)
                args << replace[0] << replace[1];
            else if (replace[1].isEmpty())
                args.remove(at, 2);
            else
                args[at + 1] = replace[1];
        }
        auto process = m_host->start(QString(), args);
        QString out, err;
        QVERIFY(m_host->waitForEnd(*process, out, err, 30'000));
        QCOMPARE(process->exitCode(), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(!out.contains(QStringLiteral("selling")), qPrintable(out));
    }

    void aRetrievalSurvivesAKillAtEveryPoint() {
        // The slot the host will hold, and its bytes as the generator makes them.
        const StorageRequest request =
            MarketplaceSession::makeRequest(m_chain.account(4), 1, kSlotSize, kDuration, kExpiry);
        const proofs::SlotDataGenerator generator(proofs::SlotDataGenerator::datasetKey(request), 0,
                                                  kSlotSize);
        const QByteArray slotBytes = generator.blocks(0, generator.blockCount());
        QCOMPARE(quint64(slotBytes.size()), kSlotSize);
        const SlotId slot = slotIdOf(request.id(), 0);
        RetrievalTerms terms;
        terms.pricePerByte = kPricePerByte;
        terms.paymentInterval = kInterval;
        terms.paymentIntervalIncrease = kInterval;
        QCOMPARE(terms.chunkCount(kSlotSize), quint64(4));

        // The client's channel to the host, open before the host's first run: its follower
        // finds it from the deployment's block on. Its id is what open() answers once the
        // deposit is approved.
        QVERIFY(send(client(), m_session->token(),
                     abi::encodeCall("approve(address,uint256)",
                                     {abi::address(channels()), abi::uint(kChannelDeposit)})));
        const QByteArray open = abi::encodeCall("open(address,uint256)",
                                                {abi::address(host()), abi::uint(kChannelDeposit)});
        const QByteArray opened = view(channels(), open, client());
        QCOMPARE(opened.size(), 32);
        const Hash32 channelId = Hash32::fromBytes(opened);
        QVERIFY(send(client(), channels(), open));
        const auto payer = PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey);
        SD_VERIFY_OK(payer);
        const Eip712Domain domain = Voucher::domain(m_chain.chain().chainId(), channels());
        // The voucher that pays every byte before chunk k (k = 4: the whole slot).
        const auto voucherBefore = [&](quint64 k) {
            return Voucher::sign(*payer, domain, channelId, *terms.paidBeforeChunk(k, kSlotSize));
        };
        const auto chunkBytes = [&](quint64 k) {
            const quint64 begin = terms.chunkBegin(k, kSlotSize);
            return slotBytes.mid(qsizetype(begin), qsizetype(terms.chunkEnd(k, kSlotSize) - begin));
        };
        const auto posted = m_session->post(request);
        QVERIFY2(posted.ok(), qPrintable(MarketplaceSession::failure(posted)));

        // 1. The host fills the slot; the retrieval starts, its free first chunk comes, then
        //    chunk 1 is asked for with the voucher that pays chunk 0: the host accepts it,
        //    commits it and dies before answering.
        QString out;
        auto run = startHost(QStringLiteral("retrieval.pay.afterAccept"), out);
        QVERIFY(run);
        QVERIFY2(
            m_host->readUntil(
                *run, out,
                [](const QString& text) { return text.contains(QStringLiteral("-> SaleFilled")); },
                kRunMs),
            qPrintable(out));
        Answer started;
        // 404 until the host's follower has read the channel's opening.
        const bool answered = QTest::qWaitFor(
            [&] {
                started = http(
                    "POST", QStringLiteral("/salesdesk/v1/retrievals"),
                    QJsonDocument(QJsonObject{{QStringLiteral("slotId"), slot.toHex()},
                                              {QStringLiteral("channelId"), channelId.toHex()}})
                        .toJson(QJsonDocument::Compact));
                return started.status != 404;
            },
            30'000);
        QVERIFY2(answered && started.status == 201, started.bytes.constData());
        QCOMPARE(started.status, 201);
        const QString id = started.body.value(QStringLiteral("id")).toString();
        QCOMPARE(started.body.value(QStringLiteral("size")).toString(), QString::number(kSlotSize));
        QCOMPARE(started.body.value(QStringLiteral("chunks")).toString(), QStringLiteral("4"));
        QByteArray received;
        Answer got = chunk(id, 0);
        QCOMPARE(got.status, 200);
        received += got.bytes;
        const Voucher v1 = voucherBefore(1);
        chunk(id, 1, &v1); // no answer: the host dies
        QVERIFY(diedAt(*run, QStringLiteral("retrieval.pay.afterAccept"), out));
        // The voucher is the channel's best and the retrieval is credited with it.
        QCOMPARE(booksAmount(QStringLiteral("SELECT best_amount FROM retrieval_channels")),
                 v1.cumulativeAmount);
        QCOMPARE(booksAmount(QStringLiteral("SELECT paid FROM retrievals")), v1.cumulativeAmount);
        QCOMPARE(booksValue(QStringLiteral("SELECT bytes_sent FROM retrievals")).toULongLong(),
                 kInterval);

        // 2. The same retrieval answers from where it was; the voucher sent again pays nothing;
        //    chunk 1, paid, is recorded as sent and the host dies before it goes out.
        run = startHost(QStringLiteral("retrieval.send.afterRecord"), out);
        QVERIFY(run);
        got = status(id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.value(QStringLiteral("paid")).toString(),
                 uint256::toDecimal(v1.cumulativeAmount));
        QCOMPARE(got.body.value(QStringLiteral("bytesSent")).toString(),
                 QString::number(kInterval));
        const Answer replayed = pay(id, v1);
        QCOMPARE(replayed.status, 402);
        got = status(id);
        QCOMPARE(got.body.value(QStringLiteral("paid")).toString(),
                 uint256::toDecimal(v1.cumulativeAmount));
        chunk(id, 1); // no answer: the host dies
        QVERIFY(diedAt(*run, QStringLiteral("retrieval.send.afterRecord"), out));
        QCOMPARE(booksValue(QStringLiteral("SELECT bytes_sent FROM retrievals")).toULongLong(),
                 terms.chunkEnd(1, kSlotSize));
        QCOMPARE(booksAmount(QStringLiteral("SELECT paid FROM retrievals")), v1.cumulativeAmount);

        // 3. Chunk 1 again (paid already: no voucher), the rest paid chunk by chunk, the last
        //    bytes paid; the client asks to close its channel, the host claims the best voucher
        //    and dies once the claim is mined.
        run = startHost(QStringLiteral("retrieval.claim.afterSubmit"), out);
        QVERIFY(run);
        got = chunk(id, 1);
        QCOMPARE(got.status, 200);
        received += got.bytes;
        QCOMPARE(status(id).body.value(QStringLiteral("bytesSent")).toString(),
                 QString::number(terms.chunkEnd(1, kSlotSize)));
        Voucher last = v1;
        for (quint64 k = 2; k < 4; ++k) {
            // Asked for unpaid: what it lacks is exactly the price of the bytes not yet paid.
            const Answer unpaid = chunk(id, k);
            QCOMPARE(unpaid.status, 402);
            last = voucherBefore(k);
            QCOMPARE(unpaid.body.value(QStringLiteral("voucherAtLeast")).toString(),
                     uint256::toDecimal(last.cumulativeAmount));
            got = chunk(id, k, &last);
            QCOMPARE(got.status, 200);
            received += got.bytes;
        }
        QCOMPARE(received, slotBytes);
        for (quint64 k = 0; k < 4; ++k)
            QCOMPARE(received.mid(
                         qsizetype(terms.chunkBegin(k, kSlotSize)),
                         qsizetype(terms.chunkEnd(k, kSlotSize) - terms.chunkBegin(k, kSlotSize))),
                     chunkBytes(k));
        last = voucherBefore(4);
        QCOMPARE(last.cumulativeAmount, kPricePerByte * UInt256(kSlotSize));
        got = pay(id, last);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(got.body.value(QStringLiteral("paid")).toString(),
                 uint256::toDecimal(last.cumulativeAmount));
        QCOMPARE(got.body.value(QStringLiteral("owed")).toString(), QStringLiteral("0"));
        const UInt256 balanceBefore = m_session->balanceOf(host());
        QVERIFY(send(client(), channels(),
                     abi::encodeCall("requestClose(bytes32)", {abi::bytes32(channelId)})));
        QVERIFY(diedAt(*run, QStringLiteral("retrieval.claim.afterSubmit"), out));
        QCOMPARE(claimedOnChain(channelId), last.cumulativeAmount);

        // 4. The last run books the claim and stops when asked.
        run = startHost(QString(), out);
        QVERIFY(run);
        const QString claimedLine = QStringLiteral("retrieval channel %1: deposit %2, claimed %3")
                                        .arg(channelId.toHex(), uint256::toDecimal(kChannelDeposit),
                                             uint256::toDecimal(last.cumulativeAmount));
        QVERIFY2(
            m_host->readUntil(
                *run, out, [&](const QString& text) { return text.contains(claimedLine); }, kRunMs),
            qPrintable(out));
        QVERIFY(m_host->terminate(*run, out));

        // The chain: claimed once, exactly the last voucher, and the host paid exactly that.
        QCOMPARE(claimedOnChain(channelId), last.cumulativeAmount);
        QCOMPARE(m_session->balanceOf(host()) - balanceBefore, last.cumulativeAmount);
        // The books: the best voucher is the last one the client signed, claimed; the retrieval
        // is complete, every byte sent and paid once.
        QCOMPARE(booksAmount(QStringLiteral("SELECT best_amount FROM retrieval_channels")),
                 last.cumulativeAmount);
        QCOMPARE(booksValue(QStringLiteral("SELECT best_signature FROM retrieval_channels"))
                     .toByteArray(),
                 last.signatureBytes());
        QCOMPARE(booksAmount(QStringLiteral("SELECT claimed FROM retrieval_channels")),
                 last.cumulativeAmount);
        QCOMPARE(booksValue(QStringLiteral("SELECT count(*) FROM retrieval_channels")).toInt(), 1);
        QCOMPARE(booksValue(QStringLiteral("SELECT state FROM retrievals")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(booksValue(QStringLiteral("SELECT bytes_sent FROM retrievals")).toULongLong(),
                 kSlotSize);
        QCOMPARE(booksAmount(QStringLiteral("SELECT paid FROM retrievals")),
                 kPricePerByte * UInt256(kSlotSize));
        QCOMPARE(booksValue(QStringLiteral("SELECT count(*) FROM retrievals")).toInt(), 1);
        // One claim intent through the kills.
        QCOMPARE(booksValue(QStringLiteral("SELECT count(*) FROM chain_transactions WHERE "
                                           "intent_key LIKE 'retrieval-claim:%'"))
                     .toInt(),
                 1);
        QCOMPARE(m_host->kills(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHostRetrievalCrashCli)
#include "tst_hostretrievalcrashcli.moc"
