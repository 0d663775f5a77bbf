#include "QueryLog.h"

#include "AuditLog.h"
#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace workroom::registers {

QueryLog::QueryLog(storage::Database &db) : db_(db) {}

QJsonObject QueryLog::detail(const QueryLogEntry &entry)
{
    // Deliberately only these keys: the search data and the answer never reach the audit.
    QJsonObject detail;
    detail.insert(QStringLiteral("caseReference"), entry.caseReference);
    detail.insert(QStringLiteral("purpose"), entry.purpose);
    detail.insert(QStringLiteral("result"), entry.resultClass);
    detail.insert(QStringLiteral("service"), entry.service);
    if (!entry.clientRequestId.isEmpty()) {
        detail.insert(QStringLiteral("clientRequestId"), entry.clientRequestId);
    }
    if (!entry.requestId.isEmpty()) {
        detail.insert(QStringLiteral("requestId"), entry.requestId);
    }
    if (entry.rows > 0) {
        detail.insert(QStringLiteral("rows"), entry.rows);
    }
    return detail;
}

Result<void> QueryLog::record(const QueryLogEntry &entry)
{
    storage::AuditLog audit(db_);
    const QString actor = entry.origin.actor;
    auto written = db_.write(
        [&]() -> storage::Result<void> {
            auto appended = audit.append(actor, entry.action, entry.origin.workroomId,
                                         entry.origin.caseId, detail(entry));
            if (!appended) {
                return std::unexpected(appended.error());
            }
            return {};
        },
        RegisterText::tr("recording the register query in the audit log"));
    if (!written) {
        RegisterError error;
        error.code = RegisterErrorCode::Storage;
        error.message = RegisterText::tr("The register query could not be recorded in the "
                                         "audit log: %1")
                            .arg(written.error().message);
        return std::unexpected(error);
    }
    qCDebug(lcRegisters) << "logged" << entry.action << entry.resultClass;
    return {};
}

Result<QList<storage::AuditEntry>> QueryLog::entries()
{
    QSqlQuery query = db_.prepare(
        QStringLiteral("SELECT seq, at, actor, action, workroom_id, case_id, detail, prev_hash, "
                       "hash FROM audit WHERE action LIKE 'register.%' ORDER BY seq"));
    if (!query.exec()) {
        RegisterError error;
        error.code = RegisterErrorCode::Storage;
        error.message =
            storage::fromSqlError(query.lastError(), RegisterText::tr("reading the query log"))
                .message;
        return std::unexpected(error);
    }
    QList<storage::AuditEntry> entries;
    while (query.next()) {
        storage::AuditEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.workroomId = query.value(4).toLongLong();
        entry.caseId = query.value(5).toLongLong();
        entry.detail = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        entry.prevHash = query.value(7).toString();
        entry.hash = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

}  // namespace workroom::registers
