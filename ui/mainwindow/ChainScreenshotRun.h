#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QStringList>

namespace salesdesk::ui {

// `salesdesk --market local-chain --screenshots <dir>`: the app selling on a local test chain,
// rendered. Starts the chain in <dataDirectory>/local-chain as the app does (cleared first), with
// demo clients that post a request at once and then about every kClientIntervalSeconds (at terms
// that make whole tokens), offers storage, shows the main window at 1280×800 and waits on the event
// loop until a sale is proving on the chain and the books equal the chain (the deposit followed on
// chain), at most `waitSeconds` once the chain is open; then renders every screen to
// <dir>/<nn>-<screen>.png (the Wallet last). An error
// that says what was missing when the wait ran out. Needs a QApplication, a platform that can
// render and anvil (make deps).
class ChainScreenshotRun {
public:
    static constexpr int kDefaultWaitSeconds = 300;
    static constexpr qint64 kClientIntervalSeconds = 20;
    static constexpr quint64 kOfferBytes = quint64(64) << 20;

    static Result<QStringList> run(const QString& outputDirectory, const QString& dataDirectory,
                                   int waitSeconds = kDefaultWaitSeconds);
};

} // namespace salesdesk::ui
