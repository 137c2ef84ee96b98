#include "ui/mainwindow/ScreenshotRun.h"

#include "core/clock/VirtualClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

namespace salesdesk::ui {

namespace {

constexpr Timestamp kScriptStart = 1'767'261'600; // 2026-01-01 10:00 UTC
constexpr qint64 kStepSeconds = 300;

// Recomputes a page now if it offers refreshNow() (the dashboard does).
void refreshPage(QWidget* page) {
    if (page->metaObject()->indexOfMethod("refreshNow()") >= 0)
        QMetaObject::invokeMethod(page, "refreshNow");
}

// Lets the pages' batched refreshes (short real-time QTimers) run.
QString fileNameFor(const QString& title) {
    QString name = title.toLower();
    name.replace(u' ', u'-');
    return name;
}

} // namespace

Result<QStringList> ScreenshotRun::run(const QString& outputDirectory) {
    if (!QDir().mkpath(outputDirectory))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot create the folder %1").arg(outputDirectory)};
    QTemporaryDir data;
    if (!data.isValid())
        return Error{
            ErrorCode::Io,
            QStringLiteral("cannot create a temporary data directory: %1").arg(data.errorString())};
    VirtualClock clock(kScriptStart);
    SimulatedDeskOptions options = demoDeskOptions(data.path());
    options.engine.quotaBytes = 64ull << 30;
    options.engine.seed = 7;
    auto opened = Desk::openSimulated(clock, options);
    if (!opened.ok())
        return opened.error();
    Desk& desk = **opened;
    std::optional<Result<void>> started;
    desk.start([&](Result<void> result) { started = std::move(result); });
    clock.advanceBy(0);
    for (int round = 0; round < 1000 && !started; ++round)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!started)
        return Error{ErrorCode::Io, QStringLiteral("the engine did not start")};
    if (!started->ok())
        return started->error();
    if (auto offered =
            desk.engine().reservations().createAvailability(demoAvailability(32ull << 30));
        !offered.ok())
        return offered.error();

    MainWindow window(desk);
    window.resize(1280, 800);
    window.show();
    for (qint64 t = 0; t < kSimulatedSeconds; t += kStepSeconds) {
        clock.advanceBy(kStepSeconds);
        QCoreApplication::processEvents();
        for (MainWindow::Screen screen : window.screens())
            refreshPage(window.page(screen));
    }
    settle(400);

    auto written = capture(window, outputDirectory);
    window.closeWithoutAsking();
    desk.stop();
    return written;
}

void ScreenshotRun::settle(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

Result<QStringList> ScreenshotRun::capture(MainWindow& window, const QString& outputDirectory) {
    QStringList written;
    int number = 1;
    for (MainWindow::Screen screen : window.screens()) {
        window.showScreen(screen);
        refreshPage(window.page(screen));
        settle(300);
        const QString path = QDir(outputDirectory)
                                 .filePath(QStringLiteral("%1-%2.png")
                                               .arg(number++, 2, 10, QLatin1Char('0'))
                                               .arg(fileNameFor(window.screenTitle(screen))));
        if (!window.grab().save(path))
            return Error{ErrorCode::Io, QStringLiteral("cannot write %1").arg(path)};
        written.append(path);
    }
    return written;
}

} // namespace salesdesk::ui
