#pragma once

#include "DavCapabilities.h"
#include "DmsError.h"
#include "ImmutableFile.h"
#include "SyncJournal.h"

#include <QObject>
#include <QStringList>

namespace workroom::storage {
class BlobStore;
class CaseRepository;
class Database;
}  // namespace workroom::storage

namespace workroom::dms {

class DavReply;
class WebDavClient;

// Syncs a linked workroom with its DMS collection (docs/dms-layout.md): the upload of immutable
// files (document versions and signatures) and the merge of every case.json, both resumable
// through the journal after a crash at any point and without duplicates. WorkroomSync drives a
// whole sync with it. Runs its requests in a local event loop: use it from a worker thread or
// the command line, never the GUI thread.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    struct Report {
        int uploaded = 0;      // sent by this run
        int alreadyThere = 0;  // found on the server (an earlier, interrupted run sent it)
        int failed = 0;        // per-item errors; the rest went on
        int retryLater = 0;    // transient trouble (network, 5xx, 423, 507): pending still
        QStringList errors;    // messages for the activity list, one per failed item
        // What went wrong with which item (Failed or RetryLater, the item a remote path);
        // successful uploads are only counted.
        QList<SyncActivity> items;
    };

    SyncEngine(WebDavClient &client, SyncJournal &journal, DavCapabilities capabilities,
               QObject *parent = nullptr);

    // Up to this many transfers side by side (default 4).
    void setParallelTransfers(int count) { parallel_ = qMax(1, count); }

    // Records `files` in the journal and uploads every pending one. Fails only if the journal
    // cannot be written; trouble with single items is in the report.
    Result<Report> uploadImmutable(const QList<ImmutableFile> &files);

    // The local side of syncCases(): the workroom linked to the collection.
    struct LocalWorkroom {
        storage::CaseRepository &cases;
        storage::BlobStore &blobs;
        qint64 workroomId = 0;
        QString actor;  // the user in whose name remote changes enter the local audit log
    };
    struct CaseReport {
        int casesWritten = 0;  // case.json files written to the server
        int casesApplied = 0;  // cases changed (or created) locally from the server
        int downloaded = 0;    // content files fetched into the blob store
        int newConflicts = 0;  // fields changed differently on both sides, found by this run
        int casesSkipped = 0;  // unchanged on both sides since the last sync: not read at all
        int failed = 0;
        int retryLater = 0;  // cases left for the next sync by transient trouble or a cancel
        QStringList errors;
        // Per case reference: CaseWritten, CaseApplied, Conflict (the field named), Failed,
        // RetryLater. Downloads are only counted.
        QList<SyncActivity> items;
    };
    // Reads every case.json on the server and every local case, merges each against its base in
    // the journal (CaseMetadataMerge), downloads missing content files into the blob store,
    // applies the merged case locally (creating cases that exist only on the server) and writes
    // case.json back with If-Match (docs/dms-layout.md). Run uploadImmutable() first, so that
    // a case.json never names content that is not on the server yet.
    Result<CaseReport> syncCases(const LocalWorkroom &local);

    // The workroom database of syncCases()' cases. With it, a case whose case.json has the
    // ETag of the last sync and whose audit trail did not grow since is skipped without a
    // request; without it every case.json is read.
    void setWorkroomDatabase(storage::Database *database) { database_ = database; }

    // Stops the running sync soon: transfers in flight are aborted and stay pending, like
    // everything not yet started. From another thread, invoke it queued.
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    // The case phase: `done` of `total` cases merged (skipped ones included).
    void caseProgress(int done, int total);

private:
    class UploadRun;
    class CaseRun;

    WebDavClient &client_;
    SyncJournal &journal_;
    DavCapabilities capabilities_;
    int parallel_ = 4;
    UploadRun *running_ = nullptr;
    DavReply *transfer_ = nullptr;  // the request the case phase waits for
    storage::Database *database_ = nullptr;
    bool cancelled_ = false;
};

}  // namespace workroom::dms
