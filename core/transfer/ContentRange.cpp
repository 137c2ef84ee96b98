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

Result<ContentRange> ContentRange::checkAnswer(const QByteArray& value, quint64 first, quint64 end,
                                               quint64 total, const QString& asked) {
    const std::optional<ContentRange> range = parse(value);
    if (!range)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the server answered 206 Partial Content for %1 with the "
                                        "Content-Range \"%2\", not \"bytes first-last/total\"")
                             .arg(asked, QString::fromLatin1(value)));
    if (range->first != first)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the server answered %1 with the bytes from %2 on "
                                        "(Content-Range \"%3\"), not from %4")
                             .arg(asked)
                             .arg(range->first)
                             .arg(QString::fromLatin1(value))
                             .arg(first));
    if (range->last >= end || (range->total && *range->total != total))
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("the server answered %1 with the Content-Range \"%2\", "
                                        "which does not fit bytes %3 to %4 of %5")
                             .arg(asked, QString::fromLatin1(value))
                             .arg(first)
                             .arg(end - 1)
                             .arg(total));
    return *range;
}

} // namespace salesdesk::transfer
