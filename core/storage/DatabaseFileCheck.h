#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace salesdesk {

// What the checks found in a database file that may be opened for writing.
struct DatabaseFileFacts {
    bool isNew = false;    // no file yet, or an empty one with no log: new books
    int schemaVersion = 0; // PRAGMA user_version of the file as SQLite reads it (log included)
};

// What a file must be for Database::open to accept it.
struct DatabaseExpectation {
    qint32 applicationId = 0;   // PRAGMA application_id of this kind of file
    int latestSchema = 0;       // the newest schema this build understands
    QStringList requiredTables; // tables every non-new file of this kind has
};

// Checks a database file before anything writes to it, and writes nothing while doing so: the
// file, its write-ahead log (-wal), the log's index (-shm) and a rollback journal (-journal) stay
// byte for byte as they were and no file is created, whatever the verdict (docs/data-files.md).
//
// SQLite reads a WAL database read-only only under conditions (a -shm it may map, or a log it may
// ignore), so the check picks how to read:
// - no log, or an empty one: `immutable=1`, the file alone, no lock and no -shm;
// - a log and its -shm: `mode=ro&readonly_shm=1`, the -shm mapped read-only (SQLite rebuilds the
//   index in its own memory when the -shm is stale);
// - a log without its -shm, or a rollback journal: SQLite cannot read those without creating or
//   writing a file, so the check reads a copy of them in a temporary folder.
// The caller holds the file's lock (Database::check), so no other Sales Desk writes meanwhile.
class DatabaseFileCheck {
public:
    static Result<DatabaseFileFacts> run(const QString& filePath,
                                         const DatabaseExpectation& expected);

    // How SQLite reads an existing file without writing to it or creating a file beside it, as
    // the checks above do: a URI to open with QSQLITE_OPEN_URI, read-only unless it names a
    // private copy (kept in `copyFolder`, which must outlive the connection).
    struct ReadOnlyAccess {
        QString uri;
        bool readOnly = true;
        std::shared_ptr<QTemporaryDir> copyFolder;
    };
    static Result<ReadOnlyAccess> readOnlyAccess(const QString& filePath);
};

} // namespace salesdesk
