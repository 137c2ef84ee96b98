// DealAcceptance: the provider's checks of a signed deal proposal. One valid proposal, then each
// refusal from one change to it, the signature's corner cases, and the bounds that still pass.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/deals/DealAcceptance.h"
#include "tests/support/TestSupport.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace salesdesk;

namespace {

using Refusal = DealAcceptance::Refusal;

// Three of anvil's well-known development keys.
constexpr QByteArrayView kClientKey =
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr QByteArrayView kProviderKey =
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
constexpr QByteArrayView kStrangerKey =
    "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

constexpr Timestamp kNow = 1'700'000'000;
constexpr quint64 kLatestEnd = (quint64(1) << 40) - 1;

PrivateKey key(QByteArrayView hex) {
    return PrivateKey::fromHex(hex).value();
}

const Address& contract() {
    static const Address value =
        Address::fromHex(u"0x5fbdb2315678afecb367f032d93f642f64180aa3").value();
    return value;
}

// Everything the check looks at, valid as built by valid(): 100 000 bytes (2 blocks) for two
// hours from 20 minutes after now, at exactly the asked price (4 per byte per second), with a
// collateral between the ask's bounds and escrow balances that exactly cover both.
struct Case {
    DealProposal proposal;
    Signature signature;
    DealAsk ask;
    DealRules rules;
    DealAcceptance::Context context;

    static Case valid() {
        Case c;
        c.ask.pricePerBytePerSecond = UInt256(4);
        c.ask.minCollateralPerByte = UInt256(10);
        c.ask.maxCollateralPerByte = UInt256(20);
        c.ask.minSize = 1;
        c.ask.maxSize = 1 << 20;
        c.ask.minDuration = 3'600;
        c.ask.maxDuration = 30 * 24 * 3'600;
        c.ask.minStartLead = 600;
        c.ask.maxStartLead = 24 * 3'600;
        c.rules.acceptDeals = true;
        c.rules.maxTransfersPerClient = 2;
        c.context.domain = DealProposal::domain(31337, contract());
        c.context.provider = key(kProviderKey).address();
        c.context.now = kNow;
        c.context.clientEscrow = UInt256(400'000ull * 7'200);
        c.context.providerEscrow = UInt256(1'500'000);
        c.context.clientTransfers = 1;
        DealProposal& p = c.proposal;
        p.client = key(kClientKey).address();
        p.provider = c.context.provider;
        p.dataRoot = Hash32::fromBytes(QByteArray(32, '\x5a'));
        p.size = 100'000;
        p.chunkCount = 2;
        p.start = kNow + 1'200;
        p.end = p.start + 7'200;
        p.pricePerSecond = UInt256(400'000);
        p.providerCollateral = UInt256(1'500'000);
        p.salt = UInt256(7);
        c.resign();
        return c;
    }

    // The client signs the proposal again, after a change to it.
    void resign() { signature = proposal.sign(key(kClientKey), context.domain); }
    // Moves the start, keeping the duration, and signs again.
    void startAt(quint64 start) {
        const quint64 duration = proposal.end - proposal.start;
        proposal.start = start;
        proposal.end = start + duration;
        resign();
    }
    DealAcceptance::Verdict check() const {
        return DealAcceptance::check(proposal, signature, ask, rules, context);
    }
};

using Mutation = std::function<void(Case&)>;

// A change to the proposal alone, which the client then signs again.
Mutation signedChange(std::function<void(DealProposal&)> change) {
    return [change](Case& c) {
        change(c.proposal);
        c.resign();
    };
}

} // namespace

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(salesdesk::DealAcceptance::Refusal)

class TestDealAcceptance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aValidProposalIsAccepted() {
        const Case c = Case::valid();
        const auto verdict = c.check();
        QVERIFY2(verdict.accepted(), qPrintable(verdict.reason));
        QCOMPARE(verdict.refusal, Refusal::None);
        QVERIFY(verdict.reason.isEmpty());
        QCOMPARE(DealAcceptance::refusalName(Refusal::None), QString());
    }

