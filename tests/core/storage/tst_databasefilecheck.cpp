// A refused database leaves every file of its folder byte for byte as it was (and its
// modification time): the checks before acceptance never write (DatabaseFileCheck).
#include "core/storage/Database.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using salesdesk::test::FolderSnapshot;

namespace {

const Migration kNotes{1, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, t TEXT)")}};
const std::vector<Migration> kSchema{kNotes};

QString dbIn(const QString& folder) {
    return QDir(folder).filePath(QStringLiteral("salesdesk.sqlite"));
}

// Books of `rows` notes of 1 KiB, then (while the file is open) `logRows` more and, when
// `userVersion` is set, that schema number: copied into `crash` as a killed process leaves them,
// the last changes only in the write-ahead log.
bool makeCrashImage(const QString& live, const QString& crash, int rows, int logRows,
                    int userVersion = 0) {
    // Created, closed and opened again: a file that is already in WAL mode when opened gets its
    // log index (-shm) as a file, as after any restart (a new one keeps it in memory).
    if (!Database::open(dbIn(live), Database::kHostApplicationId, kSchema).ok())
        return false;
    auto db = Database::open(dbIn(live), Database::kHostApplicationId, kSchema);
    if (!db.ok())
        return false;
    const QString insert = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                          "FROM n WHERE i < %1) INSERT INTO notes (t) SELECT "
                                          "hex(randomblob(512)) FROM n");
    if (!(*db)->execute(insert.arg(rows)).ok() ||
        !(*db)->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok())
        return false;
    if (logRows > 0 && !(*db)->execute(insert.arg(logRows)).ok())
        return false;
    if (userVersion > 0 &&
        !(*db)->execute(QStringLiteral("PRAGMA user_version=%1").arg(userVersion)).ok())
        return false;
    return test::copyFiles(live, crash) &&
           QFileInfo(dbIn(crash) + QStringLiteral("-wal")).size() > 0;
}

// What a process killed during a write transaction in rollback-journal mode (how SQLite writes
// before a file is switched to WAL) leaves in `crash`: the file as it was and the transaction's
// journal. `setup` runs first (rows of 1 KiB, committed); the killed transaction is `change`.
bool makeJournalImage(const QString& live, const QString& crash, int rows, const QString& change) {
    bool copied = false;
    {
        QSqlDatabase sqlite =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal-image"));
        sqlite.setDatabaseName(dbIn(live));
        QSqlQuery query(sqlite);
        copied = sqlite.open() && query.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        if (copied && rows > 0)
            copied = query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")) &&
                     query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                               "i + 1 FROM n WHERE i < %1) INSERT INTO t (x) "
                                               "SELECT hex(randomblob(512)) FROM n")
                                    .arg(rows));
        copied = copied && query.exec(QStringLiteral("BEGIN IMMEDIATE")) && query.exec(change) &&
                 test::copyFiles(live, crash) && query.exec(QStringLiteral("ROLLBACK"));
        query = QSqlQuery();
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal-image"));
    return copied && QFileInfo(dbIn(crash) + QStringLiteral("-journal")).size() > 0;
}

qint64 noteCount(Database& db) {
    auto count = db.queryValue(QStringLiteral("SELECT count(*) FROM notes"));
    return count.ok() ? count->toLongLong() : -1;
}

} // namespace

class TestDatabaseFileCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void truncatedFileWithHotLogIsRefusedUntouched();
    void newerSchemaInTheLogIsRefusedUntouched_data();
    void newerSchemaInTheLogIsRefusedUntouched();
    void emptyFileNextToALogIsRefusedUntouched_data();
    void emptyFileNextToALogIsRefusedUntouched();
    void emptySqliteFileOfAnotherProgramIsRefusedUntouched();
    void readOnlyFileIsRefusedUntouched();
    void readOnlyFolderIsNamedAsSuch();
    void checkingAHotLogWritesNothing_data();
    void checkingAHotLogWritesNothing();
    void aCleanFileIsCheckedWithoutALog();
    void aNewFileCarriesItsIdFromTheFirstWrite();
    void aCreationKilledBeforeItsFirstPageIsDoneAgain();
    void emptyFileNextToAJournalOfBooksIsRefusedUntouched();

private:
    std::unique_ptr<QTemporaryDir> m_live;
    std::unique_ptr<QTemporaryDir> m_crash;
};

void TestDatabaseFileCheck::init() {
    m_live = std::make_unique<QTemporaryDir>();
    m_crash = std::make_unique<QTemporaryDir>();
    QVERIFY(m_live->isValid() && m_crash->isValid());
}

void TestDatabaseFileCheck::truncatedFileWithHotLogIsRefusedUntouched() {
    QVERIFY(makeCrashImage(m_live->path(), m_crash->path(), 2000, 20));
    const QString path = dbIn(m_crash->path());
    QFile file(path);
    QVERIFY(file.resize(file.size() / 2));
    const auto before = FolderSnapshot::take(m_crash->path());
    QVERIFY(before.fileNames().contains(QStringLiteral("salesdesk.sqlite-shm")));

    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseCorrupt);
    QVERIFY2(db.message().contains(QStringLiteral("left untouched")), qPrintable(db.message()));
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());
}

