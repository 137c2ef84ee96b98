#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <limits>
#include <utility>

namespace salesdesk {

// One JSON object of a file being validated, with its JSON path, so that every error reads
// "<path>.<key>: <message>" (`events[3].request.slotSize: must be a positive integer`). Paths join
// keys with '.' and put array indices in brackets; a top-level key has no leading dot. Errors are
// ErrorCode::InvalidArgument.
//
// Readers of the object's fields take the key and fail with "is required" when it is missing;
// the static readers check a value that has a path of its own (an array element).
class JsonFields {
public:
    // Integers must lie in [min, max]. min is 0 or 1: it picks the message for a value that is
    // not an integer at all ("must be a non-negative integer" / "must be a positive integer").
    struct IntegerRange {
        quint64 min = 0;
        quint64 max = static_cast<quint64>(std::numeric_limits<qint64>::max());
        const char* why = nullptr; // the limit's reason, printed with it (ScenarioLimits)
    };
    static constexpr IntegerRange kNonNegative{0, std::numeric_limits<qint64>::max(), nullptr};
    static constexpr IntegerRange kPositive{1, std::numeric_limits<qint64>::max(), nullptr};

    // The value as an object, or "<path>: must be an object".
    static Result<JsonFields> open(const QJsonValue& value, const QString& path);

    // `key` as it is printed in a path: printable(key).
    static QString childPath(const QString& path, const QString& key);
    static QString indexPath(const QString& path, qsizetype index);
    static Error error(const QString& path, const QString& message);
    // Text from the file as it may be echoed in a message: control characters (NUL included),
    // lone surrogates, backslashes and quotes escaped as in JSON (\u0000, \n, \\, \"), so
    // that a message is one line, is never cut at a NUL and shows what the file holds.
    static QString printable(const QString& text);
    // printable(text) in double quotes.
    static QString quoted(const QString& text);

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const { return childPath(m_path, key); }
    const QJsonObject& object() const { return m_object; }
    bool has(const QString& key) const { return m_object.contains(key); }

    // The first key (in sorted order) that is not in `known`: "<path>.<key>: unknown key
    // (expected one of: a, b, c)".
    Result<void> rejectUnknownKeys(const QStringList& known) const;

    Result<QJsonValue> required(const QString& key) const;
    Result<quint64> integer(const QString& key, IntegerRange range) const;
    Result<UInt256> amount(const QString& key) const;
    Result<bool> boolean(const QString& key) const;
    Result<QString> nonEmptyString(const QString& key) const;
    Result<double> probability(const QString& key) const;

    // An integer in `range`, exactly: a JSON number with no fraction that Qt read as a 64-bit
    // integer (larger numbers are doubles and may have lost digits).
    static Result<quint64> readInteger(const QJsonValue& value, const QString& path,
                                       IntegerRange range);
    // A token amount: a string of decimal digits up to 2^256 - 1, or a non-negative JSON integer
    // up to 2^63 - 1 (larger amounts must be strings, to stay exact).
    static Result<UInt256> readAmount(const QJsonValue& value, const QString& path);
    static Result<bool> readBoolean(const QJsonValue& value, const QString& path);
    static Result<QString> readNonEmptyString(const QJsonValue& value, const QString& path);
    // A JSON number from 0 to 1.
    static Result<double> readProbability(const QJsonValue& value, const QString& path);

private:
    JsonFields(QJsonObject object, QString path);

    QJsonObject m_object;
    QString m_path;
};

} // namespace salesdesk

// Assigns the value of a Result-returning expression to `target`, or returns its error from the
// enclosing function: SD_TRY_READ(config.periodSeconds, fields.integer(key, range));
#define SD_TRY_READ(target, expr)                                                                  \
    do {                                                                                           \
        auto sdTryRead_ = (expr);                                                                  \
        if (!sdTryRead_.ok())                                                                      \
            return sdTryRead_.error();                                                             \
        target = std::move(*sdTryRead_);                                                           \
    } while (false)
