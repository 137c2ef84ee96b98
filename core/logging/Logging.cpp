#include "core/logging/Logging.h"

#include <QDir>
#include <QLoggingCategory>

namespace salesdesk::logging {

namespace {

struct LevelInfo {
    LogLevel level;
    const char* name;
    const char* rules;
};

// Qt's own debug categories stay off at every level, as they are by default.
constexpr LevelInfo kLevels[] = {
    {LogLevel::Debug, "debug", "*.debug=true\nqt.*.debug=false"},
    {LogLevel::Info, "info", "*.debug=false"},
    {LogLevel::Warning, "warning", "*.debug=false\n*.info=false"},
};

const LevelInfo& info(LogLevel level) {
    for (const LevelInfo& candidate : kLevels)
        if (candidate.level == level)
            return candidate;
    return kLevels[1];
}

} // namespace

QString levelName(LogLevel level) {
    return QString::fromLatin1(info(level).name);
}

std::optional<LogLevel> parseLevel(const QString& name) {
    for (const LevelInfo& candidate : kLevels)
        if (name == QLatin1String(candidate.name))
            return candidate.level;
    return std::nullopt;
}

QString filterRules(LogLevel level) {
    return QString::fromLatin1(info(level).rules);
}

void applyLevel(LogLevel level) {
    QLoggingCategory::setFilterRules(filterRules(level));
}

QString logFilePath(const QString& dataDirectory) {
    return QDir(dataDirectory).filePath(QStringLiteral("logs/salesdesk.log"));
}

} // namespace salesdesk::logging
