#include "SyncJournal.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace workroom::dms {

namespace {

const char *const schemaV1 = R"sql(
CREATE TABLE journal_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE remote_collection (
    path TEXT PRIMARY KEY
);
CREATE TABLE upload (
    id INTEGER PRIMARY KEY,
    remote_path TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('content', 'signature', 'enveloped')),
    case_folder TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL,
    local_path TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX upload_by_state ON upload(state);
)sql";

// Version 2: the case.json merge (the base last synced per case, the uids of local notes and
// documents, and conflicts found).
const char *const schemaV2 = R"sql(
CREATE TABLE case_base (
    case_folder TEXT PRIMARY KEY,
    base_json TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT ''
);
CREATE TABLE id_map (
    kind TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    uid TEXT NOT NULL,
    PRIMARY KEY (kind, local_id),
    UNIQUE (kind, uid)
);
CREATE TABLE case_conflict (
    id TEXT PRIMARY KEY,
    case_folder TEXT NOT NULL,
    reference TEXT NOT NULL,
    conflict_json TEXT NOT NULL
);
)sql";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString stateName(SyncJournal::UploadState state)
{
    switch (state) {
    case SyncJournal::UploadState::Pending:
        return QStringLiteral("pending");
    case SyncJournal::UploadState::Done:
        return QStringLiteral("done");
    case SyncJournal::UploadState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

QString kindName(ImmutableFile::Kind kind)
{
    switch (kind) {
    case ImmutableFile::Kind::Content:
        return QStringLiteral("content");
    case ImmutableFile::Kind::Signature:
        return QStringLiteral("signature");
    case ImmutableFile::Kind::EnvelopedSignature:
        return QStringLiteral("enveloped");
    }
    return QStringLiteral("content");
}

ImmutableFile::Kind kindFromName(const QString &name)
{
    if (name == QLatin1String("signature")) {
        return ImmutableFile::Kind::Signature;
    }
    if (name == QLatin1String("enveloped")) {
        return ImmutableFile::Kind::EnvelopedSignature;
    }
    return ImmutableFile::Kind::Content;
}

}  // namespace

SyncJournal::SyncJournal(QString path)
    : path_(std::move(path)), connectionName_(QStringLiteral("dms-journal-")
                                              + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SyncJournal::~SyncJournal()
{
    if (db_.isValid()) {
        db_.close();
    }
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

DmsError SyncJournal::sqlError(const QString &what) const
{
    return {DmsErrorCode::LocalIo,
            DmsText::tr("The sync journal %1 could not be used (%2): %3")
                .arg(path_, what, db_.lastError().text()),
            0};
}

Result<std::unique_ptr<SyncJournal>> SyncJournal::open(const QString &path)
{
    std::unique_ptr<SyncJournal> journal(new SyncJournal(path));
    journal->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), journal->connectionName_);
    journal->db_.setDatabaseName(path);
    journal->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!journal->db_.open()) {
        return std::unexpected(journal->sqlError(DmsText::tr("opening")));
    }
    QSqlQuery pragma(journal->db_);
    // WAL: a step committed before a kill -9 stays committed; NORMAL is enough for that (only
    // a power loss may drop the last steps, which are then simply redone).
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            return std::unexpected(journal->sqlError(DmsText::tr("opening")));
        }
    }
    if (auto migrated = journal->migrate(); !migrated) {
        return std::unexpected(migrated.error());
    }
    return journal;
}

Result<void> SyncJournal::migrate()
{
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return std::unexpected(sqlError(DmsText::tr("reading its version")));
    }
    const int version = query.value(0).toInt();
    if (version == schemaVersion) {
        return {};
    }
    if (version > schemaVersion) {
        return std::unexpected(
            DmsError{DmsErrorCode::LocalIo,
                     DmsText::tr("The sync journal %1 was written by a newer Workroom; it was left "
                                 "untouched.")
                         .arg(path_),
                     0});
    }
    if (!db_.transaction()) {
        return std::unexpected(sqlError(DmsText::tr("creating it")));
    }
    QString script;
    if (version < 1) {
        script += QString::fromLatin1(schemaV1);
    }
    script += QString::fromLatin1(schemaV2);
    for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty()) {
            continue;
        }
        if (!query.exec(statement)) {
            db_.rollback();
            return std::unexpected(sqlError(DmsText::tr("creating it")));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))
        || !db_.commit()) {
        db_.rollback();
        return std::unexpected(sqlError(DmsText::tr("creating it")));
    }
    return {};
}

Result<QString> SyncJournal::value(const QString &key)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT value FROM journal_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return std::unexpected(sqlError(DmsText::tr("reading")));
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> SyncJournal::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("INSERT INTO journal_meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    return {};
}

bool SyncJournal::knowsCollection(const QString &path)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT 1 FROM remote_collection WHERE path = ?"));
    query.addBindValue(path);
    return query.exec() && query.next();
}

Result<void> SyncJournal::recordCollection(const QString &path)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO remote_collection(path) VALUES (?)"));
    query.addBindValue(path);
    if (!query.exec()) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    return {};
}

Result<void> SyncJournal::forgetCollections()
{
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("DELETE FROM remote_collection"))) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    return {};
}

