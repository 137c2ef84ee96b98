#include "core/chain/local/AnvilProcess.h"

#include "core/chain/local/AnvilLocator.h"
#include "core/chain/rpc/NewHeadsWatcher.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

Q_LOGGING_CATEGORY(lcAnvil, "salesdesk.chain.anvilprocess")

namespace salesdesk {

namespace {

constexpr int kPollIntervalMs = 50;
constexpr qsizetype kKeptOutputBytes = 8 * 1024;
constexpr qsizetype kShownOutputChars = 1500;

// A port nobody listens on now. anvil binds it a moment later; a race with another process is
// caught by the "address in use" retry.
quint16 freeLoopbackPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool saysAddressInUse(const QByteArray& output) {
    return output.toLower().contains("address already in use") ||
           output.toLower().contains("addrinuse");
}

} // namespace

AnvilProcess::AnvilProcess(QObject* parent)
    : AnvilProcess(Options{}, parent) {}

AnvilProcess::AnvilProcess(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &AnvilProcess::pollReady);
}

AnvilProcess::~AnvilProcess() {
    m_probe.reset();
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->terminate();
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
    }
}

QUrl AnvilProcess::rpcUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl AnvilProcess::webSocketUrl() const {
    return NewHeadsWatcher::webSocketUrlFor(rpcUrl());
}

void AnvilProcess::start(const QObject* context, std::function<void(const Result<void>&)> done) {
    if (m_state != State::Idle) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), guard = QPointer<const QObject>(context),
             hasContext = context != nullptr] {
                if (!(hasContext && guard.isNull()) && done)
                    done(
                        makeError(ErrorCode::Conflict, QStringLiteral("anvil is already started")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_startContext = context;
    m_hasStartContext = context != nullptr;
    m_startDone = std::move(done);
    m_state = State::Starting;
    m_accounts.clear();
    m_output.clear();
    m_portAttempt = 0;
    m_deadline = QDeadlineTimer(m_options.startTimeoutMs);

    auto binary = m_options.binary.isEmpty()
                      ? AnvilLocator::locate()
                      : AnvilLocator::check(m_options.binary, QStringLiteral("as given"));
    if (!binary.ok()) {
        const Error error = binary.error();
        QMetaObject::invokeMethod(
            this, [this, error] { finishStart(error); }, Qt::QueuedConnection);
        return;
    }
    m_binary = *binary;
    launch();
}

void AnvilProcess::launch() {
    ++m_portAttempt;
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finishStart(makeError(ErrorCode::Io,
                                      QStringLiteral("no free port on 127.0.0.1 for anvil")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_configDir = std::make_unique<QTemporaryDir>();
    QStringList arguments{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"), QString::number(m_port),
                          QStringLiteral("--chain-id"), QString::number(m_options.chainId),
                          QStringLiteral("--accounts"), QString::number(m_options.accounts),
                          QStringLiteral("--balance"), QString::number(m_options.balanceEther),
                          QStringLiteral("--silent"),
                          // The states of the newest 256 blocks in memory, none on disk: by
                          // default anvil writes older blocks' states to files in
                          // ~/.foundry/anvil/tmp (a megabyte or more a block) and leaves them
                          // behind when killed. 256 covers any reorg and the replay of a failed
                          // transaction in its block.
                          QStringLiteral("--prune-history"), QStringLiteral("256")};
    if (m_configDir->isValid())
        arguments << QStringLiteral("--config-out")
                  << m_configDir->filePath(QStringLiteral("anvil.json"));
    if (m_options.blockTimeSeconds)
        arguments << QStringLiteral("--block-time") << QString::number(*m_options.blockTimeSeconds);

    m_process = new QProcess(this);
    m_process->setProgram(m_binary);
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If we die without stopping it (a crash, a failed test), the kernel ends anvil too.
    m_process->setChildProcessModifier([niceness = m_options.niceness] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (niceness > 0) // in the child, between fork and exec: system calls only
            ::setpriority(PRIO_PROCESS, 0, ::getpriority(PRIO_PROCESS, 0) + niceness);
    });
#endif
    QProcess* process = m_process;
    connect(process, &QProcess::readyRead, this,
            [this, process] { appendOutput(process->readAll()); });
    connect(process, &QProcess::finished, this, &AnvilProcess::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != m_process)
            return;
        const QString message =
            QStringLiteral("cannot start anvil (%1): %2").arg(m_binary, process->errorString());
        finishStart(makeError(ErrorCode::Io, message));
    });

    JsonRpcClient::Options probe;
    probe.timeoutSeconds = 2;
    probe.maxAttempts = 1;
    m_probe = std::make_unique<JsonRpcClient>(rpcUrl(), m_clock, probe);
    m_probeInFlight = false;
    qCDebug(lcAnvil).noquote()
        << QStringLiteral("starting %1 %2").arg(m_binary, arguments.join(QLatin1Char(' ')));
    m_process->start();
    m_pollTimer.start();
}

void AnvilProcess::pollReady() {
    if (m_state != State::Starting || !m_process)
        return;
    if (m_deadline.hasExpired()) {
        finishStart(makeError(
            ErrorCode::Io, QStringLiteral("anvil (%1) did not answer on %2 within %3 s%4")
                               .arg(m_binary, rpcUrl().toString())
                               .arg(m_options.startTimeoutMs / 1000.0)
                               .arg(m_output.isEmpty() ? QString()
                                                       : QStringLiteral("; it wrote: ") +
                                                             output().right(kShownOutputChars))));
        return;
    }
    if (m_probeInFlight || m_process->state() != QProcess::Running)
        return;
    m_probeInFlight = true;
    m_probe->callQuantityU64(
        QStringLiteral("eth_chainId"), {}, this, [this](const RpcResult<quint64>& answer) {
            m_probeInFlight = false;
            if (m_state != State::Starting || !answer.ok())
                return; // not listening yet
            if (*answer != m_options.chainId) {
                finishStart(makeError(ErrorCode::Conflict,
                                      QStringLiteral("anvil (%1) on %2 answers chain id %3, not %4")
                                          .arg(m_binary, rpcUrl().toString())
                                          .arg(*answer)
                                          .arg(m_options.chainId)));
                return;
            }
            auto accounts = readAccounts();
            if (!accounts.ok()) {
                finishStart(accounts.error());
                return;
            }
            m_state = State::Running;
            qCInfo(lcAnvil).noquote() << QStringLiteral("anvil %1 answers on %2 (chain id %3)")
                                             .arg(m_binary, rpcUrl().toString())
                                             .arg(m_options.chainId);
            finishStart({});
        });
}

Result<void> AnvilProcess::readAccounts() {
    const QString path =
        m_configDir ? m_configDir->filePath(QStringLiteral("anvil.json")) : QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read anvil's account list %1: %2")
                                            .arg(path, file.errorString()));
    const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray addresses = config.value(QStringLiteral("available_accounts")).toArray();
    const QJsonArray keys = config.value(QStringLiteral("private_keys")).toArray();
    if (addresses.size() != keys.size() || addresses.size() != m_options.accounts)
        return makeError(ErrorCode::Io,
                         QStringLiteral("anvil's account list %1 has %2 addresses and %3 keys, "
                                        "expected %4 of each")
                             .arg(path)
                             .arg(addresses.size())
                             .arg(keys.size())
                             .arg(m_options.accounts));
    QList<Account> accounts;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        auto address = Address::fromHex(addresses[i].toString());
        auto key = Hash32::fromHex(keys[i].toString());
        if (!address.ok() || !key.ok())
            return makeError(ErrorCode::Io,
                             QStringLiteral("anvil's account list %1: entry %2 is not an "
                                            "address and a 32-byte key")
                                 .arg(path)
                                 .arg(i));
        accounts.append(Account{*address, key->toByteArray()});
    }
    m_accounts = std::move(accounts);
    return {};
}

