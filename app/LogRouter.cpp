#include "app/LogRouter.h"

#include "core/logging/RotatingLogFile.h"

#include <QDateTime>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>
#include <utility>

namespace salesdesk::app {

namespace {

std::atomic<LogRouter*> s_router{nullptr};

const char* typeName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Warnings, criticals and fatals go to stderr. (QtInfoMsg comes after QtFatalMsg in QtMsgType, so
// no comparison of the values.)
bool forStderr(QtMsgType type) {
    return type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
}

void toStderr(const QString& text) {
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace

LogRouter::LogRouter() {
    LogRouter* expected = nullptr;
    if (!s_router.compare_exchange_strong(expected, this))
        qFatal("LogRouter: only one may be installed at a time");
    m_previous = qInstallMessageHandler(&LogRouter::handle);
}

LogRouter::~LogRouter() {
    qInstallMessageHandler(m_previous);
    s_router = nullptr;
}

void LogRouter::attachFile(std::unique_ptr<RotatingLogFile> file) {
    const QMutexLocker locker(&m_mutex);
    m_file = std::move(file);
    m_fileFailed = false;
    const QList<QByteArray> held = std::exchange(m_held, {});
    m_heldSize = 0;
    for (const QByteArray& line : held)
        toFile(line);
}

QByteArray LogRouter::fileLine(const QDateTime& at, QtMsgType type, const char* category,
                               const QString& message) {
    QByteArray line = at.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    line += ' ';
    line += typeName(type);
    line += ' ';
    line += category && *category ? category : "default";
    line += ": ";
    QString text = message;
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    line += text.toUtf8();
    return line;
}

void LogRouter::handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    LogRouter* router = s_router.load();
    if (forStderr(type) || !router)
        toStderr(qFormatLogMessage(type, context, message));
    if (!router)
        return;
    QByteArray line = fileLine(QDateTime::currentDateTimeUtc(), type, context.category, message);
    const QMutexLocker locker(&router->m_mutex);
    router->toFile(std::move(line));
}

// Called with m_mutex held.
void LogRouter::toFile(QByteArray line) {
    if (m_fileFailed)
        return;
    if (!m_file) {
        m_heldSize += line.size();
        m_held.append(std::move(line));
        while (m_heldSize > kHeldBytes && !m_held.isEmpty())
            m_heldSize -= m_held.takeFirst().size();
        return;
    }
    if (auto written = m_file->write(line); !written.ok()) {
        m_fileFailed = true;
        toStderr(
            QStringLiteral("salesdesk: %1; messages now go to stderr only").arg(written.message()));
    }
}

} // namespace salesdesk::app
