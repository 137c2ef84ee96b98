#pragma once

#include "domain/Result.h"

#include <QString>
#include <QTest>

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

} // namespace salesdesk::test
