#pragma once

#include "DavCapabilities.h"
#include "DmsError.h"
#include "SyncJournal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>

namespace workroom::storage {
class BlobStore;
class CaseRepository;
class Database;
}  // namespace workroom::storage

namespace workroom::dms {

// Where a workroom is linked to, as the settings and the keychain give it (core reads neither).
struct SyncLink {
    QUrl url;  // the workroom's collection, ending in '/'
    QString user;
    QString password;
    QList<QSslCertificate> extraCaCertificates;
};

// The outcome of one whole sync of a workroom.
struct SyncSummary {
    int uploaded = 0;
    int alreadyThere = 0;
    int retryLater = 0;
    int casesWritten = 0;
    int casesApplied = 0;
    int casesSkipped = 0;  // unchanged on both sides: not read, not written
    int downloaded = 0;
    int newConflicts = 0;
    int auditSegmentsWritten = 0;
    int auditEntriesImported = 0;
    int failed = 0;
    QStringList errors;  // one message per failed item
    QList<SyncActivity> activity;

    bool ok() const { return failed == 0; }
};

// A whole sync of one linked workroom (docs/dms-layout.md), the one entry point for the GUI's
// worker and for `workroomctl dms sync`: checks workroom.json, uploads immutable files, writes
// and reads audit segments, merges every case.json, and records what it did in the journal's
// activity list. Runs its requests in local event loops: call run() from a worker thread or the
// command line, never the GUI thread. Everything it is given belongs to the calling thread.
class WorkroomSync : public QObject {
    Q_OBJECT
public:
    struct Local {
        storage::Database &database;
        storage::CaseRepository &cases;
        storage::BlobStore &blobs;
        SyncJournal &journal;
        qint64 workroomId = 0;
        QString workroomName;
        QString actor;  // the local user
    };

    explicit WorkroomSync(Local local, QObject *parent = nullptr);
    ~WorkroomSync() override;

    // The capabilities found by `probe` when the workroom was linked (kept in the journal).
    static Result<DavCapabilities> storedCapabilities(SyncJournal &journal);
    static Result<void> storeCapabilities(SyncJournal &journal, const DavCapabilities &caps);
    // This computer's id towards the DMS (a UUID made on first use, kept in the journal): the
    // name of its folder of audit segments.
    static Result<QString> clientId(SyncJournal &journal);

    // Fails as a whole only when nothing could be synced (no server, refused login, the journal
    // unwritable, the collection is not a workroom); per-item trouble is in the summary.
    Result<SyncSummary> run(const SyncLink &link);

    // Thread-safe: the running sync stops soon; what is not done stays pending.
    void cancel();

Q_SIGNALS:
    // Emitted from run()'s thread: `phase` says what is being done, for the status bar.
    void progress(int done, int total, const QString &phase);

private:
    Local local_;
    std::atomic_bool cancelled_{false};
    std::atomic<QObject *> engine_{nullptr};  // the SyncEngine of the running sync
};

// Resolves one conflict recorded by a merge (see SyncJournal::conflicts): the chosen value goes
// into the local case's field (an audited change by `actor`), the conflict is marked resolved in
// the journal, and the next sync writes the resolution into case.json so that every client drops
// it. `chosen` is the local value, the remote value or one the user merged by hand: a string,
// for "status" a status key, for "deadline"/"resubmission" YYYY-MM-DD or "", for "tags" an
// array. Fields of `fields` and of parties ("parties.<uid>.<key>") take any value; other parts
// of case.json only the remote one. Errors: NotFound (no such open conflict), LocalIo (a value
// the field cannot take, or the database).
Result<void> resolveConflict(storage::CaseRepository &cases, SyncJournal &journal,
                             qint64 workroomId, const QString &caseFolder,
                             const QString &conflictId, const QJsonValue &chosen,
                             const QString &actor);

}  // namespace workroom::dms
