#include "tests/support/FolderSnapshot.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace salesdesk::test {

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

FolderSnapshot FolderSnapshot::take(const QString& folder) {
    FolderSnapshot snapshot;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        Entry entry;
        entry.bytes = readFile(path);
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0)
            entry.modifiedNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
        snapshot.m_files.emplace(root.relativeFilePath(path), std::move(entry));
    }
    return snapshot;
}

QStringList FolderSnapshot::differencesTo(const FolderSnapshot& later) const {
    QStringList out;
    for (const auto& [name, entry] : m_files) {
        const auto it = later.m_files.find(name);
        if (it == later.m_files.end())
            out << QStringLiteral("%1: removed (was %2 bytes)").arg(name).arg(entry.bytes.size());
        else if (it->second.bytes != entry.bytes)
            out << QStringLiteral("%1: bytes changed (%2 -> %3 bytes)")
                       .arg(name)
                       .arg(entry.bytes.size())
                       .arg(it->second.bytes.size());
        else if (it->second.modifiedNs != entry.modifiedNs)
            out << QStringLiteral("%1: modification time changed").arg(name);
    }
    for (const auto& [name, entry] : later.m_files)
        if (!m_files.count(name))
            out << QStringLiteral("%1: created (%2 bytes)").arg(name).arg(entry.bytes.size());
    return out;
}

QStringList FolderSnapshot::fileNames() const {
    QStringList names;
    for (const auto& entry : m_files)
        names << entry.first;
    return names;
}

namespace {

// Sets or clears FS_IMMUTABLE_FL; returns an empty string or what failed.
QString setImmutable(const QString& path, bool on) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return QStringLiteral("open: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    int flags = 0;
    QString error;
    if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) != 0) {
        error =
            QStringLiteral("FS_IOC_GETFLAGS: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    } else {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        if (::ioctl(fd, FS_IOC_SETFLAGS, &flags) != 0)
            error = QStringLiteral("FS_IOC_SETFLAGS: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    ::close(fd);
    return error;
}

} // namespace

Unwritable::Unwritable(QString path)
    : m_path(std::move(path)) {
    const QByteArray native = QFile::encodeName(m_path);
    if (::geteuid() == 0) {
        m_why = setImmutable(m_path, true);
        m_usedAttribute = m_why.isEmpty();
    } else {
        struct stat st {};
        if (::stat(native.constData(), &st) != 0 ||
            ::chmod(native.constData(), st.st_mode & ~(S_IWUSR | S_IWGRP | S_IWOTH)) != 0)
            m_why = QStringLiteral("chmod: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        else
            m_oldMode = st.st_mode & 07777;
    }
    // Whatever was done, it counts only if the kernel now refuses this process a write.
    m_ok = m_why.isEmpty() && ::access(native.constData(), W_OK) != 0;
    if (m_why.isEmpty() && !m_ok)
        m_why = QStringLiteral("%1 is still writable").arg(m_path);
}

Unwritable::~Unwritable() {
    if (m_usedAttribute)
        setImmutable(m_path, false);
    else if (m_oldMode != 0)
        ::chmod(QFile::encodeName(m_path).constData(), m_oldMode);
}

} // namespace salesdesk::test
