// DealBook: the provider's direct deals in the host database. A deal is named by its proposal's
// EIP-712 digest, moves only along the allowed transitions, and keeps what it was given and what
// the chain said of it across a restart.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealBook.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'800'000'000;
constexpr quint64 kChainId = 31337;
constexpr quint64 kSize = 200'000; // four chunks, the last one partly filled

using State = Deal::State;

Address address(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

Hash32 hash(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

ReservationId reservationId(char fill) {
    return ReservationId::fromBytes(QByteArray(32, fill));
}

const QList<State>& allStates() {
    static const QList<State> states = {
        State::AwaitingData,
        State::Transferring,
        State::Verifying,
        State::Publishing,
        State::AwaitingActivation,
        State::Active,
        State::Expired,
        State::Slashed,
        State::Failed,
    };
    return states;
}

// The moves the header allows, written out one by one (the tests compare the book against this
// list, not against the book's own rule).
const QList<std::pair<State, State>>& allowedPairs() {
    static const QList<std::pair<State, State>> moves = {
        {State::AwaitingData, State::Verifying},
        {State::Transferring, State::Verifying},
        {State::Verifying, State::Publishing},
        {State::Verifying, State::Transferring},
        {State::Publishing, State::AwaitingActivation},
        {State::AwaitingActivation, State::Active},
        {State::Active, State::Expired},
        {State::Active, State::Slashed},
        {State::AwaitingData, State::Failed},
        {State::Transferring, State::Failed},
        {State::Verifying, State::Failed},
        {State::Publishing, State::Failed},
        {State::AwaitingActivation, State::Failed},
        {State::Active, State::Failed},
    };
    return moves;
}

} // namespace

class TestDealBook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        open();
    }
    void cleanup() {
        m_book.reset();
        m_db.reset();
        m_dir.reset();
    }

    void stateNamesAreTheStoredWords() {
        const QStringList names = {
            QStringLiteral("awaiting-data"),
            QStringLiteral("transferring"),
            QStringLiteral("verifying"),
            QStringLiteral("publishing"),
            QStringLiteral("awaiting-activation"),
            QStringLiteral("active"),
            QStringLiteral("expired"),
            QStringLiteral("slashed"),
            QStringLiteral("failed"),
        };
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(Deal::stateName(allStates().at(i)), names.at(i));
            QCOMPARE(Deal::stateFromName(names.at(i)), std::optional<State>(allStates().at(i)));
        }
        QVERIFY(!Deal::stateFromName(u"Active").has_value());
        QVERIFY(!Deal::stateFromName(u"").has_value());
    }

    void aCreatedDealIsFoundWithEveryField() {
        const DealProposal p = proposal(1);
        const Signature signature = p.sign(m_client, domain());
        const auto created =
            m_book->create(kChainId, m_contract, p, signature, reservationId(0x44), kNow);
        SD_VERIFY_OK(created);
        // Named by what the client signed: the contract's proposalDigest.
        QCOMPARE(created->id, p.digest(domain()));
        QCOMPARE(created->state, State::AwaitingData);

        const auto found = m_book->find(created->id);
        SD_VERIFY_OK(found);
        QCOMPARE(found->id, created->id);
        QCOMPARE(found->chainId, kChainId);
        QCOMPARE(found->contract, m_contract);
        QCOMPARE(found->proposal, p);
        QCOMPARE(found->proposal.pricePerSecond, p.pricePerSecond);
        QCOMPARE(found->proposal.salt, p.salt);
        QCOMPARE(found->clientSignature, signature);
        QCOMPARE(found->reservation, std::optional<ReservationId>(reservationId(0x44)));
        QCOMPARE(found->state, State::AwaitingData);
        QVERIFY(found->reason.isEmpty());
        QCOMPARE(found->bytesReceived, quint64(0));
        QCOMPARE(found->proofsSubmitted, quint64(0));
        QCOMPARE(found->missedProofs, quint64(0));
        QCOMPARE(found->paid, UInt256(0));
        QCOMPARE(found->collateralLeft, UInt256(0));
        QCOMPARE(found->createdAt, kNow);
        QCOMPARE(found->updatedAt, kNow);
        QVERIFY(found->transferring());
        QVERIFY(!found->final());

        // The row holds the proposal as compact JSON, the client and provider beside it.
        Statement& row = m_db->statement(
            QStringLiteral("SELECT proposal, client, provider, size, length(signature)"
                           " FROM deals WHERE id = ?"));
        SD_VERIFY_OK(row.bind(0, created->id.toByteArray()).exec());
        QVERIFY(row.next());
        const QByteArray json = row.value(0).toString().toUtf8();
        QCOMPARE(json, QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY(!json.contains('\n'));
        QCOMPARE(row.value(1).toByteArray(), p.client.toByteArray());
        QCOMPARE(row.value(2).toByteArray(), p.provider.toByteArray());
        QCOMPARE(row.value(3).toULongLong(), kSize);
        QCOMPARE(row.value(4).toInt(), 65);
        row.finish();

        // A deal may be taken without a reservation (none is kept then).
        const auto bare = m_book->create(kChainId, m_contract, proposal(2),
                                         proposal(2).sign(m_client, domain()), std::nullopt, kNow);
        SD_VERIFY_OK(bare);
        QVERIFY(!m_book->find(bare->id)->reservation.has_value());
    }

    void aDealIsCreatedOnce() {
        const Deal deal = create(1);
        const DealProposal p = proposal(1);
        SD_VERIFY_ERROR(m_book->create(kChainId, m_contract, p, p.sign(m_client, domain()),
                                       reservationId(0x55), kNow + 10),
                        ErrorCode::Conflict);
        // The first one is as it was.
        QCOMPARE(m_book->find(deal.id)->reservation, deal.reservation);
        QCOMPARE(m_book->find(deal.id)->createdAt, kNow);
        QCOMPARE(m_book->recent(10)->size(), 1);
        // The same proposal for another contract is another deal.
        const Address other = address(0x66);
        const auto elsewhere = m_book->create(
            kChainId, other, p, p.sign(m_client, DealProposal::domain(kChainId, other)),
            std::nullopt, kNow);
        SD_VERIFY_OK(elsewhere);
        QVERIFY(elsewhere->id != deal.id);
        QCOMPARE(m_book->recent(10)->size(), 2);
    }

    void badInputIsRefusedBeforeAnythingIsWritten() {
        const DealProposal p = proposal(1);
        SD_VERIFY_ERROR(
            m_book->create(0, m_contract, p, p.sign(m_client, domain()), std::nullopt, kNow),
            ErrorCode::InvalidArgument);
        Signature shortSignature = p.sign(m_client, domain());
        shortSignature.r.chop(1);
        SD_VERIFY_ERROR(m_book->create(kChainId, m_contract, p, shortSignature, std::nullopt, kNow),
                        ErrorCode::InvalidArgument);
        DealProposal huge = p;
        huge.size = quint64(1) << 63;
        SD_VERIFY_ERROR(m_book->create(kChainId, m_contract, huge, huge.sign(m_client, domain()),
                                       std::nullopt, kNow),
                        ErrorCode::InvalidArgument);
        QCOMPARE(m_book->recent(10)->size(), 0);
    }

    void anUnknownDealIsNotFound() {
        create(1);
        SD_VERIFY_ERROR(m_book->find(hash(0x77)), ErrorCode::NotFound);
        SD_VERIFY_ERROR(m_book->recordReceived(hash(0x77), 10, kNow), ErrorCode::NotFound);
        SD_VERIFY_ERROR(m_book->moveTo(hash(0x77), State::Failed, kNow), ErrorCode::NotFound);
        SD_VERIFY_ERROR(m_book->recordProgress(hash(0x77), 1, 0, UInt256(1), UInt256(1), kNow),
                        ErrorCode::NotFound);
    }

    void receivedBytesOnlyGrowUpToTheSize() {
        const Deal deal = create(1);
        // Nothing stored yet: the deal still waits for its data.
        QCOMPARE(m_book->recordReceived(deal.id, 0, kNow + 1)->state, State::AwaitingData);
        const auto first = m_book->recordReceived(deal.id, 65'536, kNow + 2);
        SD_VERIFY_OK(first);
        QCOMPARE(first->state, State::Transferring);
        QCOMPARE(first->bytesReceived, quint64(65'536));
        QCOMPARE(first->updatedAt, kNow + 2);
        // A chunk pushed again does not take it back.
        const auto again = m_book->recordReceived(deal.id, 1'000, kNow + 3);
        QCOMPARE(again->bytesReceived, quint64(65'536));
        QCOMPARE(again->state, State::Transferring);
        QCOMPARE(m_book->find(deal.id)->bytesReceived, quint64(65'536));
        QCOMPARE(m_book->recordReceived(deal.id, 131'072, kNow + 4)->bytesReceived,
                 quint64(131'072));
        // Never past the size; all of it received, the deal still waits to be verified.
        const auto all = m_book->recordReceived(deal.id, kSize + 5'000, kNow + 5);
        QCOMPARE(all->bytesReceived, kSize);
        QCOMPARE(all->state, State::Transferring);
        QCOMPARE(m_book->find(deal.id)->bytesReceived, kSize);
        QCOMPARE(m_book->find(deal.id)->updatedAt, kNow + 5);
        // Once verifying, it takes no more data.
        SD_VERIFY_OK(m_book->moveTo(deal.id, State::Verifying, kNow + 6));
        const auto late = m_book->recordReceived(deal.id, kSize, kNow + 7);
        SD_VERIFY_ERROR(late, ErrorCode::Conflict);
        QVERIFY2(late.message().contains(QStringLiteral("verifying")), qPrintable(late.message()));
        QCOMPARE(m_book->find(deal.id)->updatedAt, kNow + 6);
    }

    void noDataIsTakenOnceTransferIsOver() {
        quint64 salt = 0;
        for (const State state : allStates()) {
            ++salt; // a deal of its own for each state
            if (state == State::AwaitingData || state == State::Transferring)
                continue;
            const Deal deal = reach(state, salt);
            const quint64 received = deal.bytesReceived;
            SD_VERIFY_ERROR(m_book->recordReceived(deal.id, 10, kNow + 100), ErrorCode::Conflict);
            QCOMPARE(m_book->find(deal.id)->state, state);
            QCOMPARE(m_book->find(deal.id)->bytesReceived, received);
        }
    }

    void allowedMoves_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (const State from : allStates())
            for (const State to : allStates())
                if (allowedPairs().contains({from, to}))
                    QTest::addRow("%s -> %s", qPrintable(Deal::stateName(from)),
                                  qPrintable(Deal::stateName(to)))
                        << int(from) << int(to);
    }
    void allowedMoves() {
        QFETCH(int, from);
        QFETCH(int, to);
        const Deal deal = reach(State(from));
        QCOMPARE(deal.state, State(from));
        const auto moved = m_book->moveTo(deal.id, State(to), kNow + 100);
        SD_VERIFY_OK(moved);
        QCOMPARE(moved->state, State(to));
        QCOMPARE(moved->updatedAt, kNow + 100);
        const auto stored = m_book->find(deal.id);
        QCOMPARE(stored->state, State(to));
        QCOMPARE(stored->updatedAt, kNow + 100);
        QCOMPARE(stored->createdAt, deal.createdAt);
    }

    void forbiddenMovesAreConflicts_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        int rows = 0;
        for (const State from : allStates())
            for (const State to : allStates())
                if (!allowedPairs().contains({from, to})) {
                    QTest::addRow("%s -> %s", qPrintable(Deal::stateName(from)),
                                  qPrintable(Deal::stateName(to)))
                        << int(from) << int(to);
                    ++rows;
                }
        QCOMPARE(rows, 9 * 9 - 14);
    }
    void forbiddenMovesAreConflicts() {
        QFETCH(int, from);
        QFETCH(int, to);
        const Deal deal = reach(State(from));
        const auto refused = m_book->moveTo(deal.id, State(to), kNow + 100, QStringLiteral("x"));
        SD_VERIFY_ERROR(refused, ErrorCode::Conflict);
        // The message names where the deal is and where it was asked to go.
        QVERIFY2(refused.message().contains(Deal::stateName(State(from))) &&
                     refused.message().contains(Deal::stateName(State(to))),
                 qPrintable(refused.message()));
        const auto stored = m_book->find(deal.id);
        QCOMPARE(stored->state, State(from));
        QCOMPARE(stored->updatedAt, deal.updatedAt);
        QCOMPARE(stored->reason, deal.reason);
    }

    void rejectedDataIsPushedAgainFromTheStart() {
        const Deal deal = create(1);
        SD_VERIFY_OK(m_book->recordReceived(deal.id, kSize, kNow + 1));
        SD_VERIFY_OK(m_book->moveTo(deal.id, State::Verifying, kNow + 2));
        const auto back = m_book->moveTo(deal.id, State::Transferring, kNow + 3,
                                         QStringLiteral("the slot root did not match"));
        SD_VERIFY_OK(back);
        QCOMPARE(back->state, State::Transferring);
        QCOMPARE(back->bytesReceived, quint64(0));
        QVERIFY(back->reason.isEmpty()); // kept with Failed and Slashed only
        QCOMPARE(m_book->find(deal.id)->bytesReceived, quint64(0));
        QCOMPARE(m_book->find(deal.id)->state, State::Transferring);
        // And it takes the data again.
        QCOMPARE(m_book->recordReceived(deal.id, 100, kNow + 4)->bytesReceived, quint64(100));
        QCOMPARE(m_book->transfersOf(proposal(1).client).value(), 1);
    }

    void failedAndSlashedKeepTheirReason() {
        const Deal failing = create(1);
        const QString never = QStringLiteral("publishDeal reverted: ProposalExpired");
        const auto failed = m_book->moveTo(failing.id, State::Failed, kNow + 1, never);
        QCOMPARE(failed->reason, never);
        QCOMPARE(m_book->find(failing.id)->reason, never);
        QVERIFY(m_book->find(failing.id)->final());

        const Deal slashing = reach(State::Active, 2);
        const QString missed = QStringLiteral("5 proofs missed");
        QCOMPARE(m_book->moveTo(slashing.id, State::Slashed, kNow + 2, missed)->reason, missed);
        QCOMPARE(m_book->find(slashing.id)->reason, missed);

        // Other states keep no reason, even when one is given.
        const Deal moving = create(3);
        QVERIFY(m_book->moveTo(moving.id, State::Verifying, kNow + 3, QStringLiteral("why"))
                    ->reason.isEmpty());
        QVERIFY(m_book->find(moving.id)->reason.isEmpty());

        // The reasons survive a restart.
        open();
        QCOMPARE(m_book->find(failing.id)->reason, never);
        QCOMPARE(m_book->find(slashing.id)->reason, missed);
    }

    void progressIsWhatTheChainSaid() {
        const Deal deal = reach(State::Active);
        const auto progress =
            m_book->recordProgress(deal.id, 12, 2, UInt256(4'200), UInt256(900), kNow + 50);
        SD_VERIFY_OK(progress);
        QCOMPARE(progress->proofsSubmitted, quint64(12));
        QCOMPARE(progress->missedProofs, quint64(2));
        QCOMPARE(progress->paid, UInt256(4'200));
        QCOMPARE(progress->collateralLeft, UInt256(900));
        QCOMPARE(progress->updatedAt, kNow + 50);
        QCOMPARE(progress->state, State::Active);
        auto stored = m_book->find(deal.id);
        QCOMPARE(stored->proofsSubmitted, quint64(12));
        QCOMPARE(stored->missedProofs, quint64(2));
        QCOMPARE(stored->paid, UInt256(4'200));
        QCOMPARE(stored->collateralLeft, UInt256(900));
        QCOMPARE(stored->updatedAt, kNow + 50);
        // 256-bit amounts are kept whole.
        SD_VERIFY_OK(
            m_book->recordProgress(deal.id, 13, 2, uint256::max(), uint256::max() - 1, kNow + 60));
        stored = m_book->find(deal.id);
        QCOMPARE(stored->paid, uint256::max());
        QCOMPARE(stored->collateralLeft, uint256::max() - 1);
        QCOMPARE(stored->proofsSubmitted, quint64(13));
        QCOMPARE(stored->state, State::Active);
    }

    void unfinishedDealsAreTheNotFinalOnesOldestFirst() {
        const Deal third = create(1, kNow + 30);
        const Deal first = create(2, kNow + 10);
        const Deal failed = create(3, kNow + 5);
        const Deal second = create(4, kNow + 20);
        const Deal expired = reach(State::Expired, 5, kNow + 1);
        const Deal slashed = reach(State::Slashed, 6, kNow + 2);
        const Deal active = reach(State::Active, 7, kNow + 25);
        SD_VERIFY_OK(m_book->moveTo(failed.id, State::Failed, kNow + 40, QStringLiteral("gone")));
        const auto unfinished = m_book->unfinished();
        SD_VERIFY_OK(unfinished);
        QCOMPARE(unfinished->size(), 4);
        QCOMPARE(unfinished->at(0).id, first.id);
        QCOMPARE(unfinished->at(1).id, second.id);
        QCOMPARE(unfinished->at(2).id, active.id);
        QCOMPARE(unfinished->at(2).state, State::Active);
        QCOMPARE(unfinished->at(3).id, third.id);
        for (const Deal& deal : *unfinished)
            QVERIFY(deal.id != expired.id && deal.id != slashed.id && deal.id != failed.id);
    }

    void recentDealsAreNewestFirst() {
        const Deal a = create(1, kNow + 1);
        const Deal c = create(2, kNow + 3);
        const Deal b = reach(State::Failed, 3, kNow + 2);
        const Deal d = create(4, kNow + 4);
        const auto two = m_book->recent(2);
        SD_VERIFY_OK(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).id, d.id);
        QCOMPARE(two->at(1).id, c.id);
        const auto all = m_book->recent(10);
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(2).id, b.id);
        QCOMPARE(all->at(2).state, State::Failed); // final ones too
        QCOMPARE(all->at(3).id, a.id);
        QCOMPARE(m_book->recent(0)->size(), 0);
    }

    void transfersAreCountedPerClient() {
        QCOMPARE(m_book->transfersOf(m_client.address()).value(), 0);
        create(1);                                                    // awaiting data
        SD_VERIFY_OK(m_book->recordReceived(create(2).id, 10, kNow)); // transferring
        reach(State::Verifying, 3);
        reach(State::Failed, 4);
        reach(State::Active, 5);
        const Deal others = create(6, kNow, m_other);
        QCOMPARE(m_book->transfersOf(m_client.address()).value(), 2);
        QCOMPARE(m_book->transfersOf(m_other.address()).value(), 1);
        QCOMPARE(m_book->transfersOf(address(0x7e)).value(), 0);
        SD_VERIFY_OK(m_book->moveTo(others.id, State::Failed, kNow + 1));
        QCOMPARE(m_book->transfersOf(m_other.address()).value(), 0);
    }

    void totalPaidSumsEveryDeal() {
        QCOMPARE(m_book->totalPaid().value(), UInt256(0));
        const Deal active = reach(State::Active, 1);
        const Deal expired = reach(State::Active, 2);
        create(3);
        SD_VERIFY_OK(
            m_book->recordProgress(active.id, 3, 0, UInt256(100), UInt256(1'000), kNow + 1));
        SD_VERIFY_OK(
            m_book->recordProgress(expired.id, 9, 1, UInt256(250), UInt256(800), kNow + 1));
        SD_VERIFY_OK(m_book->moveTo(expired.id, State::Expired, kNow + 2));
        QCOMPARE(m_book->totalPaid().value(), UInt256(350));
        // What a deal was paid is its newest figure, not a sum of them.
        SD_VERIFY_OK(
            m_book->recordProgress(active.id, 4, 0, UInt256(120), UInt256(1'000), kNow + 3));
        QCOMPARE(m_book->totalPaid().value(), UInt256(370));
    }

    void theBooksSurviveARestart() {
        const Deal active = reach(State::Active, 1);
        SD_VERIFY_OK(m_book->recordProgress(active.id, 7, 1, UInt256(77), UInt256(500), kNow + 9));
        const Deal receiving = create(2, kNow + 3);
        SD_VERIFY_OK(m_book->recordReceived(receiving.id, 4'096, kNow + 4));
        const Deal before = m_book->find(active.id).value();

        open();
        const auto after = m_book->find(active.id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->chainId, before.chainId);
        QCOMPARE(after->contract, before.contract);
        QCOMPARE(after->proposal, proposal(1));
        QCOMPARE(after->clientSignature, before.clientSignature);
        QCOMPARE(after->reservation, before.reservation);
        QCOMPARE(after->state, State::Active);
        QCOMPARE(after->proofsSubmitted, quint64(7));
        QCOMPARE(after->missedProofs, quint64(1));
        QCOMPARE(after->paid, UInt256(77));
        QCOMPARE(after->collateralLeft, UInt256(500));
        QCOMPARE(after->createdAt, before.createdAt);
        QCOMPARE(after->updatedAt, kNow + 9);
        QCOMPARE(m_book->find(receiving.id)->bytesReceived, quint64(4'096));
        QCOMPARE(m_book->find(receiving.id)->state, State::Transferring);
        QCOMPARE(m_book->unfinished()->size(), 2);
        QCOMPARE(m_book->transfersOf(m_client.address()).value(), 1);
        QCOMPARE(m_book->totalPaid().value(), UInt256(77));
    }

    // A change made inside a caller's transaction that rolls back leaves no trace.
    void aChangeInsideARolledBackTransactionIsUndone() {
        const Deal deal = create(1);
        {
            auto outer = m_db->begin();
            SD_VERIFY_OK(outer);
            SD_VERIFY_OK(m_book->moveTo(deal.id, State::Failed, kNow + 1, QStringLiteral("x")));
            QCOMPARE(m_book->find(deal.id)->state, State::Failed);
        } // rolled back
        QCOMPARE(m_book->find(deal.id)->state, State::AwaitingData);
        QVERIFY(m_book->find(deal.id)->reason.isEmpty());
    }

private:
    void open() {
        m_book.reset();
        m_db.reset();
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        m_db = std::move(*db);
        m_book = std::make_unique<DealBook>(*m_db);
    }

    Eip712Domain domain() const { return DealProposal::domain(kChainId, m_contract); }

    // A proposal of `client` that `salt` tells apart from the others.
    DealProposal proposal(quint64 salt, const PrivateKey* client = nullptr) const {
        DealProposal p;
        p.client = (client ? *client : m_client).address();
        p.provider = address(0x22);
        p.dataRoot = hash(0x33);
        p.size = kSize;
        p.chunkCount = DealProposal::chunkCountOf(kSize);
        p.start = kNow + 600;
        p.end = kNow + 600 + 86'400;
        p.pricePerSecond = UInt256(7);
        p.providerCollateral = UInt256(1'000'000);
        p.salt = UInt256(salt);
        return p;
    }

    // Creates the deal of proposal(salt) at `at`, with a reservation.
    Deal create(quint64 salt, Timestamp at = kNow) { return create(salt, at, m_client); }
    Deal create(quint64 salt, Timestamp at, const PrivateKey& client) {
        const DealProposal p = proposal(salt, &client);
        auto deal = m_book->create(kChainId, m_contract, p, p.sign(client, domain()),
                                   reservationId(static_cast<char>(salt)), at);
        if (!deal.ok())
            qFatal("create: %s", qPrintable(deal.message()));
        return std::move(deal).value();
    }

    // A new deal brought to `state` by the usual way there (each step a second later).
    Deal reach(State state, quint64 salt = 1, Timestamp at = kNow) {
        Deal deal = create(salt, at);
        const auto step = [&](State to) {
            auto moved = m_book->moveTo(deal.id, to, ++at);
            if (!moved.ok())
                qFatal("reach: %s", qPrintable(moved.message()));
            deal = std::move(moved).value();
        };
        switch (state) {
        case State::AwaitingData:
            break;
        case State::Transferring:
            deal = m_book->recordReceived(deal.id, 1, ++at).value();
            break;
        case State::Failed:
            step(State::Failed);
            break;
        default:
            deal = m_book->recordReceived(deal.id, kSize, ++at).value();
            for (const State to :
                 {State::Verifying, State::Publishing, State::AwaitingActivation, State::Active}) {
                step(to);
                if (to == state)
                    return deal;
            }
            step(state); // Expired or Slashed, from Active
            break;
        }
        return deal;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DealBook> m_book;
    const PrivateKey m_client = PrivateKey::fromBytes(QByteArray(32, 5)).value();
    const PrivateKey m_other = PrivateKey::fromBytes(QByteArray(32, 6)).value();
    const Address m_contract = address(0x33);
};

QTEST_GUILESS_MAIN(TestDealBook)
#include "tst_dealbook.moc"
