#include "core/storage/DatabaseFileCheck.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcDatabaseFileCheck, "salesdesk.storage.databasefilecheck")

namespace {

const QString kUntouched = QStringLiteral("it was left untouched");

qint64 sizeOf(const QString& path) {
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1; // -1: no such file
}

// Whether the rollback journal at `path` is what a process killed while it wrote an empty file's
// first page leaves. SQLite's journal header is 8 bytes of magic (zeros until the journal is
// synced, before any write to the file), the record count, the checksum seed, then the file's size
// in pages before the transaction (4 bytes, big-endian, written from the start): when that size
// is 0, the file was empty before, so rolling the journal back gives an empty file again and no
// page of the books is in it.
Result<bool> isJournalOfAnEmptyFile(const QString& path) {
    static const QByteArray kMagic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(20);
    if (header.size() < 20 || (header.first(8) != kMagic && header.first(8) != QByteArray(8, '\0')))
        return false;
    return header.sliced(16, 4) == QByteArray(4, '\0');
}

QString hex32(qint32 value) {
    return QStringLiteral("0x%1").arg(static_cast<quint32>(value), 8, 16, QLatin1Char('0'));
}

// Reads the 16-byte SQLite header without going through SQLite.
Result<bool> hasSqliteHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<void> requireWritable(const QString& path, bool isFolder) {
    const QFileInfo info(path);
    if (!info.exists() || info.isWritable())
        return {};
    return makeError(
        ErrorCode::Io,
        isFolder ? QStringLiteral("the folder %1 is read-only (a read-only file system, or no "
                                  "write permission for this user); Sales Desk writes its books "
                                  "and their log there. Make the folder writable or choose "
                                  "another data directory; nothing in it was changed")
                       .arg(path)
                 : QStringLiteral("%1 is read-only (a read-only file system, or no write "
                                  "permission for this user); Sales Desk writes every change of "
                                  "its books to it. Make the file writable (for example chmod "
                                  "u+w) or choose another data directory; %2")
                       .arg(path, kUntouched));
}

// The checks' QSQLITE connection (read-only on the user's file, read-write on a private copy),
// closed and removed when it goes.
class CheckConnection {
public:
    CheckConnection(const QString& uri, bool readOnly) {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("salesdesk-check-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                        : QStringLiteral("QSQLITE_OPEN_URI"));
        m_db.setDatabaseName(uri);
    }
    ~CheckConnection() {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    CheckConnection(const CheckConnection&) = delete;
    CheckConnection& operator=(const CheckConnection&) = delete;

    bool open() { return m_db.open(); }
    QString lastError() const { return m_db.lastError().text(); }

    Result<QVariant> value(const QString& sql) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return makeError(ErrorCode::Database, query.lastError().text());
        if (!query.next())
            return makeError(ErrorCode::Database, QStringLiteral("no row"));
        return query.value(0);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Whether SQLite reads the file and its log in place, without writing anything.
bool readableInPlace(const QString& uri) {
    CheckConnection probe(uri, true);
    return probe.open() && probe.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).ok();
}

QString uriFor(const QString& path, const QString& query) {
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

// The file and its log, copied where SQLite may write what it needs to read them.
Result<QString> copyForReading(const QString& filePath, const QTemporaryDir& folder) {
    if (!folder.isValid())
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot check %1: no temporary folder to read a copy of it "
                                        "and its log in (%2); %3")
                             .arg(filePath, folder.errorString(), kUntouched));
    const QString copy = folder.filePath(QStringLiteral("check.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (!QFile::exists(filePath + suffix))
            continue;
        if (!QFile::copy(filePath + suffix, copy + suffix))
            return makeError(ErrorCode::Io,
                             QStringLiteral("cannot check %1: copying %2 to %3 failed (is the "
                                            "disk full?); %4")
                                 .arg(filePath, filePath + suffix, folder.path(), kUntouched));
    }
    return copy;
}

Result<DatabaseFileFacts> checkContents(CheckConnection& connection, const QString& filePath,
                                        const DatabaseExpectation& expected) {
    if (!connection.open())
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("%1 cannot be opened as a database (%2); %3")
                             .arg(filePath, connection.lastError(), kUntouched));
    auto appId = connection.value(QStringLiteral("PRAGMA application_id"));
    if (!appId.ok())
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("%1 cannot be read as a database (%2); %3")
                             .arg(filePath, appId.message(), kUntouched));
    auto tableCount = connection.value(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    auto version = connection.value(QStringLiteral("PRAGMA user_version"));
    if (!tableCount.ok() || !version.ok())
        return makeError(
            ErrorCode::DatabaseCorrupt,
            QStringLiteral("%1 is damaged (%2); %3")
                .arg(filePath, (tableCount.ok() ? version : tableCount).message(), kUntouched));
    const qint32 id = appId->toInt();
    if (id != expected.applicationId) {
        if (id == 0 && tableCount->toInt() == 0)
            return makeError(ErrorCode::DatabaseForeign,
                             QStringLiteral("%1 is an empty SQLite database that Sales Desk did "
                                            "not create (application_id 0, no tables), perhaps "
                                            "another program's; Sales Desk does not take over "
                                            "such a file. If it is not needed, delete it and "
                                            "start again; %2")
                                 .arg(filePath, kUntouched));
        return makeError(ErrorCode::DatabaseForeign,
                         QStringLiteral("%1 is a database of another application or of another "
                                        "kind (application_id %2, expected %3); %4")
                             .arg(filePath, hex32(id), hex32(expected.applicationId), kUntouched));
    }
    DatabaseFileFacts facts;
    facts.schemaVersion = version->toInt();
    if (facts.schemaVersion > expected.latestSchema)
        return makeError(ErrorCode::DatabaseTooNew,
                         QStringLiteral("%1 was written by a newer Sales Desk (schema %2; this "
                                        "version understands up to %3); %4")
                             .arg(filePath)
                             .arg(facts.schemaVersion)
                             .arg(expected.latestSchema)
                             .arg(kUntouched));
    if (tableCount->toInt() > 0) {
        auto integrity = connection.value(QStringLiteral("PRAGMA integrity_check(1)"));
        if (!integrity.ok() || integrity->toString() != QStringLiteral("ok"))
            return makeError(ErrorCode::DatabaseCorrupt,
                             QStringLiteral("%1 failed its integrity check (%2); %3")
                                 .arg(filePath,
                                      integrity.ok() ? integrity->toString() : integrity.message(),
                                      kUntouched));
    }
    if (facts.schemaVersion > 0)
        for (const QString& table : expected.requiredTables) {
            auto found = connection.value(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                               "name = '%1'")
                    .arg(table));
            if (!found.ok() || found->toInt() != 1)
                return makeError(ErrorCode::DatabaseForeign,
                                 QStringLiteral("%1 is a Sales Desk database but not of the kind "
                                                "expected here (it has no table %2); %3")
                                     .arg(filePath, table, kUntouched));
        }
    return facts;
}

} // namespace

