#include "core/storage/Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcDatabase, "salesdesk.storage.database")

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("salesdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

int latestVersion(const std::vector<Migration>& migrations) {
    return migrations.empty() ? 0 : migrations.back().version;
}

// The lock file names the process that holds it; a lock that cannot be taken is explained by
// what stopped it, not always as another Sales Desk.
Error lockError(const QString& filePath, QLockFile& lock) {
    const QString lockPath = filePath + QStringLiteral(".lock");
    const QString folder = QFileInfo(filePath).absolutePath();
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        if (lock.getLockInfo(&pid, &host, &app) && pid > 0)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("%1 is in use by another Sales Desk (process %2 on "
                                            "%3); close it first, or choose another data "
                                            "directory")
                                 .arg(filePath)
                                 .arg(pid)
                                 .arg(host.isEmpty() ? QStringLiteral("this computer") : host));
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the lock file %1 cannot be taken and names no running "
                                        "process; if no Sales Desk uses %2, delete the lock file "
                                        "and start again")
                             .arg(lockPath, filePath));
    }
    if (!QFileInfo(folder).isWritable() || lock.error() == QLockFile::PermissionError)
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot create the lock file %1: the folder %2 is "
                                        "read-only (a read-only file system, or no write "
                                        "permission for this user). Sales Desk writes its books "
                                        "there: make the folder writable or choose another data "
                                        "directory; nothing in it was changed")
                             .arg(lockPath, folder));
    return makeError(ErrorCode::Io, QStringLiteral("cannot create the lock file %1 in %2; "
                                                   "nothing in the folder was changed")
                                        .arg(lockPath, folder));
}

} // namespace

Database::Database(QString filePath, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock)) {}

Database::~Database() {
    m_beginStatement = m_commitStatement = m_rollbackStatement = nullptr;
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<Database::CheckedFile> Database::check(const QString& filePath, qint32 applicationId,
                                              const std::vector<Migration>& migrations,
                                              const QStringList& requiredTables) {
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    auto lock = std::make_unique<QLockFile>(filePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock->tryLock(0))
        return lockError(filePath, *lock);
    auto facts = DatabaseFileCheck::run(
        filePath, DatabaseExpectation{applicationId, latestVersion(migrations), requiredTables});
    if (!facts.ok())
        return facts.error();
    return CheckedFile{filePath, applicationId, *facts, std::move(lock)};
}

Result<std::unique_ptr<Database>> Database::open(const QString& filePath, qint32 applicationId,
                                                 const std::vector<Migration>& migrations,
                                                 const QStringList& requiredTables) {
    auto checked = check(filePath, applicationId, migrations, requiredTables);
    if (!checked.ok())
        return checked.error();
    return open(std::move(*checked), migrations);
}

Result<std::unique_ptr<Database>> Database::open(CheckedFile file,
                                                 const std::vector<Migration>& migrations) {
    if (const QString journal = file.filePath + QStringLiteral("-journal");
        file.facts.isNew && QFileInfo::exists(journal)) {
        // New books beside a journal: the check found it to be the journal of this file's own
        // creation, killed before its first page was written (DatabaseFileCheck). It holds no
        // page, and SQLite would only delete it on the first read; gone before anything is
        // written, so the new books never meet it.
        if (!QFile::remove(journal))
            return makeError(ErrorCode::Io,
                             QStringLiteral("cannot delete %1, the journal of books whose "
                                            "creation was interrupted; delete it and start again")
                                 .arg(journal));
        qCInfo(lcDatabase).noquote()
            << QStringLiteral("%1: its creation was interrupted (an empty file and the journal "
                              "of its first write); creating it again")
                   .arg(file.filePath);
    }
    std::unique_ptr<Database> db(
        new Database(file.filePath, nextConnectionName(), std::move(file.lock)));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_filePath);
    if (!db->m_db.open())
        return makeError(
            ErrorCode::Database,
            QStringLiteral("cannot open %1: %2").arg(db->m_filePath, db->m_db.lastError().text()));
    db->m_schemaVersion = file.facts.schemaVersion;
    SD_TRY(db->configure(file.applicationId, file.facts.isNew));
    SD_TRY(db->migrate(file.applicationId, migrations));
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(CheckedFile file,
                                                         const std::vector<Migration>& migrations) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (file.facts.isNew || file.facts.schemaVersion != latest)
        return makeError(ErrorCode::InvalidArgument,
                         file.facts.isNew
                             ? QStringLiteral("%1 holds no books yet").arg(file.filePath)
                             : QStringLiteral("%1 holds books of schema %2, not %3: open it once "
                                              "with this Sales Desk to update them")
                                   .arg(file.filePath)
                                   .arg(file.facts.schemaVersion)
                                   .arg(latest));
    auto access = DatabaseFileCheck::readOnlyAccess(file.filePath);
    if (!access.ok())
        return access.error();
    std::unique_ptr<Database> db(
        new Database(file.filePath, nextConnectionName(), std::move(file.lock)));
    db->m_readCopy = access->copyFolder;
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setConnectOptions(access->readOnly
                                   ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                   : QStringLiteral("QSQLITE_OPEN_URI"));
    db->m_db.setDatabaseName(access->uri);
    if (!db->m_db.open())
        return makeError(
            ErrorCode::Database,
            QStringLiteral("cannot open %1: %2").arg(db->m_filePath, db->m_db.lastError().text()));
    db->m_schemaVersion = file.facts.schemaVersion;
    // A private copy may be written by SQLite, but not by us.
    SD_TRY(db->execute(QStringLiteral("PRAGMA query_only=ON")));
    return db;
}