void TestDatabaseFileCheck::newerSchemaInTheLogIsRefusedUntouched_data() {
    QTest::addColumn<bool>("withIndex");
    QTest::newRow("log and its -shm (read in place)") << true;
    QTest::newRow("log without its -shm (a copy is read)") << false;
}

void TestDatabaseFileCheck::newerSchemaInTheLogIsRefusedUntouched() {
    QFETCH(bool, withIndex);
    QVERIFY(makeCrashImage(m_live->path(), m_crash->path(), 200, 5, 7));
    const QString path = dbIn(m_crash->path());
    if (!withIndex)
        QVERIFY(QFile::remove(path + QStringLiteral("-shm")));
    const auto before = FolderSnapshot::take(m_crash->path());

    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseTooNew);
    QVERIFY2(db.message().contains(QStringLiteral("schema 7")), qPrintable(db.message()));
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());
}

void TestDatabaseFileCheck::emptyFileNextToALogIsRefusedUntouched_data() {
    QTest::addColumn<bool>("removeFile");
    QTest::newRow("0-byte file") << false;
    QTest::newRow("no file") << true;
}

void TestDatabaseFileCheck::emptyFileNextToALogIsRefusedUntouched() {
    QFETCH(bool, removeFile);
    QVERIFY(makeCrashImage(m_live->path(), m_crash->path(), 50, 45));
    const QString path = dbIn(m_crash->path());
    if (removeFile)
        QVERIFY(QFile::remove(path));
    else
        QVERIFY(QFile(path).resize(0));
    const auto before = FolderSnapshot::take(m_crash->path());

    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseCorrupt);
    // What file, why, what to do.
    QVERIFY2(db.message().contains(path + QStringLiteral("-wal")), qPrintable(db.message()));
    QVERIFY2(
        db.message().contains(removeFile ? QStringLiteral("missing") : QStringLiteral("empty")),
        qPrintable(db.message()));
    QVERIFY2(db.message().contains(QStringLiteral("Restore")), qPrintable(db.message()));
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());
}

void TestDatabaseFileCheck::emptySqliteFileOfAnotherProgramIsRefusedUntouched() {
    const QString path = dbIn(m_crash->path());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        // A table made and dropped: a valid, non-empty SQLite file with no table and no id.
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE t")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(QFileInfo(path).size() > 0);
    const auto before = FolderSnapshot::take(m_crash->path());

    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseForeign);
    QVERIFY2(db.message().contains(QStringLiteral("did not create")), qPrintable(db.message()));
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());
}

void TestDatabaseFileCheck::readOnlyFileIsRefusedUntouched() {
    QVERIFY(makeCrashImage(m_live->path(), m_crash->path(), 50, 5));
    const QString path = dbIn(m_crash->path());
    const auto before = FolderSnapshot::take(m_crash->path());
    {
        test::Unwritable readOnly(path);
        if (!readOnly.ok())
            QSKIP(
                qPrintable(QStringLiteral("cannot make a file read-only here: ") + readOnly.why()));
        auto db = Database::open(path, Database::kHostApplicationId, kSchema);
        SD_VERIFY_ERROR(db, ErrorCode::Io);
        QVERIFY2(db.message().contains(QStringLiteral("read-only")), qPrintable(db.message()));
        QVERIFY2(db.message().contains(path), qPrintable(db.message()));
    }
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());
    // Writable again, the same files open and hold every committed row.
    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_OK(db);
    QCOMPARE(noteCount(**db), 55);
}

void TestDatabaseFileCheck::readOnlyFolderIsNamedAsSuch() {
    QVERIFY(makeCrashImage(m_live->path(), m_crash->path(), 50, 5));
    const auto before = FolderSnapshot::take(m_crash->path());
    {
        test::Unwritable readOnly(m_crash->path());
        if (!readOnly.ok())
            QSKIP(qPrintable(QStringLiteral("cannot make a folder read-only here: ") +
                             readOnly.why()));
        auto db = Database::open(dbIn(m_crash->path()), Database::kHostApplicationId, kSchema);
        SD_VERIFY_ERROR(db, ErrorCode::Io);
        QVERIFY2(!db.message().contains(QStringLiteral("in use")), qPrintable(db.message()));
        QVERIFY2(db.message().contains(QStringLiteral("read-only")), qPrintable(db.message()));
        QVERIFY2(db.message().contains(m_crash->path()), qPrintable(db.message()));
    }
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());
}

