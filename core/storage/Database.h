#pragma once

#include "core/domain/Result.h"
#include "core/storage/DatabaseFileCheck.h"
#include "core/storage/Migration.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QTemporaryDir;

namespace salesdesk {

// The Sales Desk SQLite file: opened with checks (ours, not newer, not corrupt, not in use),
// migrated, in WAL mode with foreign keys on. Used from one thread. Statements are prepared once
// and cached by their text.
class Database {
public:
    // "SDK1": the host's database (PRAGMA application_id). Each kind of file has its own id, so
    // one cannot be opened as the other (the simulated market's file has its own).
    static constexpr qint32 kHostApplicationId = 0x53444B31;

    // A file that passed every check (DatabaseFileCheck) without being written, still locked
    // against other Sales Desks: what open(CheckedFile) then opens for writing.
    struct CheckedFile {
        QString filePath;
        qint32 applicationId = 0;
        DatabaseFileFacts facts;
        std::unique_ptr<QLockFile> lock;
    };

    // Takes the file's lock and checks it without writing: a file that is not a SQLite
    // database, carries another application id, was written by a newer Sales Desk, fails the
    // integrity check, lacks one of `requiredTables`, is a log without its file, is read-only or
    // is open in another process gives an error, and every file of the folder is left byte for
    // byte as it was (the lock file aside: see docs/data-files.md). Callers that open several
    // files check them all before opening any, so a refusal of one leaves the others untouched.
    static Result<CheckedFile> check(const QString& filePath, qint32 applicationId,
                                     const std::vector<Migration>& migrations = schemaMigrations(),
                                     const QStringList& requiredTables = {});
    // Opens a checked file for writing: WAL, foreign keys, migrations.
    static Result<std::unique_ptr<Database>>
    open(CheckedFile file, const std::vector<Migration>& migrations = schemaMigrations());
    // Opens a checked file to read it only, as it is on disk (its log included): nothing is
    // written to it or created beside it, and every write through this Database fails. The file
    // must hold books of the newest schema in `migrations` (an older one would need migrating).
    // For inspections from outside (salesdesk-cli check); the lock is held while it is open.
    static Result<std::unique_ptr<Database>>
    openReadOnly(CheckedFile file, const std::vector<Migration>& migrations = schemaMigrations());
    // check() then open(CheckedFile).
    static Result<std::unique_ptr<Database>>
    open(const QString& filePath, qint32 applicationId,
         const std::vector<Migration>& migrations = schemaMigrations(),
         const QStringList& requiredTables = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }

    Statement& statement(const QString& sql);
    // Runs a one-off statement (DDL, pragmas); not cached.
    Result<void> execute(const QString& sql);
    // Runs a one-off query that yields a single value.
    Result<QVariant> queryValue(const QString& sql);

    Result<Transaction> begin();
    bool inTransaction() const { return m_depth > 0; }
    // Runs `callback` once the outermost transaction commits (at once when none is open); dropped
    // if the transaction that registered it rolls back. Signals are emitted this way, so nobody
    // hears of a change that did not reach the disk.
    void afterCommit(std::function<void()> callback);

    // Increases whenever a transaction that changed data rolls back. Objects that mirror tables
    // in memory (write-through caches) compare it to know their copy may be stale.
    quint64 rollbackGeneration() const { return m_rollbackGeneration; }
    // Called by Statement after a statement that changes data, and by a write-through copy that
    // changed in the open transaction without a statement of its own (Repo's reserved bytes), so
    // that a rollback of the transaction increases rollbackGeneration.
    void noteWrite();

private:
    friend class Transaction;
    Database(QString filePath, QString connectionName, std::unique_ptr<QLockFile> lock);
    Result<void> configure(qint32 applicationId, bool isNewFile);
    Result<void> migrate(qint32 applicationId, const std::vector<Migration>& migrations);
    Result<void> commitLevel(int depth);
    void rollbackLevel(int depth, std::size_t callbacksAtStart);

    QString m_filePath;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::shared_ptr<QTemporaryDir> m_readCopy; // openReadOnly of a log SQLite cannot read in place
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
    // The outermost level's statements, looked up once (every operation runs them).
    Statement* m_beginStatement = nullptr;
    Statement* m_commitStatement = nullptr;
    Statement* m_rollbackStatement = nullptr;
    int m_schemaVersion = 0;
    int m_depth = 0;
    std::vector<std::function<void()>> m_afterCommit;
    std::vector<bool> m_levelWrote; // per open transaction level: did it change data?
    quint64 m_rollbackGeneration = 0;
};

} // namespace salesdesk
