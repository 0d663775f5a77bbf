#include "SyncJournal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <array>
#include <utility>

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

// Version 3: the activity list, the local state beside each base (to skip unchanged cases) and
// resolved conflicts.
const char *const schemaV3 = R"sql(
CREATE TABLE IF NOT EXISTS activity (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    message TEXT NOT NULL
);
ALTER TABLE case_base ADD COLUMN local_state TEXT NOT NULL DEFAULT '';
ALTER TABLE case_conflict ADD COLUMN resolved_at TEXT NOT NULL DEFAULT '';
ALTER TABLE case_conflict ADD COLUMN resolution TEXT NOT NULL DEFAULT ''
)sql";

constexpr std::array kActivityKinds{
    std::pair{SyncActivity::Kind::Uploaded, "uploaded"},
    std::pair{SyncActivity::Kind::Downloaded, "downloaded"},
    std::pair{SyncActivity::Kind::CaseWritten, "caseWritten"},
    std::pair{SyncActivity::Kind::CaseApplied, "caseApplied"},
    std::pair{SyncActivity::Kind::Conflict, "conflict"},
    std::pair{SyncActivity::Kind::Audit, "audit"},
    std::pair{SyncActivity::Kind::Failed, "failed"},
    std::pair{SyncActivity::Kind::RetryLater, "retryLater"},
};

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

QString SyncActivity::kindName(Kind kind)
{
    for (const auto &[value, name] : kActivityKinds) {
        if (value == kind) {
            return QLatin1String(name);
        }
    }
    return QStringLiteral("failed");
}

SyncActivity::Kind SyncActivity::kindFromName(const QString &name)
{
    for (const auto &[value, text] : kActivityKinds) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return Kind::Failed;
}

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
        return std::unexpected(queryError(query, DmsText::tr("reading its version")));
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
    if (version < 2) {
        script += QString::fromLatin1(schemaV2);
    }
    script += QString::fromLatin1(schemaV3);
    for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty()) {
            continue;
        }
        if (!query.exec(statement)) {
            db_.rollback();
            return std::unexpected(queryError(query, DmsText::tr("creating it")));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))
        || !db_.commit()) {
        db_.rollback();
        return std::unexpected(queryError(query, DmsText::tr("creating it")));
    }
    return {};
}

Result<QString> SyncJournal::value(const QString &key)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT value FROM journal_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
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
        return std::unexpected(queryError(query, DmsText::tr("writing")));
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
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return {};
}

Result<void> SyncJournal::forgetCollections()
{
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("DELETE FROM remote_collection"))) {
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return {};
}

Result<int> SyncJournal::enqueueUploads(const QList<ImmutableFile> &files)
{
    // A workroom synced before lists thousands of files that are all done: read what is known
    // once instead of asking per file, and write only the new and the failed ones.
    QHash<QString, bool> known;  // remote path → failed
    {
        QSqlQuery query(db_);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT remote_path, state = 'failed' FROM upload"))) {
            return std::unexpected(queryError(query, DmsText::tr("reading")));
        }
        while (query.next()) {
            known.insert(query.value(0).toString(), query.value(1).toBool());
        }
    }
    if (!db_.transaction()) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    QSqlQuery insert(db_);
    insert.prepare(QStringLiteral(
        "INSERT INTO upload(remote_path, kind, case_folder, sha256, size, local_path, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(remote_path) DO UPDATE SET local_path = excluded.local_path, "
        "state = 'pending', updated_at = excluded.updated_at WHERE upload.state = 'failed'"));
    int added = 0;
    const QString stamp = now();
    for (const ImmutableFile &file : files) {
        const QString remote = file.remotePath();
        const auto found = known.constFind(remote);
        if (found != known.constEnd() && !found.value()) {
            continue;
        }
        insert.bindValue(0, remote);
        insert.bindValue(1, kindName(file.kind));
        insert.bindValue(2, file.caseFolder);
        insert.bindValue(3, file.sha256);
        insert.bindValue(4, file.size);
        insert.bindValue(5, file.localPath);
        insert.bindValue(6, stamp);
        if (!insert.exec()) {
            db_.rollback();
            return std::unexpected(queryError(insert, DmsText::tr("writing")));
        }
        if (found == known.constEnd()) {
            ++added;
            // The same file listed twice (two documents of a case) is new only once.
            known.insert(remote, false);
        }
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
        return std::unexpected(queryError(query, DmsText::tr("reading")));
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
        return std::unexpected(queryError(query, DmsText::tr("writing")));
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
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return {};
}

Result<SyncJournal::Counts> SyncJournal::counts()
{
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("SELECT state, count(*) FROM upload GROUP BY state"))) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
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
    query.prepare(
        QStringLiteral("SELECT base_json, etag, local_state FROM case_base WHERE case_folder = ?"));
    query.addBindValue(caseFolder);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    CaseBase base;
    if (query.next()) {
        base.json = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        base.etag = query.value(1).toByteArray();
        base.localState = query.value(2).toString();
    }
    return base;
}

