#include "mainwindow/MainWindow.h"
#include "salesdesk/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("salesdesk"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(salesdesk::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(salesdesk::kVersion));
    QApplication::setOrganizationName(QStringLiteral("SalesDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sell disk space on the Codex storage marketplace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the database and slot data in <dir> (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("dir"));
    parser.addOption(dataDirOption);
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    salesdesk::MainWindow window(QDir::cleanPath(dataDir));
    window.show();
    return QApplication::exec();
}