void TestDatabaseFileCheck::checkingAHotLogWritesNothing_data() {
    QTest::addColumn<int>("index"); // 0: the log's -shm as left, 1: none, 2: zeroed
    QTest::newRow("log and its -shm") << 0;
    QTest::newRow("log without its -shm") << 1;
    // What a kill in the middle of an index update can leave: a reader that may not write
    // cannot rebuild it (SQLite: "locking protocol"), so a copy is read instead of refusing.
    QTest::newRow("log and a broken -shm") << 2;
}

// A crash image that is fine: check() reads the rows in the log and writes nothing; open() then
// recovers them.
void TestDatabaseFileCheck::checkingAHotLogWritesNothing() {
    QFETCH(int, index);
    QVERIFY(makeCrashImage(m_live->path(), m_crash->path(), 100, 10));
    const QString path = dbIn(m_crash->path());
    if (index == 1)
        QVERIFY(QFile::remove(path + QStringLiteral("-shm")));
    if (index == 2) {
        QFile shm(path + QStringLiteral("-shm"));
        QVERIFY(shm.open(QIODevice::ReadWrite));
        const qint64 size = shm.size();
        QVERIFY(size > 0);
        QCOMPARE(shm.write(QByteArray(size, '\xA5')), size);
    }
    const auto before = FolderSnapshot::take(m_crash->path());
    {
        auto checked = Database::check(path, Database::kHostApplicationId, kSchema);
        SD_VERIFY_OK(checked);
        QVERIFY(!checked->facts.isNew);
        QCOMPARE(checked->facts.schemaVersion, 1);
    }
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());

    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_OK(db);
    QCOMPARE(noteCount(**db), 110);
}

void TestDatabaseFileCheck::aCleanFileIsCheckedWithoutALog() {
    const QString path = dbIn(m_live->path());
    QVERIFY(Database::open(path, Database::kHostApplicationId, kSchema).ok());
    const auto before = FolderSnapshot::take(m_live->path());
    QCOMPARE(before.fileNames(), QStringList{QStringLiteral("salesdesk.sqlite")});
    {
        auto checked = Database::check(path, Database::kHostApplicationId, kSchema);
        SD_VERIFY_OK(checked);
    }
    SD_VERIFY_FOLDER_UNCHANGED(before, m_live->path());
}

void TestDatabaseFileCheck::aNewFileCarriesItsIdFromTheFirstWrite() {
    const QString path = dbIn(m_live->path());
    {
        auto checked = Database::check(path, Database::kHostApplicationId, kSchema);
        SD_VERIFY_OK(checked);
        QVERIFY(checked->facts.isNew);
        // A migration that fails leaves a file with no table: it is still recognised as ours.
        const Migration broken{1, {QStringLiteral("INSERT INTO nothing VALUES (1)")}};
        SD_VERIFY_ERROR(Database::open(std::move(*checked), {broken}), ErrorCode::Database);
    }
    QVERIFY(QFileInfo(path).size() > 0);
    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_OK(db);
    QCOMPARE(noteCount(**db), 0);
}

void TestDatabaseFileCheck::aCreationKilledBeforeItsFirstPageIsDoneAgain() {
    // The first write to a new file is its application id (Database::configure), made in a
    // rollback journal: killed before the page reached the file, the file is empty and its
    // journal says it was empty before.
    QVERIFY(makeJournalImage(
        m_live->path(), m_crash->path(), 0,
        QStringLiteral("PRAGMA application_id=%1").arg(Database::kHostApplicationId)));
    const QString path = dbIn(m_crash->path());
    QCOMPARE(QFileInfo(path).size(), 0);
    {
        auto checked = Database::check(path, Database::kHostApplicationId, kSchema);
        SD_VERIFY_OK(checked);
        QVERIFY(checked->facts.isNew);
        // The check itself writes nothing.
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    }
    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_OK(db);
    QCOMPARE(noteCount(**db), 0);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QCOMPARE((*db)->schemaVersion(), 1);
}

void TestDatabaseFileCheck::emptyFileNextToAJournalOfBooksIsRefusedUntouched() {
    // A journal of a file that had pages, next to that file emptied: the books are gone, and
    // only the journal's few pages remain. Not a creation, however the journal's header stands.
    QVERIFY(makeJournalImage(m_live->path(), m_crash->path(), 200,
                             QStringLiteral("UPDATE t SET x = 'changed'")));
    const QString path = dbIn(m_crash->path());
    QVERIFY(QFile(path).resize(0));
    const auto before = FolderSnapshot::take(m_crash->path());

    auto db = Database::open(path, Database::kHostApplicationId, kSchema);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseCorrupt);
    QVERIFY2(db.message().contains(path + QStringLiteral("-journal")), qPrintable(db.message()));
    QVERIFY2(db.message().contains(QStringLiteral("empty")), qPrintable(db.message()));
    SD_VERIFY_FOLDER_UNCHANGED(before, m_crash->path());
}

QTEST_GUILESS_MAIN(TestDatabaseFileCheck)
#include "tst_databasefilecheck.moc"
