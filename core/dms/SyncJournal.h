#pragma once

#include "DmsError.h"
#include "ImmutableFile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace workroom::dms {

// One line of the activity list: what a sync did with one item, or why it could not.
struct SyncActivity {
    enum class Kind {
        Uploaded,     // a content or signature file sent
        Downloaded,   // a content file fetched
        CaseWritten,  // case.json written to the server
        CaseApplied,  // the local case took changes from the server (or was created)
        Conflict,     // a field changed differently on both sides: both values kept
        Audit,        // audit segments written or read
        Failed,       // a per-item error; the rest of the sync went on
        RetryLater,   // transient trouble; the item stays pending
    };
    QDateTime at;  // UTC
    Kind kind = Kind::Failed;
    QString item;     // what it concerns, for the user: a reference number, a file name
    QString message;  // for the user (translated)

    // Stable names for the journal and for JSON ("uploaded", "failed" …).
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

// The sync's memory of what it has done, in its own SQLite file (WAL) so that every step
// survives a crash: which collections exist on the server and which immutable files are
// pending, uploaded or failed (and why). Written before and after each step; every step is
// idempotent, so a sync killed anywhere resumes from here. Belongs to the thread that opened it.
class SyncJournal {
public:
    static constexpr int schemaVersion = 3;

    enum class UploadState { Pending, Done, Failed };

    struct Upload {
        qint64 id = 0;
        ImmutableFile file;
        UploadState state = UploadState::Pending;
        int attempts = 0;
        QString lastError;
    };

    struct Counts {
        int pending = 0;
        int done = 0;
        int failed = 0;
    };

    static Result<std::unique_ptr<SyncJournal>> open(const QString &path);
    ~SyncJournal();
    SyncJournal(const SyncJournal &) = delete;
    SyncJournal &operator=(const SyncJournal &) = delete;

    const QString &path() const { return path_; }

    // Small settings of the link (base URL, client id …).
    Result<QString> value(const QString &key);
    Result<void> setValue(const QString &key, const QString &value);

    bool knowsCollection(const QString &path);
    Result<void> recordCollection(const QString &path);
    // Forgets known collections (after the server said one is missing after all).
    Result<void> forgetCollections();

    // Records files to upload; files known already keep their state, except failed ones, which
    // become pending again (each sync retries them once). Returns how many were new.
    Result<int> enqueueUploads(const QList<ImmutableFile> &files);
    Result<QList<Upload>> pendingUploads();
    Result<void> markUploaded(qint64 id);
    // `permanent`: the item is given up until the next sync; otherwise it stays pending.
    Result<void> markFailed(qint64 id, const QString &error, bool permanent);
    Result<Counts> counts();

    // The case.json merge: per case folder the document last synced (the base of the next
    // three-way merge) and its ETag on the server.
    struct CaseBase {
        QJsonObject json;  // empty: never synced here
        QByteArray etag;
        // The local case's state when the base was stored: the hash of the case's last audit
        // entry (every change to a case is audited; the hash chain makes it unique even after
        // a database was restored from a backup). Empty: unknown, the case must be merged.
        QString localState;
    };
    Result<CaseBase> caseBase(const QString &caseFolder);
    Result<void> setCaseBase(const QString &caseFolder, const CaseBase &base);
    // The ETag and local state of every case base, without the documents: what a sync needs to
    // decide which cases it can skip.
    struct CaseState {
        QByteArray etag;
        QString localState;
    };
    Result<QHash<QString, CaseState>> caseStates();
    // The uid in case.json of a local note or document (`kind` "note" or "document"); empty
    // if it has none yet.
    Result<QString> uidOf(const QString &kind, qint64 localId);
    // The local id of a note or document with this uid; 0 if there is none here.
    Result<qint64> localIdOf(const QString &kind, const QString &uid);
    Result<void> mapUid(const QString &kind, qint64 localId, const QString &uid);
    // Conflicts found by a merge (either client's): kept until the user resolves them.
    struct CaseConflict {
        QString caseFolder;
        QString reference;
        QJsonObject conflict;  // caseMerge::Conflict::toJson()
    };
    Result<void> recordConflict(const QString &caseFolder, const QString &reference,
                                const QJsonObject &conflict);
    // The open conflicts (not resolved yet).
    Result<QList<CaseConflict>> conflicts();
    // The ids of resolved conflicts of one case folder (written into case.json so that every
    // client drops them).
    Result<QStringList> resolvedConflicts(const QString &caseFolder);
    // Marks a conflict resolved; `resolution` is the value chosen. A conflict not known here is
    // recorded as resolved, so that it is never taken up again. Returns whether it was open.
    Result<bool> resolveConflict(const QString &caseFolder, const QString &reference,
                                 const QString &conflictId, const QJsonValue &resolution);
    // The local state of a case folder counts as changed at the next sync (its merge is not
    // skipped), e.g. after a resolution that left the local case as it was.
    Result<void> forgetLocalState(const QString &caseFolder);

    // The activity list (newest first when read; only the newest 1,000 rows are kept).
    static constexpr int activityKept = 1000;
    Result<void> recordActivity(const SyncActivity &activity);
    Result<void> recordActivities(const QList<SyncActivity> &activities);
    Result<QList<SyncActivity>> recentActivity(int limit);

private:
    explicit SyncJournal(QString path);
    Result<void> migrate();
    DmsError sqlError(const QString &what) const;
    DmsError queryError(const QSqlQuery &query, const QString &what) const;

    QString path_;
    QString connectionName_;
    QSqlDatabase db_;
};

}  // namespace workroom::dms