Result<void> SyncJournal::setCaseBase(const QString &caseFolder, const CaseBase &base)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "INSERT INTO case_base(case_folder, base_json, etag, local_state) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(case_folder) DO UPDATE SET base_json = excluded.base_json, "
        "etag = excluded.etag, local_state = excluded.local_state"));
    query.addBindValue(caseFolder);
    query.addBindValue(QString::fromUtf8(QJsonDocument(base.json).toJson(QJsonDocument::Compact)));
    // Not null: the server may not have sent an ETag with the write.
    query.addBindValue(base.etag.isEmpty() ? QStringLiteral("") : QString::fromLatin1(base.etag));
    query.addBindValue(base.localState.isNull() ? QStringLiteral("") : base.localState);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return {};
}

Result<QHash<QString, SyncJournal::CaseState>> SyncJournal::caseStates()
{
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT case_folder, etag, local_state FROM case_base"))) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    QHash<QString, CaseState> states;
    while (query.next()) {
        states.insert(query.value(0).toString(),
                      {query.value(1).toByteArray(), query.value(2).toString()});
    }
    return states;
}

Result<void> SyncJournal::forgetLocalState(const QString &caseFolder)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("UPDATE case_base SET local_state = '' WHERE case_folder = ?"));
    query.addBindValue(caseFolder);
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
    if (!query.exec(
            QStringLiteral("SELECT case_folder, reference, conflict_json FROM "
                           "case_conflict WHERE resolved_at = '' ORDER BY reference, id"))) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    QList<CaseConflict> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     QJsonDocument::fromJson(query.value(2).toByteArray()).object()});
    }
    return list;
}

Result<QStringList> SyncJournal::resolvedConflicts(const QString &caseFolder)
{
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT id FROM case_conflict WHERE case_folder = ? AND "
                                 "resolved_at != '' ORDER BY id"));
    query.addBindValue(caseFolder);
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    return ids;
}

Result<bool> SyncJournal::resolveConflict(const QString &caseFolder, const QString &reference,
                                          const QString &conflictId, const QJsonValue &resolution)
{
    QSqlQuery open(db_);
    open.prepare(QStringLiteral("SELECT 1 FROM case_conflict WHERE id = ? AND resolved_at = ''"));
    open.addBindValue(conflictId);
    if (!open.exec()) {
        return std::unexpected(queryError(open, DmsText::tr("reading")));
    }
    const bool wasOpen = open.next();
    open.finish();
    QSqlQuery query(db_);
    // A resolution learnt from the server for a conflict never seen here is kept as well: a
    // later merge that finds the same disagreement must not take it up again.
    query.prepare(QStringLiteral(
        "INSERT INTO case_conflict(id, case_folder, reference, conflict_json, resolved_at, "
        "resolution) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "resolved_at = excluded.resolved_at, resolution = excluded.resolution "
        "WHERE case_conflict.resolved_at = ''"));
    query.addBindValue(conflictId);
    query.addBindValue(caseFolder);
    query.addBindValue(reference);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), conflictId}})
                              .toJson(QJsonDocument::Compact)));
    query.addBindValue(now());
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray{resolution}).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("writing")));
    }
    return wasOpen;
}

Result<void> SyncJournal::recordActivity(const SyncActivity &activity)
{
    return recordActivities({activity});
}

Result<void> SyncJournal::recordActivities(const QList<SyncActivity> &activities)
{
    if (activities.isEmpty()) {
        return {};
    }
    if (!db_.transaction()) {
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    QSqlQuery insert(db_);
    insert.prepare(
        QStringLiteral("INSERT INTO activity(at, kind, item, message) VALUES (?, ?, ?, ?)"));
    for (const SyncActivity &activity : activities) {
        const QDateTime at =
            activity.at.isValid() ? activity.at.toUTC() : QDateTime::currentDateTimeUtc();
        insert.bindValue(0, at.toString(Qt::ISODateWithMs));
        insert.bindValue(1, SyncActivity::kindName(activity.kind));
        insert.bindValue(2, activity.item.isNull() ? QStringLiteral("") : activity.item);
        insert.bindValue(3, activity.message.isNull() ? QStringLiteral("") : activity.message);
        if (!insert.exec()) {
            db_.rollback();
            return std::unexpected(queryError(insert, DmsText::tr("writing")));
        }
    }
    QSqlQuery trim(db_);
    trim.prepare(
        QStringLiteral("DELETE FROM activity WHERE id <= (SELECT max(id) FROM activity) - ?"));
    trim.addBindValue(activityKept);
    if (!trim.exec()) {
        db_.rollback();
        return std::unexpected(queryError(trim, DmsText::tr("writing")));
    }
    if (!db_.commit()) {
        db_.rollback();
        return std::unexpected(sqlError(DmsText::tr("writing")));
    }
    return {};
}

Result<QList<SyncActivity>> SyncJournal::recentActivity(int limit)
{
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT at, kind, item, message FROM activity ORDER BY id DESC LIMIT ?"));
    query.addBindValue(qMax(0, limit));
    if (!query.exec()) {
        return std::unexpected(queryError(query, DmsText::tr("reading")));
    }
    QList<SyncActivity> list;
    while (query.next()) {
        SyncActivity activity;
        activity.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        activity.at.setTimeZone(QTimeZone::UTC);
        activity.kind = SyncActivity::kindFromName(query.value(1).toString());
        activity.item = query.value(2).toString();
        activity.message = query.value(3).toString();
        list.append(activity);
    }
    return list;
}

}  // namespace workroom::dms
