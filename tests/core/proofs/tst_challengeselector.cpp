#include "core/proofs/ChallengeSelector.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QObject>
#include <QSet>
#include <QTest>
#include <QtEndian>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

Hash32 challengeNumber(int n) {
    return Hash32::fromBytes(QCryptographicHash::hash(
        QByteArray(QByteArray("challenge ") + QByteArray::number(n)), QCryptographicHash::Sha256));
}

} // namespace

class TestChallengeSelector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void drawIsTheDocumentedHash();
    void selectionIsDeterministicInRangeAndDistinct();
    void selectsMinOfThreeAndBlockCount();
    void everyBlockOfASmallSlotIsChallengedSometimes();
    void differentChallengesSelectDifferentBlocks();
};

void TestChallengeSelector::drawIsTheDocumentedHash() {
    const Hash32 challenge = challengeNumber(1);
    for (quint64 i : {0ull, 1ull, 2ull, 1000ull}) {
        QByteArray input = challenge.toByteArray();
        char counter[8];
        qToBigEndian<quint64>(i, counter);
        input.append(counter, 8);
        const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
        QCOMPARE(ChallengeSelector::draw(challenge, i),
                 qFromBigEndian<quint64>(digest.constData()));
    }
    // First selected index is draw_0 mod n.
    QCOMPARE(ChallengeSelector::select(challenge, 1000).front(),
             ChallengeSelector::draw(challenge, 0) % 1000);
}

void TestChallengeSelector::selectionIsDeterministicInRangeAndDistinct() {
    for (int c = 0; c < 200; ++c) {
        const Hash32 challenge = challengeNumber(c);
        for (quint64 blocks : {1ull, 2ull, 3ull, 4ull, 5ull, 17ull, 16384ull}) {
            const auto selected = ChallengeSelector::select(challenge, blocks);
            QCOMPARE(selected, ChallengeSelector::select(challenge, blocks));
            QSet<quint64> distinct;
            for (quint64 index : selected) {
                QVERIFY(index < blocks);
                distinct.insert(index);
            }
            QCOMPARE(static_cast<std::size_t>(distinct.size()), selected.size());
        }
    }
}

void TestChallengeSelector::selectsMinOfThreeAndBlockCount() {
    const Hash32 challenge = challengeNumber(9);
    QVERIFY(ChallengeSelector::select(challenge, 0).empty());
    QCOMPARE(ChallengeSelector::select(challenge, 1), std::vector<quint64>{0});
    QCOMPARE(ChallengeSelector::select(challenge, 2).size(), 2u);
    QCOMPARE(ChallengeSelector::select(challenge, 3).size(), 3u);
    QCOMPARE(ChallengeSelector::select(challenge, 1'000'000).size(), 3u);
    QCOMPARE(ChallengeSelector::blocksPerChallenge(2), 2u);
    QCOMPARE(ChallengeSelector::blocksPerChallenge(16384), ChallengeSelector::kBlocksPerChallenge);
}

void TestChallengeSelector::everyBlockOfASmallSlotIsChallengedSometimes() {
    QSet<quint64> seen;
    for (int c = 0; c < 100; ++c)
        for (quint64 index : ChallengeSelector::select(challengeNumber(c), 10))
            seen.insert(index);
    QCOMPARE(seen.size(), 10);
}

void TestChallengeSelector::differentChallengesSelectDifferentBlocks() {
    QSet<quint64> firsts;
    for (int c = 0; c < 50; ++c)
        firsts.insert(ChallengeSelector::select(challengeNumber(c), 16384).front());
    QVERIFY(firsts.size() > 45); // 50 draws out of 16384: collisions are rare
}

QTEST_GUILESS_MAIN(TestChallengeSelector)
#include "tst_challengeselector.moc"
