#include "AppOptions.h"
#include "salesdesk/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salesdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(salesdesk::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sales Desk without a window: the sales engine from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const salesdesk::app::CommonOptions options;
    options.addTo(parser);
    parser.process(app);
    return 0;
}
