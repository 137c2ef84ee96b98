#include "tests/support/chain/CliHost.h"

#include "core/domain/CrashPoint.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace salesdesk::test {

CliHost::CliHost(QString cli, AnvilFixture& chain, QString dataDirectory, QString passphraseFile,
                 quint64 offerBytes)
    : m_cli(std::move(cli))
    , m_chain(chain)
    , m_data(std::move(dataDirectory))
    , m_passphrase(std::move(passphraseFile))
    , m_offerBytes(offerBytes) {}

QJsonObject CliHost::testDealAsk() {
    return QJsonObject{{QStringLiteral("pricePerBytePerSecond"), QStringLiteral("1")},
                       {QStringLiteral("minCollateralPerByte"), QStringLiteral("0")},
                       {QStringLiteral("maxCollateralPerByte"), QStringLiteral("10")},
                       {QStringLiteral("minSize"), 1},
                       {QStringLiteral("maxSize"), 1 << 20},
                       {QStringLiteral("minDuration"), 10},
                       {QStringLiteral("maxDuration"), 3600},
                       {QStringLiteral("minStartLead"), 30},
                       {QStringLiteral("maxStartLead"), 3600},
                       {QStringLiteral("validUntil"), 0}};
}

QStringList CliHost::arguments() const {
    const auto& deployment = *m_chain.chain().deployment();
    return {QStringLiteral("host"),
            QStringLiteral("--rpc-url"),
            m_chain.rpcUrl().toString(),
            QStringLiteral("--chain-id"),
            QString::number(m_chain.chain().chainId()),
            QStringLiteral("--marketplace"),
            deployment.marketplace.toHex(),
            QStringLiteral("--start-block"),
            QString::number(deployment.marketplaceBlock),
            QStringLiteral("--poll-seconds"),
            QStringLiteral("1"),
            QStringLiteral("--data-dir"),
            m_data,
            QStringLiteral("--passphrase-file"),
            m_passphrase,
            QStringLiteral("--offer"),
            QStringLiteral("%1,86400,1,1000000000000").arg(m_offerBytes)};
}

std::unique_ptr<QProcess> CliHost::start(const QString& crashAt, const QStringList& arguments) {
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SALESDESK_CRASH_AT"));
    // The tests read what the host prints: in English, whatever the machine's language.
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!crashAt.isEmpty())
        environment.insert(QStringLiteral("SALESDESK_CRASH_AT"), crashAt);
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(m_cli, arguments.isEmpty() ? this->arguments() : arguments);
    ++m_runs;
    return process;
}

bool CliHost::waitForEnd(QProcess& process, QString& out, QString& err, int ms) {
    const bool ended = process.waitForFinished(ms);
    out = QString::fromUtf8(process.readAllStandardOutput());
    err = QString::fromUtf8(process.readAllStandardError());
    if (!ended) {
        process.kill();
        process.waitForFinished();
    }
    return ended;
}

bool CliHost::runUntilCrash(const QString& crashAt, int ms) {
    auto process = start(crashAt);
    QString out, err;
    if (!waitForEnd(*process, out, err, ms)) {
        qWarning("the host did not reach %s within %d ms:\n%s\n%s", qPrintable(crashAt), ms,
                 qPrintable(out), qPrintable(err));
        return false;
    }
    const QString point = crashAt.section(QLatin1Char(':'), 0, 0);
    if (process->exitStatus() != QProcess::NormalExit ||
        process->exitCode() != CrashPoint::kCrashExitCode || !err.contains(point)) {
        qWarning("the host was to die at %s, it ended with %d:\n%s\n%s", qPrintable(crashAt),
                 process->exitCode(), qPrintable(out), qPrintable(err));
        return false;
    }
    ++m_kills;
    return true;
}

bool CliHost::readUntil(QProcess& process, QString& out,
                        const std::function<bool(const QString&)>& done, int ms) {
    const bool reached = QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(process.readAllStandardOutput());
            return done(out) || process.state() == QProcess::NotRunning;
        },
        ms);
    return reached && done(out) && process.state() == QProcess::Running;
}

std::unique_ptr<QProcess> CliHost::startServing(const QString& crashAt,
                                                const QStringList& arguments,
                                                const QRegularExpression& announce, QUrl& endpoint,
                                                QString& out, int ms) {
    out.clear();
    auto process = start(crashAt, arguments);
    process->waitForStarted();
    if (!readUntil(
            *process, out, [&](const QString& text) { return announce.match(text).hasMatch(); },
            ms)) {
        qWarning("the host's endpoint did not come up:\n%s\n%s", qPrintable(out),
                 qPrintable(QString::fromUtf8(process->readAllStandardError())));
        return nullptr;
    }
    endpoint = QUrl(announce.match(out).captured(1));
    return process;
}

bool CliHost::diedAt(QProcess& process, const QString& point, const QString& out, int ms) {
    QString more, err;
    const bool ended = process.state() == QProcess::NotRunning
                           ? (more = QString::fromUtf8(process.readAllStandardOutput()),
                              err = QString::fromUtf8(process.readAllStandardError()), true)
                           : waitForEnd(process, more, err, ms);
    if (!ended) {
        qWarning("the host did not reach %s:\n%s%s\n%s", qPrintable(point), qPrintable(out),
                 qPrintable(more), qPrintable(err));
        return false;
    }
    if (process.exitCode() != CrashPoint::kCrashExitCode || !err.contains(point)) {
        qWarning("the host was to die at %s, it ended with %d:\n%s%s\n%s", qPrintable(point),
                 process.exitCode(), qPrintable(out), qPrintable(more), qPrintable(err));
        return false;
    }
    countKill();
    return true;
}

QVariant CliHost::booksValue(const QString& sql, const QString& file) const {
    QVariant value;
    const QString name = QStringLiteral("books%1").arg(m_runs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_data).filePath(file));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool CliHost::terminate(QProcess& process, QString& out) {
    process.terminate();
    const bool ended = process.waitForFinished(30'000);
    out += QString::fromUtf8(process.readAllStandardOutput());
    return ended && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace salesdesk::test