Result<void> Database::configure(qint32 applicationId, bool isNewFile) {
    // A new file gets its application id first: the first bytes SQLite ever writes to it say
    // whose it is, so a file left by a crash during creation is still recognised as ours.
    if (isNewFile)
        SD_TRY(execute(QStringLiteral("PRAGMA application_id=%1").arg(applicationId)));
    // The checks read another connection; this one reads the id again before it changes the
    // file's mode, which also makes SQLite map the log's index (-shm) as it always has.
    auto appId = queryValue(QStringLiteral("PRAGMA application_id"));
    if (!appId.ok())
        return appId.error();
    if (appId->toInt() != applicationId)
        return makeError(ErrorCode::DatabaseForeign,
                         QStringLiteral("%1 changed while it was being opened (application_id "
                                        "%2)")
                             .arg(m_filePath)
                             .arg(appId->toInt()));
    // One process owns the file (the lock file above), so SQLite may keep its locks for the
    // whole session instead of taking and dropping them around every transaction.
    SD_TRY(execute(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
    auto mode = queryValue(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode.ok())
        return mode.error();
    if (mode->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Database, QStringLiteral("%1: SQLite refused WAL mode (got %2)")
                                                  .arg(m_filePath, mode->toString()));
    // WAL + NORMAL: a committed transaction survives a crash of the process; only a power cut can
    // lose the last transactions, never consistency.
    SD_TRY(execute(QStringLiteral("PRAGMA synchronous=NORMAL")));
    SD_TRY(execute(QStringLiteral("PRAGMA foreign_keys=ON")));
    // SQLite opens a file it may not write read-only without a word; every sale would then fail
    // on its first write. An empty write transaction finds out now.
    if (auto probe = execute(QStringLiteral("BEGIN IMMEDIATE")); !probe.ok())
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 cannot be written (%2); make it writable or choose "
                                        "another data directory")
                             .arg(m_filePath, probe.message()));
    return execute(QStringLiteral("ROLLBACK"));
}

Result<void> Database::migrate(qint32 applicationId, const std::vector<Migration>& migrations) {
    for (const Migration& migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (migration.version != m_schemaVersion + 1)
            return makeError(ErrorCode::Database,
                             QStringLiteral("schema migrations are not consecutive (%1 after %2)")
                                 .arg(migration.version)
                                 .arg(m_schemaVersion));
        auto tx = begin();
        if (!tx.ok())
            return tx.error();
        for (const QString& sql : migration.statements) {
            auto result = execute(sql);
            if (!result.ok())
                return makeError(ErrorCode::Database,
                                 QStringLiteral("migration to schema %1 failed: %2")
                                     .arg(migration.version)
                                     .arg(result.message()));
        }
        SD_TRY(execute(QStringLiteral("PRAGMA application_id=%1").arg(applicationId)));
        SD_TRY(execute(QStringLiteral("PRAGMA user_version=%1").arg(migration.version)));
        SD_TRY(tx->commit());
        qCInfo(lcDatabase) << "migrated" << m_filePath << "to schema" << migration.version;
        m_schemaVersion = migration.version;
    }
    return {};
}

