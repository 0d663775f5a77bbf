#pragma once

#include "RegisterError.h"
#include "RegisterService.h"
#include "RegisterTypes.h"

#include <QDateTime>
#include <QList>

namespace workroom::storage {
class Database;
}

namespace workroom::registers {

class QueryLog;

struct QueuedQuery {
    qint64 id = 0;
    QueryRequest request;
    QDateTime queuedAt;
    QString lastError;  // why the last attempt to send failed; empty if never tried
    // Authority queries are only ever sent after the user confirmed them once more.
    bool needsConfirmation() const { return request.kind == QueryKind::Authority; }
};

// Queries the user chose to send later because the register could not be reached. Kept in the
// workroom database (table register_queue), so they survive a restart. The search data stay
// on this machine only until the query is sent or removed. Queuing is recorded in the query
// log (without the search data).
class OfflineQueue {
public:
    // `log` may be null (then queuing is not logged).
    OfflineQueue(storage::Database &db, QueryLog *log);

    // The request is validated first; the client request id is fixed now, so that sending it
    // twice (after a crash) gives one query at the service.
    Result<QueuedQuery> enqueue(QueryRequest request);
    Result<QList<QueuedQuery>> pending();
    Result<int> count();
    Result<void> remove(qint64 id);

    // Sends a queued query through `service`; on an answer (any outcome) it leaves the queue,
    // on an error it stays with lastError set. An authority query fails with NotConfirmed
    // unless `authorityConfirmed` is true — the caller sets it only after asking the user.
    void send(qint64 id, RegisterService &service, bool authorityConfirmed, QObject *context,
              Callback<QueryResult> done);

private:
    Result<QueuedQuery> load(qint64 id);
    Result<void> setLastError(qint64 id, const QString &error);

    storage::Database &db_;
    QueryLog *log_;
};

}  // namespace workroom::registers
