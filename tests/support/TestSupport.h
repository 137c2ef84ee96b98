#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QString>
#include <QTest>

#include <functional>

// Lets QCOMPARE print amounts when they differ (found by argument-dependent lookup).
namespace boost::multiprecision {
inline char* toString(const salesdesk::UInt256& value) {
    return qstrdup(qPrintable(salesdesk::uint256::toDecimal(value)));
}
} // namespace boost::multiprecision

namespace salesdesk::test {

// Fails the current test with the error's message when `result` holds an error.
#define SD_VERIFY_OK(result)                                                                       \
    do {                                                                                           \
        const auto& sdResult_ = (result);                                                          \
        if (!sdResult_.ok())                                                                       \
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + sdResult_.message()));         \
    } while (false)

// Verifies that `result` failed with `expectedCode`.
#define SD_VERIFY_ERROR(result, expectedCode)                                                      \
    do {                                                                                           \
        const auto& sdResult_ = (result);                                                          \
        QVERIFY2(!sdResult_.ok(), "expected an error, got success");                               \
        QCOMPARE(sdResult_.code(), expectedCode);                                                  \
    } while (false)

// Reads a whole file; empty when it cannot be read.
QByteArray readFile(const QString& path);

// Runs the event loop until `done()` holds (checked every millisecond) or `timeoutMs` passed;
// whether it holds. Unlike QTest::qWaitFor, which sleeps 10 ms whenever no event is pending, the
// loop never sleeps while there is work: a server and a client in the same thread exchange
// a body's chunks at full speed instead of one chunk per 10 ms.
bool spinUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace salesdesk::test
