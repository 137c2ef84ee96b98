#include "core/chain/local/AnvilLocator.h"
#include "core/chain/local/AnvilProcess.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/SystemClock.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <optional>
#include <sys/resource.h>

using namespace salesdesk;

namespace {

constexpr int kWaitMs = 30'000;

Result<void> startAndWait(AnvilProcess& anvil) {
    std::optional<Result<void>> started;
    anvil.start(nullptr, [&](const Result<void>& r) { started = r; });
    if (!QTest::qWaitFor([&] { return started.has_value(); }, kWaitMs))
        return makeError(ErrorCode::Io, QStringLiteral("no answer from start()"));
    return *started;
}

RpcResult<QJsonValue> callAndWait(const QUrl& url, const QString& method,
                                  const QJsonArray& params = {}) {
    SystemClock clock;
    JsonRpcClient client(url, clock);
    std::optional<RpcResult<QJsonValue>> answer;
    client.call(method, params, nullptr, [&](const RpcResult<QJsonValue>& r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return RpcError::timeout(kWaitMs / 1000);
    return *answer;
}

// A shell script standing in for anvil.
QString writeScript(const QTemporaryDir& dir, const QString& name, const QByteArray& body) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestAnvilProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsOnAFreePortAndAnswers();
    void chainIdAndBlockTimeAreAsAsked();
    void missingBinarySaysToRunMakeDeps();
    void environmentVariableOverridesTheBinary();
    void binaryThatExitsIsNamedWithWhatItWrote();
    void binaryThatNeverAnswersTimesOut();
    void portTakenMeanwhileIsRetried();
    void deathWhileRunningIsReported();
    void stopEndsTheProcess();
    void secondStartIsRefused();
    void runsAtTheNicenessAsked();
    void aLongChainLeavesNothingOnDisk();

private:
    QTemporaryDir m_dir;
    QString m_anvil;
};

void TestAnvilProcess::initTestCase() {
    QVERIFY(m_dir.isValid());
    const auto anvil = AnvilLocator::locate();
    SD_VERIFY_OK(anvil);
    m_anvil = *anvil;
}

void TestAnvilProcess::startsOnAFreePortAndAnswers() {
    AnvilProcess anvil;
    const auto started = startAndWait(anvil);
    SD_VERIFY_OK(started);
    QVERIFY(anvil.isRunning());
    QVERIFY(anvil.port() != 0);
    QCOMPARE(anvil.rpcUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(anvil.webSocketUrl().scheme(), QStringLiteral("ws"));
    QCOMPARE(anvil.binary(), m_anvil);
    QVERIFY(anvil.processId() > 0);
    const auto chainId = callAndWait(anvil.rpcUrl(), QStringLiteral("eth_chainId"));
    QCOMPARE(chainId.value().toString(), QStringLiteral("0x7a69"));

    // The accounts with their keys are the node's own accounts.
    QCOMPARE(anvil.accounts().size(), 10);
    const auto nodeAccounts = callAndWait(anvil.rpcUrl(), QStringLiteral("eth_accounts"));
    QCOMPARE(nodeAccounts.value().toArray().size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(anvil.accounts().at(i).address.toHex(),
                 nodeAccounts.value().toArray().at(i).toString().toLower());
        QCOMPARE(anvil.accounts().at(i).privateKey.size(), qsizetype(32));
    }
}

void TestAnvilProcess::chainIdAndBlockTimeAreAsAsked() {
    AnvilProcess::Options options;
    options.chainId = 1337;
    options.blockTimeSeconds = 1;
    options.accounts = 3;
    AnvilProcess anvil(options);
    SD_VERIFY_OK(startAndWait(anvil));
    QCOMPARE(callAndWait(anvil.rpcUrl(), QStringLiteral("eth_chainId")).value().toString(),
             QStringLiteral("0x539"));
    QCOMPARE(anvil.accounts().size(), 3);
    // Interval mining: blocks come without transactions (real time: a real process).
    QTRY_VERIFY_WITH_TIMEOUT(
        callAndWait(anvil.rpcUrl(), QStringLiteral("eth_blockNumber")).value().toString() !=
            QStringLiteral("0x0"),
        5000);
}

void TestAnvilProcess::missingBinarySaysToRunMakeDeps() {
    AnvilProcess::Options options;
    options.binary = m_dir.filePath(QStringLiteral("no-such-anvil"));
    AnvilProcess anvil(options);
    const auto started = startAndWait(anvil);
    SD_VERIFY_ERROR(started, ErrorCode::NotFound);
    QVERIFY2(started.message().contains(QLatin1String("make deps")), qPrintable(started.message()));
    QVERIFY2(started.message().contains(options.binary), qPrintable(started.message()));
    QVERIFY(!anvil.isRunning());

    const QString notExecutable = m_dir.filePath(QStringLiteral("plain-file"));
    QFile file(notExecutable);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SD_VERIFY_ERROR(AnvilLocator::check(notExecutable, QStringLiteral("a test")),
                    ErrorCode::InvalidArgument);
}

void TestAnvilProcess::environmentVariableOverridesTheBinary() {
    const QByteArray saved = qgetenv(AnvilLocator::kEnvironmentVariable);
    const QString elsewhere = m_dir.filePath(QStringLiteral("anvil-elsewhere"));
    qputenv(AnvilLocator::kEnvironmentVariable, elsewhere.toUtf8());
    const auto located = AnvilLocator::locate();
    qputenv(AnvilLocator::kEnvironmentVariable, saved);
    SD_VERIFY_ERROR(located, ErrorCode::NotFound);
    QVERIFY2(located.message().contains(elsewhere), qPrintable(located.message()));
    QVERIFY2(located.message().contains(QLatin1String("SALESDESK_ANVIL")),
             qPrintable(located.message()));
    QVERIFY(AnvilLocator::configuredPath().endsWith(QLatin1String("bin/anvil")));
}

void TestAnvilProcess::binaryThatExitsIsNamedWithWhatItWrote() {
    AnvilProcess::Options options;
    options.binary = writeScript(m_dir, QStringLiteral("dying-anvil"),
                                 "echo 'error: cannot load the genesis file' >&2\nexit 3");
    AnvilProcess anvil(options);
    const auto started = startAndWait(anvil);
    SD_VERIFY_ERROR(started, ErrorCode::Io);
    const QString message = started.message();
    QVERIFY2(message.contains(options.binary), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("exited with code 3")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("cannot load the genesis file")), qPrintable(message));
}

void TestAnvilProcess::binaryThatNeverAnswersTimesOut() {
    AnvilProcess::Options options;
    options.binary =
        writeScript(m_dir, QStringLiteral("silent-anvil"), "echo 'waiting'\nexec sleep 60");
    options.startTimeoutMs = 500;
    AnvilProcess anvil(options);
    const auto started = startAndWait(anvil);
    SD_VERIFY_ERROR(started, ErrorCode::Io);
    QVERIFY2(started.message().contains(QLatin1String("did not answer")),
             qPrintable(started.message()));
    QVERIFY2(started.message().contains(QLatin1String("0.5 s")), qPrintable(started.message()));
    QVERIFY2(started.message().contains(QLatin1String("waiting")), qPrintable(started.message()));
    QCOMPARE(anvil.processId(), qint64(0)); // killed
}

void TestAnvilProcess::portTakenMeanwhileIsRetried() {
    // The first run fails as anvil does when another process took the port; the second is anvil.
    const QString marker = m_dir.filePath(QStringLiteral("failed-once"));
    AnvilProcess::Options options;
    options.binary = writeScript(m_dir, QStringLiteral("busy-port-anvil"),
                                 QStringLiteral("if [ ! -e '%1' ]; then touch '%1'; echo 'Error: "
                                                "Address already in use (os error 98)' >&2; "
                                                "exit 1; fi\nexec '%2' \"$@\"")
                                     .arg(marker, m_anvil)
                                     .toUtf8());
    AnvilProcess anvil(options);
    SD_VERIFY_OK(startAndWait(anvil));
    QVERIFY(QFile::exists(marker));
    QCOMPARE(callAndWait(anvil.rpcUrl(), QStringLiteral("eth_chainId")).value().toString(),
             QStringLiteral("0x7a69"));
}

void TestAnvilProcess::deathWhileRunningIsReported() {
    AnvilProcess anvil;
    SD_VERIFY_OK(startAndWait(anvil));
    QSignalSpy exited(&anvil, &AnvilProcess::exitedUnexpectedly);
    QVERIFY(::kill(static_cast<pid_t>(anvil.processId()), SIGKILL) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, kWaitMs);
    const QString message = exited.first().at(0).toString();
    QVERIFY2(message.contains(m_anvil), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("killed")), qPrintable(message));
    QVERIFY(!anvil.isRunning());
}

void TestAnvilProcess::stopEndsTheProcess() {
    AnvilProcess anvil;
    SD_VERIFY_OK(startAndWait(anvil));
    const quint16 port = anvil.port();
    QSignalSpy stopped(&anvil, &AnvilProcess::stopped);
    QSignalSpy exited(&anvil, &AnvilProcess::exitedUnexpectedly);
    anvil.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kWaitMs);
    QCOMPARE(exited.size(), 0);
    QVERIFY(!anvil.isRunning());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000)); // nobody listens there any more
}

