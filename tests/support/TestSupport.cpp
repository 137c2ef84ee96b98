#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

namespace salesdesk::test {

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool copyFiles(const QString& from, const QString& to) {
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(QLatin1String(".lock")))
            continue; // it names this (live) process; a killed one's is taken over anyway
        QFile::remove(QDir(to).filePath(name));
        if (!writeFile(QDir(to).filePath(name), readFile(source.filePath(name))))
            return false;
    }
    return true;
}

} // namespace salesdesk::test
