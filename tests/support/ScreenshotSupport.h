#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QString>
#include <QWidget>
#include <QtGlobal>

namespace salesdesk::test {

// Where screen tests write their screenshots: $SALESDESK_SCREENSHOT_DIR, or empty (none taken).
inline QString screenshotDirectory() {
    return qEnvironmentVariable("SALESDESK_SCREENSHOT_DIR");
}

// Shows `widget` at `size`, lets it lay out and paint, and saves it as <directory>/<name>.png.
// Returns the grabbed pixmap (null if it could not be saved).
inline QPixmap saveScreenshot(QWidget& widget, const QString& name, QSize size = {1180, 760}) {
    widget.resize(size);
    widget.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QPixmap shot = widget.grab();
    const QString directory = screenshotDirectory();
    QDir().mkpath(directory);
    if (!shot.save(QDir(directory).filePath(name + QStringLiteral(".png"))))
        return QPixmap();
    return shot;
}

} // namespace salesdesk::test
