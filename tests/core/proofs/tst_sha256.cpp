#include "core/proofs/Sha256.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::proofs;

namespace {

Hash32 qtSha256(const QByteArray& data) {
    return Hash32::fromBytes(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

} // namespace

class TestSha256 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers();
    void matchesQtOnLargeInput();
    void incrementalEqualsOneShotAndObjectIsReusable();
    void hashPairIsHashOfConcatenation();
};

void TestSha256::knownAnswers() {
    // FIPS 180-2 examples.
    QCOMPARE(Sha256::hash(QByteArrayView("")).toHex(),
             QStringLiteral("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Sha256::hash(QByteArrayView("abc")).toHex(),
             QStringLiteral("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSha256::matchesQtOnLargeInput() {
    QByteArray data(1 << 20, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char& c : data)
        c = static_cast<char>(random.bounded(256));
    QCOMPARE(Sha256::hash(data), qtSha256(data));
}

void TestSha256::incrementalEqualsOneShotAndObjectIsReusable() {
    const QByteArray data = QByteArray("The quick brown fox jumps over the lazy dog").repeated(100);
    Sha256 hasher;
    hasher.add(QByteArrayView(data).first(1000));
    hasher.add(QByteArrayView(data).sliced(1000));
    QCOMPARE(hasher.finish(), qtSha256(data));
    hasher.add(QByteArrayView("abc"));
    QCOMPARE(hasher.finish(), qtSha256("abc"));
    QCOMPARE(hasher.finish(), qtSha256("")); // nothing added since the last finish
}

void TestSha256::hashPairIsHashOfConcatenation() {
    const Hash32 left = qtSha256("left");
    const Hash32 right = qtSha256("right");
    QCOMPARE(Sha256::hashPair(left, right), qtSha256(left.toByteArray() + right.toByteArray()));
    QVERIFY(Sha256::hashPair(left, right) != Sha256::hashPair(right, left));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
