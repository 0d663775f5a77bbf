#pragma once

#include "DavCapabilities.h"
#include "DmsError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace workroom::storage {
class Database;
}  // namespace workroom::storage

namespace workroom::dms {

class SyncJournal;
class WebDavClient;

// The audit part of a sync (docs/dms-layout.md, "Audit segments"): this computer's new audit
// entries go up as immutable segment files under audit/<client id>/, and the segments of the
// other computers come down into storage::RemoteAuditLog once their hash chain is checked.
// Every client writes only its own folder, so audit never conflicts. Runs its requests in local
// event loops (a worker thread or the command line), like SyncEngine.
class AuditSegments {
public:
    static constexpr int maxEntriesPerSegment = 5000;

    struct Report {
        int segmentsWritten = 0;
        int segmentsImported = 0;
        int entriesImported = 0;  // new rows in the remote audit log
        int failed = 0;           // per-item errors (in `errors`); the rest went on
        int retryLater = 0;       // transient trouble: tried again on the next sync
        QStringList errors;       // for the user, one per failed item
        struct Done {
            QString item;     // a segment: "<client>/<first>-<last>.jsonl"
            QString message;  // for the user
        };
        QList<Done> done;
    };

    AuditSegments(WebDavClient &client, SyncJournal &journal, storage::Database &database,
                  DavCapabilities capabilities);

    // Called between requests; true stops the run (what is not done stays for the next sync).
    void setCancelCheck(std::function<bool()> cancelled) { cancelled_ = std::move(cancelled); }

    // upload() then download(); `clientId` is this computer's (WorkroomSync::clientId). Fails as a
    // whole only when the journal or the workroom database cannot be used; server trouble is per
    // item, in the report.
    Result<Report> run(qint64 workroomId, const QString &clientId);
    Result<void> upload(qint64 workroomId, const QString &clientId, Report &report);
    Result<void> download(qint64 workroomId, const QString &clientId, Report &report);

    // "000000000001-000000000042.jsonl": zero-padded, so that names sort by sequence number.
    static QString segmentName(qint64 first, qint64 last);
    // The range a segment name stands for; false if `name` is not a segment's name.
    static bool parseSegmentName(const QString &name, qint64 &first, qint64 &last);

private:
    struct Range {
        qint64 first = 0;
        qint64 last = 0;
    };
    Result<QByteArray> segmentBytes(qint64 workroomId, Range range);
    bool isCancelled() const { return cancelled_ && cancelled_(); }

    WebDavClient &client_;
    SyncJournal &journal_;
    storage::Database &database_;
    DavCapabilities capabilities_;
    std::function<bool()> cancelled_;
};

}  // namespace workroom::dms
