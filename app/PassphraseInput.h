#pragma once

#include "core/domain/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace salesdesk::app {

// Where salesdesk-cli reads a passphrase from: the terminal without echo, or a file (for scripts
// and tests). Never from the command line, where it would land in the shell's history and in
// the process list.
class PassphraseInput {
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)
public:
    // The first line of `path` (its newline dropped); an error for an empty passphrase or an
    // unreadable file.
    static Result<QString> fromFile(const QString& path);
    // Asks on the controlling terminal (/dev/tty) with echo off and restores the terminal after.
    // With `confirm`, asks twice and refuses two different answers. An error when the process
    // has no terminal, naming --passphrase-file.
    static Result<QString> fromTerminal(const QString& prompt, bool confirm);
    // fromFile(the value of `fileOption`) when the option is set, else fromTerminal.
    static Result<QString> fromOptionOrTerminal(const QCommandLineParser& parser,
                                                const QCommandLineOption& fileOption,
                                                const QString& prompt, bool confirm);
};

} // namespace salesdesk::app
