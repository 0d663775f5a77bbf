#include "OfflineQueue.h"

#include "Database.h"
#include "QueryLog.h"
#include "RegisterJson.h"
#include "RegisterStorageError.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace workroom::registers {

namespace {

QueuedQuery readQueued(const QSqlQuery &query)
{
    QueuedQuery queued;
    queued.id = query.value(0).toLongLong();
    const QueryKind kind = query.value(1).toString() == QLatin1StringView("authority")
                               ? QueryKind::Authority
                               : QueryKind::Simple;
    queued.request =
        json::toRequest(QJsonDocument::fromJson(query.value(2).toByteArray()).object(), kind);
    queued.request.clientRequestId = query.value(3).toString();
    queued.request.origin.actor = query.value(4).toString();
    queued.request.origin.workroomId = query.value(5).toLongLong();
    queued.request.origin.caseId = query.value(6).toLongLong();
    queued.queuedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    queued.lastError = query.value(8).toString();
    return queued;
}

const QString selectQueued = QStringLiteral(
    "SELECT id, kind, request, client_request_id, actor, workroom_id, case_id, queued_at, "
    "last_error FROM register_queue ");

}  // namespace

OfflineQueue::OfflineQueue(storage::Database &db, QueryLog *log) : db_(db), log_(log) {}

Result<QueuedQuery> OfflineQueue::enqueue(QueryRequest request)
{
    if (auto checked = checkRequest(request); !checked) {
        return std::unexpected(checked.error());
    }
    if (request.clientRequestId.isEmpty()) {
        request.clientRequestId = newClientRequestId();
    }
    QueuedQuery queued;
    queued.request = request;
    queued.queuedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery insert = db_.prepare(QStringLiteral(
        "INSERT INTO register_queue (kind, request, client_request_id, actor, workroom_id, "
        "case_id, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(queryKindKey(request.kind));
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(json::fromRequest(request)).toJson(QJsonDocument::Compact)));
    insert.addBindValue(request.clientRequestId);
    insert.addBindValue(request.origin.actor);
    insert.addBindValue(request.origin.workroomId ? QVariant(request.origin.workroomId)
                                                  : QVariant());
    insert.addBindValue(request.origin.caseId ? QVariant(request.origin.caseId) : QVariant());
    insert.addBindValue(queued.queuedAt.toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        return std::unexpected(
            storageError(insert.lastError(), RegisterText::tr("queuing the register query")));
    }
    queued.id = insert.lastInsertId().toLongLong();
    if (log_) {
        QueryLogEntry entry;
        entry.action = QStringLiteral("register.query.queued");
        entry.origin = request.origin;
        entry.caseReference = request.caseReference;
        entry.purpose = request.purpose;
        entry.resultClass = QStringLiteral("queued:") + queryKindKey(request.kind);
        entry.clientRequestId = request.clientRequestId;
        if (auto recorded = log_->record(entry); !recorded) {
            return std::unexpected(recorded.error());
        }
    }
    return queued;
}

Result<QList<QueuedQuery>> OfflineQueue::pending()
{
    QSqlQuery query = db_.prepare(selectQueued + QStringLiteral("ORDER BY id"));
    if (!query.exec()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("reading the queued queries")));
    }
    QList<QueuedQuery> queued;
    while (query.next()) {
        queued.append(readQueued(query));
    }
    return queued;
}

Result<int> OfflineQueue::count()
{
    QSqlQuery query = db_.prepare(QStringLiteral("SELECT count(*) FROM register_queue"));
    if (!query.exec() || !query.next()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("reading the queued queries")));
    }
    return query.value(0).toInt();
}

Result<void> OfflineQueue::remove(qint64 id)
{
    QSqlQuery query = db_.prepare(QStringLiteral("DELETE FROM register_queue WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("removing a queued query")));
    }
    return {};
}

Result<QueuedQuery> OfflineQueue::load(qint64 id)
{
    QSqlQuery query = db_.prepare(selectQueued + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("reading the queued queries")));
    }
    if (!query.next()) {
        RegisterError error;
        error.code = RegisterErrorCode::NotFound;
        error.message = RegisterText::tr("The queued query is no longer in the queue.");
        return std::unexpected(error);
    }
    return readQueued(query);
}

Result<void> OfflineQueue::setLastError(qint64 id, const QString &message)
{
    QSqlQuery query =
        db_.prepare(QStringLiteral("UPDATE register_queue SET last_error = ? WHERE id = ?"));
    query.addBindValue(message);
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("updating a queued query")));
    }
    return {};
}

void OfflineQueue::send(qint64 id, RegisterService &service, bool authorityConfirmed,
                        QObject *context, Callback<QueryResult> done)
{
    Result<QueuedQuery> queued = load(id);
    if (!queued) {
        done(std::unexpected(queued.error()));
        return;
    }
    if (queued->needsConfirmation() && !authorityConfirmed) {
        RegisterError error;
        error.code = RegisterErrorCode::NotConfirmed;
        error.message = RegisterText::tr("This queued authority query is only sent after you "
                                         "confirm it again.");
        done(std::unexpected(error));
        return;
    }
    // The same client request id as when it was queued: should the answer be lost and the
    // query sent again, the service answers with its first answer instead of asking twice.
    service.query(queued->request, context,
                  [this, id, done = std::move(done)](const Result<QueryResult> &result) {
                      if (result) {
                          if (auto removed = remove(id); !removed) {
                              done(std::unexpected(removed.error()));
                              return;
                          }
                      } else {
                          (void)setLastError(id, result.error().message);
                      }
                      done(result);
                  });
}

}  // namespace workroom::registers
