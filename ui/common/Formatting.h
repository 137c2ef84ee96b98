#pragma once

#include "core/clock/Clock.h"
#include "core/domain/UInt256.h"

#include <QLocale>
#include <QString>

namespace salesdesk::ui {

// How every screen shows sizes, amounts, durations and times: one place, formatted for the
// locale the user chose (QLocale() unless given).

// 1,536 → "1.5 KiB"; binary units, as the repo counts bytes.
QString formatBytes(quint64 bytes, const QLocale& locale = QLocale());
// A token amount in the token's smallest unit, digits grouped for the locale: "1,234,567".
QString formatTokens(const UInt256& amount, const QLocale& locale = QLocale());
// 93,784 s → "1 d 2 h"; at most two units, the largest first; "0 s" for zero.
QString formatDuration(qint64 seconds);
// A point in (possibly simulated) time, the locale's short date and time.
QString formatTimestamp(Timestamp at, const QLocale& locale = QLocale());

} // namespace salesdesk::ui
