#include "app/PassphraseInput.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <fcntl.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace salesdesk::app {

namespace {

constexpr qint64 kMaxPassphraseFile = 4096;

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// What a signal handler needs to give the terminal its echo back (tcsetattr is safe there).
int g_terminal = -1;
termios g_savedTerminal{};

extern "C" void restoreTerminalAndDie(int signal) {
    ::tcsetattr(g_terminal, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// The terminal with echo off for as long as it lives; Ctrl+C or a termination signal while it
// is off restores it before the process ends.
class SilentTerminal {
public:
    SilentTerminal()
        : m_fd(::open("/dev/tty", O_RDWR | O_CLOEXEC)) {
        if (m_fd < 0 || ::tcgetattr(m_fd, &m_saved) != 0)
            return;
        g_terminal = m_fd;
        g_savedTerminal = m_saved;
        struct sigaction action {};
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
        m_handlersInstalled = true;
        termios silent = m_saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        m_silenced = ::tcsetattr(m_fd, TCSAFLUSH, &silent) == 0;
    }
    ~SilentTerminal() {
        if (m_silenced)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        if (m_handlersInstalled)
            for (std::size_t i = 0; i < std::size(kSignals); ++i)
                ::sigaction(kSignals[i], &m_previous[i], nullptr);
        g_terminal = -1;
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentTerminal(const SilentTerminal&) = delete;
    SilentTerminal& operator=(const SilentTerminal&) = delete;

    bool usable() const { return m_silenced; }

    void write(const QByteArray& text) const {
        qsizetype done = 0;
        while (done < text.size()) {
            const ssize_t n =
                ::write(m_fd, text.constData() + done, static_cast<size_t>(text.size() - done));
            if (n <= 0)
                return;
            done += n;
        }
    }

    // One line without its newline; nullopt at end of input.
    std::optional<QString> readLine() const {
        std::string line;
        char c = 0;
        while (true) {
            const ssize_t n = ::read(m_fd, &c, 1);
            if (n <= 0)
                return line.empty() ? std::nullopt
                                    : std::optional<QString>(QString::fromStdString(line));
            if (c == '\n')
                break;
            line.push_back(c);
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
        std::fill(line.begin(), line.end(), '\0');
        return text;
    }

private:
    int m_fd;
    termios m_saved{};
    struct sigaction m_previous[std::size(kSignals)]{};
    bool m_handlersInstalled = false;
    bool m_silenced = false;
};

} // namespace

Result<QString> PassphraseInput::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read the passphrase file %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxPassphraseFile)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The passphrase file %1 is larger than %2 bytes")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(kMaxPassphraseFile));
    QByteArray bytes = file.readAll();
    const qsizetype newline = bytes.indexOf('\n');
    if (newline >= 0)
        bytes.truncate(newline);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The passphrase file %1 is empty").arg(QDir::toNativeSeparators(path)));
    return QString::fromUtf8(bytes);
}

Result<QString> PassphraseInput::fromTerminal(const QString& prompt, bool confirm) {
    const SilentTerminal terminal;
    if (!terminal.usable())
        return makeError(ErrorCode::InvalidArgument,
                         tr("No terminal to ask for the passphrase on; use --passphrase-file"));
    terminal.write(prompt.toUtf8() + ' ');
    const auto first = terminal.readLine();
    if (!first || first->isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The passphrase must not be empty"));
    if (!confirm)
        return *first;
    terminal.write(tr("Repeat the passphrase:").toUtf8() + ' ');
    const auto second = terminal.readLine();
    if (!second || *second != *first)
        return makeError(ErrorCode::InvalidArgument, tr("The two passphrases differ"));
    return *first;
}

Result<QString> PassphraseInput::fromOptionOrTerminal(const QCommandLineParser& parser,
                                                      const QCommandLineOption& fileOption,
                                                      const QString& prompt, bool confirm) {
    if (parser.isSet(fileOption))
        return fromFile(parser.value(fileOption));
    return fromTerminal(prompt, confirm);
}

} // namespace salesdesk::app