void TestAnvilProcess::secondStartIsRefused() {
    AnvilProcess anvil;
    SD_VERIFY_OK(startAndWait(anvil));
    SD_VERIFY_ERROR(startAndWait(anvil), ErrorCode::Conflict);
    QVERIFY(anvil.isRunning());
}

// anvil keeps the states of older blocks in files under $HOME/.foundry/anvil/tmp by default
// (about a megabyte a block once the chain holds our contracts), and leaves them there when it is
// killed: a local chain that ran for a day, or a day of tests, filled the disk. Ours keeps the
// recent blocks' states in memory only.
void TestAnvilProcess::aLongChainLeavesNothingOnDisk() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    AnvilProcess anvil;
    const auto started = startAndWait(anvil);
    qputenv("HOME", realHome);
    SD_VERIFY_OK(started);
    const auto mined = callAndWait(anvil.rpcUrl(), QStringLiteral("anvil_mine"),
                                   {QStringLiteral("0x2bc")}); // 700 blocks
    QVERIFY2(mined.ok(), qPrintable(mined.ok() ? QString() : mined.error().describe()));
    QCOMPARE(callAndWait(anvil.rpcUrl(), QStringLiteral("eth_blockNumber")).value().toString(),
             QStringLiteral("0x2bc"));
    // The state of a recent block still answers (a failed transaction is replayed in its block).
    const auto recent =
        callAndWait(anvil.rpcUrl(), QStringLiteral("eth_getBalance"),
                    {anvil.accounts().at(0).address.toHex(), QStringLiteral("0x2b0")});
    QVERIFY2(recent.ok(), qPrintable(recent.ok() ? QString() : recent.error().describe()));
    QStringList written;
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        written << files.next();
    QVERIFY2(written.isEmpty(), qPrintable(written.mid(0, 3).join(QLatin1Char('\n'))));
}

// The desk's local chain yields the CPU to the window: its anvil runs `niceness` steps below us.
void TestAnvilProcess::runsAtTheNicenessAsked() {
    errno = 0;
    const int ours = ::getpriority(PRIO_PROCESS, 0);
    QCOMPARE(errno, 0);
    if (ours > 19 - 5)
        QSKIP("this test already runs at the lowest priority");
    for (const int niceness : {0, 5}) {
        AnvilProcess::Options options;
        options.niceness = niceness;
        AnvilProcess anvil(options);
        SD_VERIFY_OK(startAndWait(anvil));
        const auto pid = static_cast<id_t>(anvil.processId());
        QVERIFY(pid > 0);
        errno = 0;
        const int theirs = ::getpriority(PRIO_PROCESS, pid);
        QCOMPARE(errno, 0);
        QCOMPARE(theirs, ours + niceness);
    }
}

QTEST_GUILESS_MAIN(TestAnvilProcess)
#include "tst_anvilprocess.moc"
