// The direct-deal endpoint without a chain: what it answers to bad input (each refusal named),
// its limits, and what an accepted proposal and its data push do to the books: the bytes taken
// from the availability with the deal, the pushed bytes counted and recorded in one transaction,
// the last byte moving the deal to verifying; the ask signed by the provider, and a client that
// refuses an ask not signed by the provider it names (altered, unsigned, or for another chain).
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/deals/DealClient.h"
#include "core/chain/deals/DealRunner.h"
#include "core/chain/deals/DealServer.h"
#include "core/clock/VirtualClock.h"
#include "core/proofs/SlotFileReader.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'800'000'000;
constexpr quint64 kQuota = 1 << 20;

PrivateKey key(char fill) {
    return PrivateKey::fromBytes(QByteArray(32, fill)).value();
}

struct Answer {
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestDealServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void badRequestsAreNamed_data();
    void badRequestsAreNamed();
    void aBodyOverTheLimitIsRefused();
    void tooManyRequestsFromOneAddressAreRefused();
    void anAcceptedDealTakesItsBytesAndTheirData();
    void aRefusedProposalTakesNothing();
    void dataPastTheSizeOrOutOfOrderIsRefused();
    void aDealClientSendsTheProposalAndTheDataInParts();
    void aDealClientGoesOnFromWhereTheBooksStand();
    void theAskIsSignedByTheProvider();
    void aDealClientTakesOnlyTheNamedProvidersAsk();
    void aDealClientRefusesATamperedOrUnsignedAsk();

private:
    // What DealClient::fetchAsk hands over, waited for.
    static Result<SignedDealAsk> fetchAsk(DealClient& client, const Address& provider) {
        std::optional<Result<SignedDealAsk>> fetched;
        client.fetchAsk(provider, [&](const Result<SignedDealAsk>& ask) { fetched = ask; });
        if (!QTest::qWaitFor([&] { return fetched.has_value(); }, 10'000))
            return makeError(ErrorCode::Io, QStringLiteral("no answer"));
        return *fetched;
    }
    DealProposal proposal(quint64 size = 100'000) const {
        DealProposal p;
        p.client = m_client;
        p.provider = m_provider;
        p.dataRoot = Hash32::fromBytes(QByteArray(32, 0x11));
        p.size = size;
        p.chunkCount = DealProposal::chunkCountOf(size);
        p.start = kNow + 3'600;
        p.end = p.start + 7'200;
        p.pricePerSecond = UInt256(size); // 1 a byte a second: the availability's least
        p.providerCollateral = UInt256(size);
        p.salt = UInt256(9);
        return p;
    }
    QByteArray proposalBody(const DealProposal& p) const {
        const QJsonObject body{
            {QStringLiteral("proposal"), p.toJson()},
            {QStringLiteral("signature"),
             QString(QStringLiteral("0x") +
                     QString::fromLatin1(signatureBytes(p.sign(key(1), m_domain)).toHex()))}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    Answer http(const QByteArray& verb, const QString& path, const QByteArray& body = {}) {
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer answer;
        if (!finished.wait(10'000))
            return answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    quint64 freeBytes() { return m_reservations->availability(m_availability).value().freeSize; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repo> m_repo;
    std::unique_ptr<Reservations> m_reservations;
    std::unique_ptr<DealBook> m_book;
    std::unique_ptr<DealServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    AvailabilityId m_availability;
    Address m_client;
    Address m_provider;
    Eip712Domain m_domain;
    QList<Hash32> m_completed;
};

void TestDealServer::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<VirtualClock>(kNow);
    m_db = Database::open(m_dir->filePath(QStringLiteral("desk.db")), Database::kHostApplicationId)
               .value();
    m_repo = std::make_unique<Repo>(*m_db, m_dir->filePath(QStringLiteral("slots")));
    SD_VERIFY_OK(m_repo->open());
    SD_VERIFY_OK(m_repo->setMaxBytes(kQuota));
    m_reservations = std::make_unique<Reservations>(*m_db, *m_repo);
    NewAvailability offer;
    offer.totalSize = kQuota / 2;
    offer.duration = 30 * 24 * 3'600;
    offer.minPricePerBytePerSecond = 1;
    offer.totalCollateral = UInt256(1'000'000);
    const auto created = m_reservations->createAvailability(offer);
    SD_VERIFY_OK(created);
    m_availability = created->id;
    m_book = std::make_unique<DealBook>(*m_db);
    m_client = key(1).address();
    m_provider = key(2).address();
    m_domain = DealProposal::domain(31337, Address::fromBytes(QByteArray(20, 0x44)));
    DealServer::Config config;
    config.domain = m_domain;
    config.provider = m_provider;
    config.ask.pricePerBytePerSecond = UInt256(1);
    config.ask.maxCollateralPerByte = UInt256(2);
    config.ask.maxSize = kQuota;
    config.signAsk = [](const Hash32& digest) -> Result<Signature> {
        return key(2).sign(digest);
    };
    config.rules.acceptDeals = true;
    config.maxBodyBytes = 64 * 1024;
    config.requestsPerSecondPerAddress = 40;
    m_server =
        std::make_unique<DealServer>(config, *m_db, *m_book, *m_reservations, *m_repo, *m_clock);
    m_completed.clear();
    m_server->onDataComplete([this](const Hash32& id) { m_completed.append(id); });
    SD_VERIFY_OK(m_server->listen(QHostAddress::LocalHost));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestDealServer::cleanup() {
    m_network.reset();
    m_server.reset();
    m_book.reset();
    m_reservations.reset();
    m_repo.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestDealServer::badRequestsAreNamed_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");
    const QString deals = QStringLiteral("/salesdesk/v1/deals");
    QTest::newRow("not JSON") << QByteArray("POST") << deals << QByteArray("{") << 400
                              << "JSON object";
    QTest::newRow("no proposal") << QByteArray("POST") << deals << QByteArray("{}") << 400
                                 << "\"proposal\"";
    QTest::newRow("a field missing")
        << QByteArray("POST") << deals
        << QByteArray(R"({"proposal": {"client": "0x0000000000000000000000000000000000000001"}})")
        << 400 << "\"provider\"";
    QTest::newRow("wrong method") << QByteArray("GET") << deals << QByteArray() << 405 << "POST";
    QTest::newRow("ask by POST") << QByteArray("POST") << deals + QStringLiteral("/ask")
                                 << QByteArray("{}") << 405 << "GET";
    QTest::newRow("a bad id") << QByteArray("GET") << deals + QStringLiteral("/0x12")
                              << QByteArray() << 400 << "deal id";
    QTest::newRow("an unknown id")
        << QByteArray("GET") << deals + QStringLiteral("/0x") + QString(64, QLatin1Char('a'))
        << QByteArray() << 404 << "";
    QTest::newRow("data without an offset")
        << QByteArray("PUT")
        << deals + QStringLiteral("/0x") + QString(64, QLatin1Char('a')) + QStringLiteral("/data")
        << QByteArray("x") << 400 << "offset";
}

void TestDealServer::badRequestsAreNamed() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, named);
    const Answer answer = http(verb, path, body);
    QCOMPARE(answer.status, status);
    const QString error = answer.body.value(QStringLiteral("error")).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(m_book->recent(10).value().size(), 0);
}

void TestDealServer::aBodyOverTheLimitIsRefused() {
    const Answer answer =
        http("POST", QStringLiteral("/salesdesk/v1/deals"), QByteArray(64 * 1024 + 1, ' '));
    QCOMPARE(answer.status, 413);
    QVERIFY(
        answer.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("65536")));
}

void TestDealServer::tooManyRequestsFromOneAddressAreRefused() {
    int tooMany = 0;
    for (int i = 0; i < 45; ++i)
        tooMany += http("GET", QStringLiteral("/salesdesk/v1/deals/ask")).status == 429;
    QCOMPARE(tooMany, 5);
    // The next second of the clock takes requests again.
    m_clock->advanceTo(kNow + 1);
    QCOMPARE(http("GET", QStringLiteral("/salesdesk/v1/deals/ask")).status, 200);
}

void TestDealServer::anAcceptedDealTakesItsBytesAndTheirData() {
    const Answer ask = http("GET", QStringLiteral("/salesdesk/v1/deals/ask"));
    QCOMPARE(ask.status, 200);
    QCOMPARE(ask.body.value(QStringLiteral("chainId")).toString(), QStringLiteral("31337"));
    const quint64 before = freeBytes();
    const DealProposal p = proposal();
    const Hash32 id = p.digest(m_domain);
    const Answer accepted = http("POST", QStringLiteral("/salesdesk/v1/deals"), proposalBody(p));
    QCOMPARE(accepted.status, 201);
    QCOMPARE(accepted.body.value(QStringLiteral("dealId")).toString(), id.toHex());
    QCOMPARE(accepted.body.value(QStringLiteral("state")).toString(),
             QStringLiteral("awaiting-data"));
    QCOMPARE(freeBytes(), before - p.size);
    const Deal deal = m_book->find(id).value();
    QVERIFY(deal.reservation);
    QCOMPARE(m_reservations->reservation(*deal.reservation).value().market,
             ReservationMarket::Deal);
    // The same signed proposal again is the deal as it stands, taking no more bytes.
    const Answer again = http("POST", QStringLiteral("/salesdesk/v1/deals"), proposalBody(p));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(QStringLiteral("dealId")).toString(), id.toHex());
    QCOMPARE(freeBytes(), before - p.size);

    const QByteArray data(qsizetype(p.size), 'd');
    const QString push = QStringLiteral("/salesdesk/v1/deals/%1/data?offset=%2").arg(id.toHex());
    Answer first = http("PUT", push.arg(0), data.left(60'000));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QStringLiteral("state")).toString(), QStringLiteral("transferring"));
    QCOMPARE(first.body.value(QStringLiteral("bytesReceived")).toString(), QStringLiteral("60000"));
    QCOMPARE(m_repo->storedBytes(DealRunner::dataSlot(id)).value(), quint64(60'000));
    QCOMPARE(m_reservations->reservation(*deal.reservation).value().size, p.size - 60'000);
    QVERIFY(m_completed.isEmpty());
    const Answer last = http("PUT", push.arg(60'000), data.mid(60'000));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.body.value(QStringLiteral("state")).toString(), QStringLiteral("verifying"));
    QCOMPARE(m_completed, QList<Hash32>{id});
    QCOMPARE(m_repo->storedBytes(DealRunner::dataSlot(id)).value(), p.size);
    QCOMPARE(m_reservations->reservation(*deal.reservation).value().size, quint64(0));
    // Verifying takes no more data.
    QCOMPARE(http("PUT", push.arg(p.size), QByteArray("x")).status, 409);
}

void TestDealServer::aRefusedProposalTakesNothing() {
    const quint64 before = freeBytes();
    DealProposal p = proposal();
    p.pricePerSecond = UInt256(p.size - 1); // below the ask of 1 a byte a second
    const Answer refused = http("POST", QStringLiteral("/salesdesk/v1/deals"), proposalBody(p));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.body.value(QStringLiteral("refusal")).toString(),
             QStringLiteral("price-below-ask"));
    QCOMPARE(freeBytes(), before);
    QVERIFY(m_reservations->reservations().value().isEmpty());
    // Larger than any availability: no storage.
    const DealProposal large = proposal(kQuota / 2 + 1);
    const Answer tooLarge =
        http("POST", QStringLiteral("/salesdesk/v1/deals"), proposalBody(large));
    QCOMPARE(tooLarge.body.value(QStringLiteral("refusal")).toString(),
             QStringLiteral("no-storage"));
    QCOMPARE(freeBytes(), before);
}

void TestDealServer::dataPastTheSizeOrOutOfOrderIsRefused() {
    const DealProposal p = proposal(1'000);
    const Hash32 id = p.digest(m_domain);
    QCOMPARE(http("POST", QStringLiteral("/salesdesk/v1/deals"), proposalBody(p)).status, 201);
    const QString push = QStringLiteral("/salesdesk/v1/deals/%1/data?offset=%2").arg(id.toHex());
    const Answer past = http("PUT", push.arg(0), QByteArray(1'001, 'x'));
    QCOMPARE(past.status, 416);
    const Answer gap = http("PUT", push.arg(10), QByteArray(10, 'x'));
    QCOMPARE(gap.status, 409);
    QCOMPARE(gap.body.value(QStringLiteral("expected")).toString(), QStringLiteral("0"));
    // Nothing was stored by either.
    QCOMPARE(m_book->find(id).value().bytesReceived, quint64(0));
    QCOMPARE(m_repo->storedBytes(DealRunner::dataSlot(id)).value(), quint64(0));
}

void TestDealServer::aDealClientSendsTheProposalAndTheDataInParts() {
    QByteArray data(3 * 65536 + 123, '\0');
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(i * 31 % 256);
    // The client's root is the one the provider's prover computes from the stored file.
    const QString path = m_dir->filePath(QStringLiteral("data"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    }
    const auto tree = proofs::SlotFileReader::buildTree(path, quint64(data.size()));
    SD_VERIFY_OK(tree);
    QCOMPARE(DealClient::dataRoot(data), tree->root());

    DealClient client({m_server->baseUrl(), m_domain, 50'000}, key(1));
    const DealProposal p =
        client.proposalFor(m_provider, data, kNow + 3'600, kNow + 10'800, UInt256(data.size()),
                           UInt256(data.size()), UInt256(5));
    QCOMPARE(p.client, m_client);
    QCOMPARE(p.chunkCount, quint64(4));
    QSignalSpy finished(&client, &DealClient::finished);
    client.send(p, data);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QCOMPARE(*client.dealId(), p.digest(m_domain));
    QCOMPARE(client.lastStatus().value(QStringLiteral("state")).toString(),
             QStringLiteral("verifying"));
    QCOMPARE(m_completed, QList<Hash32>{p.digest(m_domain)});
    // Five parts of at most 50,000 bytes, the stored file byte for byte the data.
    QFile stored(m_repo->slotDataPath(DealRunner::dataSlot(p.digest(m_domain))));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), data);
}

void TestDealServer::aDealClientGoesOnFromWhereTheBooksStand() {
    const QByteArray data(120'000, 'q');
    DealClient first({m_server->baseUrl(), m_domain, 40'000}, key(1));
    const DealProposal p = first.proposalFor(m_provider, data, kNow + 3'600, kNow + 10'800,
                                             UInt256(data.size()), UInt256(0), UInt256(6));
    const Hash32 id = p.digest(m_domain);
    // Before the client came, the provider already took the first 80,000 bytes (an earlier
    // run of the client that stopped).
    SD_VERIFY_OK(m_server->submit(p, p.sign(key(1), m_domain)));
    SD_VERIFY_OK(m_server->receive(id, 0, QByteArrayView(data).first(80'000)));
    // The client sending the deal again goes on from there: only the rest goes out.
    QSignalSpy finished(&first, &DealClient::finished);
    first.send(p, data);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QCOMPARE(m_book->find(id).value().bytesReceived, quint64(120'000));
    QCOMPARE(m_book->find(id).value().state, Deal::State::Verifying);
    QCOMPARE(m_repo->storedBytes(DealRunner::dataSlot(id)).value(), quint64(120'000));
    // A proposal of the same deal under another signature is refused.
    const auto twin = m_server->submit(p, Secp256k1::malleableTwin(p.sign(key(1), m_domain)));
    SD_VERIFY_OK(twin);
    QVERIFY(!twin->verdict.accepted());
}

// The ask goes out with the provider's signature over it in the deals' domain, signed again when
// it changes.
void TestDealServer::theAskIsSignedByTheProvider() {
    const Answer first = http("GET", QStringLiteral("/salesdesk/v1/deals/ask"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QStringLiteral("signer")).toString(), m_provider.toHex());
    const auto signedFirst = SignedDealAsk::fromJson(first.body);
    SD_VERIFY_OK(signedFirst);
    QCOMPARE(signedFirst->provider, m_provider);
    QCOMPARE(signedFirst->ask, m_server->config().ask);
    SD_VERIFY_OK(signedFirst->verify(m_domain));

    DealAsk raised = m_server->config().ask;
    raised.pricePerBytePerSecond = UInt256(7);
    raised.validUntil = kNow + 86'400;
    m_server->setAsk(raised);
    const Answer second = http("GET", QStringLiteral("/salesdesk/v1/deals/ask"));
    const auto signedSecond = SignedDealAsk::fromJson(second.body);
    SD_VERIFY_OK(signedSecond);
    QCOMPARE(signedSecond->ask, raised);
    SD_VERIFY_OK(signedSecond->verify(m_domain));
    QVERIFY(signedSecond->signature != signedFirst->signature);
    // The first signature does not cover the new ask.
    SignedDealAsk stale = *signedSecond;
    stale.signature = signedFirst->signature;
    SD_VERIFY_ERROR(stale.verify(m_domain), ErrorCode::InvalidArgument);
}

// A client takes the ask only from the provider it names and for its own chain and contract.
void TestDealServer::aDealClientTakesOnlyTheNamedProvidersAsk() {
    DealClient client({m_server->baseUrl(), m_domain, 50'000}, key(1));
    const auto ask = fetchAsk(client, m_provider);
    SD_VERIFY_OK(ask);
    QCOMPARE(ask->ask, m_server->config().ask);

    const auto stranger = fetchAsk(client, key(3).address());
    SD_VERIFY_ERROR(stranger, ErrorCode::InvalidArgument);
    QVERIFY2(stranger.message().contains(
                 QStringLiteral("not by the provider %1").arg(key(3).address().toHex())),
             qPrintable(stranger.message()));

    DealClient elsewhere(
        {m_server->baseUrl(), DealProposal::domain(1, m_domain.verifyingContract), 50'000}, key(1));
    const auto otherChain = fetchAsk(elsewhere, m_provider);
    SD_VERIFY_ERROR(otherChain, ErrorCode::InvalidArgument);
    QVERIFY2(otherChain.message().contains(QStringLiteral("not chain 1")),
             qPrintable(otherChain.message()));
}

// An ask changed on the way (its signature left as it was), or sent without a signature, is
// refused by the client with the reason.
void TestDealServer::aDealClientRefusesATamperedOrUnsignedAsk() {
    const QJsonObject genuine = http("GET", QStringLiteral("/salesdesk/v1/deals/ask")).body;
    QJsonObject tampered = genuine;
    QJsonObject ask = tampered.value(QStringLiteral("ask")).toObject();
    ask[QStringLiteral("maxCollateralPerByte")] = QStringLiteral("1000");
    tampered[QStringLiteral("ask")] = ask;
    QJsonObject unsignedAsk = genuine;
    unsignedAsk.remove(QStringLiteral("signature"));

    QJsonObject served;
    QHttpServer fake;
    fake.route(QStringLiteral("/salesdesk/v1/deals/ask"),
               [&served] { return QHttpServerResponse(served); });
    const quint16 port = fake.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    DealClient client({QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), m_domain, 50'000},
                      key(1));

    served = genuine; // the fake itself passes the genuine answer on unchanged
    SD_VERIFY_OK(fetchAsk(client, m_provider));

    served = tampered;
    const auto altered = fetchAsk(client, m_provider);
    SD_VERIFY_ERROR(altered, ErrorCode::InvalidArgument);
    QVERIFY2(altered.message().contains(QStringLiteral("was altered")),
             qPrintable(altered.message()));

    served = unsignedAsk;
    const auto bare = fetchAsk(client, m_provider);
    SD_VERIFY_ERROR(bare, ErrorCode::InvalidArgument);
    QVERIFY2(bare.message().contains(QStringLiteral("no signature")), qPrintable(bare.message()));
}

QTEST_GUILESS_MAIN(TestDealServer)
#include "tst_dealserver.moc"
