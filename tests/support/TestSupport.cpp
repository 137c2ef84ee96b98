#include "tests/support/TestSupport.h"

#include <QFile>

namespace salesdesk::test {

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace salesdesk::test
