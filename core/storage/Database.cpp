#include "core/storage/Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcDatabase, "salesdesk.storage.database")

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("salesdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Reads the 16-byte SQLite header without going through SQLite, so a foreign file is never
// handed to a writer.
Result<bool> isSqliteFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString filePath, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock)) {}

Database::~Database() {
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& filePath, qint32 applicationId,
                                                 const std::vector<Migration>& migrations) {
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    const bool isNewFile = !info.exists() || info.size() == 0;
    if (!isNewFile) {
        auto sqlite = isSqliteFile(filePath);
        if (!sqlite.ok())
            return sqlite.error();
        if (!*sqlite)
            return makeError(ErrorCode::DatabaseForeign,
                             QStringLiteral("%1 is not a SQLite database, so not a Sales Desk "
                                            "database; it was left untouched")
                                 .arg(filePath));
    }

    auto lock = std::make_unique<QLockFile>(filePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 is in use by another Sales Desk (process %2)")
                             .arg(filePath)
                             .arg(pid));
    }

    std::unique_ptr<Database> db(new Database(filePath, nextConnectionName(), std::move(lock)));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(filePath);
    if (!db->m_db.open())
        return makeError(
            ErrorCode::Database,
            QStringLiteral("cannot open %1: %2").arg(filePath, db->m_db.lastError().text()));
    SD_TRY(db->checkAndMigrate(applicationId, migrations, isNewFile));
    return db;
}

Result<void> Database::checkAndMigrate(qint32 applicationId,
                                       const std::vector<Migration>& migrations, bool isNewFile) {
    // Read-only checks first: nothing is written to a file that is not ours.
    auto appId = queryValue(QStringLiteral("PRAGMA application_id"));
    if (!appId.ok())
        return makeError(
            ErrorCode::DatabaseCorrupt,
            QStringLiteral("%1 cannot be read as a database (%2); it was left untouched")
                .arg(m_filePath, appId.message()));
    auto tableCount = queryValue(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tableCount.ok())
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("%1 is damaged (%2); it was left untouched")
                             .arg(m_filePath, tableCount.message()));
    const bool empty = tableCount->toInt() == 0;
    if (appId->toInt() != applicationId && !(appId->toInt() == 0 && (empty || isNewFile)))
        return makeError(ErrorCode::DatabaseForeign,
                         QStringLiteral("%1 is a database of another application or of another "
                                        "kind (application_id 0x%2, expected 0x%3); it was left "
                                        "untouched")
                             .arg(m_filePath)
                             .arg(static_cast<quint32>(appId->toInt()), 8, 16, QLatin1Char('0'))
                             .arg(static_cast<quint32>(applicationId), 8, 16, QLatin1Char('0')));
    auto version = queryValue(QStringLiteral("PRAGMA user_version"));
    if (!version.ok())
        return version.error();
    m_schemaVersion = version->toInt();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (m_schemaVersion > latest)
        return makeError(ErrorCode::DatabaseTooNew,
                         QStringLiteral("%1 was written by a newer Sales Desk (schema %2; this "
                                        "version understands up to %3); it was left untouched")
                             .arg(m_filePath)
                             .arg(m_schemaVersion)
                             .arg(latest));
    if (!empty) {
        auto integrity = queryValue(QStringLiteral("PRAGMA integrity_check(1)"));
        if (!integrity.ok() || integrity->toString() != QStringLiteral("ok"))
            return makeError(
                ErrorCode::DatabaseCorrupt,
                QStringLiteral("%1 failed its integrity check (%2); it was left "
                               "untouched")
                    .arg(m_filePath, integrity.ok() ? integrity->toString() : integrity.message()));
    }

    // From here on the file is ours (or new).
    // One process owns the file (the lock file above), so SQLite may keep its locks for the
    // whole session instead of taking and dropping them around every transaction; with WAL this
    // also keeps the WAL index in process memory.
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
    const QString sql = depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT sd%1").arg(depth);
    SD_TRY(statement(sql).exec());
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
    const QString sql =
        depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sd%1").arg(depth);
    SD_TRY(statement(sql).exec());
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
        if (auto r = statement(QStringLiteral("ROLLBACK")).exec(); !r.ok())
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
