#include "Database.h"

#include "SearchIndex.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "workroom.storage.database")

namespace workroom::storage {

namespace {

// SQLite's first 16 bytes; anything else at the start of an existing file is not a database.
constexpr QByteArrayView sqliteHeader("SQLite format 3\0", 16);

}  // namespace

Database::Database(QString path, QString connectionName)
    : path_(std::move(path)), connectionName_(std::move(connectionName))
{
}

Database::~Database()
{
    if (db_.isValid()) {
        db_.close();
    }
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    const QFileInfo info(path);
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(StorageError{
                StorageErrorCode::Io, StorageText::tr("The workroom database %1 cannot be read: %2")
                                          .arg(path, file.errorString())});
        }
        const QByteArray head = file.read(16);
        if (!head.isEmpty() && head != sqliteHeader) {
            return std::unexpected(StorageError{
                StorageErrorCode::Corrupt,
                StorageText::tr("%1 is not a workroom database (it is not an SQLite file). It "
                                "was left untouched.")
                    .arg(path)});
        }
    }
    std::unique_ptr<Database> database(new Database(
        path, QStringLiteral("workroom-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    database->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->connectionName_);
    database->db_.setDatabaseName(path);
    database->db_.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!database->db_.open()) {
        return std::unexpected(fromSqlError(database->db_.lastError(),
                                            StorageText::tr("opening the workroom database")));
    }
    if (auto configured = database->configure(options); !configured) {
        return std::unexpected(configured.error());
    }
    return database;
}

Result<void> Database::configure(const Options &options)
{
    const QString opening = StorageText::tr("opening the workroom database");
    // Reading the schema version is the first real read: a damaged or foreign file fails here.
    QSqlQuery version = prepare(QStringLiteral("PRAGMA user_version"));
    if (!version.exec() || !version.next()) {
        return std::unexpected(fromSqlError(version.lastError(), opening));
    }
    const int current = version.value(0).toInt();
    version.finish();  // an open statement would keep a read transaction open
    if (current > schemaVersion) {
        return std::unexpected(StorageError{
            StorageErrorCode::NewerSchema,
            StorageText::tr("The workroom database %1 was written by a newer version of "
                            "Workroom (schema %2; this version knows up to %3). It was left "
                            "untouched: update Workroom to open it.")
                .arg(path_)
                .arg(current)
                .arg(schemaVersion)});
    }
    if (options.checkIntegrity && current > 0) {
        if (auto healthy = checkIntegrity(); !healthy) {
            return healthy;
        }
    }
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY"}) {
        QSqlQuery query(db_);
        if (!query.exec(QString::fromLatin1(pragma))) {
            return std::unexpected(fromSqlError(query.lastError(), opening));
        }
    }
    return migrate();
}

Result<void> Database::migrate()
{
    QSqlQuery version(db_);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        return std::unexpected(fromSqlError(version.lastError(), StorageText::tr("migrating")));
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current == schemaVersion) {
        return {};
    }
    if (current > 0) {
        // A copy of the old file before the first change: if anything goes wrong later, the
        // user's data is still there as it was.
        migrationBackup_ =
            QStringLiteral("%1.schema-%2-%3.bak")
                .arg(path_)
                .arg(current)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
        QSqlQuery backup(db_);
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(migrationBackup_);
        if (!backup.exec()) {
            return std::unexpected(
                fromSqlError(backup.lastError(),
                             StorageText::tr("taking a backup copy before updating the database")));
        }
        qCInfo(lcDatabase) << "schema" << current << "->" << schemaVersion << "backup at"
                           << migrationBackup_;
    }
    const QStringList scripts = migrationScripts();
    for (int step = current; step < schemaVersion; ++step) {
        auto done = write(
            [&]() -> Result<void> {
                for (const QString &statement :
                     scripts.at(step).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    if (statement.trimmed().isEmpty()) {
                        continue;
                    }
                    QSqlQuery query(db_);
                    if (!query.exec(statement)) {
                        return std::unexpected(fromSqlError(
                            query.lastError(),
                            StorageText::tr("updating the database to schema %1").arg(step + 1)));
                    }
                }
                // Step 2 brought the search index: fill it from what step 1 stored.
                if (step + 1 == 2 && current > 0) {
                    if (auto rebuilt = SearchIndex(*this).rebuild(); !rebuilt) {
                        return rebuilt;
                    }
                }
                QSqlQuery bump(db_);
                if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1))) {
                    return std::unexpected(
                        fromSqlError(bump.lastError(), StorageText::tr("updating the database")));
                }
                return {};
            },
            StorageText::tr("updating the database"));
        if (!done) {
            return done;
        }
    }
    return {};
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Result<void> Database::exec(const QString &sql, const QString &what)
{
    QSqlQuery query(db_);
    if (!query.exec(sql)) {
        return std::unexpected(fromSqlError(query.lastError(), what));
    }
    return {};
}

Result<void> Database::write(const std::function<Result<void>()> &work, const QString &what)
{
    if (transactionDepth_ > 0) {
        ++transactionDepth_;
        auto result = work();
        --transactionDepth_;
        return result;
    }
    // IMMEDIATE takes the write lock now, so that a busy database is reported before any work.
    if (auto begun = exec(QStringLiteral("BEGIN IMMEDIATE"), what); !begun) {
        return begun;
    }
    ++transactionDepth_;
    auto result = work();
    --transactionDepth_;
    if (!result) {
        (void)exec(QStringLiteral("ROLLBACK"), what);
        return result;
    }
    if (auto committed = exec(QStringLiteral("COMMIT"), what); !committed) {
        (void)exec(QStringLiteral("ROLLBACK"), what);
        return committed;
    }
    return {};
}

Result<void> Database::checkIntegrity()
{
    const QString checking = StorageText::tr("checking the workroom database");
    QSqlQuery integrity(db_);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next()) {
        return std::unexpected(fromSqlError(integrity.lastError(), checking));
    }
    const QString verdict = integrity.value(0).toString();
    if (verdict != QLatin1StringView("ok")) {
        return std::unexpected(
            StorageError{StorageErrorCode::Corrupt,
                         StorageText::tr("The workroom database %1 is damaged (%2). Nothing was "
                                         "overwritten; restore a backup or ask IT for help.")
                             .arg(path_, verdict)});
    }
    QSqlQuery foreignKeys(db_);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return std::unexpected(fromSqlError(foreignKeys.lastError(), checking));
    }
    if (foreignKeys.next()) {
        return std::unexpected(StorageError{
            StorageErrorCode::Corrupt,
            StorageText::tr("The workroom database %1 has a dangling reference in table %2.")
                .arg(path_, foreignKeys.value(0).toString())});
    }
    return {};
}

}  // namespace workroom::storage
