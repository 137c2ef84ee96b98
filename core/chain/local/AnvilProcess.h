#pragma once

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/SystemClock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

// One anvil process (Foundry's local EVM chain) on a free loopback port.
//
// start() finds the binary (AnvilLocator unless one is given), picks a free port on 127.0.0.1,
// runs `anvil --host 127.0.0.1 --port P --chain-id C --silent` (with --block-time when asked),
// and answers once eth_chainId answers with the expected id, or with an error naming the binary,
// the port and the end of what the process wrote to stderr, if it exits, fails to start or does
// not answer within startTimeoutMs. A port taken between the pick and anvil's bind is retried
// with another port. The accounts anvil funds (and their keys) are read from its --config-out
// file.
//
// Waiting for the process is real time (QTimer polls every 50 ms, bounded by a QDeadlineTimer):
// a child process does not run on a virtual clock. The process goes with this object; on Linux
// it is also killed if our process dies.
class AnvilProcess final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString binary; // empty: AnvilLocator::locate()
        quint64 chainId = 31337;
        std::optional<qint64> blockTimeSeconds; // interval mining; unset: a block per transaction
        int accounts = 10;
        quint64 balanceEther = 10'000; // of each account
        int startTimeoutMs = 20'000;
        int portAttempts = 3;
        // Added to anvil's scheduling niceness (0: it runs at ours). The desk's local chain runs
        // at a lower priority: on a machine with few cores the desk's window stays responsive
        // while anvil mines and executes.
        int niceness = 0;
    };
    // A funded account anvil created, with its private key (32 bytes).
    struct Account {
        Address address;
        QByteArray privateKey;
    };

    explicit AnvilProcess(QObject* parent = nullptr);
    explicit AnvilProcess(Options options, QObject* parent = nullptr);
    // Ends the process (SIGTERM, then SIGKILL after a second).
    ~AnvilProcess() override;

    // Answers once, later on the event loop, unless `context` is destroyed first. Calling it
    // while starting or running is an error.
    void start(const QObject* context, std::function<void(const Result<void>&)> done);
    // SIGTERM, then SIGKILL if it has not exited after stopTimeoutMs; `stopped` when it is gone.
    void stop();

    bool isRunning() const { return m_state == State::Running; }
    QUrl rpcUrl() const;
    QUrl webSocketUrl() const;
    quint16 port() const { return m_port; }
    // The operating system's id of the running process; 0 when none runs.
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    const QString& binary() const { return m_binary; }
    quint64 chainId() const { return m_options.chainId; }
    const Options& options() const { return m_options; }
    const QList<Account>& accounts() const { return m_accounts; }
    // The last few kilobytes anvil wrote to stdout and stderr.
    QString output() const { return QString::fromUtf8(m_output); }

    static constexpr int kStopTimeoutMs = 1000;

Q_SIGNALS:
    // The process ended while running, without stop(): the message names the binary, the exit
    // and the end of its output.
    void exitedUnexpectedly(const QString& message);
    void stopped();

private:
    enum class State { Idle, Starting, Running, Stopping };

    void launch();
    void pollReady();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finishStart(Result<void> result);
    Result<void> readAccounts();
    QString describeExit(int exitCode, QProcess::ExitStatus status) const;
    void appendOutput(const QByteArray& bytes);

    Options m_options;
    State m_state = State::Idle;
    QString m_binary;
    quint16 m_port = 0;
    int m_portAttempt = 0;
    QList<Account> m_accounts;
    QByteArray m_output;
    std::unique_ptr<QTemporaryDir> m_configDir;
    QProcess* m_process = nullptr;
    SystemClock m_clock;
    std::unique_ptr<JsonRpcClient> m_probe;
    bool m_probeInFlight = false;
    QTimer m_pollTimer;
    QDeadlineTimer m_deadline;
    QPointer<const QObject> m_startContext;
    bool m_hasStartContext = false;
    std::function<void(const Result<void>&)> m_startDone;
};

} // namespace salesdesk