void AnvilProcess::onFinished(int exitCode, QProcess::ExitStatus status) {
    QProcess* process = m_process;
    if (!process)
        return;
    appendOutput(process->readAll());
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    switch (m_state) {
    case State::Starting:
        if (saysAddressInUse(m_output) && m_portAttempt < m_options.portAttempts &&
            !m_deadline.hasExpired()) {
            qCInfo(lcAnvil).noquote()
                << QStringLiteral("port %1 was taken; trying another").arg(m_port);
            m_output.clear();
            launch();
            return;
        }
        finishStart(makeError(ErrorCode::Io, describeExit(exitCode, status) +
                                                 QStringLiteral(" before it answered")));
        return;
    case State::Running: {
        m_state = State::Idle;
        m_pollTimer.stop();
        const QString message = describeExit(exitCode, status);
        qCWarning(lcAnvil).noquote() << message;
        Q_EMIT exitedUnexpectedly(message);
        return;
    }
    case State::Stopping:
        m_state = State::Idle;
        qCInfo(lcAnvil).noquote() << QStringLiteral("anvil on %1 stopped").arg(rpcUrl().toString());
        Q_EMIT stopped();
        return;
    case State::Idle:
        return;
    }
}

void AnvilProcess::finishStart(Result<void> result) {
    if (m_state != State::Starting && m_state != State::Running)
        return;
    m_pollTimer.stop();
    if (!result.ok()) {
        m_state = State::Idle;
        if (m_process) {
            QProcess* process = m_process;
            m_process = nullptr;
            process->disconnect(this);
            process->kill();
            process->waitForFinished(kStopTimeoutMs);
            process->deleteLater();
        }
        qCWarning(lcAnvil).noquote() << result.message();
    }
    auto done = std::move(m_startDone);
    m_startDone = nullptr;
    if ((m_hasStartContext && m_startContext.isNull()) || !done)
        return;
    done(result);
}

void AnvilProcess::stop() {
    if (m_state == State::Starting)
        finishStart(
            makeError(ErrorCode::Conflict, QStringLiteral("anvil was stopped before it answered")));
    if (m_state != State::Running || !m_process)
        return;
    m_state = State::Stopping;
    m_process->terminate();
    QTimer::singleShot(kStopTimeoutMs, m_process, [process = m_process] { process->kill(); });
}

QString AnvilProcess::describeExit(int exitCode, QProcess::ExitStatus status) const {
    QString text =
        status == QProcess::CrashExit
            ? QStringLiteral("anvil (%1) on port %2 was killed").arg(m_binary).arg(m_port)
            : QStringLiteral("anvil (%1) on port %2 exited with code %3")
                  .arg(m_binary)
                  .arg(m_port)
                  .arg(exitCode);
    const QString written = output().trimmed();
    if (!written.isEmpty())
        text += QStringLiteral("; it wrote: ") + written.right(kShownOutputChars);
    return text;
}

void AnvilProcess::appendOutput(const QByteArray& bytes) {
    m_output += bytes;
    if (m_output.size() > kKeptOutputBytes)
        m_output = m_output.right(kKeptOutputBytes);
}

} // namespace salesdesk
