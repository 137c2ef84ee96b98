#pragma once

#include "core/clock/Clock.h"

#include <QString>

#include <optional>

namespace salesdesk {

// How an event cursor is doing, for a status line, diagnostics and tests.
struct EventCursorStatus {
    enum class State {
        Stopped,
        Syncing,  // reading blocks the cursor has not processed yet
        UpToDate, // processed everything up to head - confirmations; waiting for new blocks
        Retrying, // the last step failed (lastError); the next attempt is at nextRetryAt
        Failed,   // cannot go on by itself (a reorg deeper than the window, a foreign cursor row)
    };

    State state = State::Stopped;
    std::optional<quint64> processedBlock; // every log up to this block was committed
    std::optional<quint64> headBlock;      // the chain's head when it was last asked
    quint64 blocksBehind = 0;              // headBlock - processedBlock (0 when unknown)
    QString lastError;                     // the last failure, empty after a step succeeds
    int consecutiveFailures = 0;
    std::optional<Timestamp> nextRetryAt;
    quint64 reorgs = 0; // reorgs undone since start

    static QString stateName(State state) {
        switch (state) {
        case State::Stopped:
            return QStringLiteral("stopped");
        case State::Syncing:
            return QStringLiteral("syncing");
        case State::UpToDate:
            return QStringLiteral("up to date");
        case State::Retrying:
            return QStringLiteral("retrying");
        case State::Failed:
            return QStringLiteral("failed");
        }
        return {};
    }
};

} // namespace salesdesk
