#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace workroom::storage {

// One connection to a workroom database file: WAL, foreign keys, a busy timeout, and the schema
// migrated to the current version. A connection belongs to the thread that opened it; worker
// threads open their own (WAL lets readers run beside the one writer).
class Database {
public:
    // The schema version this build writes. Older files are migrated forward after a backup
    // copy is taken next to them; newer files are refused untouched.
    static constexpr int schemaVersion = 6;

    struct Options {
        bool checkIntegrity = false;  // run PRAGMA integrity_check before use (slow on big files)
        int busyTimeoutMs = 3000;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, {}); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return path_; }
    QSqlDatabase &connection() { return db_; }

    // A prepared query on this connection.
    QSqlQuery prepare(const QString &sql);
    // Executes `sql` (no results); `what` names the work for the error message.
    Result<void> exec(const QString &sql, const QString &what);

    // Runs `work` in one write transaction (BEGIN IMMEDIATE): committed if it returns a value,
    // rolled back if it returns an error. Nested calls join the outer transaction.
    Result<void> write(const std::function<Result<void>()> &work, const QString &what);

    // PRAGMA integrity_check and foreign_key_check; an error describes the first problem.
    Result<void> checkIntegrity();

    // The path of the backup copy made before the last migration, if one was made on open.
    const QString &migrationBackup() const { return migrationBackup_; }

    // The SQL of each schema step, for tests that build an old file by hand.
    static QStringList migrationScripts();

private:
    Database(QString path, QString connectionName);
    Result<void> configure(const Options &options);
    Result<void> migrate();

    QString path_;
    QString connectionName_;
    QSqlDatabase db_;
    QString migrationBackup_;
    int transactionDepth_ = 0;
};

}  // namespace workroom::storage