Result<DatabaseFileFacts> DatabaseFileCheck::run(const QString& filePath,
                                                 const DatabaseExpectation& expected) {
    const QString wal = filePath + QStringLiteral("-wal");
    const QString shm = filePath + QStringLiteral("-shm");
    const QString journal = filePath + QStringLiteral("-journal");
    const qint64 fileSize = sizeOf(filePath);
    const qint64 walSize = sizeOf(wal);
    const qint64 journalSize = sizeOf(journal);

    SD_TRY(requireWritable(QFileInfo(filePath).absolutePath(), true));
    for (const QString& path : {filePath, wal, shm, journal})
        SD_TRY(requireWritable(path, false));

    if (fileSize <= 0) {
        // SQLite treats a log next to an empty or missing file as garbage and deletes it; here it
        // is what remains of books whose file was truncated or removed, unless it is the journal
        // of the file's own creation, killed before its first page was written.
        const bool hasLog = walSize > 0;
        bool unfinishedCreation = false;
        if (!hasLog && journalSize > 0) {
            auto ownCreation = isJournalOfAnEmptyFile(journal);
            if (!ownCreation.ok())
                return ownCreation.error();
            unfinishedCreation = *ownCreation;
        }
        // Accepted as new beside such a journal: Database::open deletes it before it creates the
        // books (a new file with a journal beside it can only be this case).
        if (hasLog || (journalSize > 0 && !unfinishedCreation))
            return makeError(
                ErrorCode::DatabaseCorrupt,
                QStringLiteral("%1 is %2, but its %3 %4 holds %5 bytes of changes: the database "
                               "file was truncated, removed or replaced, and starting new books "
                               "would throw the log away. Restore %1 from a backup, or move %4 "
                               "out of the folder to start with new books; both were left "
                               "untouched")
                    .arg(filePath,
                         fileSize < 0 ? QStringLiteral("missing") : QStringLiteral("empty"),
                         hasLog ? QStringLiteral("write-ahead log") : QStringLiteral("journal"),
                         hasLog ? wal : journal)
                    .arg(hasLog ? walSize : journalSize));
        DatabaseFileFacts facts;
        facts.isNew = true;
        return facts;
    }

    auto sqlite = hasSqliteHeader(filePath);
    if (!sqlite.ok())
        return sqlite.error();
    if (!*sqlite)
        return makeError(ErrorCode::DatabaseForeign,
                         QStringLiteral("%1 is not a SQLite database, so not a Sales Desk "
                                        "database; %2")
                             .arg(filePath, kUntouched));

    auto access = readOnlyAccess(filePath);
    if (!access.ok())
        return access.error();
    CheckConnection connection(access->uri, access->readOnly);
    return checkContents(connection, filePath, expected);
}

Result<DatabaseFileCheck::ReadOnlyAccess>
DatabaseFileCheck::readOnlyAccess(const QString& filePath) {
    const qint64 walSize = sizeOf(filePath + QStringLiteral("-wal"));
    const qint64 journalSize = sizeOf(filePath + QStringLiteral("-journal"));
    ReadOnlyAccess access;
    if (walSize <= 0 && journalSize <= 0) {
        access.uri = uriFor(filePath, QStringLiteral("mode=ro&immutable=1"));
    } else if (journalSize <= 0 && QFileInfo::exists(filePath + QStringLiteral("-shm")) &&
               readableInPlace(uriFor(filePath, QStringLiteral("mode=ro&readonly_shm=1")))) {
        access.uri = uriFor(filePath, QStringLiteral("mode=ro&readonly_shm=1"));
    } else {
        // Only for a log SQLite cannot read in place: a journal, a log without its index, or an
        // index (-shm) a killed process left half-written, which a read-only reader cannot
        // rebuild (SQLite answers "locking protocol"; found by the crash soak).
        access.copyFolder = std::make_shared<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/salesdesk-check-XXXXXX"));
        auto copy = copyForReading(filePath, *access.copyFolder);
        if (!copy.ok())
            return copy.error();
        access.uri = uriFor(*copy, QString());
        access.readOnly = false; // the copy is ours: SQLite may build its -shm, replay the journal
        qCInfo(lcDatabaseFileCheck).noquote()
            << QStringLiteral("%1 has a log SQLite cannot read in place without writing; "
                              "reading a copy in %2")
                   .arg(filePath, access.copyFolder->path());
    }
    return access;
}

} // namespace salesdesk
