#pragma once

#include "AuditLog.h"
#include "StorageError.h"

#include <QList>
#include <QString>

namespace workroom::storage {

class Database;

// An audit entry written on another computer and imported from its segment on the DMS. `entry`
// is exactly as the origin wrote it (its sequence number, its workroom and case ids), since its
// hash covers those; the rest says where it belongs here.
struct RemoteAuditEntry {
    QString clientId;  // the computer (sync client) that wrote it
    AuditEntry entry;
    qint64 workroomId = 0;  // the local workroom it was imported into
    QString caseUid;        // the case's identity in case.json; empty if it had none yet
    QString caseReference;  // the reference number on the origin; empty if no case
    qint64 caseId = 0;      // the local case; 0 while the case does not exist here
};

// The audit entries of other computers (table audit_remote). Kept apart from the local audit
// chain, which only this computer appends to; each client's entries keep their own chain and
// are checked before they are stored (core/dms/AuditSegments).
class RemoteAuditLog {
public:
    explicit RemoteAuditLog(Database &db) : db_(db) {}

    // Stores `entries` in one transaction; an entry stored before (same client and sequence
    // number, same hash) is skipped, so a rerun adds nothing. One stored before with another
    // hash fails the whole batch (Conflict): that client's history was rewritten. Returns how
    // many were new.
    Result<int> appendBatch(const QList<RemoteAuditEntry> &entries);

    // The entries about a local case, oldest first.
    Result<QList<RemoteAuditEntry>> forCase(qint64 caseId);
    // The entries about a reference number in a workroom (resolved or not), oldest first.
    Result<QList<RemoteAuditEntry>> forReference(qint64 workroomId, const QString &reference);
    // What the history of a case shows: the entries resolved to it and those that name its
    // reference but were imported before the case existed here. Oldest first.
    Result<QList<RemoteAuditEntry>> history(qint64 caseId, qint64 workroomId,
                                            const QString &reference);

    // Links unresolved entries of the workroom to the local case with their reference number,
    // once that case exists. Returns how many were linked.
    Result<int> resolveByReference(qint64 workroomId);

    // How many entries of `clientId` are stored (all clients if empty).
    Result<qint64> count(const QString &clientId = {});

private:
    Result<QList<RemoteAuditEntry>> select(const QString &where, const QVariantList &values,
                                           const QString &what);

    Database &db_;
};

}  // namespace workroom::storage
