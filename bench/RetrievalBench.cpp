#include "bench/RetrievalBench.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/retrieval/RepoRetrievableData.h"
#include "core/chain/retrieval/RetrievalClient.h"
#include "core/chain/retrieval/RetrievalServer.h"
#include "core/clock/SystemClock.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace salesdesk::bench {

namespace {

constexpr quint64 kMiB = 1024 * 1024;

Address address(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

PrivateKey payerKey() {
    return PrivateKey::fromBytes(QByteArray(32, 0x42)).value();
}

// The provider's account: the channels pay it and it signs its terms, which the client checks.
PrivateKey providerKey() {
    return PrivateKey::fromBytes(QByteArray(32, 0x24)).value();
}

// The host's books and a slot of `size` bytes in its repo.
struct Provider {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Repo> repo;
    std::unique_ptr<VoucherBook> vouchers;
    std::unique_ptr<RetrievalBook> retrievals;
    SystemClock clock;
    SlotId slot = SlotId::fromBytes(QByteArray(32, 0x17));
    Eip712Domain domain = Voucher::domain(31337, address(0x33));

    QString open(quint64 size) {
        auto opened = Database::open(dir.filePath(QStringLiteral("salesdesk.sqlite")),
                                     Database::kHostApplicationId);
        if (!opened)
            return opened.message();
        db = std::move(opened).value();
        repo = std::make_unique<Repo>(*db, dir.filePath(QStringLiteral("slots")));
        if (auto repoOpened = repo->open(); !repoOpened)
            return repoOpened.message();
        if (auto quota = repo->setMaxBytes(size * 2); !quota)
            return quota.message();
        QByteArray piece(static_cast<qsizetype>(kMiB), Qt::Uninitialized);
        for (quint64 written = 0; written < size; written += kMiB) {
            for (qsizetype i = 0; i < piece.size(); ++i)
                piece[i] = static_cast<char>((written / kMiB + static_cast<quint64>(i)) % 251);
            if (auto appended = repo->appendSlotData(slot, piece, 4'000'000'000); !appended)
                return appended.message();
        }
        vouchers = std::make_unique<VoucherBook>(*db);
        retrievals = std::make_unique<RetrievalBook>(*db, *vouchers);
        return {};
    }

    // A channel of its own for each run, so every run's vouchers start from zero.
    Hash32 openChannel(char fill) {
        const Hash32 id = Hash32::fromBytes(QByteArray(32, fill));
        VoucherCheck::Channel channel;
        channel.id = id;
        channel.payer = payerKey().address();
        channel.deposit = uint256::max();
        if (!vouchers->track({domain.chainId, domain.verifyingContract, id},
                             providerKey().address(), channel, clock.now()))
            return {};
        return id;
    }
};

// A device that counts and drops what it is given.
class CountingSink final : public QIODevice {
public:
    CountingSink() { open(QIODevice::WriteOnly); }
    quint64 bytes = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override {
        bytes += static_cast<quint64>(size);
        return size;
    }
};

struct Run {
    double seconds = 0;
    int vouchers = 0;
    QString error;
};

Run fetch(Provider& provider, const RetrievalTerms& terms, char channelFill, quint64 size) {
    RetrievalServer::Config config;
    config.domain = provider.domain;
    config.payee = providerKey().address();
    config.signTerms = [](const Hash32& digest) -> Result<Signature> {
        return providerKey().sign(digest);
    };
    config.terms = terms;
    auto data = std::make_shared<RepoRetrievableData>(*provider.repo);
    RetrievalServer server(config, *provider.retrievals, *provider.vouchers, data, provider.clock);
    if (auto listening = server.listen(QHostAddress::LocalHost); !listening)
        return Run{0, 0, listening.message()};
    RetrievalClient::Options options;
    options.server = server.baseUrl();
    options.domain = provider.domain;
    options.payee = providerKey().address();
    options.channelId = provider.openChannel(channelFill);
    options.slot = provider.slot;
    CountingSink sink;
    RetrievalClient client(options, payerKey(), &sink);
    QEventLoop loop;
    QString error = QStringLiteral("no end within ten minutes");
    QObject::connect(&client, &RetrievalClient::finished, &loop, [&](const QString& outcome) {
        error = outcome;
        loop.quit();
    });
    QTimer::singleShot(10 * 60 * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    client.start();
    loop.exec();
    Run run{double(timer.nsecsElapsed()) / 1e9, client.vouchersSent(), error};
    if (run.error.isEmpty() && sink.bytes != size)
        run.error = QStringLiteral("%1 bytes arrived of %2").arg(sink.bytes).arg(size);
    return run;
}

RetrievalTerms termsOf(quint64 price, quint64 interval, quint64 increase) {
    RetrievalTerms terms;
    terms.pricePerByte = UInt256(price);
    terms.paymentInterval = interval;
    terms.paymentIntervalIncrease = increase;
    return terms;
}

bool benchVouchers(const BenchOptions& options, BenchReport& report, const QString& section) {
    const PrivateKey payer = payerKey();
    const Eip712Domain domain = Voucher::domain(31337, address(0x33));
    const Hash32 channelId = Hash32::fromBytes(QByteArray(32, 0x0c));
    const int count = options.quick ? 200 : 5'000;
    std::vector<Voucher> vouchers;
    vouchers.reserve(count);
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= count; ++i)
        vouchers.push_back(Voucher::sign(payer, domain, channelId, UInt256(i)));
    const double signSeconds = double(timer.nsecsElapsed()) / 1e9;
    VoucherCheck::Channel channel;
    channel.id = channelId;
    channel.payer = payer.address();
    channel.deposit = UInt256(count);
    timer.restart();
    for (const Voucher& voucher : vouchers) {
        const auto verdict = VoucherCheck::check(domain, channel, voucher, 0, 600);
        if (!verdict.accepted()) {
            report.note(QStringLiteral("  a good voucher was refused: ") + verdict.reason);
            return false;
        }
        channel.bestAccepted = voucher.cumulativeAmount;
    }
    const double checkSeconds = double(timer.nsecsElapsed()) / 1e9;
    report.figure(section, QStringLiteral("vouchersSignedPerSecond"), count / signSeconds,
                  QStringLiteral("/s"), QStringLiteral("vouchers signed (EIP-712, secp256k1)"));
    report.figure(section, QStringLiteral("vouchersCheckedPerSecond"), count / checkSeconds,
                  QStringLiteral("/s"),
                  QStringLiteral("vouchers checked (digest, signer recovered, amounts)"));
    return true;
}

} // namespace

bool runRetrievalBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("retrieval");
    report.note(QStringLiteral("retrieval: vouchers, and a slot fetched over loopback"));
    if (!benchVouchers(options, report, section))
        return false;
    const quint64 size = (options.quick ? 4 : 64) * kMiB;
    Provider provider;
    if (const QString opened = provider.open(size); !opened.isEmpty()) {
        report.note(QStringLiteral("  ") + opened);
        return false;
    }
    struct Case {
        QString key;
        QString label;
        RetrievalTerms terms;
    };
    const std::vector<Case> cases = {
        {QStringLiteral("wholeFree"), QStringLiteral("the whole slot as one free chunk"),
         termsOf(0, size, 0)},
        {QStringLiteral("fixedFree"), QStringLiteral("1 MiB chunks, free"), termsOf(0, kMiB, 0)},
        {QStringLiteral("fixedPaid"), QStringLiteral("1 MiB chunks, a voucher each"),
         termsOf(1, kMiB, 0)},
        {QStringLiteral("growingFree"), QStringLiteral("chunks growing by 1 MiB, free"),
         termsOf(0, kMiB, kMiB)},
        {QStringLiteral("growingPaid"), QStringLiteral("chunks growing by 1 MiB, a voucher each"),
         termsOf(1, kMiB, kMiB)},
    };
    std::map<QString, double> rates;
    char channelFill = 0x50;
    for (const Case& c : cases) {
        // Each case several times, the best run counted: the first warms the page cache and
        // sockets, and a 64 MiB run is short enough (about 0.1 s) for the machine's other work
        // to show in any one of them.
        double best = 0;
        int vouchers = 0;
        for (int round = 0; round < (options.quick ? 2 : 6); ++round) {
            const Run run = fetch(provider, c.terms, channelFill++, size);
            if (!run.error.isEmpty()) {
                report.note(QStringLiteral("  %1: %2").arg(c.label, run.error));
                return false;
            }
            best = std::max(best, double(size) / kMiB / run.seconds);
            vouchers = run.vouchers;
        }
        rates[c.key] = best;
        report.figure(section, c.key + QStringLiteral("MiBPerSecond"), best,
                      QStringLiteral("MiB/s"),
                      c.label + QStringLiteral(" (%1 vouchers)").arg(vouchers));
    }
    report.figure(section, QStringLiteral("fixedPaidOverFree"),
                  rates[QStringLiteral("fixedPaid")] / rates[QStringLiteral("fixedFree")],
                  QStringLiteral("×"), QStringLiteral("1 MiB chunks: paid / free (goal ≥ 0.8)"));
    report.figure(section, QStringLiteral("growingPaidOverFree"),
                  rates[QStringLiteral("growingPaid")] / rates[QStringLiteral("growingFree")],
                  QStringLiteral("×"), QStringLiteral("growing chunks: paid / free (goal ≥ 0.8)"));
    report.figure(section, QStringLiteral("growingPaidOverWhole"),
                  rates[QStringLiteral("growingPaid")] / rates[QStringLiteral("wholeFree")],
                  QStringLiteral("×"),
                  QStringLiteral("growing chunks paid / the slot as one free chunk"));
    return true;
}

} // namespace salesdesk::bench
