#pragma once

#include "DmsError.h"
#include "ImmutableFile.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace workroom::dms {

// The sync's memory of what it has done, in its own SQLite file (WAL) so that every step
// survives a crash: which collections exist on the server and which immutable files are
// pending, uploaded or failed (and why). Written before and after each step; every step is
// idempotent, so a sync killed anywhere resumes from here. Belongs to the thread that opened it.
class SyncJournal {
public:
    static constexpr int schemaVersion = 2;

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
    };
    Result<CaseBase> caseBase(const QString &caseFolder);
    Result<void> setCaseBase(const QString &caseFolder, const CaseBase &base);
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
    Result<QList<CaseConflict>> conflicts();

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
