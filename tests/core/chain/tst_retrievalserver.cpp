// RetrievalServer and RetrievalClient over loopback: chunks that grow, each paid with a voucher
// before the next goes out; 402 for a client that stops paying (one chunk unpaid at most);
// vouchers replayed or forged refused; the limits; a provider restarted mid-retrieval resumes
// from its database; the terms signed by the payee, and a client that refuses terms not signed
// by its channel's payee (altered, unsigned, or another signer) or a retrieval started on others.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/retrieval/RetrievalClient.h"
#include "core/chain/retrieval/RetrievalServer.h"
#include "core/clock/VirtualClock.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/MemoryRetrievableData.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'800'000'000;

Address address(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

Hash32 hash(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestRetrievalServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_data = std::make_shared<test::MemoryRetrievableData>();
        m_data->add(slot(1), 300'000); // 100 K, 150 K, then the last 50 K
        m_data->add(slot(2), 250'000); // ends exactly on the second chunk's end
        m_clock = std::make_unique<VirtualClock>(kNow);
        openProvider();
        trackChannel(m_channelId, UInt256(1'000'000'000));
    }
    void cleanup() {
        m_server.reset();
        m_book.reset();
        m_vouchers.reset();
        m_db.reset();
        m_dir.reset();
    }

    void theAskNamesTheTermsAndWhereToPay() {
        const Answer ask = request("GET", "retrieval/ask");
        QCOMPARE(ask.status, 200);
        QCOMPARE(ask.json().value("pricePerByte").toString(), QStringLiteral("3"));
        QCOMPARE(ask.json().value("paymentInterval").toString(), QStringLiteral("100000"));
        QCOMPARE(ask.json().value("paymentIntervalIncrease").toString(), QStringLiteral("50000"));
        QCOMPARE(ask.json().value("payee").toString(), payee().toHex());
        QCOMPARE(ask.json().value("chainId").toString(), QStringLiteral("31337"));
    }

    // The terms go out with the payee's signature over them in the channels contract's domain,
    // signed again when they change.
    void theTermsAreSignedByThePayee() {
        const Answer first = request("GET", "retrieval/ask");
        QCOMPARE(first.json().value("signer").toString(), payee().toHex());
        const auto signedFirst = SignedRetrievalTerms::fromJson(first.json());
        SD_VERIFY_OK(signedFirst);
        QCOMPARE(signedFirst->payee, payee());
        QCOMPARE(signedFirst->terms, m_server->config().terms);
        SD_VERIFY_OK(signedFirst->verify(m_domain));

        RetrievalTerms dearer = m_server->config().terms;
        dearer.pricePerByte = UInt256(4);
        m_server->setTerms(dearer);
        const auto signedSecond =
            SignedRetrievalTerms::fromJson(request("GET", "retrieval/ask").json());
        SD_VERIFY_OK(signedSecond);
        QCOMPARE(signedSecond->terms, dearer);
        SD_VERIFY_OK(signedSecond->verify(m_domain));
        SignedRetrievalTerms stale = *signedSecond;
        stale.signature = signedFirst->signature;
        SD_VERIFY_ERROR(stale.verify(m_domain), ErrorCode::InvalidArgument);
    }

    // A client whose channel pays another account than the one that signed the terms starts
    // nothing.
    void aClientRefusesTermsOfAnotherSigner() {
        RetrievalClient::Options options = clientOptions(slot(1));
        options.payee = address(0x77);
        RetrievalClient client(options, payer(), nullptr);
        const QString error = runToEnd(client);
        QVERIFY2(error.contains(QStringLiteral("not by the payee %1").arg(address(0x77).toHex())),
                 qPrintable(error));
        QVERIFY(client.retrievalId().isEmpty());
        QCOMPARE(m_book->activeOf(31337, address(0x33), payer().address()).value(), 0);
    }

    // Terms changed on the way (the signature left as it was) or sent unsigned are refused
    // before a retrieval starts, and so is a retrieval the provider starts on other terms than
    // it signed.
    void aClientRefusesTamperedTermsOrARetrievalOnOthers() {
        const QJsonObject genuine = request("GET", "retrieval/ask").json();
        QJsonObject tampered = genuine;
        tampered["pricePerByte"] = QStringLiteral("1");
        QJsonObject unsignedTerms = genuine;
        unsignedTerms.remove(QStringLiteral("signature"));
        const QJsonObject otherStatus{{"id", "r1"},
                                      {"size", "300000"},
                                      {"pricePerByte", "1"},
                                      {"paymentInterval", "100000"},
                                      {"paymentIntervalIncrease", "50000"},
                                      {"paid", "0"}};

        QJsonObject served;
        int retrievalsStarted = 0;
        QHttpServer fake;
        fake.route(QStringLiteral("/salesdesk/v1/retrieval/ask"),
                   [&served] { return QHttpServerResponse(served); });
        fake.route(QStringLiteral("/salesdesk/v1/retrievals"), [&] {
            ++retrievalsStarted;
            return QHttpServerResponse(otherStatus, QHttpServerResponder::StatusCode::Created);
        });
        const quint16 port = fake.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        const auto run = [&](const QJsonObject& answer) {
            served = answer;
            RetrievalClient::Options options = clientOptions(slot(1));
            options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            RetrievalClient client(options, payer(), nullptr);
            return runToEnd(client);
        };

        const QString altered = run(tampered);
        QVERIFY2(altered.contains(QStringLiteral("were altered")), qPrintable(altered));
        const QString bare = run(unsignedTerms);
        QVERIFY2(bare.contains(QStringLiteral("no signature")), qPrintable(bare));
        QCOMPARE(retrievalsStarted, 0);
        // The genuine terms pass; the retrieval the fake starts at 1 a byte does not.
        const QString switched = run(genuine);
        QCOMPARE(retrievalsStarted, 1);
        QVERIFY2(switched.contains(QStringLiteral("other than the provider's signed ones")),
                 qPrintable(switched));
    }

    // A paid retrieval from start to completion: every byte arrives, every chunk after the first
    // is paid before it goes out, the last after it, and the books hold exactly the price.
    void aRetrievalIsPaidChunkByChunk() {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        auto client = makeClient(slot(1), &sink);
        QCOMPARE(runToEnd(*client), QString());
        QCOMPARE(sink.data(), m_data->bytes(slot(1)));
        QCOMPARE(client->vouchersSent(), 3); // before chunks 1 and 2, then the rest
        QCOMPARE(client->channelCumulative(), UInt256(900'000));
        const Retrieval done = m_book->findById(client->retrievalId()).value();
        QCOMPARE(done.state, Retrieval::State::Completed);
        QCOMPARE(done.paid, UInt256(900'000));
        QCOMPARE(done.bytesSent, quint64(300'000));
        QCOMPARE(m_vouchers->best(key(m_channelId)).value()->cumulativeAmount, UInt256(900'000));
        QCOMPARE(m_server->bytesServed(), quint64(300'000));
    }

    void aFileEndingOnAChunksEndIsPaidExactly() {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        auto client = makeClient(slot(2), &sink);
        QCOMPARE(runToEnd(*client), QString());
        QCOMPARE(sink.data(), m_data->bytes(slot(2)));
        QCOMPARE(client->vouchersSent(), 2);
        QCOMPARE(m_book->findById(client->retrievalId())->paid, UInt256(750'000));
        QCOMPARE(m_book->findById(client->retrievalId())->state, Retrieval::State::Completed);
    }

    // A client that stops paying gets 402 with what it owes, and never more than one chunk it
    // did not pay for.
    void aClientThatStopsPayingGets402() {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        RetrievalClient::Options options = clientOptions(slot(1));
        options.maxVouchers = 1;
        RetrievalClient stingy(options, payer(), &sink);
        const QString error = runToEnd(stingy);
        QVERIFY2(error.startsWith(QStringLiteral("HTTP 402")), qPrintable(error));
        QCOMPARE(stingy.lastStatus(), 402);
        QCOMPARE(stingy.bytesReceived(), quint64(250'000)); // chunks 0 and 1; chunk 1 unpaid
        const Retrieval r = m_book->findById(stingy.retrievalId()).value();
        QCOMPARE(r.state, Retrieval::State::FundsNeeded);
        QCOMPARE(r.paid, UInt256(300'000));
        QCOMPARE(r.owed().value(), UInt256(450'000)); // the 150 K of chunk 1, no more
        // Asked again without a voucher: 402 again, with the voucher that would pay it.
        const Answer again = request("GET", QStringLiteral("retrievals/%1/chunks/2").arg(r.id()));
        QCOMPARE(again.status, 402);
        QCOMPARE(again.json().value("shortfall").toString(), QStringLiteral("450000"));
        QCOMPARE(again.json().value("voucherAtLeast").toString(), QStringLiteral("750000"));
        QCOMPARE(m_server->bytesServed(), quint64(250'000));
        // Paying what it owes lets it go on.
        const Answer paid = payWith(r.id(), sign(m_channelId, UInt256(750'000)));
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json().value("state").toString(), QStringLiteral("ongoing"));
        QCOMPARE(request("GET", QStringLiteral("retrievals/%1/chunks/2").arg(r.id())).body,
                 m_data->bytes(slot(1)).mid(250'000));
    }

    // Vouchers that must pay nothing: the same twice, for another channel, another chain id,
    // the malleable twin of a good one, more than the deposit.
    void replayedAndForgedVouchersAreRefused() {
        const QString id = startRetrieval(slot(1));
        QCOMPARE(request("GET", QStringLiteral("retrievals/%1/chunks/0").arg(id)).status, 206);
        const Voucher good = sign(m_channelId, UInt256(300'000));
        QCOMPARE(payWith(id, good).status, 200);
        const auto refusedFor = [&](const Voucher& voucher) {
            const Answer answer = chunkWith(id, 1, voucher);
            return answer.status == 402 ? answer.json().value("error").toString() : QString();
        };
        QVERIFY(refusedFor(good).contains(QStringLiteral("voucher refused")));
        trackChannel(hash(0x44), UInt256(1'000'000'000));
        QVERIFY(!refusedFor(sign(hash(0x44), UInt256(400'000))).isEmpty());
        Voucher otherChain = Voucher::sign(payer(), Voucher::domain(1, address(0x33)), m_channelId,
                                           UInt256(400'000));
        QVERIFY(!refusedFor(otherChain).isEmpty());
        Voucher twin = sign(m_channelId, UInt256(400'000));
        twin.signature = Secp256k1::malleableTwin(twin.signature);
        QVERIFY(!refusedFor(twin).isEmpty());
        QVERIFY(!refusedFor(sign(m_channelId, UInt256(1'000'000'001))).isEmpty());
        const Voucher stranger = Voucher::sign(PrivateKey::fromBytes(QByteArray(32, 9)).value(),
                                               m_domain, m_channelId, UInt256(400'000));
        QVERIFY(!refusedFor(stranger).isEmpty());
        // None of them paid anything; the good one still counts.
        QCOMPARE(m_book->findById(id)->paid, UInt256(300'000));
        QCOMPARE(m_vouchers->best(key(m_channelId)).value()->cumulativeAmount, UInt256(300'000));
        QCOMPARE(chunkWith(id, 1, sign(m_channelId, UInt256(300'000))).status, 402);
        QCOMPARE(request("GET", QStringLiteral("retrievals/%1/chunks/1").arg(id)).status, 206);
        // A header that is not a voucher is a bad request, naming the header.
        const Answer garbage = request("GET", QStringLiteral("retrievals/%1/chunks/1").arg(id), {},
                                       {{"Payment-Voucher", "lots"}});
        QCOMPARE(garbage.status, 400);
        QVERIFY(garbage.json().value("error").toString().contains("Payment-Voucher"));
    }

    // A chunk larger than an answer holds goes out in parts; the client asks for the rest.
    void aLargeChunkGoesOutInParts() {
        const QString id = startRetrieval(slot(1));
        const Answer first = request("GET", QStringLiteral("retrievals/%1/chunks/0").arg(id));
        QCOMPARE(first.status, 206);
        QCOMPARE(first.body, m_data->bytes(slot(1)).left(65'536));
        QCOMPARE(m_book->findById(id)->bytesSent, quint64(65'536));
        const Answer rest = request("GET", QStringLiteral("retrievals/%1/chunks/0").arg(id), {},
                                    {{"Range", "bytes=65536-"}});
        QCOMPARE(rest.status, 206);
        QCOMPARE(rest.body, m_data->bytes(slot(1)).mid(65'536, 100'000 - 65'536));
        QCOMPARE(m_book->findById(id)->bytesSent, quint64(100'000));
        // The whole retrieval through the client, every chunk in parts.
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        RetrievalClient client(clientOptions(slot(1)), payer(), &sink);
        QCOMPARE(runToEnd(client), QString());
        QCOMPARE(sink.data(), m_data->bytes(slot(1)));
    }

    void badRequestsAreNamed() {
        QCOMPARE(request("POST", "retrievals", "not json").status, 400);
        QCOMPARE(request("POST", "retrievals", R"({"slotId": "0x12"})").status, 400);
        // Unknown channel: 404 saying where to open one.
        const Answer unknown = request("POST", "retrievals",
                                       QJsonDocument(QJsonObject{{"slotId", slot(1).toHex()},
                                                                 {"channelId", hash(0x55).toHex()}})
                                           .toJson());
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json().value("error").toString().contains(payee().toHex()));
        // No such slot here.
        QCOMPARE(request("POST", "retrievals",
                         QJsonDocument(QJsonObject{{"slotId", slot(7).toHex()},
                                                   {"channelId", m_channelId.toHex()}})
                             .toJson())
                     .status,
                 404);
        const QString id = startRetrieval(slot(1));
        QCOMPARE(request("GET", QStringLiteral("retrievals/%1/chunks/3").arg(id)).status, 404);
        QCOMPARE(request("GET", QStringLiteral("retrievals/%1").arg(QString(32, 'a'))).status, 404);
        QCOMPARE(request("PUT", QStringLiteral("retrievals/%1").arg(id)).status, 405);
        QCOMPARE(request("GET", "retrievals").status, 405);
        // A part of a chunk by Range.
        const Answer part = request("GET", QStringLiteral("retrievals/%1/chunks/0").arg(id), {},
                                    {{"Range", "bytes=10-19"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, m_data->bytes(slot(1)).mid(10, 10));
        // Cancelled: no more chunks, no second cancel.
        QCOMPARE(request("DELETE", QStringLiteral("retrievals/%1").arg(id)).json().value("state"),
                 QJsonValue(QStringLiteral("cancelled")));
        QCOMPARE(request("GET", QStringLiteral("retrievals/%1/chunks/0").arg(id)).status, 409);
        QCOMPARE(request("DELETE", QStringLiteral("retrievals/%1").arg(id)).status, 409);
    }

    void limitsAreKept() {
        // Retrievals under way per client, over all its channels: a second channel of the same
        // payer gets none beyond the limit.
        for (int i = 0; i < 2; ++i)
            QVERIFY(!startRetrieval(slot(1)).isEmpty());
        const Answer third = startAnswer(slot(1), m_channelId);
        QCOMPARE(third.status, 429);
        QVERIFY2(third.body.contains(payer().address().toHex().toLatin1()), third.body.constData());
        trackChannel(hash(0x46), UInt256(1'000));
        QCOMPARE(startAnswer(slot(1), hash(0x46)).status, 429);
        // A channel whose close was requested takes no new retrieval.
        trackChannel(hash(0x45), UInt256(1'000), kNow + 3'600);
        QCOMPARE(startAnswer(slot(1), hash(0x45)).status, 409);
        // The body limit.
        QCOMPARE(request("POST", "retrievals", QByteArray(2'000, '{')).status, 413);
        // Requests per second from one address; the next second is free again.
        int limited = 0;
        for (int i = 0; i < 60; ++i)
            limited += request("GET", "retrieval/ask").status == 429 ? 1 : 0;
        QVERIFY(limited > 0);
        m_clock->advanceBy(1);
        QCOMPARE(request("GET", "retrieval/ask").status, 200);
    }

    // The provider stops mid-retrieval (its objects gone, the database read again, a new port):
    // the client resumes from its next chunk and the books end exact.
    void aRestartedProviderResumesFromItsDatabase() {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        RetrievalClient::Options options = clientOptions(slot(1));
        options.maxVouchers = 1; // stops after chunk 1 (one voucher): as if cut off there
        RetrievalClient first(options, payer(), &sink);
        QVERIFY(!runToEnd(first).isEmpty());
        const QString id = first.retrievalId();
        QCOMPARE(first.nextChunk(), quint64(2));
        openProvider();
        options.server = m_server->baseUrl();
        options.resumeId = id;
        options.fromChunk = 2;
        options.maxVouchers = -1;
        options.channelCumulative = first.channelCumulative();
        RetrievalClient resumed(options, payer(), &sink);
        QCOMPARE(runToEnd(resumed), QString());
        QCOMPARE(sink.data(), m_data->bytes(slot(1)));
        const Retrieval r = m_book->findById(id).value();
        QCOMPARE(r.state, Retrieval::State::Completed);
        QCOMPARE(r.paid, UInt256(900'000));
        QCOMPARE(m_vouchers->best(key(m_channelId)).value()->cumulativeAmount, UInt256(900'000));
    }

private:
    void openProvider() {
        m_server.reset();
        m_book.reset();
        m_vouchers.reset();
        m_db.reset();
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        m_db = std::move(*db);
        m_vouchers = std::make_unique<VoucherBook>(*m_db);
        m_book = std::make_unique<RetrievalBook>(*m_db, *m_vouchers);
        RetrievalServer::Config config;
        config.domain = m_domain;
        config.payee = payee();
        config.signTerms = [](const Hash32& digest) -> Result<Signature> {
            return payeeKey().sign(digest);
        };
        config.terms.pricePerByte = UInt256(3);
        config.terms.paymentInterval = 100'000;
        config.terms.paymentIntervalIncrease = 50'000;
        config.maxActivePerClient = 2;
        config.maxBodyBytes = 1'000;
        config.requestsPerSecondPerAddress = 50;
        config.maxResponseBytes = 64 * 1024; // chunks of 100 K and more go out in parts
        m_server =
            std::make_unique<RetrievalServer>(config, *m_book, *m_vouchers, m_data, *m_clock);
        SD_VERIFY_OK(m_server->listen(QHostAddress::LocalHost));
    }
    void trackChannel(const Hash32& id, const UInt256& deposit, Timestamp closesAt = 0) {
        VoucherCheck::Channel channel;
        channel.id = id;
        channel.payer = payer().address();
        channel.deposit = deposit;
        channel.closesAt = closesAt;
        SD_VERIFY_OK(m_vouchers->track(key(id), payee(), channel, m_clock->now()));
    }
    VoucherBook::Key key(const Hash32& id) const { return {31337, address(0x33), id}; }
    static SlotId slot(char fill) { return SlotId::fromBytes(QByteArray(32, fill)); }
    static PrivateKey payer() { return PrivateKey::fromBytes(QByteArray(32, 5)).value(); }
    // The provider's account: paid on the channels, signs the terms.
    static PrivateKey payeeKey() { return PrivateKey::fromBytes(QByteArray(32, 0x22)).value(); }
    static Address payee() { return payeeKey().address(); }
    Voucher sign(const Hash32& channel, const UInt256& amount) const {
        return Voucher::sign(payer(), m_domain, channel, amount);
    }
    RetrievalClient::Options clientOptions(const SlotId& slot) const {
        RetrievalClient::Options options;
        options.server = m_server->baseUrl();
        options.domain = m_domain;
        options.payee = payee(); // every new retrieval checks the signed terms first
        options.channelId = m_channelId;
        options.slot = slot;
        return options;
    }
    std::unique_ptr<RetrievalClient> makeClient(const SlotId& slot, QIODevice* sink) const {
        return std::make_unique<RetrievalClient>(clientOptions(slot), payer(), sink);
    }
    static QString runToEnd(RetrievalClient& client) {
        QSignalSpy finished(&client, &RetrievalClient::finished);
        client.start();
        if (!finished.wait(20'000))
            return QStringLiteral("the client did not finish");
        return finished.at(0).at(0).toString();
    }

    Answer request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/salesdesk/v1/") + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }
    Answer startAnswer(const SlotId& slot, const Hash32& channel) {
        return request(
            "POST", "retrievals",
            QJsonDocument(QJsonObject{{"slotId", slot.toHex()}, {"channelId", channel.toHex()}})
                .toJson());
    }
    QString startRetrieval(const SlotId& slot) {
        const Answer answer = startAnswer(slot, m_channelId);
        return answer.status == 201 ? answer.json().value("id").toString() : QString();
    }
    Answer chunkWith(const QString& id, int chunk, const Voucher& voucher) {
        return request(
            "GET", QStringLiteral("retrievals/%1/chunks/%2").arg(id).arg(chunk), {},
            {{RetrievalServer::kVoucherHeader, RetrievalServer::voucherHeaderValue(voucher)}});
    }
    Answer payWith(const QString& id, const Voucher& voucher) {
        const QList<QByteArray> parts = RetrievalServer::voucherHeaderValue(voucher).split(' ');
        return request(
            "POST", QStringLiteral("retrievals/%1/vouchers").arg(id),
            QJsonDocument(QJsonObject{{"cumulativeAmount", QString::fromLatin1(parts[0])},
                                      {"signature", QString::fromLatin1(parts[1])}})
                .toJson());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<test::MemoryRetrievableData> m_data;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherBook> m_vouchers;
    std::unique_ptr<RetrievalBook> m_book;
    std::unique_ptr<RetrievalServer> m_server;
    QNetworkAccessManager m_network;
    const Eip712Domain m_domain = Voucher::domain(31337, address(0x33));
    const Hash32 m_channelId = hash(0x11);
};

QTEST_GUILESS_MAIN(TestRetrievalServer)
#include "tst_retrievalserver.moc"
