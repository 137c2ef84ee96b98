#include "mainwindow/MainWindow.h"

#include "salesdesk/Version.h"
#include "storage/Repo.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace salesdesk {

MainWindow::MainWindow(const QString& dataDirectory, Repo& repo, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(QString::fromLatin1(kApplicationName));
    resize(1100, 720);
    statusBar()->addWidget(new QLabel(tr("Data: %1").arg(dataDirectory), this));
    m_quotaLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_quotaLabel);
    connect(&repo, &Repo::quotaChanged, this, &MainWindow::showQuota);
    if (auto usage = repo.quota(); usage.ok())
        showQuota(*usage);
    else
        m_quotaLabel->setText(usage.message());
}

void MainWindow::showQuota(const QuotaUsage& usage) {
    const QLocale locale;
    const auto size = [&](quint64 bytes) {
        return locale.formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
    };
    m_quotaLabel->setText(tr("Quota %1: %2 used, %3 reserved, %4 free")
                              .arg(size(usage.maxBytes), size(usage.usedBytes),
                                   size(usage.reservedBytes), size(usage.available())));
}

} // namespace salesdesk
