#pragma once

#include "StorageError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace workroom::storage {

class Database;

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;  // stable key such as "case.create", "document.add"
    qint64 workroomId = 0;
    qint64 caseId = 0;
    QJsonObject detail;  // what changed; no personal data beyond what the case itself holds
    QString prevHash;
    QString hash;
};

// The append-only audit log: every entry carries the SHA-256 of its predecessor, so that an
// edited, inserted or deleted entry breaks the chain. The head (last sequence number and hash)
// is also kept in the meta table, so that cutting entries off the end is noticed too.
// Entries are appended inside the transaction of the change they record.
class AuditLog {
public:
    explicit AuditLog(Database &db) : db_(db) {}

    Result<AuditEntry> append(const QString &actor, const QString &action, qint64 workroomId,
                              qint64 caseId, const QJsonObject &detail);

    Result<QList<AuditEntry>> forCase(qint64 caseId);

    struct Verification {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0;  // 0 when intact
        QString problem;         // for the user
    };
    Result<Verification> verify();

    // The hash an entry must have, from its fields and its predecessor's hash.
    static QString computeHash(const AuditEntry &entry);

private:
    Database &db_;
};

}  // namespace workroom::storage
