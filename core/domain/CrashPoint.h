#pragma once

#include <QList>
#include <QString>

#include <atomic>

namespace salesdesk {

// Named places where a test may kill the process, to prove that the books reconcile after a
// crash at that instant (docs/crash-points.md). A point does nothing unless the environment
// variable SALESDESK_CRASH_AT, read once when the program starts, names it:
//
//   SALESDESK_CRASH_AT=sale.payout.afterMarket     the first time the point is reached
//   SALESDESK_CRASH_AT=sale.payout.afterMarket:3   the third time
//
// The process then writes one line to stderr and ends at once with kCrashExitCode: no
// destructor, no atexit handler, no buffer flush and no SQLite commit runs, as after a SIGKILL.
// Unset, a point costs one load of a flag that is false.
//
// Every point is named in crashPoints() (crash tests iterate over it); reaching a point whose
// name is not listed there while SALESDESK_CRASH_AT is set ends the process with
// kUnknownPointExitCode.
struct CrashPointInfo {
    const char* name;
    const char* where; // the instant, in a few words
};

class CrashPoint {
public:
    // The exit status of a process that stopped at its crash point.
    static constexpr int kCrashExitCode = 86;
    // The exit status when SALESDESK_CRASH_AT is set and a point not in crashPoints() is reached.
    static constexpr int kUnknownPointExitCode = 87;

    static void reach(const char* name) {
        if (s_armed.load(std::memory_order_relaxed)) [[unlikely]]
            hit(name);
    }

    // Every crash point of the program, in the order of a sale's life.
    static const QList<CrashPointInfo>& all();
    static bool isKnown(const QString& name);

    // What SALESDESK_CRASH_AT asks for ("name" or "name:N"): the point and the hit that ends the
    // process (1 for the first). Empty name when the value cannot be read.
    struct Target {
        QString name;
        quint64 hit = 1;
    };
    static Target parse(const QString& value);

    // Arms the points as the environment says. Runs once, before main(); tests call it again
    // after changing the variable.
    static void arm();

private:
    static void hit(const char* name);
    static std::atomic<bool> s_armed;
};

// crashPoint("sale.payout.afterMarket"): a named crash point (see CrashPoint).
inline void crashPoint(const char* name) {
    CrashPoint::reach(name);
}

} // namespace salesdesk
