// `salesdesk-cli host` selling a request that is cancelled after its fill, killed at the moments
// that matter and restarted on the same data directory: anvil (a block a second) with our
// contracts and a 10-second proof period; a client (in-process, MarketplaceSession) posts a
// request of two slots and the host offers room for one. The host is killed right after its
// fillSlot was answered and before the deposit was booked (sale.fill.afterMarket); while it is
// down the chain's time passes the request's expiry (evm_increaseTime), so the request is
// cancelled with one slot unfilled; restarted, the host frees its slot of the cancelled request
// and is killed again after freeSlot paid and before the ledger booked it
// (sale.payout.afterMarket); a last run settles it and stops on SIGTERM. Then the books are exact:
// the host's token balance moved by what the ledger booked (the deposit out, the pay up to the
// expiry and the collateral in), as did the token transfers its follower stored, no reservation
// is left, the availability is whole again and the chain lists no slot of the host.

#include "core/chain/market/MarketplaceCalls.h"
#include "core/domain/MarketStates.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/CliHost.h"
#include "tests/support/chain/CliWallet.h"
#include "tests/support/chain/HostBooks.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSlotSize = 2 * kBlock + 500;
constexpr quint64 kPeriod = 10;
constexpr quint64 kDuration = 600;
constexpr quint64 kExpiry = 300; // passed with evm_increaseTime, not waited for
constexpr int kRunMs = 90'000;
const QString kCli = QStringLiteral(SALESDESK_CLI);

} // namespace

class TestHostCancelCli : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_passphrase;
    std::unique_ptr<CliHost> m_host;

    Address host() const { return m_chain.account(2); }

private Q_SLOTS:
    void initTestCase() {
        LocalChain::Options options;
        options.anvil.blockTimeSeconds = 1;
        options.market.periodSeconds = kPeriod;
        options.market.proofTimeout = 5;
        QVERIFY2(m_chain.start(options), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY2(m_session->error().isEmpty(), qPrintable(m_session->error()));
        QVERIFY(m_dir.isValid());
        m_passphrase = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(m_passphrase, "host passphrase\n"));
        m_data = importedWallet(kCli, m_chain, m_dir.path(), 2, m_passphrase);
        QVERIFY(!m_data.isEmpty());
        m_host = std::make_unique<CliHost>(kCli, m_chain, m_data, m_passphrase, kSlotSize);
    }

    void cancelledAfterTheFillKilledBooksExact() {
        const UInt256 balanceBefore = m_session->balanceOf(host());
        const StorageRequest request =
            MarketplaceSession::makeRequest(m_chain.account(4), 2, kSlotSize, kDuration, kExpiry);
        const auto posted = m_session->post(request);
        QVERIFY2(posted.ok(), qPrintable(MarketplaceSession::failure(posted)));

        // 1. Killed with the fill answered and the deposit not booked.
        QVERIFY(m_host->runUntilCrash(QStringLiteral("sale.fill.afterMarket"), kRunMs));

        // 2. The expiry passes while the host is down: the request is cancelled.
        QVERIFY(m_chain.increaseTime(qint64(kExpiry) + 20));
        QVERIFY(m_chain.mine(1));
        const auto state = m_session->view(marketplace::requestState(request.id()));
        QVERIFY2(state.ok(), qPrintable(MarketplaceSession::failure(state)));
        const auto requestState = m_session->answers().requestState(*state);
        SD_VERIFY_OK(requestState);
        QVERIFY(*requestState == RequestState::Cancelled);

        // 3. Killed with freeSlot paid and not booked.
        QVERIFY(m_host->runUntilCrash(QStringLiteral("sale.payout.afterMarket"), kRunMs));

        // 4. Settles, then SIGTERM.
        {
            auto process = m_host->start();
            QString out;
            static const QRegularExpression cancelled(
                QStringLiteral("/(\\d+): (ended|settled at start as) SaleCancelled"));
            const bool settled = m_host->readUntil(
                *process, out, [](const QString& read) { return cancelled.match(read).hasMatch(); },
                kRunMs);
            QVERIFY2(settled, qPrintable(out + QString::fromUtf8(process->readAllStandardError())));
            QVERIFY2(m_host->terminate(*process, out), qPrintable(out));
        }

        // The chain: no slot of ours.
        const auto mine = m_session->view(marketplace::mySlots(), host());
        QVERIFY2(mine.ok(), qPrintable(MarketplaceSession::failure(mine)));
        const auto slots = m_session->answers().slotIds(*mine);
        SD_VERIFY_OK(slots);
        QVERIFY(slots->isEmpty());

        // The books, read without writing.
        const auto books = readHostBooks(m_data, host(), m_session->marketplace());
        SD_VERIFY_OK(books);
        QCOMPARE(books->moved.deposits, 1);
        QCOMPARE(books->moved.payouts, 1);
        QCOMPARE(books->moved.returned, 1);
        QCOMPARE(books->moved.lost, 0);
        const UInt256 balanceAfter = m_session->balanceOf(host());
        QVERIFY(balanceAfter > balanceBefore); // paid up to the expiry
        QCOMPARE(balanceAfter - balanceBefore, books->moved.in - books->moved.out);
        QCOMPARE(books->followed.transfers, 3); // the deposit, the pay, the collateral back
        QVERIFY2(books->disagreements.isEmpty(),
                 qPrintable(books->disagreements.join(QLatin1Char('\n'))));
        QCOMPARE(books->reservationsHeld, 0);
        QCOMPARE(books->availabilities, 1);
        QVERIFY(books->everyAvailabilityWhole);
    }
};

QTEST_GUILESS_MAIN(TestHostCancelCli)
#include "tst_hostcancelcli.moc"
