#pragma once

#include <QCoreApplication>
#include <QString>

namespace salesdesk {

class ChainWatch;
struct RpcError;

namespace ui {

// The chain's node in plain words, for the status bar and the wallet screen.
class ChainText {
    Q_DECLARE_TR_FUNCTIONS(ChainText)
public:
    // Why a call to the node failed: "the node refuses connections", "no answer within 30 s", …
    static QString plainError(const RpcError& error);
    // "answering" or "not answering since 14:02", with the plain reason when there is one and
    // `withReason`.
    static QString connection(const ChainWatch& watch, bool withReason = true);
};

} // namespace ui
} // namespace salesdesk
