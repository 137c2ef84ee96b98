#include "tests/support/ProgramRun.h"

#include <QProcess>

#include <unistd.h>

namespace salesdesk::test {

ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs) {
    return runProgram(program, arguments, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

ProgramRun runProgram(const QString& program, const QStringList& arguments,
                      const QProcessEnvironment& environment, int timeoutMs) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace salesdesk::test
