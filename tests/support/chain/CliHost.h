#pragma once

#include "tests/support/chain/AnvilFixture.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <memory>

namespace salesdesk::test {

// The real `salesdesk-cli host` run against an AnvilFixture's Marketplace, as the tests that kill
// and restart it do: always the same data directory, passphrase file and offer, each run a child
// process with stdin closed, optionally told to die at a crash point (SALESDESK_CRASH_AT).
// Counts the runs and the kills.
class CliHost {
public:
    // `cli`: the salesdesk-cli binary; `dataDirectory` holds the host's wallet (importedWallet),
    // unlocked with the passphrase in `passphraseFile`; `offerBytes`: what --offer offers, for a
    // day at a price of 1 and with 10^12 base units of collateral.
    CliHost(QString cli, AnvilFixture& chain, QString dataDirectory, QString passphraseFile,
            quint64 offerBytes);

    // The arguments of a run: the fixture's RPC URL, chain id and Marketplace (read from its
    // deployment block), new blocks read every second.
    QStringList arguments() const;

    // The deal ask the CLI tests' hosts publish (`--deal-ask FILE`): 1 base unit a byte a second,
    // a collateral of 0 to 10 a byte, 1 byte to 1 MiB, 10 s to an hour, a start 30 s to an hour
    // ahead, valid until changed.
    static QJsonObject testDealAsk();

    // A run started (`crashAt` empty: none), with `arguments` (empty: arguments()).
    std::unique_ptr<QProcess> start(const QString& crashAt = {}, const QStringList& arguments = {});
    // Waits at most `ms` for `process` to end by itself (killed after that); its stdout and
    // stderr to `out` and `err`. False when it did not end in time.
    bool waitForEnd(QProcess& process, QString& out, QString& err, int ms);
    // One run that must end at `crashAt` (a point, or `point:hit`): within `ms`, with the crash
    // point's exit code and the point named on stderr. False, with a warning saying what
    // happened instead, otherwise.
    bool runUntilCrash(const QString& crashAt, int ms);
    // Reads `process`'s stdout into `out` until `done(out)` or the process ends or `ms` pass;
    // true when `done` and the process still runs.
    bool readUntil(QProcess& process, QString& out, const std::function<bool(const QString&)>& done,
                   int ms);
    // SIGTERM, then true when the process stopped cleanly (exit 0) within 30 s; what it printed
    // meanwhile is added to `out`.
    bool terminate(QProcess& process, QString& out);

    // A run (told to die at `crashAt` unless empty) whose endpoint came up: it printed a line
    // that `announce` matches, the endpoint's URL its first capture (to `endpoint`). Null, with a
    // warning showing what it printed, otherwise.
    std::unique_ptr<QProcess> startServing(const QString& crashAt, const QStringList& arguments,
                                           const QRegularExpression& announce, QUrl& endpoint,
                                           QString& out, int ms);
    // Waits for a run the test led to `point` to die there: the crash point's exit code and the
    // point named on stderr (it may have ended already, while the test waited for an answer it
    // never got). Counts the kill; false, with a warning saying what happened instead, otherwise.
    bool diedAt(QProcess& process, const QString& point, const QString& out, int ms);
    // A query's first value on one of the host's databases (`file` in the data directory), read
    // only, between runs.
    QVariant booksValue(const QString& sql, const QString& file) const;

    // A kill the test made itself (runUntilCrash counts its own).
    void countKill() { ++m_kills; }

    int runs() const { return m_runs; }
    int kills() const { return m_kills; }

private:
    QString m_cli;
    AnvilFixture& m_chain;
    QString m_data;
    QString m_passphrase;
    quint64 m_offerBytes;
    int m_runs = 0;
    int m_kills = 0;
};

} // namespace salesdesk::test
