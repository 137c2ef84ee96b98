#include "mainwindow/MainWindow.h"

#include "salesdesk/Version.h"

#include <QLabel>
#include <QStatusBar>

namespace salesdesk {

MainWindow::MainWindow(QString dataDirectory, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(QString::fromLatin1(kApplicationName));
    resize(1100, 720);
    m_dataDirLabel = new QLabel(tr("Data directory: %1").arg(dataDirectory), this);
    statusBar()->addPermanentWidget(m_dataDirLabel);
}

} // namespace salesdesk
