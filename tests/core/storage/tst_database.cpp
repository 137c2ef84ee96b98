#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using salesdesk::test::readFile;

namespace {

const Migration kNotes{1,
                       {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT "
                                       "NULL)"),
                        QStringLiteral("INSERT INTO notes (text) VALUES ('first')")}};
const Migration kNotesTagged{
    2,
    {QStringLiteral("ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT 'none'"),
     QStringLiteral("CREATE TABLE labels (name TEXT PRIMARY KEY)")}};

QString databasePath(const QTemporaryDir& dir) {
    return dir.filePath(QStringLiteral("salesdesk.db"));
}

std::unique_ptr<Database> openOrFail(const QString& path,
                                     const std::vector<Migration>& migrations) {
    auto db = Database::open(path, Database::kHostApplicationId, migrations);
    if (!db.ok()) {
        qWarning("open failed: %s", qPrintable(db.message()));
        return nullptr;
    }
    return std::move(db).value();
}

QStringList noteTexts(Database& db) {
    QStringList texts;
    Statement& select = db.statement(QStringLiteral("SELECT text FROM notes ORDER BY id"));
    if (!select.exec().ok())
        return {QStringLiteral("<query failed>")};
    while (select.next())
        texts << select.value(0).toString();
    select.finish();
    return texts;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newFileIsConfigured();
    void migrationsRunOnceAndKeepData();
    void newerDatabaseIsRefusedUntouched();
    void failingMigrationRollsBack();
    void textFileIsForeignAndUntouched();
    void otherApplicationsDatabaseIsForeignAndUntouched();
    void corruptFileIsRefusedUntouched();
    void secondOpenConflicts();
    void lockOfAFinishedProcessIsTakenOver();
    void savepointRollbackKeepsOuterWork();
    void afterCommitRunsAfterOutermostCommitOnly();
    void rollbackDropsAfterCommitCallbacks();
    void failingStatementNamesItsSql();
};

void TestDatabase::newFileIsConfigured() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = Database::open(databasePath(dir), Database::kHostApplicationId);
    SD_VERIFY_OK(opened);
    Database& db = **opened;

    const int latest = schemaMigrations().back().version;
    QCOMPARE(db.schemaVersion(), latest);
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA journal_mode"))->toString(),
             QStringLiteral("wal"));
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA application_id"))->toInt(), 0x53444B31);
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA user_version"))->toInt(), latest);
    // The schema is there: the quota row of migration 1.
    QCOMPARE(db.queryValue(QStringLiteral("SELECT count(*) FROM quota"))->toInt(), 1);
}

void TestDatabase::migrationsRunOnceAndKeepData() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    {
        auto db = openOrFail(path, {kNotes});
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 1);
        SD_VERIFY_OK(db->execute(QStringLiteral("INSERT INTO notes (text) VALUES ('second')")));
    }
    {
        auto db = openOrFail(path, {kNotes, kNotesTagged});
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(db->queryValue(QStringLiteral("PRAGMA user_version"))->toInt(), 2);
        // Migration 1 did not run again (it would have added another 'first').
        QCOMPARE(noteTexts(*db), QStringList({QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(db->queryValue(QStringLiteral("SELECT tag FROM notes WHERE id = 1"))->toString(),
                 QStringLiteral("none"));
        SD_VERIFY_OK(db->execute(QStringLiteral("INSERT INTO labels (name) VALUES ('x')")));
    }
    {
        // Reopening at the latest version changes nothing.
        auto db = openOrFail(path, {kNotes, kNotesTagged});
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(db->queryValue(QStringLiteral("SELECT count(*) FROM labels"))->toInt(), 1);
    }
}

void TestDatabase::newerDatabaseIsRefusedUntouched() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    QVERIFY(openOrFail(path, {kNotes, kNotesTagged}));
    const QByteArray before = readFile(path);
    QVERIFY(!before.isEmpty());

    auto tooOld = Database::open(path, Database::kHostApplicationId, {kNotes});
    SD_VERIFY_ERROR(tooOld, ErrorCode::DatabaseTooNew);
    QVERIFY2(tooOld.message().contains(QStringLiteral("schema 2")), qPrintable(tooOld.message()));
    QCOMPARE(readFile(path), before);

    // The refused open let go of the file.
    auto db = openOrFail(path, {kNotes, kNotesTagged});
    QVERIFY(db);
    QCOMPARE(noteTexts(*db), QStringList({QStringLiteral("first")}));
}

void TestDatabase::failingMigrationRollsBack() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    QVERIFY(openOrFail(path, {kNotes}));

    const Migration broken{2,
                           {QStringLiteral("CREATE TABLE half_done (x)"),
                            QStringLiteral("INSERT INTO no_such_table VALUES (1)")}};
    auto failed = Database::open(path, Database::kHostApplicationId, {kNotes, broken});
    SD_VERIFY_ERROR(failed, ErrorCode::Database);
    QVERIFY2(failed.message().contains(QStringLiteral("no_such_table")),
             qPrintable(failed.message()));

    auto db = openOrFail(path, {kNotes});
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 1);
    QCOMPARE(db->queryValue(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'half_done'"))
                 ->toInt(),
             0);
}

