#include "AppOptions.h"
#include "mainwindow/MainWindow.h"
#include "reservations/Reservations.h"
#include "salesdesk/Version.h"
#include "storage/Database.h"
#include "storage/Repo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

void describe(QCoreApplication& app, QCommandLineParser& parser,
              const salesdesk::app::CommonOptions& options) {
    QCoreApplication::setApplicationName(QStringLiteral("salesdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(salesdesk::kVersion));
    parser.setApplicationDescription(
        QStringLiteral("Sales Desk: sell disk space on the Codex storage marketplace."));
    parser.addHelpOption();
    parser.addVersionOption();
    options.addTo(parser);
    parser.process(app);
}

} // namespace

int main(int argc, char* argv[]) {
    using namespace salesdesk;
    const app::CommonOptions options;
    QCommandLineParser parser;
    if (app::asksForInfoOnly(argc, argv)) {
        // --help and --version print and exit; they must work without a display.
        QCoreApplication info(argc, argv);
        describe(info, parser, options);
        return 0;
    }

    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QString::fromLatin1(kApplicationName));
    describe(application, parser, options);
    const QString dataDir = options.dataDirectory(parser);

    auto database = Database::open(app::databasePath(dataDir), Database::kHostApplicationId);
    if (!database.ok()) {
        QMessageBox::critical(
            nullptr, QString::fromLatin1(kApplicationName),
            QObject::tr("Sales Desk cannot open its data.\n\n%1").arg(database.message()));
        return 1;
    }
    Repo repo(**database, app::slotDataPath(dataDir));
    if (auto opened = repo.open(); !opened.ok()) {
        QMessageBox::critical(
            nullptr, QString::fromLatin1(kApplicationName),
            QObject::tr("Sales Desk cannot open its slot data.\n\n%1").arg(opened.message()));
        return 1;
    }
    Reservations reservations(**database, repo);

    MainWindow window(dataDir, repo);
    window.show();
    return QApplication::exec();
}
