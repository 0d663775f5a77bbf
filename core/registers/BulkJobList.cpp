#include "BulkJobList.h"

#include "Database.h"
#include "RegisterStorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace workroom::registers {

namespace {

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

}  // namespace

BulkJobList::BulkJobList(storage::Database &db) : db_(db) {}

Result<void> BulkJobList::remember(const BulkJob &job, const QueryOrigin &origin)
{
    // An update keeps who submitted it and in which case; only the state moves on.
    QSqlQuery query = db_.prepare(QStringLiteral(
        "INSERT INTO register_job (service, job_id, actor, workroom_id, case_id, case_reference, "
        "purpose, state, total, processed, submitted_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (service, job_id) DO UPDATE SET state = excluded.state, "
        "total = excluded.total, processed = excluded.processed, "
        "expires_at = excluded.expires_at"));
    query.addBindValue(job.serviceLabel);
    query.addBindValue(job.jobId);
    query.addBindValue(origin.actor);
    query.addBindValue(origin.workroomId ? QVariant(origin.workroomId) : QVariant());
    query.addBindValue(origin.caseId ? QVariant(origin.caseId) : QVariant());
    query.addBindValue(job.caseReference);
    query.addBindValue(job.purpose);
    query.addBindValue(jobStateKey(job.state));
    query.addBindValue(job.total);
    query.addBindValue(job.processed);
    query.addBindValue(utc(job.submittedAt));
    query.addBindValue(utc(job.expiresAt));
    if (!query.exec()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("saving the bulk job")));
    }
    return {};
}

Result<QList<BulkJob>> BulkJobList::jobs(const QString &actor)
{
    QSqlQuery query =
        db_.prepare(QStringLiteral("SELECT service, job_id, case_reference, purpose, state, total, "
                                   "processed, submitted_at, expires_at FROM register_job ")
                    + (actor.isEmpty() ? QString() : QStringLiteral("WHERE actor = ? "))
                    + QStringLiteral("ORDER BY submitted_at DESC, job_id DESC"));
    if (!actor.isEmpty()) {
        query.addBindValue(actor);
    }
    if (!query.exec()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("reading the bulk jobs")));
    }
    QList<BulkJob> jobs;
    while (query.next()) {
        BulkJob job;
        job.serviceLabel = query.value(0).toString();
        job.jobId = query.value(1).toString();
        job.caseReference = query.value(2).toString();
        job.purpose = query.value(3).toString();
        job.state = jobStateFromKey(query.value(4).toString()).value_or(BulkJobState::Failed);
        job.total = query.value(5).toInt();
        job.processed = query.value(6).toInt();
        job.submittedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        job.expiresAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
        jobs.append(job);
    }
    return jobs;
}

Result<void> BulkJobList::forget(const QString &serviceLabel, const QString &jobId)
{
    QSqlQuery query =
        db_.prepare(QStringLiteral("DELETE FROM register_job WHERE service = ? AND job_id = ?"));
    query.addBindValue(serviceLabel);
    query.addBindValue(jobId);
    if (!query.exec()) {
        return std::unexpected(
            storageError(query.lastError(), RegisterText::tr("removing the bulk job")));
    }
    return {};
}

}  // namespace workroom::registers