void TestDatabase::textFileIsForeignAndUntouched() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "These are my notes, not a database. Line " + QByteArray::number(i) + '\n';
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
    }

    auto db = Database::open(path, Database::kHostApplicationId);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseForeign);
    QCOMPARE(readFile(path), text);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::otherApplicationsDatabaseIsForeignAndUntouched() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    const QString connection = QStringLiteral("other-application");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ada', '555')")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);
    const QByteArray before = readFile(path);
    QVERIFY(before.startsWith("SQLite format 3"));

    auto db = Database::open(path, Database::kHostApplicationId);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseForeign);
    QCOMPARE(readFile(path), before);
}

void TestDatabase::corruptFileIsRefusedUntouched() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    {
        auto db = openOrFail(path, schemaMigrations());
        QVERIFY(db);
        // Enough rows for the file to have pages in the middle that hold table and index data.
        SD_VERIFY_OK(db->execute(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)"
            " INSERT INTO slot_data (slot_id, bytes, expiry) SELECT randomblob(32), i, i FROM n")));
    }
    // Closed: the WAL was checkpointed into the file, so the garbage below is what SQLite reads.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    QByteArray bytes = readFile(path);
    const qsizetype pageSize = 4096;
    const qsizetype pages = bytes.size() / pageSize;
    QVERIFY2(pages >= 20, qPrintable(QString::number(pages)));
    for (qsizetype page = pages / 2 - 2; page < pages / 2 + 2; ++page)
        for (qsizetype i = 0; i < pageSize; ++i)
            bytes[page * pageSize + i] = static_cast<char>((i * 37 + page) & 0xff);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    auto db = Database::open(path, Database::kHostApplicationId);
    SD_VERIFY_ERROR(db, ErrorCode::DatabaseCorrupt);
    QCOMPARE(readFile(path), bytes);
}

void TestDatabase::secondOpenConflicts() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    auto first = openOrFail(path, {kNotes});
    QVERIFY(first);

    auto second = Database::open(path, Database::kHostApplicationId, {kNotes});
    SD_VERIFY_ERROR(second, ErrorCode::Conflict);
    // The first one is unaffected.
    SD_VERIFY_OK(first->execute(QStringLiteral("INSERT INTO notes (text) VALUES ('still mine')")));

    first.reset();
    auto third = openOrFail(path, {kNotes});
    QVERIFY(third);
    QCOMPARE(noteTexts(*third),
             QStringList({QStringLiteral("first"), QStringLiteral("still mine")}));
}

// After a crash the lock file stays behind; the next start must not be locked out by it.
void TestDatabase::lockOfAFinishedProcessIsTakenOver() {
    QTemporaryDir dir;
    const QString path = databasePath(dir);
    QVERIFY(openOrFail(path, {kNotes}));

    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    {
        // QLockFile's format: pid, application name, host name.
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nsalesdesk\n" +
                   QSysInfo::machineHostName().toUtf8() + '\n');
    }
    auto db = openOrFail(path, {kNotes});
    QVERIFY(db);
    QCOMPARE(noteTexts(*db), QStringList({QStringLiteral("first")}));
    // And the lock is ours now.
    SD_VERIFY_ERROR(Database::open(path, Database::kHostApplicationId, {kNotes}),
                    ErrorCode::Conflict);
}

