#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QStringList>

namespace salesdesk::ui {

class MainWindow;

// `salesdesk --screenshots <dir>`: runs a short scripted simulation on a VirtualClock (the demo
// desk in a temporary directory, one availability, a few simulated hours of demo requests), then
// shows the main window and renders every listed screen to <dir>/<nn>-<screen>.png. Needs a
// QApplication and a platform that can render (xvfb or offscreen). Returns the files written.
class ScreenshotRun {
public:
    static constexpr qint64 kSimulatedSeconds = 36 * 3600; // the shortest demo requests end

    static Result<QStringList> run(const QString& outputDirectory);

    // Shows each of `window`'s screens in turn, lets its batched refreshes run and renders it to
    // <dir>/<nn>-<screen>.png (numbered from 01 in the order of the window's screens). The files
    // written.
    static Result<QStringList> capture(MainWindow& window, const QString& outputDirectory);
    // Runs the event loop for `milliseconds`: the screens' batched refreshes land before a capture.
    static void settle(int milliseconds);
};

} // namespace salesdesk::ui