    void eachCheckRefuses_data() {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<Refusal>("refusal");
        QTest::addColumn<QString>("name");
        const auto row = [](const char* title, Mutation mutate, Refusal refusal, const char* name) {
            QTest::newRow(title) << mutate << refusal << QString::fromLatin1(name);
        };
        const Address stranger = key(kStrangerKey).address();

        row("deals off", Mutation([](Case& c) { c.rules.acceptDeals = false; }),
            Refusal::NotAccepting, "not-accepting");
        row("client denied",
            Mutation([](Case& c) { c.rules.deniedClients.insert(c.proposal.client); }),
            Refusal::ClientDenied, "client-denied");
        row("client not on the allow list",
            Mutation([stranger](Case& c) { c.rules.allowedClients.insert(stranger); }),
            Refusal::ClientNotAllowed, "client-not-allowed");
        row("another provider", Mutation([stranger](Case& c) { c.context.provider = stranger; }),
            Refusal::WrongProvider, "wrong-provider");
        row("already known", Mutation([](Case& c) { c.context.known = true; }),
            Refusal::AlreadyKnown, "already-known");
        row("r of 31 bytes", Mutation([](Case& c) { c.signature.r.chop(1); }),
            Refusal::MalformedSignature, "malformed-signature");
        row("r zero", Mutation([](Case& c) { c.signature.r = QByteArray(32, '\0'); }),
            Refusal::MalformedSignature, "malformed-signature");
        row("high s",
            Mutation([](Case& c) { c.signature = Secp256k1::malleableTwin(c.signature); }),
            Refusal::HighS, "high-s");
        row("signed by a stranger", Mutation([](Case& c) {
                c.signature = c.proposal.sign(key(kStrangerKey), c.context.domain);
            }),
            Refusal::WrongSigner, "wrong-signer");
        row("size above the ask", Mutation([](Case& c) { c.ask.maxSize = c.proposal.size - 1; }),
            Refusal::SizeOutOfBounds, "size-out-of-bounds");
        row("size below the ask", Mutation([](Case& c) { c.ask.minSize = c.proposal.size + 1; }),
            Refusal::SizeOutOfBounds, "size-out-of-bounds");
        row("size zero", Mutation([](Case& c) {
                c.ask.minSize = 0;
                c.proposal.size = 0;
                c.proposal.chunkCount = 0;
                c.resign();
            }),
            Refusal::SizeOutOfBounds, "size-out-of-bounds");
        row("one block too few", signedChange([](DealProposal& p) { p.chunkCount = 1; }),
            Refusal::WrongChunkCount, "wrong-chunk-count");
        row("one block too many", signedChange([](DealProposal& p) { p.chunkCount = 3; }),
            Refusal::WrongChunkCount, "wrong-chunk-count");
        row("price at 2^128",
            signedChange([](DealProposal& p) { p.pricePerSecond = UInt256(1) << 128; }),
            Refusal::AmountTooLarge, "amount-too-large");
        row("collateral at 2^128",
            signedChange([](DealProposal& p) { p.providerCollateral = UInt256(1) << 128; }),
            Refusal::AmountTooLarge, "amount-too-large");
        row("start passed", Mutation([](Case& c) { c.startAt(kNow - 1); }), Refusal::StartTooSoon,
            "start-too-soon");
        row("start a second short of the lead", Mutation([](Case& c) { c.startAt(kNow + 599); }),
            Refusal::StartTooSoon, "start-too-soon");
        row("start a second past the lead",
            Mutation([](Case& c) { c.startAt(kNow + 24 * 3'600 + 1); }), Refusal::StartTooLate,
            "start-too-late");
        row("end at the start", signedChange([](DealProposal& p) { p.end = p.start; }),
            Refusal::DurationOutOfBounds, "duration-out-of-bounds");
        row("end before the start", signedChange([](DealProposal& p) { p.end = p.start - 1; }),
            Refusal::DurationOutOfBounds, "duration-out-of-bounds");
        row("a second too short", signedChange([](DealProposal& p) { p.end = p.start + 3'599; }),
            Refusal::DurationOutOfBounds, "duration-out-of-bounds");
        row("a second too long", Mutation([](Case& c) { c.ask.maxDuration = 7'199; }),
            Refusal::DurationOutOfBounds, "duration-out-of-bounds");
        row("end past 2^40 - 1", Mutation([](Case& c) {
                c.context.now = static_cast<Timestamp>(kLatestEnd) - 8'400 + 1;
                c.startAt(static_cast<quint64>(c.context.now) + 1'200);
            }),
            Refusal::EndTooFar, "end-too-far");
        row("ask expired", Mutation([](Case& c) { c.ask.validUntil = kNow - 1; }),
            Refusal::AskExpired, "ask-expired");
        row("price one below the ask",
            signedChange([](DealProposal& p) { p.pricePerSecond = UInt256(399'999); }),
            Refusal::PriceBelowAsk, "price-below-ask");
        row("collateral one below the ask",
            signedChange([](DealProposal& p) { p.providerCollateral = UInt256(999'999); }),
            Refusal::CollateralOutOfBounds, "collateral-out-of-bounds");
        row("collateral one above the ask", Mutation([](Case& c) {
                c.proposal.providerCollateral = UInt256(2'000'001);
                c.context.providerEscrow = UInt256(2'000'001);
                c.resign();
            }),
            Refusal::CollateralOutOfBounds, "collateral-out-of-bounds");
        row("client one short", Mutation([](Case& c) { *c.context.clientEscrow -= 1; }),
            Refusal::ClientFundsShort, "client-funds-short");
        row("provider one short", Mutation([](Case& c) { *c.context.providerEscrow -= 1; }),
            Refusal::ProviderFundsShort, "provider-funds-short");
        row("transfers at the limit", Mutation([](Case& c) { c.context.clientTransfers = 2; }),
            Refusal::TooManyTransfers, "too-many-transfers");
        row("no storage", Mutation([](Case& c) { c.context.storageAvailable = false; }),
            Refusal::NoStorage, "no-storage");
    }

    void eachCheckRefuses() {
        QFETCH(Mutation, mutate);
        QFETCH(Refusal, refusal);
        QFETCH(QString, name);
        Case c = Case::valid();
        mutate(c);
        const auto verdict = c.check();
        QCOMPARE(verdict.refusal, refusal);
        QVERIFY(!verdict.accepted());
        QVERIFY(!verdict.reason.isEmpty());
        QCOMPARE(DealAcceptance::refusalName(verdict.refusal), name);
    }

    // Every refusal has a name of its own (the table above checks each against its spelling).
    void everyRefusalHasItsOwnName() {
        QSet<QString> names;
        const int last = static_cast<int>(Refusal::AlreadyKnown);
        for (int i = 1; i <= last; ++i) {
            const QString name = DealAcceptance::refusalName(static_cast<Refusal>(i));
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            names.insert(name);
        }
        QCOMPARE(names.size(), qsizetype(last));
    }

    void theFirstFailingCheckIsTheVerdict() {
        Case c = Case::valid();
        c.rules.acceptDeals = false;
        c.signature = Secp256k1::malleableTwin(c.signature);
        QCOMPARE(c.check().refusal, Refusal::NotAccepting);

        c = Case::valid();
        c.proposal.pricePerSecond = UInt256(1); // not signed again: the signature fails first
        QCOMPARE(c.check().refusal, Refusal::WrongSigner);
        c.resign();
        QCOMPARE(c.check().refusal, Refusal::PriceBelowAsk);
    }

    void theReasonNamesTheAmounts() {
        Case c = Case::valid();
        c.proposal.size = 3;
        c.proposal.chunkCount = 1;
        c.proposal.pricePerSecond = UInt256(5);
        c.resign();
        const auto verdict = c.check();
        QCOMPARE(verdict.refusal, Refusal::PriceBelowAsk);
        QCOMPARE(verdict.reason, QStringLiteral("the price of 5 per second is below the ask: 12 "
                                                "per second for 3 bytes at 4 per byte per second"));

        c = Case::valid();
        *c.context.clientEscrow -= 1;
        const auto shortVerdict = c.check();
        QCOMPARE(shortVerdict.refusal, Refusal::ClientFundsShort);
        QVERIFY2(shortVerdict.reason.contains(QStringLiteral("2879999999")) &&
                     shortVerdict.reason.contains(QStringLiteral("2880000000")),
                 qPrintable(shortVerdict.reason));
    }

    // The endpoint does not know the escrow balances when it checks (the runner reads them on
    // chain after, the contract at publication): unknown balances pass the funds checks, and
    // every other check still runs.
    void unknownBalancesSkipOnlyTheFundsChecks() {
        Case c = Case::valid();
        c.context.clientEscrow.reset();
        c.context.providerEscrow.reset();
        const auto accepted = c.check();
        QVERIFY2(accepted.accepted(), qPrintable(accepted.reason));
        c.proposal.pricePerSecond = UInt256(5);
        c.resign();
        QCOMPARE(c.check().refusal, Refusal::PriceBelowAsk);
        // Known again, a short one refuses.
        c = Case::valid();
        c.context.providerEscrow.reset();
        *c.context.clientEscrow -= 1;
        QCOMPARE(c.check().refusal, Refusal::ClientFundsShort);
    }

    // The malleable twin of a valid signature recovers to the client too: only its high s
    // refuses it, as the contract's signature check would.
    void theMalleableTwinIsRefused() {
        Case c = Case::valid();
        QVERIFY(c.check().accepted());
        const Signature twin = Secp256k1::malleableTwin(c.signature);
        QVERIFY(twin != c.signature);
        QCOMPARE(Secp256k1::recoverAddress(c.proposal.digest(c.context.domain), twin).value(),
                 c.proposal.client);
        c.signature = twin;
        const auto verdict = c.check();
        QCOMPARE(verdict.refusal, Refusal::HighS);
        QVERIFY(!verdict.reason.isEmpty());
    }

    void aSignatureForAnotherChainOrContractIsRefused() {
        Case c = Case::valid();
        c.signature = c.proposal.sign(key(kClientKey), DealProposal::domain(1, contract()));
        QCOMPARE(c.check().refusal, Refusal::WrongSigner);
        const Address otherContract =
            Address::fromHex(u"0x5fbdb2315678afecb367f032d93f642f64180aa4").value();
        c.signature = c.proposal.sign(key(kClientKey), DealProposal::domain(31337, otherContract));
        QCOMPARE(c.check().refusal, Refusal::WrongSigner);
        c.resign();
        QVERIFY(c.check().accepted());
    }

    // The contract debits the client's payment before it reads the provider's balance: a
    // provider that is its own client needs both in its escrow.
    void aProviderThatIsItsOwnClientNeedsPaymentAndCollateral() {
        Case c = Case::valid();
        c.proposal.client = c.context.provider;
        c.signature = c.proposal.sign(key(kProviderKey), c.context.domain);
        const UInt256 both = UInt256(400'000ull * 7'200 + 1'500'000);
        c.context.clientEscrow = both;
        c.context.providerEscrow = both;
        const auto accepted = c.check();
        QVERIFY2(accepted.accepted(), qPrintable(accepted.reason));

        c.context.clientEscrow = both - 1;
        c.context.providerEscrow = both - 1;
        QCOMPARE(c.check().refusal, Refusal::ProviderFundsShort);

        // Enough for the payment alone and for the collateral alone, not for both.
        c.context.clientEscrow = UInt256(400'000ull * 7'200);
        c.context.providerEscrow = UInt256(400'000ull * 7'200);
        const auto refused = c.check();
        QCOMPARE(refused.refusal, Refusal::ProviderFundsShort);
        QVERIFY2(refused.reason.contains(QStringLiteral("2881500000")), qPrintable(refused.reason));
    }

    // An ask so high that price × size does not fit in 256 bits is above any price.
    void anOverflowingAskIsAboveThePrice() {
        Case c = Case::valid();
        c.ask.pricePerBytePerSecond = uint256::max() / 50'000; // × 100 000 overflows
        const auto verdict = c.check();
        QCOMPARE(verdict.refusal, Refusal::PriceBelowAsk);
        QVERIFY2(verdict.reason.contains(QStringLiteral("2^256")), qPrintable(verdict.reason));

        // The same for the least collateral; an overflowing most collateral bounds nothing.
        c = Case::valid();
        c.ask.minCollateralPerByte = uint256::max() / 50'000;
        QCOMPARE(c.check().refusal, Refusal::CollateralOutOfBounds);
        c = Case::valid();
        c.ask.maxCollateralPerByte = uint256::max();
        QVERIFY(c.check().accepted());
    }

    void theBoundsThemselvesAreAccepted_data() {
        QTest::addColumn<Mutation>("mutate");
        QTest::newRow("start exactly the least lead ahead")
            << Mutation([](Case& c) { c.startAt(kNow + 600); });
        QTest::newRow("start exactly the most lead ahead")
            << Mutation([](Case& c) { c.startAt(kNow + 24 * 3'600); });
        QTest::newRow("duration exactly the least")
            << signedChange([](DealProposal& p) { p.end = p.start + 3'600; });
        QTest::newRow("duration exactly the most")
            << Mutation([](Case& c) { c.ask.maxDuration = 7'200; });
        QTest::newRow("size exactly the least and the most") << Mutation([](Case& c) {
            c.ask.minSize = c.proposal.size;
            c.ask.maxSize = c.proposal.size;
        });
        QTest::newRow("price exactly the ask, one byte past a block") << Mutation([](Case& c) {
            c.proposal.size = 65'537;
            c.proposal.chunkCount = 2;
            c.proposal.pricePerSecond = UInt256(4 * 65'537);
            c.proposal.providerCollateral = UInt256(1'000'000);
            c.resign();
        });
        QTest::newRow("collateral exactly the least")
            << signedChange([](DealProposal& p) { p.providerCollateral = UInt256(1'000'000); });
        QTest::newRow("collateral exactly the most") << Mutation([](Case& c) {
            c.proposal.providerCollateral = UInt256(2'000'000);
            c.context.providerEscrow = UInt256(2'000'000);
            c.resign();
        });
        QTest::newRow("end exactly 2^40 - 1") << Mutation([](Case& c) {
            c.context.now = static_cast<Timestamp>(kLatestEnd) - 8'400;
            c.startAt(static_cast<quint64>(c.context.now) + 1'200);
        });
        QTest::newRow("ask valid until now") << Mutation([](Case& c) { c.ask.validUntil = kNow; });
        QTest::newRow("transfers one below the limit") << Mutation([](Case& c) {
            c.rules.maxTransfersPerClient = 5;
            c.context.clientTransfers = 4;
        });
        QTest::newRow("client on the allow list")
            << Mutation([](Case& c) { c.rules.allowedClients.insert(c.proposal.client); });
        QTest::newRow("a free deal for a free ask") << Mutation([](Case& c) {
            c.ask.pricePerBytePerSecond = UInt256(0);
            c.proposal.pricePerSecond = UInt256(0);
            c.context.clientEscrow = UInt256(0);
            c.resign();
        });
    }

    void theBoundsThemselvesAreAccepted() {
        QFETCH(Mutation, mutate);
        Case c = Case::valid();
        mutate(c);
        const auto verdict = c.check();
        QVERIFY2(verdict.accepted(), qPrintable(DealAcceptance::refusalName(verdict.refusal) +
                                                QStringLiteral(": ") + verdict.reason));
        QVERIFY(verdict.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDealAcceptance)
#include "tst_dealacceptance.moc"