void TestDatabase::savepointRollbackKeepsOuterWork() {
    QTemporaryDir dir;
    auto db = openOrFail(databasePath(dir), {kNotes});
    QVERIFY(db);
    {
        auto outer = db->begin();
        SD_VERIFY_OK(outer);
        SD_VERIFY_OK(db->execute(QStringLiteral("INSERT INTO notes (text) VALUES ('outer')")));
        {
            auto inner = db->begin();
            SD_VERIFY_OK(inner);
            SD_VERIFY_OK(db->execute(QStringLiteral("INSERT INTO notes (text) VALUES ('inner')")));
            QCOMPARE(noteTexts(*db).size(), 3);
        } // rolled back
        QVERIFY(db->inTransaction());
        {
            auto kept = db->begin();
            SD_VERIFY_OK(kept);
            SD_VERIFY_OK(db->execute(QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
            SD_VERIFY_OK(kept->commit());
        }
        SD_VERIFY_OK(outer->commit());
    }
    QVERIFY(!db->inTransaction());
    QCOMPARE(noteTexts(*db), QStringList({QStringLiteral("first"), QStringLiteral("outer"),
                                          QStringLiteral("kept")}));
}

void TestDatabase::afterCommitRunsAfterOutermostCommitOnly() {
    QTemporaryDir dir;
    auto db = openOrFail(databasePath(dir), {kNotes});
    QVERIFY(db);
    QStringList ran;

    db->afterCommit([&] { ran << QStringLiteral("no transaction"); });
    QCOMPARE(ran, QStringList({QStringLiteral("no transaction")}));
    ran.clear();

    auto outer = db->begin();
    SD_VERIFY_OK(outer);
    db->afterCommit([&] { ran << QStringLiteral("outer"); });
    {
        auto inner = db->begin();
        SD_VERIFY_OK(inner);
        db->afterCommit([&] { ran << QStringLiteral("inner committed"); });
        SD_VERIFY_OK(inner->commit());
    }
    {
        auto inner = db->begin();
        SD_VERIFY_OK(inner);
        db->afterCommit([&] { ran << QStringLiteral("inner rolled back"); });
    }
    QVERIFY(ran.isEmpty()); // nothing before the outermost commit
    SD_VERIFY_OK(outer->commit());
    QCOMPARE(ran, QStringList({QStringLiteral("outer"), QStringLiteral("inner committed")}));
}

void TestDatabase::rollbackDropsAfterCommitCallbacks() {
    QTemporaryDir dir;
    auto db = openOrFail(databasePath(dir), {kNotes});
    QVERIFY(db);
    int ran = 0;
    {
        auto tx = db->begin();
        SD_VERIFY_OK(tx);
        SD_VERIFY_OK(db->execute(QStringLiteral("INSERT INTO notes (text) VALUES ('lost')")));
        db->afterCommit([&] { ++ran; });
    }
    QCOMPARE(ran, 0);
    QCOMPARE(noteTexts(*db), QStringList({QStringLiteral("first")}));

    // The dropped callback does not come back with the next commit.
    auto tx = db->begin();
    SD_VERIFY_OK(tx);
    db->afterCommit([&] { ran += 10; });
    SD_VERIFY_OK(tx->commit());
    QCOMPARE(ran, 10);
}

void TestDatabase::failingStatementNamesItsSql() {
    QTemporaryDir dir;
    auto db = openOrFail(databasePath(dir), {kNotes});
    QVERIFY(db);

    const QString insert = QStringLiteral("INSERT INTO no_such_table VALUES (1)");
    auto executed = db->execute(insert);
    SD_VERIFY_ERROR(executed, ErrorCode::Database);
    QVERIFY2(executed.message().contains(insert), qPrintable(executed.message()));

    const QString typo = QStringLiteral("SELEC text FROM notes");
    auto prepared = db->statement(typo).exec();
    SD_VERIFY_ERROR(prepared, ErrorCode::Database);
    QVERIFY2(prepared.message().contains(typo), qPrintable(prepared.message()));

    const QString violating = QStringLiteral("INSERT INTO notes (id, text) VALUES (1, 'dup')");
    auto duplicate = db->statement(violating).exec();
    SD_VERIFY_ERROR(duplicate, ErrorCode::Database);
    QVERIFY2(duplicate.message().contains(violating), qPrintable(duplicate.message()));

    auto value = db->queryValue(QStringLiteral("SELECT missing_column FROM notes"));
    SD_VERIFY_ERROR(value, ErrorCode::Database);
    QVERIFY2(value.message().contains(QStringLiteral("missing_column")),
             qPrintable(value.message()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
