// RetrievalTerms: chunks that grow by the increase, their prices, the rule that pays before
// each chunk, and the edges (a file ending exactly on a chunk's end, no bytes, huge intervals).
#include "core/chain/retrieval/RetrievalTerms.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace salesdesk;

namespace {

RetrievalTerms terms(quint64 interval, quint64 increase, quint64 price = 3) {
    RetrievalTerms t;
    t.pricePerByte = UInt256(price);
    t.paymentInterval = interval;
    t.paymentIntervalIncrease = increase;
    return t;
}

} // namespace

class TestRetrievalTerms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chunksGrowByTheIncrease() {
        const RetrievalTerms t = terms(100, 50);
        // 100, 150, 200, 250, then what is left of 1,000: 300.
        QCOMPARE(t.chunkCount(1'000), quint64(5));
        const quint64 begins[] = {0, 100, 250, 450, 700, 1'000};
        for (quint64 k = 0; k < 6; ++k)
            QCOMPARE(t.chunkBegin(k, 1'000), begins[k]);
        QCOMPARE(t.chunkEnd(4, 1'000), quint64(1'000));
        QCOMPARE(t.chunkBegin(99, 1'000), quint64(1'000));
    }

    void aFileEndingExactlyOnAChunksEndHasNoEmptyChunk() {
        const RetrievalTerms t = terms(100, 50);
        QCOMPARE(t.chunkCount(250), quint64(2));
        QCOMPARE(t.chunkEnd(1, 250), quint64(250));
        QCOMPARE(t.chunkCount(251), quint64(3));
        QCOMPARE(t.chunkEnd(2, 251), quint64(251));
    }

    void constantChunksWithoutAnIncrease() {
        const RetrievalTerms t = terms(64, 0);
        QCOMPARE(t.chunkCount(640), quint64(10));
        QCOMPARE(t.chunkCount(641), quint64(11));
        QCOMPARE(t.chunkBegin(7, 640), quint64(448));
    }

    void noBytesNoChunks() {
        const RetrievalTerms t = terms(100, 50);
        QCOMPARE(t.chunkCount(0), quint64(0));
        QCOMPARE(t.chunkBegin(0, 0), quint64(0));
    }

    void theChunkHoldingAByte() {
        const RetrievalTerms t = terms(100, 50);
        QCOMPARE(t.chunkAt(0, 1'000), quint64(0));
        QCOMPARE(t.chunkAt(99, 1'000), quint64(0));
        QCOMPARE(t.chunkAt(100, 1'000), quint64(1));
        QCOMPARE(t.chunkAt(449, 1'000), quint64(2));
        QCOMPARE(t.chunkAt(450, 1'000), quint64(3));
        QCOMPARE(t.chunkAt(999, 1'000), quint64(4));
    }

    // Chunk k goes out once the bytes before it are paid: the first is free, each later one
    // needs the price of all before it.
    void eachChunkNeedsTheBytesBeforeItPaid() {
        const RetrievalTerms t = terms(100, 50, 7);
        QCOMPARE(t.paidBeforeChunk(0, 1'000).value(), UInt256(0));
        QCOMPARE(t.paidBeforeChunk(1, 1'000).value(), UInt256(700));
        QCOMPARE(t.paidBeforeChunk(4, 1'000).value(), UInt256(7 * 700));
        QCOMPARE(t.priceOf(1'000).value(), UInt256(7'000));
    }

    void aPriceThatOverflowsIsAnError() {
        RetrievalTerms t = terms(100, 0);
        t.pricePerByte = uint256::max();
        SD_VERIFY_ERROR(t.priceOf(2), ErrorCode::Overflow);
        QCOMPARE(t.priceOf(1).value(), uint256::max());
    }

    void intervalsAreBounded() {
        SD_VERIFY_ERROR(terms(0, 10).validate(), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(terms((quint64(1) << 40) + 1, 0).validate(), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(terms(1, (quint64(1) << 40) + 1).validate(), ErrorCode::InvalidArgument);
        SD_VERIFY_OK(terms(1, 0).validate());
    }

    // Lengths saturate rather than wrap: a huge increase on a huge file still ends.
    void hugeLengthsDoNotWrap() {
        const RetrievalTerms t = terms(quint64(1) << 40, ~quint64(0) / 2);
        const quint64 size = ~quint64(0) - 5;
        QCOMPARE(t.chunkCount(size), quint64(3));
        QCOMPARE(t.chunkEnd(2, size), size);
    }
};

QTEST_GUILESS_MAIN(TestRetrievalTerms)
#include "tst_retrievalterms.moc"
