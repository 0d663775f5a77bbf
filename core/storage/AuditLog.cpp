#include "AuditLog.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

namespace workroom::storage {

namespace {

const QString genesisHash = QString(64, QLatin1Char('0'));
constexpr auto headKey = "audit_head";

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray canonicalDetail(const QJsonObject &detail)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(detail).toJson(QJsonDocument::Compact);
}

}  // namespace

QString AuditLog::computeHash(const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto field = [&hash](QByteArrayView bytes) {
        // Length-prefixed, so that no two different entries hash the same bytes.
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(":");
        hash.addData(bytes);
    };
    field(entry.prevHash.toLatin1());
    field(QByteArray::number(entry.seq));
    field(timestamp(entry.at).toLatin1());
    field(entry.actor.toUtf8());
    field(entry.action.toUtf8());
    field(QByteArray::number(entry.workroomId));
    field(QByteArray::number(entry.caseId));
    field(canonicalDetail(entry.detail));
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry> AuditLog::append(const QString &actor, const QString &action, qint64 workroomId,
                                    qint64 caseId, const QJsonObject &detail)
{
    const QString what = StorageText::tr("recording the change in the audit log");
    QSqlQuery last = db_.prepare(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC "
                                                "LIMIT 1"));
    if (!last.exec()) {
        return std::unexpected(fromSqlError(last.lastError(), what));
    }
    AuditEntry entry;
    entry.seq = 1;
    entry.prevHash = genesisHash;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString();
    }
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = actor;
    entry.action = action;
    entry.workroomId = workroomId;
    entry.caseId = caseId;
    entry.detail = detail;
    entry.hash = computeHash(entry);

    QSqlQuery insert = db_.prepare(QStringLiteral(
        "INSERT INTO audit (seq, at, actor, action, workroom_id, case_id, detail, prev_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.seq);
    insert.addBindValue(timestamp(entry.at));
    insert.addBindValue(entry.actor);
    insert.addBindValue(entry.action);
    insert.addBindValue(workroomId ? QVariant(workroomId) : QVariant());
    insert.addBindValue(caseId ? QVariant(caseId) : QVariant());
    insert.addBindValue(QString::fromUtf8(canonicalDetail(detail)));
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec()) {
        return std::unexpected(fromSqlError(insert.lastError(), what));
    }
    QSqlQuery head =
        db_.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    head.addBindValue(QString::fromLatin1(headKey));
    head.addBindValue(QStringLiteral("%1:%2").arg(entry.seq).arg(entry.hash));
    if (!head.exec()) {
        return std::unexpected(fromSqlError(head.lastError(), what));
    }
    return entry;
}

namespace {

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.workroomId = query.value(4).toLongLong();
    entry.caseId = query.value(5).toLongLong();
    entry.detail = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    entry.prevHash = query.value(7).toString();
    entry.hash = query.value(8).toString();
    return entry;
}

const QString selectEntries = QStringLiteral(
    "SELECT seq, at, actor, action, workroom_id, case_id, detail, prev_hash, hash FROM audit ");

}  // namespace

Result<QList<AuditEntry>> AuditLog::forCase(qint64 caseId)
{
    QSqlQuery query = db_.prepare(selectEntries + QStringLiteral("WHERE case_id = ? ORDER BY seq"));
    query.addBindValue(caseId);
    if (!query.exec()) {
        return std::unexpected(
            fromSqlError(query.lastError(), StorageText::tr("reading the history of the case")));
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(readEntry(query));
    }
    return entries;
}

Result<AuditLog::Verification> AuditLog::verify()
{
    const QString what = StorageText::tr("checking the audit log");
    QSqlQuery query = db_.prepare(selectEntries + QStringLiteral("ORDER BY seq"));
    if (!query.exec()) {
        return std::unexpected(fromSqlError(query.lastError(), what));
    }
    Verification result;
    QString expectedPrev = genesisHash;
    qint64 expectedSeq = 1;
    const auto broken = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    while (query.next()) {
        // Stored text is compared as stored: the detail is re-serialised for the hash, which
        // is canonical, so an edit inside the JSON also changes the hash.
        const AuditEntry entry = readEntry(query);
        ++result.entries;
        if (entry.seq != expectedSeq) {
            return broken(expectedSeq,
                          StorageText::tr("Audit entry %1 is missing: entries were deleted.")
                              .arg(expectedSeq));
        }
        if (entry.prevHash != expectedPrev) {
            return broken(entry.seq, StorageText::tr("Audit entry %1 does not follow its "
                                                     "predecessor: entries were inserted or "
                                                     "replaced.")
                                         .arg(entry.seq));
        }
        if (computeHash(entry) != entry.hash) {
            return broken(
                entry.seq,
                StorageText::tr("Audit entry %1 was changed after it was written.").arg(entry.seq));
        }
        expectedPrev = entry.hash;
        ++expectedSeq;
    }
    QSqlQuery head = db_.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    head.addBindValue(QString::fromLatin1(headKey));
    if (!head.exec()) {
        return std::unexpected(fromSqlError(head.lastError(), what));
    }
    const QString recorded = head.next() ? head.value(0).toString() : QString();
    const QString actual = result.entries == 0
                               ? QString()
                               : QStringLiteral("%1:%2").arg(expectedSeq - 1).arg(expectedPrev);
    if (recorded != actual) {
        return broken(expectedSeq, StorageText::tr("The audit log ends before its last recorded "
                                                   "entry: entries were removed from the end."));
    }
    return result;
}

}  // namespace workroom::storage