Result<int> SyncJournal::enqueueUploads(const QList<ImmutableFile> &files)
{
    if (!db_.transaction()) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    QSqlQuery insert(db_);
    insert.prepare(QStringLiteral(
        "INSERT INTO upload(remote_path, kind, case_folder, sha256, size, local_path, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(remote_path) DO UPDATE SET local_path = excluded.local_path, "
        "state = 'pending', updated_at = excluded.updated_at WHERE upload.state = 'failed'"));
    QSqlQuery known(db_);
    known.prepare(QStringLiteral("SELECT 1 FROM upload WHERE remote_path = ?"));
    int added = 0;
    const QString stamp = now();
    for (const ImmutableFile &file : files) {
        const QString remote = file.remotePath();
        known.bindValue(0, remote);
        if (!known.exec()) {
            db_.rollback();
            return std::unexpected(sqlError(DmsText::tr("writing")));
        }
        const bool existed = known.next();
        known.finish();
        insert.bindValue(0, remote);
        insert.bindValue(1, kindName(file.kind));
        insert.bindValue(2, file.caseFolder);
        insert.bindValue(3, file.sha256);
        insert.bindValue(4, file.size);
        insert.bindValue(5, file.localPath);
        insert.bindValue(6, stamp);
        if (!insert.exec()) {
            db_.rollback();
            return std::unexpected(sqlError(DmsText::tr("writing")));
        }
        added += existed ? 0 : 1;
    }
    if (!db_.commit()) {
        db_.rollback();
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    return added;
}

Result<QList<SyncJournal::Upload>> SyncJournal::pendingUploads()
{
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, kind, case_folder, sha256, size, local_path, "
                                   "attempts, last_error FROM upload WHERE state = 'pending' "
                                   "ORDER BY id"))) {
        return std::unexpected(sqlError(DmsText::tr("reading")));
    }
    QList<Upload> uploads;
    while (query.next()) {
        Upload upload;
        upload.id = query.value(0).toLongLong();
        upload.file.kind = kindFromName(query.value(1).toString());
        upload.file.caseFolder = query.value(2).toString();
        upload.file.sha256 = query.value(3).toString();
        upload.file.size = query.value(4).toLongLong();
        upload.file.localPath = query.value(5).toString();
        upload.attempts = query.value(6).toInt();
        upload.lastError = query.value(7).toString();
        uploads.append(upload);
    }
    return uploads;
}

Result<void> SyncJournal::markUploaded(qint64 id)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("UPDATE upload SET state = 'done', last_error = '', "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    return {};
}

Result<void> SyncJournal::markFailed(qint64 id, const QString &error, bool permanent)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("UPDATE upload SET state = ?, attempts = attempts + 1, "
                                 "last_error = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(stateName(permanent ? UploadState::Failed : UploadState::Pending));
    query.addBindValue(error);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    return {};
}

Result<SyncJournal::Counts> SyncJournal::counts()
{
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("SELECT state, count(*) FROM upload GROUP BY state"))) {
        return std::unexpected(sqlError(DmsText::tr("reading")));
    }
    Counts counts;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int n = query.value(1).toInt();
        if (state == QLatin1String("pending")) {
            counts.pending = n;
        } else if (state == QLatin1String("done")) {
            counts.done = n;
        } else {
            counts.failed = n;
        }
    }
    return counts;
}

DmsError SyncJournal::queryError(const QSqlQuery &query, const QString &what) const
{
    return {DmsErrorCode::LocalIo,
            DmsText::tr("The sync journal %1 could not be used (%2): %3")
                .arg(path_, what, query.lastError().text()),
            0};
}

Result<SyncJournal::CaseBase> SyncJournal::caseBase(const QString &caseFolder)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT base_json, etag FROM case_base WHERE case_folder = ?"));
    query.addBindValue(caseFolder);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    CaseBase base;
    if (query.next()) {
        base.json = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        base.etag = query.value(1).toByteArray();
    }
    return base;
}

Result<void> SyncJournal::setCaseBase(const QString &caseFolder, const CaseBase &base)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("INSERT INTO case_base(case_folder, base_json, etag) "
                                 "VALUES (?, ?, ?) ON CONFLICT(case_folder) DO UPDATE SET "
                                 "base_json = excluded.base_json, etag = excluded.etag"));
    query.addBindValue(caseFolder);
    query.addBindValue(QString::fromUtf8(QJsonDocument(base.json).toJson(QJsonDocument::Compact)));
    // Not null: the server may not have sent an ETag with the write.
    query.addBindValue(base.etag.isEmpty() ? QStringLiteral("") : QString::fromLatin1(base.etag));
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return {};
}

Result<QString> SyncJournal::uidOf(const QString &kind, qint64 localId)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT uid FROM id_map WHERE kind = ? AND local_id = ?"));
    query.addBindValue(kind);
    query.addBindValue(localId);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<qint64> SyncJournal::localIdOf(const QString &kind, const QString &uid)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT local_id FROM id_map WHERE kind = ? AND uid = ?"));
    query.addBindValue(kind);
    query.addBindValue(uid);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<void> SyncJournal::mapUid(const QString &kind, qint64 localId, const QString &uid)
{
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO id_map(kind, local_id, uid) VALUES (?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(localId);
    query.addBindValue(uid);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return {};
}

Result<void> SyncJournal::recordConflict(const QString &caseFolder, const QString &reference,
                                         const QJsonObject &conflict)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO case_conflict(id, case_folder, reference, "
                                 "conflict_json) VALUES (?, ?, ?, ?)"));
    query.addBindValue(conflict.value(QStringLiteral("id")).toString());
    query.addBindValue(caseFolder);
    query.addBindValue(reference);
    query.addBindValue(QString::fromUtf8(QJsonDocument(conflict).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return {};
}

Result<QList<SyncJournal::CaseConflict>> SyncJournal::conflicts()
{
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("SELECT case_folder, reference, conflict_json FROM "
                                   "case_conflict ORDER BY reference, id"))) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    QList<CaseConflict> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     QJsonDocument::fromJson(query.value(2).toByteArray()).object()});
    }
    return list;
}

}  // namespace workroom::dms
