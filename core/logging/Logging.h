#pragma once

#include <QString>

#include <optional>

namespace salesdesk {

// How much the application logs: debug lines and above, information and above (the default) or
// warnings and above. Applied as logging filter rules (QLoggingCategory::setFilterRules), so the
// environment's QT_LOGGING_RULES, which Qt evaluates after them, still overrides it.
enum class LogLevel { Debug, Info, Warning };

namespace logging {

// "debug", "info", "warning": the words the settings store.
QString levelName(LogLevel level);
std::optional<LogLevel> parseLevel(const QString& name);
// The filter rules that let `level` and above through.
QString filterRules(LogLevel level);
// Installs filterRules(level) for the whole process.
void applyLevel(LogLevel level);

// The desktop application's log file in a data directory: logs/salesdesk.log, rotated at
// kLogFileMaxBytes into salesdesk.log.1 … salesdesk.log.<kLogFilesKept> (RotatingLogFile).
QString logFilePath(const QString& dataDirectory);
inline constexpr qint64 kLogFileMaxBytes = 5 * 1024 * 1024;
inline constexpr int kLogFilesKept = 3;

} // namespace logging
} // namespace salesdesk
