#pragma once

#include "RegisterError.h"
#include "RegisterTypes.h"

#include <QJsonObject>
#include <QList>

namespace workroom::storage {
class Database;
struct AuditEntry;
}  // namespace workroom::storage

namespace workroom::registers {

// One line of the query log, as the federal data-transfer ordinance asks for: who asked, when,
// in which case, for what purpose, and what came of it — but never whom the query was about.
struct QueryLogEntry {
    // "register.query.simple", "register.query.authority", "register.query.queued",
    // "register.bulk.submit", "register.bulk.fetch"
    QString action;
    QueryOrigin origin;       // user, workroom, case
    QString caseReference;    // aktenzeichen
    QString purpose;          // zweck
    QString resultClass;      // outcomeKey(), "error:<code>", "accepted", "queued"
    QString service;          // label of the register
    QString clientRequestId;  // to match the service's own log
    QString requestId;        // the service's answer id or job id
    int rows = 0;             // bulk: rows submitted or fetched
};

// Writes register queries into the workroom's audit chain (storage::AuditLog), each in its own
// transaction. The time is the audit entry's. The detail holds only the fields above.
class QueryLog {
public:
    explicit QueryLog(storage::Database &db);

    Result<void> record(const QueryLogEntry &entry);
    // The audit detail written for an entry.
    static QJsonObject detail(const QueryLogEntry &entry);
    // Every register entry of the audit chain, oldest first.
    Result<QList<storage::AuditEntry>> entries();

private:
    storage::Database &db_;
};

}  // namespace workroom::registers
