#include "core/transfer/ContentRange.h"

#include <QRegularExpression>
#include <QString>

namespace salesdesk::transfer {

std::optional<ContentRange> ContentRange::parse(const QByteArray& value) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    bool firstOk = false;
    bool lastOk = false;
    ContentRange range;
    range.first = match.captured(1).toULongLong(&firstOk);
    range.last = match.captured(2).toULongLong(&lastOk);
    if (!firstOk || !lastOk || range.last < range.first)
        return std::nullopt;
    if (match.captured(3) != QLatin1String("*")) {
        bool totalOk = false;
        range.total = match.captured(3).toULongLong(&totalOk);
        if (!totalOk || range.last >= *range.total)
            return std::nullopt;
    }
    return range;
}

} // namespace salesdesk::transfer
