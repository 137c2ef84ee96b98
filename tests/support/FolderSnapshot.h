#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>

namespace salesdesk::test {

// Writes a whole file; false when it cannot be written.
bool writeFile(const QString& path, const QByteArray& bytes);
// Copies every file of `from` (not sub-folders, not lock files) into `to`, as they are now. Taken
// while a database is open, the copy is what a process killed at that moment leaves on disk: the
// file, its write-ahead log (-wal) and, once the file was opened in WAL mode before, the log's
// index (-shm).
bool copyFiles(const QString& from, const QString& to);

// Every file under a folder (sub-folders included): its bytes and its modification time to the
// nanosecond. Taken before and after an operation that must not write, it shows what changed.
class FolderSnapshot {
public:
    static FolderSnapshot take(const QString& folder);

    // One line per file that appeared, went, or changed bytes or modification time; empty when
    // the two snapshots are the same.
    QStringList differencesTo(const FolderSnapshot& later) const;
    QStringList fileNames() const;

private:
    struct Entry {
        QByteArray bytes;
        qint64 modifiedNs = 0;
    };
    std::map<QString, Entry> m_files; // by path relative to the folder
};

// Makes a file or folder unwritable for this process while the object lives: `chmod a-w` for a
// normal user; for root, whom permission bits do not stop, the immutable attribute
// (`chattr +i`, FS_IOC_SETFLAGS), which also refuses root. ok() is false where neither works
// (a file system without the attribute, no CAP_LINUX_IMMUTABLE); why() says what failed.
class Unwritable {
public:
    explicit Unwritable(QString path);
    ~Unwritable();
    Unwritable(const Unwritable&) = delete;
    Unwritable& operator=(const Unwritable&) = delete;

    bool ok() const { return m_ok; }
    const QString& why() const { return m_why; }

private:
    QString m_path;
    bool m_ok = false;
    bool m_usedAttribute = false;
    unsigned m_oldMode = 0;
    QString m_why;
};

} // namespace salesdesk::test

// Fails the test with the list of changed files when `folder` differs from `snapshot`.
#define SD_VERIFY_FOLDER_UNCHANGED(snapshot, folder)                                               \
    do {                                                                                           \
        const QStringList sdChanged_ =                                                             \
            (snapshot).differencesTo(salesdesk::test::FolderSnapshot::take(folder));               \
        QVERIFY2(sdChanged_.isEmpty(), qPrintable(sdChanged_.join(QLatin1Char('\n'))));            \
    } while (false)
