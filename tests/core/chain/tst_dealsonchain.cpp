// Direct deals end to end on anvil: a client signs a proposal, sends it to the provider's HTTP
// endpoint and pushes the data; the provider's DealService verifies the data's root, publishes the
// deal on the DirectDeals contract, activates it with a proof at the start, proves it every period
// and closes it at the end. The escrow balances move by exactly price × the time proven, the bytes
// come from the same availability the Codex market sells from and go back to it at the end. Also:
// proposals refused before anything is reserved, data that does not match the root never
// published, a client without escrow, a provider that cannot prove (collateral lost, or slashed
// by a third party reporting the missed proofs), and the books surviving a crash mid-transfer.
#include "core/chain/deals/DealProposal.h"
#include "core/chain/deals/DealRunner.h"
#include "core/chain/deals/DealServer.h"
#include "core/chain/deals/DealService.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/proofs/SlotFileReader.h"
#include "tests/core/chain/ChainSaleFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kDataSize = 3 * 65536 + 1000; // a last block cut short
// Tokens per second for the whole deal: at least 1 a byte, the availability's least price.
const UInt256 kPrice(200'000);
const UInt256 kCollateral(50'000);
const UInt256 kEscrow(1'000'000'000'000ULL);

QByteArray dealData(char seed) {
    QByteArray data(kDataSize, '\0');
    for (quint64 i = 0; i < kDataSize; ++i)
        data[qsizetype(i)] = char((i * 131 + quint64(seed)) % 251);
    return data;
}

struct HttpAnswer {
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestDealsOnChain : public ChainSaleFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpChain(); }
    void init() {
        setUpTest();
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup() {
        m_network.reset();
        m_deals.reset();
        tearDownTest();
    }

    void aDealRunsFromProposalToExpiry();
    void refusedProposalsReserveNothing_data();
    void refusedProposalsReserveNothing();
    void dataNotMatchingTheRootIsNeverPublished();
    void aClientWithoutEscrowFails();
    void noActivationLosesTheCollateral();
    void missedProofsReportedByAThirdPartySlash();
    void aCrashMidTransferResumesFromTheBooks();

private:
    Address directDeals() { return m_chain.chain().deployment()->directDeals; }
    Address clientAddress() { return m_chain.account(1); }
    PrivateKey clientKey() {
        return PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey).value();
    }
    Eip712Domain domain() { return DealProposal::domain(m_chain.chain().chainId(), directDeals()); }

    // Approves and deposits `amount` of `account`'s tokens into the DirectDeals escrow.
    bool escrow(const Address& account, const UInt256& amount) {
        const auto approved =
            m_session->sendTo(account, m_session->token(),
                              abi::encodeCall("approve(address,uint256)",
                                              {abi::address(directDeals()), abi::uint(amount)}));
        if (!approved.ok())
            return false;
        return m_session->sendTo(account, directDeals(), DirectDealsContract::deposit(amount)).ok();
    }
    UInt256 escrowOf(const Address& account) {
        const QJsonObject call{
            {QStringLiteral("to"), directDeals().toHex()},
            {QStringLiteral("data"),
             rpc::toData(abi::encodeCall("balanceOf(address)", {abi::address(account)}))}};
        const auto result =
            m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
        if (!result.ok())
            return UInt256(0);
        return uint256::fromBigEndian(QByteArray::fromHex(result->toString().mid(2).toLatin1()))
            .value();
    }

    // The provider's deals service over the engine, taking deals on the chain's DirectDeals.
    bool startDeals(bool accepting = true) {
        DealService::Options options;
        options.chainId = m_chain.chain().chainId();
        options.contract = directDeals();
        options.provider = hostAddress();
        options.ask.pricePerBytePerSecond = UInt256(0);
        options.ask.minCollateralPerByte = UInt256(0);
        options.ask.maxCollateralPerByte = UInt256(1);
        options.ask.minSize = 1;
        options.ask.maxSize = 1 << 20;
        options.ask.minDuration = 60;
        options.ask.maxDuration = 24 * 3600;
        options.ask.minStartLead = 120;
        options.ask.maxStartLead = 3600;
        options.rules.acceptDeals = accepting;
        m_deals = std::make_unique<DealService>(*m_rpc, m_engine->database(),
                                                m_engine->reservations(), m_engine->repo(),
                                                *m_manager, m_engine->prover(), *m_clock, options);
        const auto started = m_deals->start();
        if (!started.ok())
            qWarning("deals: %s", qPrintable(started.message()));
        return started.ok();
    }

    // A proposal of `data` from the client, starting `lead` seconds from the chain's now and
    // running `periods` periods of a minute.
    DealProposal proposalFor(const QByteArray& data, quint64 lead = 300, quint64 periods = 5) {
        DealProposal p;
        p.client = clientAddress();
        p.provider = hostAddress();
        p.dataRoot = rootOf(data);
        p.size = quint64(data.size());
        p.chunkCount = DealProposal::chunkCountOf(p.size);
        p.start = m_clock->now() + lead;
        p.end = p.start + periods * 60;
        p.pricePerSecond = kPrice;
        p.providerCollateral = kCollateral;
        p.salt = UInt256(m_clock->now());
        return p;
    }
    Hash32 rootOf(const QByteArray& data) {
        const QString path = m_dir->filePath(QStringLiteral("client-data"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return Hash32();
        file.close();
        const auto tree = proofs::SlotFileReader::buildTree(path, quint64(data.size()));
        return tree.ok() ? tree->root() : Hash32();
    }

    HttpAnswer http(const QByteArray& verb, const QString& path, const QByteArray& body = {}) {
        QNetworkRequest request(m_deals->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          verb == "PUT" ? QByteArray("application/octet-stream")
                                        : QByteArray("application/json"));
        QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpAnswer answer;
        if (!finished.wait(10'000))
            return answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    HttpAnswer propose(const DealProposal& p, const Signature& signature) {
        const QJsonObject body{{QStringLiteral("proposal"), p.toJson()},
                               {QStringLiteral("signature"),
                                QString(QStringLiteral("0x") +
                                        QString::fromLatin1(signatureBytes(signature).toHex()))}};
        return http("POST", QStringLiteral("/salesdesk/v1/deals"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpAnswer push(const Hash32& id, quint64 offset, const QByteArray& bytes) {
        return http(
            "PUT",
            QStringLiteral("/salesdesk/v1/deals/%1/data?offset=%2").arg(id.toHex()).arg(offset),
            bytes);
    }
    Deal booked(const Hash32& id) {
        const auto deal = m_deals->book().find(id);
        return deal.ok() ? *deal : Deal{};
    }
    bool reachState(const Hash32& id, Deal::State state, int maxSteps = 3000) {
        return drive([&] { return booked(id).state == state; }, maxSteps);
    }
    // Proposes and pushes `data` (in two parts); the deal's id, once it is Verifying or later.
    std::optional<Hash32> proposeAndPush(const DealProposal& p, const QByteArray& data) {
        const HttpAnswer accepted = propose(p, p.sign(clientKey(), domain()));
        if (accepted.status != 201) {
            qWarning("propose: %d %s", accepted.status,
                     qPrintable(QJsonDocument(accepted.body).toJson()));
            return std::nullopt;
        }
        const Hash32 id = p.digest(domain());
        const quint64 half = quint64(data.size()) / 2;
        if (push(id, 0, data.left(qsizetype(half))).status != 200)
            return std::nullopt;
        const HttpAnswer rest = push(id, half, data.mid(qsizetype(half)));
        if (rest.status != 200) {
            qWarning("push: %d %s", rest.status, qPrintable(QJsonDocument(rest.body).toJson()));
            return std::nullopt;
        }
        return id;
    }
    // The availability whole again and no reservation held.
    void verifyStorageBack(const Availability& availability) {
        const auto reservations = m_engine->reservations().reservations();
        SD_VERIFY_OK(reservations);
        QVERIFY(reservations->isEmpty());
        const auto after = m_engine->reservations().availability(availability.id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->freeSize, availability.totalSize);
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DealService> m_deals;
};

void TestDealsOnChain::aDealRunsFromProposalToExpiry() {
    QVERIFY(openHost());
    const auto availability = offer();
    QVERIFY(availability);
    QVERIFY(escrow(clientAddress(), kEscrow));
    QVERIFY(escrow(hostAddress(), kEscrow));
    QVERIFY(startDeals());

    const HttpAnswer ask = http("GET", QStringLiteral("/salesdesk/v1/deals/ask"));
    QCOMPARE(ask.status, 200);
    QCOMPARE(ask.body.value(QStringLiteral("provider")).toString(), hostAddress().toHex());
    QCOMPARE(ask.body.value(QStringLiteral("acceptingDeals")).toBool(), true);

    const QByteArray data = dealData(1);
    const DealProposal p = proposalFor(data);
    // Our digest is the contract's: the deal id is known before publication.
    std::optional<Result<Hash32>> digest;
    DirectDealsContract contract(*m_rpc, directDeals());
    contract.proposalDigest(p, this, [&](const Result<Hash32>& answer) { digest = answer; });
    QVERIFY(drive([&] { return digest.has_value(); }));
    SD_VERIFY_OK(*digest);
    QCOMPARE(**digest, p.digest(domain()));

    const auto id = proposeAndPush(p, data);
    QVERIFY(id);
    // The deal's bytes are the availability's no more while it runs.
    const auto during = m_engine->reservations().availability(availability->id);
    SD_VERIFY_OK(during);
    QCOMPARE(during->freeSize, availability->totalSize - kDataSize);

    QVERIFY(reachState(*id, Deal::State::Active));
    QVERIFY2(booked(*id).proofsSubmitted >= 1, "activated by a proof");
    QVERIFY(reachState(*id, Deal::State::Expired));
    const Deal done = booked(*id);
    QCOMPARE(done.missedProofs, quint64(0));
    QVERIFY(done.proofsSubmitted >= 5); // the activation and a proof in each later period
    QVERIFY(done.reason.isEmpty());

    // Money: the provider earned price × (end − activation), the client paid exactly that, the
    // collateral came back whole.
    std::optional<Result<DirectDealsContract::DealView>> view;
    contract.deal(*id, this, [&](const auto& answer) { view = answer; });
    QVERIFY(drive([&] { return view.has_value(); }));
    SD_VERIFY_OK(*view);
    const auto& chainDeal = **view;
    QVERIFY(chainDeal.activatedAt >= p.start && chainDeal.activatedAt < p.start + 60);
    const UInt256 earned = kPrice * UInt256(p.end - chainDeal.activatedAt);
    QCOMPARE(chainDeal.paid, earned);
    QCOMPARE(done.paid, earned);
    // Paid as it ran: settlements of the proven time before the end (a quarter of the five
    // periods is more than one period), the close paid the rest; the payments sum to the whole.
    const auto before = m_deals->book().payments(0, static_cast<Timestamp>(p.end));
    SD_VERIFY_OK(before);
    QVERIFY2(!before->isEmpty(), "no payment while the deal ran");
    UInt256 paidBefore = 0;
    for (const DealPayment& payment : *before)
        paidBefore += payment.amount;
    QVERIFY(paidBefore > 0 && paidBefore < earned);
    const auto all = m_deals->book().payments(0, std::numeric_limits<Timestamp>::max());
    SD_VERIFY_OK(all);
    QVERIFY(all->size() >= 2);
    UInt256 paidInAll = 0;
    for (const DealPayment& payment : *all)
        paidInAll += payment.amount;
    QCOMPARE(paidInAll, earned);
    QCOMPARE(escrowOf(hostAddress()), kEscrow + earned);
    QCOMPARE(escrowOf(clientAddress()), kEscrow - earned);
    // The storage went back, the data is gone.
    verifyStorageBack(*availability);
    QVERIFY(!QFile::exists(m_engine->repo().slotDataPath(DealRunner::dataSlot(*id))));
}

void TestDealsOnChain::refusedProposalsReserveNothing_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("not accepting") << "closed"
                                   << "not-accepting";
    QTest::newRow("another provider") << "provider"
                                      << "wrong-provider";
    QTest::newRow("signed by another") << "signer"
                                       << "wrong-signer";
    QTest::newRow("start too soon") << "start"
                                    << "start-too-soon";
    QTest::newRow("too large for the storage") << "storage"
                                               << "no-storage";
    QTest::newRow("collateral above the ask") << "collateral"
                                              << "collateral-out-of-bounds";
}

void TestDealsOnChain::refusedProposalsReserveNothing() {
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    QVERIFY(openHost());
    const auto availability = offer(1); // room for one slot of kSlotSize (about 2 blocks)
    QVERIFY(availability);
    QVERIFY(startDeals(change != QLatin1String("closed")));
    const QByteArray data = dealData(2).left(65536);
    DealProposal p = proposalFor(data);
    PrivateKey signer = clientKey();
    if (change == QLatin1String("provider"))
        p.provider = m_chain.account(3);
    if (change == QLatin1String("signer"))
        signer = PrivateKey::fromBytes(m_chain.chain().accounts().at(3).privateKey).value();
    if (change == QLatin1String("start"))
        p.start = m_clock->now() + 10, p.end = p.start + 600;
    if (change == QLatin1String("storage")) {
        p.size = 4 * 65536;
        p.chunkCount = 4;
    }
    if (change == QLatin1String("collateral"))
        p.providerCollateral = UInt256(p.size) * UInt256(2);
    const HttpAnswer answer = propose(p, p.sign(signer, domain()));
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.body.value(QStringLiteral("refusal")).toString(), refusal);
    QVERIFY(!answer.body.value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(m_deals->book().recent(10).value().size(), 0);
    verifyStorageBack(*availability);
}

void TestDealsOnChain::dataNotMatchingTheRootIsNeverPublished() {
    QVERIFY(openHost());
    const auto availability = offer();
    QVERIFY(availability);
    QVERIFY(escrow(clientAddress(), kEscrow));
    QVERIFY(escrow(hostAddress(), kEscrow));
    QVERIFY(startDeals());
    const QByteArray data = dealData(3);
    const DealProposal p = proposalFor(data);
    QByteArray tampered = data;
    tampered[70'000] = char(tampered[70'000] ^ 0x01);
    const auto id = proposeAndPush(p, tampered);
    QVERIFY(id);
    QVERIFY(reachState(*id, Deal::State::Failed));
    QVERIFY2(booked(*id).reason.contains(QStringLiteral("root")), qPrintable(booked(*id).reason));
    // Nothing went to the chain for it.
    const auto publish = m_manager->outcome(QStringLiteral("deal-publish:%1").arg(id->toHex()));
    SD_VERIFY_OK(publish);
    QVERIFY(!publish->has_value());
    QCOMPARE(escrowOf(hostAddress()), kEscrow);
    verifyStorageBack(*availability);
}

void TestDealsOnChain::aClientWithoutEscrowFails() {
    QVERIFY(openHost());
    const auto availability = offer();
    QVERIFY(availability);
    QVERIFY(escrow(hostAddress(), kEscrow));
    QVERIFY(startDeals());
    const QByteArray data = dealData(4);
    const DealProposal p = proposalFor(data);
    QCOMPARE(propose(p, p.sign(clientKey(), domain())).status, 201);
    const Hash32 id = p.digest(domain());
    QVERIFY(reachState(id, Deal::State::Failed, 50));
    QVERIFY2(booked(id).reason.contains(QStringLiteral("escrow")), qPrintable(booked(id).reason));
    // The data is no longer taken.
    QCOMPARE(push(id, 0, data).status, 409);
    verifyStorageBack(*availability);
}

void TestDealsOnChain::noActivationLosesTheCollateral() {
    QVERIFY(openHost());
    const auto availability = offer();
    QVERIFY(availability);
    QVERIFY(escrow(clientAddress(), kEscrow));
    QVERIFY(escrow(hostAddress(), kEscrow));
    QVERIFY(startDeals());
    const QByteArray data = dealData(5);
    const DealProposal p = proposalFor(data);
    const auto id = proposeAndPush(p, data);
    QVERIFY(id);
    QVERIFY(reachState(*id, Deal::State::AwaitingActivation));
    // The data is lost before the start: no proof can be made.
    QVERIFY(QFile::remove(m_engine->repo().slotDataPath(DealRunner::dataSlot(*id))));
    QVERIFY(reachState(*id, Deal::State::Failed));
    QVERIFY2(booked(*id).reason.contains(QStringLiteral("not activated")),
             qPrintable(booked(*id).reason));
    // Anyone may now end it: the client gets its payment back and the provider's collateral.
    const auto expired =
        m_session->sendTo(m_chain.account(3), directDeals(),
                          abi::encodeCall("expireUnactivated(bytes32)", {abi::bytes32(*id)}));
    QVERIFY2(expired.ok(), qPrintable(MarketplaceSession::failure(expired)));
    QCOMPARE(escrowOf(clientAddress()), kEscrow + kCollateral);
    QCOMPARE(escrowOf(hostAddress()), kEscrow - kCollateral);
    // The books counted the collateral lost when the deal failed, before anyone ended it on
    // chain: what the provider's escrow fell by.
    const auto losses = m_deals->book().collateralLosses(0, std::numeric_limits<Timestamp>::max());
    SD_VERIFY_OK(losses);
    QCOMPARE(losses->size(), 1);
    QCOMPARE(losses->first().amount, kCollateral);
    QCOMPARE(booked(*id).collateralLeft, UInt256(0));
    verifyStorageBack(*availability);
}

void TestDealsOnChain::missedProofsReportedByAThirdPartySlash() {
    QVERIFY(openHost());
    const auto availability = offer();
    QVERIFY(availability);
    QVERIFY(escrow(clientAddress(), kEscrow));
    QVERIFY(escrow(hostAddress(), kEscrow));
    QVERIFY(startDeals());
    const QByteArray data = dealData(6);
    const DealProposal p = proposalFor(data, 300, 12);
    const auto id = proposeAndPush(p, data);
    QVERIFY(id);
    QVERIFY(reachState(*id, Deal::State::Active));
    // The data is lost: every later period's proof is missed, and a watcher reports each.
    QVERIFY(QFile::remove(m_engine->repo().slotDataPath(DealRunner::dataSlot(*id))));
    const Address reporter = m_chain.account(3);
    QSet<quint64> reported;
    QVERIFY(drive([&] {
        const quint64 period = m_chainNow / 60;
        if (period >= 1 && !reported.contains(period - 1)) {
            const auto marked = m_session->sendTo(
                reporter, directDeals(),
                abi::encodeCall("markProofMissing(bytes32,uint64)",
                                {abi::bytes32(*id), abi::uint(UInt256(period - 1))}));
            if (marked.ok())
                reported.insert(period - 1);
        }
        return booked(*id).state == Deal::State::Slashed;
    }));
    const Deal slashed = booked(*id);
    QCOMPARE(slashed.missedProofs, quint64(5)); // the local chain's maxMissedProofs
    QVERIFY(slashed.reason.contains(QStringLiteral("missing")));
    QCOMPARE(reported.size(), 5);
    // Each report paid the reporter half of a 10 % slash.
    QCOMPARE(escrowOf(reporter), UInt256(5) * kCollateral / UInt256(10) / UInt256(2));
    // The books lost the whole collateral (the slashes as the desk saw them, then the rest), as
    // the Earnings screen shows it.
    const auto losses = m_deals->book().collateralLosses(0, std::numeric_limits<Timestamp>::max());
    SD_VERIFY_OK(losses);
    QVERIFY(!losses->isEmpty());
    UInt256 lost = 0;
    for (const DealCollateralLoss& loss : *losses) {
        QCOMPARE(loss.dealId, *id);
        lost += loss.amount;
    }
    QCOMPARE(lost, kCollateral);
    verifyStorageBack(*availability);
}

void TestDealsOnChain::aCrashMidTransferResumesFromTheBooks() {
    QVERIFY(openHost());
    const auto availability = offer();
    QVERIFY(availability);
    QVERIFY(escrow(clientAddress(), kEscrow));
    QVERIFY(escrow(hostAddress(), kEscrow));
    QVERIFY(startDeals());
    const QByteArray data = dealData(7);
    const DealProposal p = proposalFor(data);
    QCOMPARE(propose(p, p.sign(clientKey(), domain())).status, 201);
    const Hash32 id = p.digest(domain());
    QCOMPARE(push(id, 0, data.left(100'000)).status, 200);

    // The provider dies, and comes back on the same data directory.
    m_deals.reset();
    crash();
    QVERIFY(openHost());
    QVERIFY(startDeals());
    QCOMPARE(booked(id).state, Deal::State::Transferring);
    QCOMPARE(booked(id).bytesReceived, quint64(100'000));
    // A push from the wrong offset is told where to go on.
    const HttpAnswer wrong = push(id, 0, data.left(10));
    QCOMPARE(wrong.status, 409);
    QCOMPARE(wrong.body.value(QStringLiteral("expected")).toString(), QStringLiteral("100000"));
    QCOMPARE(push(id, 100'000, data.mid(100'000)).status, 200);
    QVERIFY(reachState(id, Deal::State::Active));
}

QTEST_GUILESS_MAIN(TestDealsOnChain)
#include "tst_dealsonchain.moc"
