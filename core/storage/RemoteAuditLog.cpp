#include "RemoteAuditLog.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace workroom::storage {

namespace {

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

const QString selectEntries =
    QStringLiteral("SELECT client_id, seq, at, actor, action, workroom_id, origin_workroom_id, "
                   "origin_case_id, case_uid, case_ref, case_id, detail, prev_hash, hash "
                   "FROM audit_remote ");

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

RemoteAuditEntry readEntry(const QSqlQuery &query)
{
    RemoteAuditEntry remote;
    remote.clientId = query.value(0).toString();
    remote.entry.seq = query.value(1).toLongLong();
    remote.entry.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    remote.entry.actor = query.value(3).toString();
    remote.entry.action = query.value(4).toString();
    remote.workroomId = query.value(5).toLongLong();
    remote.entry.workroomId = query.value(6).toLongLong();
    remote.entry.caseId = query.value(7).toLongLong();
    remote.caseUid = query.value(8).toString();
    remote.caseReference = query.value(9).toString();
    remote.caseId = query.value(10).toLongLong();
    remote.entry.detail = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
    remote.entry.prevHash = query.value(12).toString();
    remote.entry.hash = query.value(13).toString();
    return remote;
}

}  // namespace

Result<int> RemoteAuditLog::appendBatch(const QList<RemoteAuditEntry> &entries)
{
    const QString what = StorageText::tr("storing the history of other computers");
    int inserted = 0;
    auto written = db_.write(
        [&]() -> Result<void> {
            QSqlQuery insert = db_.prepare(QStringLiteral(
                "INSERT INTO audit_remote (client_id, seq, at, actor, action, workroom_id, "
                "origin_workroom_id, origin_case_id, case_uid, case_ref, case_id, detail, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (client_id, seq) DO NOTHING"));
            QSqlQuery stored = db_.prepare(
                QStringLiteral("SELECT hash FROM audit_remote WHERE client_id = ? AND seq = ?"));
            for (const RemoteAuditEntry &remote : entries) {
                const AuditEntry &entry = remote.entry;
                insert.addBindValue(text(remote.clientId));
                insert.addBindValue(entry.seq);
                insert.addBindValue(timestamp(entry.at));
                insert.addBindValue(text(entry.actor));
                insert.addBindValue(text(entry.action));
                insert.addBindValue(remote.workroomId);
                insert.addBindValue(entry.workroomId);
                insert.addBindValue(entry.caseId);
                insert.addBindValue(text(remote.caseUid));
                insert.addBindValue(text(remote.caseReference));
                insert.addBindValue(remote.caseId ? QVariant(remote.caseId) : QVariant());
                insert.addBindValue(
                    QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
                insert.addBindValue(text(entry.prevHash));
                insert.addBindValue(text(entry.hash));
                if (!insert.exec()) {
                    return std::unexpected(fromSqlError(insert.lastError(), what));
                }
                if (insert.numRowsAffected() > 0) {
                    ++inserted;
                    continue;
                }
                // Known already: harmless if it is the same entry, a rewritten history if not.
                stored.addBindValue(remote.clientId);
                stored.addBindValue(entry.seq);
                if (!stored.exec() || !stored.next()) {
                    return std::unexpected(fromSqlError(stored.lastError(), what));
                }
                const QString hash = stored.value(0).toString();
                stored.finish();
                if (hash != entry.hash) {
                    return std::unexpected(StorageError{
                        StorageErrorCode::Conflict,
                        StorageText::tr("Entry %1 of another computer's history differs from the "
                                        "one imported before: its history was rewritten.")
                            .arg(entry.seq)});
                }
            }
            return {};
        },
        what);
    if (!written) {
        return std::unexpected(written.error());
    }
    return inserted;
}

Result<QList<RemoteAuditEntry>>
RemoteAuditLog::select(const QString &where, const QVariantList &values, const QString &what)
{
    QSqlQuery query = db_.prepare(selectEntries + where);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(fromSqlError(query.lastError(), what));
    }
    QList<RemoteAuditEntry> entries;
    while (query.next()) {
        entries.append(readEntry(query));
    }
    return entries;
}

Result<QList<RemoteAuditEntry>> RemoteAuditLog::forCase(qint64 caseId)
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY at, client_id, seq"), {caseId},
                  StorageText::tr("reading the history of the case"));
}

Result<QList<RemoteAuditEntry>> RemoteAuditLog::forReference(qint64 workroomId,
                                                             const QString &reference)
{
    return select(
        QStringLiteral("WHERE workroom_id = ? AND case_ref = ? ORDER BY at, client_id, seq"),
        {workroomId, reference}, StorageText::tr("reading the history of the case"));
}

Result<QList<RemoteAuditEntry>> RemoteAuditLog::history(qint64 caseId, qint64 workroomId,
                                                        const QString &reference)
{
    return select(QStringLiteral("WHERE case_id = ? OR (case_id IS NULL AND workroom_id = ? AND "
                                 "case_ref = ? AND case_ref != '') ORDER BY at, client_id, seq"),
                  {caseId, workroomId, reference},
                  StorageText::tr("reading the history of the case"));
}

Result<int> RemoteAuditLog::resolveByReference(qint64 workroomId)
{
    QSqlQuery update = db_.prepare(QStringLiteral(
        "UPDATE audit_remote SET case_id = (SELECT c.id FROM case_file c WHERE c.workroom_id = "
        "audit_remote.workroom_id AND c.reference = audit_remote.case_ref) "
        "WHERE workroom_id = ? AND case_id IS NULL AND case_ref != '' AND EXISTS (SELECT 1 FROM "
        "case_file c WHERE c.workroom_id = audit_remote.workroom_id AND c.reference = "
        "audit_remote.case_ref)"));
    update.addBindValue(workroomId);
    if (!update.exec()) {
        return std::unexpected(fromSqlError(
            update.lastError(), StorageText::tr("linking the history of other computers")));
    }
    return update.numRowsAffected();
}

Result<qint64> RemoteAuditLog::count(const QString &clientId)
{
    QSqlQuery query =
        db_.prepare(clientId.isEmpty()
                        ? QStringLiteral("SELECT count(*) FROM audit_remote")
                        : QStringLiteral("SELECT count(*) FROM audit_remote WHERE client_id = ?"));
    if (!clientId.isEmpty()) {
        query.addBindValue(clientId);
    }
    if (!query.exec() || !query.next()) {
        return std::unexpected(fromSqlError(
            query.lastError(), StorageText::tr("reading the history of other computers")));
    }
    return query.value(0).toLongLong();
}

}  // namespace workroom::storage
