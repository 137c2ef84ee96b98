#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QStringList>

namespace salesdesk::ui {

// `salesdesk --screenshots <dir>`: runs a short scripted simulation on a VirtualClock (the demo
// desk in a temporary directory, one availability, a few simulated hours of demo requests), then
// shows the main window and renders every listed screen to <dir>/<nn>-<screen>.png. Needs a
// QApplication and a platform that can render (xvfb or offscreen). Returns the files written.
class ScreenshotRun {
public:
    static constexpr qint64 kSimulatedSeconds = 36 * 3600; // the shortest demo requests end

    static Result<QStringList> run(const QString& outputDirectory);
};

} // namespace salesdesk::ui
