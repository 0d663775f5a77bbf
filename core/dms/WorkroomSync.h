#pragma once

#include "DavCapabilities.h"
#include "DmsError.h"

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

class SyncJournal;

// Where a workroom is linked to, as the settings and the keychain give it (core reads neither).
struct SyncLink {
    QUrl url;  // the workroom's collection, ending in '/'
    QString user;
    QString password;
    QList<QSslCertificate> extraCaCertificates;
};

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
    QObject *engine_ = nullptr;  // the SyncEngine of the running sync
};

// Resolves one conflict recorded by a merge (see SyncJournal::conflicts): the chosen value goes
// into the local case's field (an audited change by `actor`), the conflict is marked resolved in
// the journal, and the next sync writes the resolution into case.json so that every client drops
// it. `chosen` is the local value, the remote value or one the user merged by hand.
Result<void> resolveConflict(storage::CaseRepository &cases, SyncJournal &journal,
                             qint64 workroomId, const QString &caseFolder,
                             const QString &conflictId, const QJsonValue &chosen,
                             const QString &actor);

}  // namespace workroom::dms