Statement& Database::statement(const QString& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const bool prepared = query.prepare(sql);
        it = m_statements
                 .emplace(sql, std::make_unique<Statement>(std::move(query), sql, prepared, this))
                 .first;
    }
    return *it->second;
}

Result<void> Database::execute(const QString& sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return makeError(
            ErrorCode::Database,
            QStringLiteral("database query failed (%1): %2").arg(sql, query.lastError().text()));
    noteWrite(); // one-off statements are assumed to change data
    return {};
}

Result<QVariant> Database::queryValue(const QString& sql) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return makeError(
            ErrorCode::Database,
            QStringLiteral("database query failed (%1): %2").arg(sql, query.lastError().text()));
    if (!query.next())
        return makeError(ErrorCode::Database,
                         QStringLiteral("database query returned no row (%1)").arg(sql));
    return query.value(0);
}

Result<Transaction> Database::begin() {
    const int depth = m_depth + 1;
    if (depth == 1) {
        if (!m_beginStatement)
            m_beginStatement = &statement(QStringLiteral("BEGIN IMMEDIATE"));
        SD_TRY(m_beginStatement->exec());
    } else {
        SD_TRY(statement(QStringLiteral("SAVEPOINT sd%1").arg(depth)).exec());
    }
    m_depth = depth;
    m_levelWrote.push_back(false);
    return Transaction(this, depth, m_afterCommit.size());
}

void Database::noteWrite() {
    if (!m_levelWrote.empty())
        m_levelWrote.back() = true;
}

void Database::afterCommit(std::function<void()> callback) {
    if (m_depth == 0)
        callback();
    else
        m_afterCommit.push_back(std::move(callback));
}

Result<void> Database::commitLevel(int depth) {
    if (depth != m_depth)
        return makeError(ErrorCode::Database,
                         QStringLiteral("transactions must finish innermost first"));
    if (depth == 1) {
        if (!m_commitStatement)
            m_commitStatement = &statement(QStringLiteral("COMMIT"));
        SD_TRY(m_commitStatement->exec());
    } else {
        SD_TRY(statement(QStringLiteral("RELEASE sd%1").arg(depth)).exec());
    }
    m_depth = depth - 1;
    const bool wrote = m_levelWrote.back();
    m_levelWrote.pop_back();
    if (wrote && !m_levelWrote.empty())
        m_levelWrote.back() = true; // the outer level now holds these changes
    if (m_depth == 0) {
        auto callbacks = std::move(m_afterCommit);
        m_afterCommit.clear();
        for (auto& callback : callbacks)
            callback();
    }
    return {};
}

void Database::rollbackLevel(int depth, std::size_t callbacksAtStart) {
    if (depth > m_depth)
        return; // already rolled back together with an outer level
    if (depth < m_depth) {
        // An inner transaction is still open (misuse): roll it back too, so the outer level
        // does not stay open for good.
        qCCritical(lcDatabase) << "rollback of transaction level" << depth << "while at" << m_depth;
        while (m_depth > depth)
            rollbackLevel(m_depth, m_afterCommit.size());
    }
    if (depth == 1) {
        if (!m_rollbackStatement)
            m_rollbackStatement = &statement(QStringLiteral("ROLLBACK"));
        if (auto r = m_rollbackStatement->exec(); !r.ok())
            qCCritical(lcDatabase) << r.message();
    } else {
        const QString name = QStringLiteral("sd%1").arg(depth);
        if (auto r = statement(QStringLiteral("ROLLBACK TO ") + name).exec(); !r.ok())
            qCCritical(lcDatabase) << r.message();
        if (auto r = statement(QStringLiteral("RELEASE ") + name).exec(); !r.ok())
            qCCritical(lcDatabase) << r.message();
    }
    m_depth = depth - 1;
    if (m_levelWrote.back())
        ++m_rollbackGeneration;
    m_levelWrote.pop_back();
    m_afterCommit.resize(std::min(m_afterCommit.size(), callbacksAtStart));
}

} // namespace salesdesk
