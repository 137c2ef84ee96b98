#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <memory>

class QDateTime;

namespace salesdesk {

class RotatingLogFile;

namespace app {

// Where the desktop application's messages go: warnings and above to stderr, and every message
// the logging rules let through (core/logging/Logging.h: information and above by default,
// QT_LOGGING_RULES overrides) to a rotating log file in the data directory. Installs itself as
// Qt's message handler for its lifetime (one at a time).
//
// The file is attached once the data directory is known to be usable (attachFile): a refused
// directory must stay untouched. Until then the file's lines are held in memory (at most
// kHeldBytes; beyond it the oldest go) and written first when the file comes, so the start of a
// run is in the log too. When the file cannot be written any more, stderr says so once and the
// messages go on to stderr only.
class LogRouter {
public:
    static constexpr qsizetype kHeldBytes = 1024 * 1024;

    LogRouter();
    ~LogRouter();
    LogRouter(const LogRouter&) = delete;
    LogRouter& operator=(const LogRouter&) = delete;

    void attachFile(std::unique_ptr<RotatingLogFile> file);

    // A message as a line of the file: "2026-01-01T10:00:00.000Z warning salesdesk.x.y: text"
    // (UTC; a message of several lines is kept on one, its newlines shown as "\n").
    static QByteArray fileLine(const QDateTime& at, QtMsgType type, const char* category,
                               const QString& message);

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);
    void toFile(QByteArray line);

    QtMessageHandler m_previous = nullptr;
    QMutex m_mutex;
    std::unique_ptr<RotatingLogFile> m_file;
    bool m_fileFailed = false;
    QList<QByteArray> m_held;
    qsizetype m_heldSize = 0;
};

} // namespace app
} // namespace salesdesk
