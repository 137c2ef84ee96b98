#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace salesdesk::test {

// What a program run as a child process did.
struct ProgramRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

// Runs `program` with `arguments`, stdin closed, in a session of its own (so without a
// controlling terminal: a program that would ask on /dev/tty fails instead of waiting for a
// person), and waits at most `timeoutMs` for it; after that it is killed.
ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 60'000);
// The same with this environment instead of ours (e.g. with SALESDESK_CRASH_AT set).
ProgramRun runProgram(const QString& program, const QStringList& arguments,
                      const QProcessEnvironment& environment, int timeoutMs = 60'000);

} // namespace salesdesk::test
