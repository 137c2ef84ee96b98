#include "salesdesk/Version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "salesdesk-bench " << salesdesk::kVersion << '\n';
    return 0;
}
