#include "bench/ChainRpcBench.h"

#include "core/chain/local/LocalChain.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/SystemClock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

#include <functional>
#include <optional>

namespace salesdesk::bench {

namespace {

struct Run {
    double seconds = 0;
    int failures = 0;
    quint64 httpRequests = 0;
};

QJsonArray balanceParams(const LocalChain& chain, int i) {
    const auto& accounts = chain.accounts();
    return {accounts.at(i % accounts.size()).address.toHex(), QStringLiteral("latest")};
}

// One call after the other: the next is sent when the previous answered.
Run oneAtATime(LocalChain& chain, SystemClock& clock, int calls) {
    JsonRpcClient client(chain.rpcUrl(), clock);
    Run run;
    QEventLoop loop;
    int done = 0;
    std::function<void()> next = [&] {
        client.call(QStringLiteral("eth_getBalance"), balanceParams(chain, done), nullptr,
                    [&](const RpcResult<QJsonValue>& r) {
                        run.failures += r.ok() ? 0 : 1;
                        if (++done == calls)
                            loop.quit();
                        else
                            next();
                    });
    };
    QElapsedTimer timer;
    timer.start();
    next();
    loop.exec();
    run.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.httpRequests = client.httpRequestsSent();
    return run;
}

// Every call issued at once; `coalesce` decides whether they share HTTP requests.
Run allAtOnce(LocalChain& chain, SystemClock& clock, int calls, bool coalesce) {
    JsonRpcClient::Options options;
    options.coalesce = coalesce;
    options.maxBatchSize = 100;
    JsonRpcClient client(chain.rpcUrl(), clock, options);
    Run run;
    QEventLoop loop;
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i)
        client.call(QStringLiteral("eth_getBalance"), balanceParams(chain, i), nullptr,
                    [&](const RpcResult<QJsonValue>& r) {
                        run.failures += r.ok() ? 0 : 1;
                        if (++done == calls)
                            loop.quit();
                    });
    loop.exec();
    run.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.httpRequests = client.httpRequestsSent();
    return run;
}

} // namespace

bool runChainRpcBench(const BenchOptions& options, BenchReport& report) {
    const QString section = QStringLiteral("chain-rpc");
    const int calls = options.quick ? 50 : 5000;
    report.note(
        QStringLiteral("chain-rpc: %1 eth_getBalance calls against a local anvil").arg(calls));

    LocalChain chain;
    std::optional<Result<void>> started;
    QEventLoop waiting;
    chain.start(nullptr, [&](const Result<void>& r) {
        started = r;
        waiting.quit();
    });
    if (!started)
        waiting.exec();
    if (!started->ok()) {
        report.note(QStringLiteral("  cannot run: ") + started->message());
        return false;
    }
    SystemClock clock;
    oneAtATime(chain, clock, 20); // warm-up: connections, the node's caches

    const Run sequential = oneAtATime(chain, clock, calls);
    const Run parallel = allAtOnce(chain, clock, calls, false);
    const Run batched = allAtOnce(chain, clock, calls, true);
    const auto perSecond = [calls](const Run& run) {
        return run.seconds > 0 ? calls / run.seconds : 0;
    };

    report.figure(section, QStringLiteral("calls"), calls, QString(),
                  QStringLiteral("calls per mode"));
    report.figure(section, QStringLiteral("sequentialPerSecond"), perSecond(sequential),
                  QStringLiteral("calls/s"), QStringLiteral("one at a time"));
    report.figure(section, QStringLiteral("parallelPerSecond"), perSecond(parallel),
                  QStringLiteral("calls/s"),
                  QStringLiteral("all at once, one HTTP request each (%1 requests)")
                      .arg(parallel.httpRequests));
    report.figure(
        section, QStringLiteral("batchedPerSecond"), perSecond(batched), QStringLiteral("calls/s"),
        QStringLiteral("all at once, batches of 100 (%1 requests)").arg(batched.httpRequests));
    report.figure(section, QStringLiteral("batchedOverSequential"),
                  perSecond(sequential) > 0 ? perSecond(batched) / perSecond(sequential) : 0,
                  QStringLiteral("x"), QStringLiteral("batched / one at a time"));
    const int failures = sequential.failures + parallel.failures + batched.failures;
    if (failures > 0)
        report.note(QStringLiteral("  %1 calls failed").arg(failures));
    chain.stop();
    return failures == 0;
}

} // namespace salesdesk::bench
