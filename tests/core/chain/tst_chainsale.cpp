// The sales engine selling on a real chain: a HostEngine over a ChainMarket on anvil with our
// contracts reserves, fills, proves and collects the slots of a client's request, and its books
// (ledger, reservations, availability) equal what the chain says, to the last token unit; also
// across an engine and market destroyed mid-sale and opened again over the same files
// (ChainSaleFixture: the engine, the market and the transaction manager on one VirtualClock that
// the chain's time follows).

#include "core/domain/TokenAmount.h"
#include "tests/core/chain/ChainSaleFixture.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestChainSale : public ChainSaleFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpChain(); }
    void init() { setUpTest(); }
    void cleanup() { tearDownTest(); }

    // A request of two slots: the engine reserves, fills and proves both, collects at the end,
    // and its ledger moves exactly what the chain moved.
    void sellsARequestOnChain() {
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request = post(2);

        QVERIFY(drive([&] { return allEnded(2); }));
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Finished)});
        QCOMPARE(endedNames(1), QStringList{toString(SaleStateKind::Finished)});
        QVERIFY(m_seen.contains(SaleStateKind::Proving));
        const auto state = ask<std::optional<RequestState>>(
            [&](auto done) { m_market->requestState(request.id(), this, done); });
        QVERIFY(state && state->ok());
        QCOMPARE(state->value(), std::optional<RequestState>(RequestState::Finished));
        checkBooks(balanceBefore, *availability, 2);
        // The fills' approvals say their amount in tokens, every digit, as the wallet lists it:
        // one per fill when the fills came apart, or one for both when they waited together.
        const auto approvals = m_chainDb->queryValue(
            QStringLiteral("SELECT group_concat(label, '|') FROM chain_transactions WHERE label "
                           "LIKE 'approve %'"));
        SD_VERIFY_OK(approvals);
        const QStringList labels = approvals->toString().split(u'|', Qt::SkipEmptyParts);
        QVERIFY2(labels.size() == 1 || labels.size() == 2, qPrintable(labels.join(u'|')));
        const UInt256 each =
            labels.size() == 2 ? request.collateralPerSlot() : request.collateralPerSlot() * 2;
        const QString collateral =
            tokens::formatExact(each, m_market->config().token, QLocale::c());
        for (const QString& label : labels)
            QVERIFY2(label.startsWith(QStringLiteral("approve %1 for fillSlot ").arg(collateral)),
                     qPrintable(label));
        if (labels.size() == 1)
            QVERIFY2(labels.first().endsWith(QStringLiteral(" and 1 more")),
                     qPrintable(labels.first()));
    }

    // The engine and its market destroyed in the middle of a sale and opened again over the same
    // files and chain: the sale goes on and the books still equal the chain at the end.
    void recoversAfterACrash_data() {
        QTest::addColumn<int>("crashState");
        QTest::addColumn<QStringList>("ended");
        // The reservation without a fill is settled at start as a sale that died before its fill
        // (Ignored, nothing lost); the re-queued slot goes on with the reservation the chain
        // holds (holdsReservation) and finishes.
        QTest::newRow("between reserve and fill")
            << int(SaleStateKind::Downloading)
            << QStringList{toString(SaleStateKind::Ignored), toString(SaleStateKind::Finished)};
        QTest::newRow("after the fill")
            << int(SaleStateKind::Proving) << QStringList{toString(SaleStateKind::Finished)};
    }
    void recoversAfterACrash() {
        QFETCH(int, crashState);
        QFETCH(QStringList, ended);
        const auto crashIn = static_cast<SaleStateKind>(crashState);
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        post(1);

        QVERIFY(drive([&] { return m_seen.contains(crashIn); }));
        QVERIFY(m_ended.isEmpty());
        crash();
        QVERIFY(openHost());
        QVERIFY(drive([&] { return allEnded(1); }));
        QCOMPARE(endedNames(0), ended);
        checkBooks(balanceBefore, *availability, 1);
    }
};

QTEST_GUILESS_MAIN(TestChainSale)
#include "tst_chainsale.moc"
