#include "CaseRepository.h"

#include "Database.h"
#include "ReferenceNumber.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace workroom::storage {

using domain::CaseRecord;
using domain::CaseStatus;
using domain::Document;
using domain::DocumentVersion;
using domain::Note;
using domain::Party;
using domain::Workroom;

namespace {

QVariant dateValue(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QDate> readDate(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty()) {
        return std::nullopt;
    }
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime readTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString textOrEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

StorageError notFound(const QString &message)
{
    return {StorageErrorCode::NotFound, message};
}

const QString caseColumns = QStringLiteral(
    "id, workroom_id, reference, file_plan_code, year, sequence, subject, status, assignee, "
    "deadline, resubmission, tags, created_at, updated_at, revision");

CaseRecord readCase(const QSqlQuery &q)
{
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.workroomId = q.value(1).toLongLong();
    c.reference = q.value(2).toString();
    c.filePlanCode = q.value(3).toString();
    c.year = q.value(4).toInt();
    c.sequence = q.value(5).toInt();
    c.subject = q.value(6).toString();
    c.status = domain::statusFromKey(q.value(7).toString()).value_or(CaseStatus::New);
    c.assignee = q.value(8).toString();
    c.deadline = readDate(q.value(9));
    c.resubmission = readDate(q.value(10));
    c.tags = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.createdAt = readTime(q.value(12));
    c.updatedAt = readTime(q.value(13));
    c.revision = q.value(14).toInt();
    return c;
}

Party readParty(const QSqlQuery &q)
{
    Party p;
    p.id = q.value(0).toLongLong();
    p.kind = q.value(1).toString() == QLatin1StringView("company") ? domain::PartyKind::Company
                                                                   : domain::PartyKind::Person;
    p.role = q.value(2).toString();
    p.givenName = q.value(3).toString();
    p.familyName = q.value(4).toString();
    p.companyName = q.value(5).toString();
    p.street = q.value(6).toString();
    p.postalCode = q.value(7).toString();
    p.city = q.value(8).toString();
    return p;
}

QJsonValue jsonDate(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

}  // namespace

CaseRepository::CaseRepository(Database &db) : db_(db), audit_(db), index_(db) {}

Result<void> CaseRepository::audit(const QString &actor, const QString &action, qint64 workroomId,
                                   qint64 caseId, const QJsonObject &detail)
{
    auto entry = audit_.append(actor, action, workroomId, caseId, detail);
    if (!entry) {
        return std::unexpected(entry.error());
    }
    return {};
}

// --- workrooms ---------------------------------------------------------------------------

Result<Workroom> CaseRepository::createWorkroom(const QString &name,
                                                const QString &referencePattern, bool demo,
                                                const QString &actor)
{
    if (name.trimmed().isEmpty()) {
        return std::unexpected(
            StorageError{StorageErrorCode::Invalid, StorageText::tr("A workroom needs a name.")});
    }
    if (auto format = domain::ReferenceNumberFormat::fromPattern(referencePattern); !format) {
        return std::unexpected(StorageError{StorageErrorCode::Invalid, format.error()});
    }
    Workroom room{0, name.trimmed(), referencePattern, demo};
    const QString what = StorageText::tr("creating the workroom %1").arg(room.name);
    auto done = db_.write(
        [&]() -> Result<void> {
            QSqlQuery exists = db_.prepare(QStringLiteral("SELECT 1 FROM workroom WHERE name = ?"));
            exists.addBindValue(room.name);
            if (!exists.exec()) {
                return std::unexpected(fromSqlError(exists.lastError(), what));
            }
            if (exists.next()) {
                return std::unexpected(StorageError{
                    StorageErrorCode::Duplicate,
                    StorageText::tr("A workroom named \"%1\" exists already.").arg(room.name)});
            }
            QSqlQuery insert = db_.prepare(
                QStringLiteral("INSERT INTO workroom (name, reference_pattern, demo, created_at) "
                               "VALUES (?, ?, ?, ?)"));
            insert.addBindValue(room.name);
            insert.addBindValue(room.referencePattern);
            insert.addBindValue(room.demo ? 1 : 0);
            insert.addBindValue(now());
            if (!insert.exec()) {
                return std::unexpected(fromSqlError(insert.lastError(), what));
            }
            room.id = insert.lastInsertId().toLongLong();
            return audit(actor, QStringLiteral("workroom.create"), room.id, 0,
                         {{QStringLiteral("name"), room.name},
                          {QStringLiteral("referencePattern"), room.referencePattern}});
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return room;
}

Result<QList<Workroom>> CaseRepository::workrooms()
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT id, name, reference_pattern, demo FROM workroom ORDER BY name"));
    if (!q.exec()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("listing workrooms")));
    }
    QList<Workroom> rooms;
    while (q.next()) {
        rooms.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toBool()});
    }
    return rooms;
}

Result<Workroom> CaseRepository::workroom(qint64 id)
{
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT id, name, reference_pattern, demo FROM workroom WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("reading a workroom")));
    }
    if (!q.next()) {
        return std::unexpected(notFound(StorageText::tr("There is no workroom %1.").arg(id)));
    }
    return Workroom{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toBool()};
}

// --- cases -------------------------------------------------------------------------------

Result<CaseRecord> CaseRepository::createCase(CaseRecord draft, const QList<Party> &parties,
                                              const QString &actor)
{
    if (auto problem = domain::validateCase(draft)) {
        return std::unexpected(StorageError{StorageErrorCode::Invalid, *problem});
    }
    auto room = workroom(draft.workroomId);
    if (!room) {
        return std::unexpected(room.error());
    }
    auto format = domain::ReferenceNumberFormat::fromPattern(room->referencePattern);
    if (!format) {
        return std::unexpected(StorageError{StorageErrorCode::Invalid, format.error()});
    }
    const QString what = StorageText::tr("creating the case");
    auto done = db_.write(
        [&]() -> Result<void> {
            if (draft.sequence == 0) {
                QSqlQuery next = db_.prepare(
                    QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM case_file "
                                   "WHERE workroom_id = ? AND file_plan_code = ? AND year = ?"));
                next.addBindValue(draft.workroomId);
                next.addBindValue(draft.filePlanCode);
                next.addBindValue(draft.year);
                if (!next.exec() || !next.next()) {
                    return std::unexpected(fromSqlError(next.lastError(), what));
                }
                draft.sequence = next.value(0).toInt();
            }
            auto reference = format->format({draft.filePlanCode, draft.year, draft.sequence});
            if (!reference) {
                return std::unexpected(StorageError{StorageErrorCode::Invalid, reference.error()});
            }
            draft.reference = *reference;
            QSqlQuery taken = db_.prepare(QStringLiteral(
                "SELECT 1 FROM case_file WHERE workroom_id = ? AND (reference = ? OR "
                "(file_plan_code = ? AND year = ? AND sequence = ?))"));
            taken.addBindValue(draft.workroomId);
            taken.addBindValue(draft.reference);
            taken.addBindValue(draft.filePlanCode);
            taken.addBindValue(draft.year);
            taken.addBindValue(draft.sequence);
            if (!taken.exec()) {
                return std::unexpected(fromSqlError(taken.lastError(), what));
            }
            if (taken.next()) {
                return std::unexpected(StorageError{
                    StorageErrorCode::Duplicate,
                    StorageText::tr("The reference number %1 is taken already in this workroom.")
                        .arg(draft.reference)});
            }
            const QString stamp = now();
            QSqlQuery insert = db_.prepare(QStringLiteral(
                "INSERT INTO case_file (workroom_id, reference, file_plan_code, year, sequence, "
                "subject, status, assignee, deadline, resubmission, tags, created_at, "
                "updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
            insert.addBindValue(draft.workroomId);
            insert.addBindValue(draft.reference);
            insert.addBindValue(draft.filePlanCode);
            insert.addBindValue(draft.year);
            insert.addBindValue(draft.sequence);
            insert.addBindValue(draft.subject.trimmed());
            insert.addBindValue(domain::statusKey(draft.status));
            insert.addBindValue(textOrEmpty(draft.assignee.trimmed()));
            insert.addBindValue(dateValue(draft.deadline));
            insert.addBindValue(dateValue(draft.resubmission));
            insert.addBindValue(textOrEmpty(draft.tags.join(QLatin1Char(','))));
            insert.addBindValue(stamp);
            insert.addBindValue(stamp);
            if (!insert.exec()) {
                return std::unexpected(fromSqlError(insert.lastError(), what));
            }
            draft.id = insert.lastInsertId().toLongLong();
            // The case is created first in the history too, then its parties join it.
            if (auto created =
                    audit(actor, QStringLiteral("case.create"), draft.workroomId, draft.id,
                          {{QStringLiteral("reference"), draft.reference},
                           {QStringLiteral("subject"), draft.subject.trimmed()},
                           {QStringLiteral("status"), domain::statusKey(draft.status)}});
                !created) {
                return created;
            }
            for (const Party &party : parties) {
                if (auto added = addParty(draft.id, party, actor); !added) {
                    return std::unexpected(added.error());
                }
            }
            return index_.reindexCases(draft.id);
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return caseById(draft.id);
}

Result<CaseRecord> CaseRepository::caseById(qint64 id)
{
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT ") + caseColumns
                              + QStringLiteral(" FROM case_file WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("reading the case")));
    }
    if (!q.next()) {
        return std::unexpected(notFound(StorageText::tr("There is no case %1.").arg(id)));
    }
    return readCase(q);
}

Result<CaseRecord> CaseRepository::caseByReference(qint64 workroomId, const QString &reference)
{
    QSqlQuery q =
        db_.prepare(QStringLiteral("SELECT ") + caseColumns
                    + QStringLiteral(" FROM case_file WHERE workroom_id = ? AND reference = ?"));
    q.addBindValue(workroomId);
    q.addBindValue(reference.trimmed());
    if (!q.exec()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("reading the case")));
    }
    if (!q.next()) {
        return std::unexpected(notFound(
            StorageText::tr("There is no case with the reference number %1.").arg(reference)));
    }
    return readCase(q);
}

Result<CaseRecord> CaseRepository::updateCase(const CaseRecord &changed, const QString &actor)
{
    if (auto problem = domain::validateCase(changed)) {
        return std::unexpected(StorageError{StorageErrorCode::Invalid, *problem});
    }
    const QString what = StorageText::tr("saving the case %1").arg(changed.reference);
    auto done = db_.write(
        [&]() -> Result<void> {
            auto before = caseById(changed.id);
            if (!before) {
                return std::unexpected(before.error());
            }
            if (before->revision != changed.revision) {
                return std::unexpected(StorageError{
                    StorageErrorCode::Conflict,
                    StorageText::tr("The case %1 was changed elsewhere while you edited it. "
                                    "Reload it and make your change again.")
                        .arg(before->reference)});
            }
            QJsonObject diff;
            const auto note = [&diff](const char *field, const QJsonValue &from,
                                      const QJsonValue &to) {
                if (from != to) {
                    diff.insert(QLatin1StringView(field), QJsonArray{from, to});
                }
            };
            note("subject", before->subject, changed.subject.trimmed());
            note("assignee", before->assignee, changed.assignee.trimmed());
            note("deadline", jsonDate(before->deadline), jsonDate(changed.deadline));
            note("resubmission", jsonDate(before->resubmission), jsonDate(changed.resubmission));
            note("tags", before->tags.join(QLatin1Char(',')), changed.tags.join(QLatin1Char(',')));
            if (diff.isEmpty()) {
                return {};
            }
            QSqlQuery update = db_.prepare(QStringLiteral(
                "UPDATE case_file SET subject = ?, assignee = ?, deadline = ?, resubmission = ?, "
                "tags = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"));
            update.addBindValue(changed.subject.trimmed());
            update.addBindValue(textOrEmpty(changed.assignee.trimmed()));
            update.addBindValue(dateValue(changed.deadline));
            update.addBindValue(dateValue(changed.resubmission));
            update.addBindValue(textOrEmpty(changed.tags.join(QLatin1Char(','))));
            update.addBindValue(now());
            update.addBindValue(changed.id);
            if (!update.exec()) {
                return std::unexpected(fromSqlError(update.lastError(), what));
            }
            if (auto indexed = index_.reindexCases(changed.id); !indexed) {
                return indexed;
            }
            return audit(actor, QStringLiteral("case.update"), before->workroomId, changed.id,
                         diff);
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return caseById(changed.id);
}

Result<CaseRecord> CaseRepository::setStatus(qint64 caseId, CaseStatus status, const QString &actor)
{
    const QString what = StorageText::tr("changing the status of the case");
    auto done = db_.write(
        [&]() -> Result<void> {
            auto before = caseById(caseId);
            if (!before) {
                return std::unexpected(before.error());
            }
            QSqlQuery update =
                db_.prepare(QStringLiteral("UPDATE case_file SET status = ?, updated_at = ?, "
                                           "revision = revision + 1 WHERE id = ?"));
            update.addBindValue(domain::statusKey(status));
            update.addBindValue(now());
            update.addBindValue(caseId);
            if (!update.exec()) {
                return std::unexpected(fromSqlError(update.lastError(), what));
            }
            return audit(actor, QStringLiteral("case.status"), before->workroomId, caseId,
                         {{QStringLiteral("from"), domain::statusKey(before->status)},
                          {QStringLiteral("to"), domain::statusKey(status)}});
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return caseById(caseId);
}

// --- parties and notes -------------------------------------------------------------------

Result<QList<Party>> CaseRepository::parties(qint64 caseId)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT id, kind, role, given_name, family_name, company_name, street, postal_code, city "
        "FROM party WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("reading the parties")));
    }
    QList<Party> list;
    while (q.next()) {
        list.append(readParty(q));
    }
    return list;
}

Result<Party> CaseRepository::addParty(qint64 caseId, const Party &party, const QString &actor)
{
    if (party.displayName().trimmed().isEmpty()) {
        return std::unexpected(
            StorageError{StorageErrorCode::Invalid, StorageText::tr("A party needs a name.")});
    }
    Party stored = party;
    const QString what = StorageText::tr("adding a party to the case");
    auto done = db_.write(
        [&]() -> Result<void> {
            auto owner = caseById(caseId);
            if (!owner) {
                return std::unexpected(owner.error());
            }
            QSqlQuery insert = db_.prepare(QStringLiteral(
                "INSERT INTO party (case_id, kind, role, given_name, family_name, company_name, "
                "street, postal_code, city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(caseId);
            insert.addBindValue(party.kind == domain::PartyKind::Company
                                    ? QStringLiteral("company")
                                    : QStringLiteral("person"));
            insert.addBindValue(textOrEmpty(party.role));
            insert.addBindValue(textOrEmpty(party.givenName));
            insert.addBindValue(textOrEmpty(party.familyName));
            insert.addBindValue(textOrEmpty(party.companyName));
            insert.addBindValue(textOrEmpty(party.street));
            insert.addBindValue(textOrEmpty(party.postalCode));
            insert.addBindValue(textOrEmpty(party.city));
            if (!insert.exec()) {
                return std::unexpected(fromSqlError(insert.lastError(), what));
            }
            stored.id = insert.lastInsertId().toLongLong();
            if (auto indexed = index_.reindexCases(caseId); !indexed) {
                return indexed;
            }
            // The audit names the party by id and role only: names are personal data.
            return audit(
                actor, QStringLiteral("party.add"), owner->workroomId, caseId,
                {{QStringLiteral("party"), stored.id}, {QStringLiteral("role"), party.role}});
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return stored;
}

Result<void> CaseRepository::removeParty(qint64 partyId, const QString &actor)
{
    const QString what = StorageText::tr("removing a party from the case");
    return db_.write(
        [&]() -> Result<void> {
            QSqlQuery find = db_.prepare(QStringLiteral(
                "SELECT p.case_id, c.workroom_id FROM party p JOIN case_file c ON c.id = p.case_id "
                "WHERE p.id = ?"));
            find.addBindValue(partyId);
            if (!find.exec()) {
                return std::unexpected(fromSqlError(find.lastError(), what));
            }
            if (!find.next()) {
                return std::unexpected(
                    notFound(StorageText::tr("There is no party %1.").arg(partyId)));
            }
            const qint64 caseId = find.value(0).toLongLong();
            const qint64 workroomId = find.value(1).toLongLong();
            QSqlQuery remove = db_.prepare(QStringLiteral("DELETE FROM party WHERE id = ?"));
            remove.addBindValue(partyId);
            if (!remove.exec()) {
                return std::unexpected(fromSqlError(remove.lastError(), what));
            }
            if (auto indexed = index_.reindexCases(caseId); !indexed) {
                return indexed;
            }
            return audit(actor, QStringLiteral("party.remove"), workroomId, caseId,
                         {{QStringLiteral("party"), partyId}});
        },
        what);
}

Result<QList<Note>> CaseRepository::notes(qint64 caseId)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT id, case_id, author, created_at, text FROM note WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("reading the notes")));
    }
    QList<Note> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     readTime(q.value(3)), q.value(4).toString()});
    }
    return list;
}

Result<Note> CaseRepository::addNote(qint64 caseId, const QString &text, const QString &actor)
{
    if (text.trimmed().isEmpty()) {
        return std::unexpected(
            StorageError{StorageErrorCode::Invalid, StorageText::tr("A note needs some text.")});
    }
    Note note{0, caseId, actor, QDateTime::currentDateTimeUtc(), text};
    const QString what = StorageText::tr("adding the note");
    auto done = db_.write(
        [&]() -> Result<void> {
            auto owner = caseById(caseId);
            if (!owner) {
                return std::unexpected(owner.error());
            }
            QSqlQuery insert = db_.prepare(QStringLiteral(
                "INSERT INTO note (case_id, author, created_at, text) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(caseId);
            insert.addBindValue(textOrEmpty(actor));
            insert.addBindValue(note.createdAt.toString(Qt::ISODateWithMs));
            insert.addBindValue(text);
            if (!insert.exec()) {
                return std::unexpected(fromSqlError(insert.lastError(), what));
            }
            note.id = insert.lastInsertId().toLongLong();
            if (auto indexed = index_.put(SearchSource::Note, note.id, caseId, QString(), text);
                !indexed) {
                return indexed;
            }
            return audit(actor, QStringLiteral("note.add"), owner->workroomId, caseId,
                         {{QStringLiteral("note"), note.id}});
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return note;
}

// --- documents ---------------------------------------------------------------------------

Result<QList<Document>> CaseRepository::documents(qint64 caseId)
{
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT d.id, d.title, d.kind, v.id, v.number, v.sha256, v.size, v.mime_type, "
        "v.original_name, v.added_at, v.added_by FROM document d "
        "JOIN document_version v ON v.document_id = d.id WHERE d.case_id = ? "
        "ORDER BY d.id, v.number"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("reading the documents")));
    }
    QList<Document> list;
    while (q.next()) {
        const qint64 documentId = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != documentId) {
            list.append({documentId,
                         caseId,
                         q.value(1).toString(),
                         domain::documentKindFromKey(q.value(2).toString())
                             .value_or(domain::DocumentKind::Attachment),
                         {}});
        }
        list.last().versions.append({q.value(3).toLongLong(), documentId, q.value(4).toInt(),
                                     q.value(5).toString(), q.value(6).toLongLong(),
                                     q.value(7).toString(), q.value(8).toString(),
                                     readTime(q.value(9)), q.value(10).toString()});
    }
    return list;
}

Result<QList<Document>> CaseRepository::documentsWithContent(qint64 caseId, const QString &sha256)
{
    // One indexed lookup by hash: imports ask this for every file, so reading all of a case's
    // documents here made importing into a big case quadratic.
    QSqlQuery q = db_.prepare(QStringLiteral(
        "SELECT DISTINCT d.id, d.title, d.kind FROM document_version v "
        "JOIN document d ON d.id = v.document_id WHERE v.sha256 = ? AND d.case_id = ? "
        "ORDER BY d.id"));
    q.addBindValue(sha256);
    q.addBindValue(caseId);
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("reading the documents")));
    }
    QList<Document> matching;
    while (q.next()) {
        matching.append({q.value(0).toLongLong(),
                         caseId,
                         q.value(1).toString(),
                         domain::documentKindFromKey(q.value(2).toString())
                             .value_or(domain::DocumentKind::Attachment),
                         {}});
    }
    return matching;
}

Result<DocumentVersion> CaseRepository::addDocumentVersion(const NewVersion &input,
                                                           const QString &actor)
{
    if (!BlobStore::isValidName(input.blob.sha256)) {
        return std::unexpected(StorageError{StorageErrorCode::Invalid,
                                            StorageText::tr("The document has no valid content "
                                                            "hash.")});
    }
    DocumentVersion version;
    const QString what = StorageText::tr("adding the document %1").arg(input.originalFileName);
    auto done = db_.write(
        [&]() -> Result<void> {
            auto owner = caseById(input.caseId);
            if (!owner) {
                return std::unexpected(owner.error());
            }
            qint64 documentId = input.documentId;
            QString title = input.title;
            if (documentId == 0) {
                QSqlQuery insert = db_.prepare(QStringLiteral(
                    "INSERT INTO document (case_id, title, kind, created_at) VALUES (?, ?, ?, ?)"));
                insert.addBindValue(input.caseId);
                insert.addBindValue(title.trimmed().isEmpty() ? input.originalFileName : title);
                insert.addBindValue(domain::documentKindKey(input.kind));
                insert.addBindValue(now());
                if (!insert.exec()) {
                    return std::unexpected(fromSqlError(insert.lastError(), what));
                }
                documentId = insert.lastInsertId().toLongLong();
            } else {
                QSqlQuery owned = db_.prepare(
                    QStringLiteral("SELECT title FROM document WHERE id = ? AND case_id = ?"));
                owned.addBindValue(documentId);
                owned.addBindValue(input.caseId);
                if (!owned.exec()) {
                    return std::unexpected(fromSqlError(owned.lastError(), what));
                }
                if (!owned.next()) {
                    return std::unexpected(notFound(
                        StorageText::tr("There is no document %1 in this case.").arg(documentId)));
                }
                title = owned.value(0).toString();
            }
            QSqlQuery number = db_.prepare(QStringLiteral(
                "SELECT coalesce(max(number), 0) + 1 FROM document_version WHERE document_id = ?"));
            number.addBindValue(documentId);
            if (!number.exec() || !number.next()) {
                return std::unexpected(fromSqlError(number.lastError(), what));
            }
            version = {0,
                       documentId,
                       number.value(0).toInt(),
                       input.blob.sha256,
                       input.blob.size,
                       input.mimeType,
                       input.originalFileName,
                       QDateTime::currentDateTimeUtc(),
                       actor};
            QSqlQuery insert = db_.prepare(QStringLiteral(
                "INSERT INTO document_version (document_id, number, sha256, size, mime_type, "
                "original_name, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(documentId);
            insert.addBindValue(version.number);
            insert.addBindValue(version.sha256);
            insert.addBindValue(version.size);
            insert.addBindValue(textOrEmpty(version.mimeType));
            insert.addBindValue(textOrEmpty(version.originalFileName));
            insert.addBindValue(version.addedAt.toString(Qt::ISODateWithMs));
            insert.addBindValue(textOrEmpty(actor));
            if (!insert.exec()) {
                return std::unexpected(fromSqlError(insert.lastError(), what));
            }
            version.id = insert.lastInsertId().toLongLong();
            QSqlQuery state = db_.prepare(QStringLiteral(
                "INSERT INTO document_text (version_id, state, chars) VALUES (?, ?, ?)"));
            state.addBindValue(version.id);
            state.addBindValue(textOrEmpty(input.textState));
            state.addBindValue(input.text.size());
            if (!state.exec()) {
                return std::unexpected(fromSqlError(state.lastError(), what));
            }
            if (auto indexed =
                    index_.put(SearchSource::DocumentVersion, version.id, input.caseId,
                               title + QLatin1Char(' ') + input.originalFileName, input.text);
                !indexed) {
                return indexed;
            }
            // An older version's text no longer describes the document.
            if (version.number > 1) {
                QSqlQuery older = db_.prepare(QStringLiteral(
                    "SELECT id FROM document_version WHERE document_id = ? AND number < ?"));
                older.addBindValue(documentId);
                older.addBindValue(version.number);
                if (!older.exec()) {
                    return std::unexpected(fromSqlError(older.lastError(), what));
                }
                while (older.next()) {
                    if (auto removed = index_.remove(SearchSource::DocumentVersion,
                                                     older.value(0).toLongLong());
                        !removed) {
                        return removed;
                    }
                }
            }
            return audit(actor,
                         version.number == 1 ? QStringLiteral("document.add")
                                             : QStringLiteral("document.version"),
                         owner->workroomId, input.caseId,
                         {{QStringLiteral("document"), documentId},
                          {QStringLiteral("version"), version.number},
                          {QStringLiteral("sha256"), version.sha256},
                          {QStringLiteral("size"), version.size},
                          {QStringLiteral("name"), version.originalFileName}});
        },
        what);
    if (!done) {
        return std::unexpected(done.error());
    }
    return version;
}

// --- lists -------------------------------------------------------------------------------

namespace {

// The WHERE clause and its values for a case query; the full-text part joins `hits`.
struct Filter {
    QString joins;
    QString where;
    QVariantList values;
};

Filter buildFilter(const CaseQuery &query)
{
    Filter f;
    QStringList conditions;
    if (!query.search.trimmed().isEmpty()) {
        // bm25() cannot be used inside an aggregate; the rank column, set to the same
        // weights, can.
        f.joins = QStringLiteral(
            " JOIN (SELECT case_id, min(rank) AS score FROM search WHERE search MATCH ? "
            "AND rank MATCH 'bm25(8.0, 1.0)' GROUP BY case_id) hits ON hits.case_id = c.id");
        QString expression = SearchIndex::toMatchExpression(query.search);
        // A query of punctuation only matches nothing rather than everything.
        f.values.append(expression.isEmpty() ? QStringLiteral("\"\"") : expression);
    }
    if (query.workroomId) {
        conditions.append(QStringLiteral("c.workroom_id = ?"));
        f.values.append(query.workroomId);
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (CaseStatus status : query.statuses) {
            marks.append(QStringLiteral("?"));
            f.values.append(domain::statusKey(status));
        }
        conditions.append(QStringLiteral("c.status IN (") + marks.join(QLatin1Char(','))
                          + QLatin1Char(')'));
    }
    if (!query.assignee.isEmpty()) {
        conditions.append(QStringLiteral("c.assignee = ?"));
        f.values.append(query.assignee);
    }
    const QString today = query.today.toString(Qt::ISODate);
    switch (query.due) {
    case CaseQuery::Due::Any:
        break;
    case CaseQuery::Due::Overdue:
        conditions.append(QStringLiteral("c.deadline < ? AND c.status <> 'closed'"));
        f.values.append(today);
        break;
    case CaseQuery::Due::WithinWeek:
        conditions.append(QStringLiteral("c.deadline >= ? AND c.deadline <= ?"));
        f.values.append(today);
        f.values.append(query.today.addDays(7).toString(Qt::ISODate));
        break;
    case CaseQuery::Due::NoDeadline:
        conditions.append(QStringLiteral("c.deadline IS NULL"));
        break;
    case CaseQuery::Due::MyDay:
        conditions.append(
            QStringLiteral("(c.deadline <= ? OR c.resubmission <= ?) AND c.status <> 'closed'"));
        f.values.append(today);
        f.values.append(today);
        break;
    }
    if (!conditions.isEmpty()) {
        f.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    return f;
}

QString orderBy(const CaseQuery &query)
{
    const QString direction =
        query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Dates: cases without one go last either way. The id breaks ties so that paging is stable.
    switch (query.sort) {
    case CaseQuery::Sort::Subject:
        return QStringLiteral(" ORDER BY c.subject COLLATE NOCASE") + direction
               + QStringLiteral(", c.id");
    case CaseQuery::Sort::Status:
        return QStringLiteral(" ORDER BY c.status") + direction + QStringLiteral(", c.id");
    case CaseQuery::Sort::Assignee:
        return QStringLiteral(" ORDER BY c.assignee COLLATE NOCASE") + direction
               + QStringLiteral(", c.id");
    case CaseQuery::Sort::Deadline:
        if (query.due == CaseQuery::Due::MyDay) {
            // My day: what is most overdue first, whether deadline or resubmission.
            return QStringLiteral(" ORDER BY min(coalesce(c.deadline, '9999'), "
                                  "coalesce(c.resubmission, '9999'))")
                   + direction + QStringLiteral(", c.id");
        }
        return QStringLiteral(" ORDER BY c.deadline IS NULL, c.deadline") + direction
               + QStringLiteral(", c.id");
    case CaseQuery::Sort::Resubmission:
        return QStringLiteral(" ORDER BY c.resubmission IS NULL, c.resubmission") + direction
               + QStringLiteral(", c.id");
    case CaseQuery::Sort::Relevance:
        if (!query.search.trimmed().isEmpty()) {
            return QStringLiteral(" ORDER BY hits.score, c.id");
        }
        [[fallthrough]];
    case CaseQuery::Sort::Reference:
        break;
    }
    return QStringLiteral(" ORDER BY c.year") + direction + QStringLiteral(", c.file_plan_code")
           + direction + QStringLiteral(", c.sequence") + direction;
}

}  // namespace

Result<QList<CaseListRow>> CaseRepository::listCases(const CaseQuery &query, int offset, int limit)
{
    const Filter filter = buildFilter(query);
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT c.id, c.reference, c.subject, c.status, c.assignee, c.deadline, "
                       "c.resubmission FROM case_file c")
        + filter.joins + filter.where + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : filter.values) {
        q.addBindValue(value);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("listing the cases")));
    }
    QList<CaseListRow> rows;
    rows.reserve(std::min(limit, 1000));  // a page; "all rows" callers pass a huge limit
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     domain::statusFromKey(q.value(3).toString()).value_or(CaseStatus::New),
                     q.value(4).toString(), readDate(q.value(5)), readDate(q.value(6))});
    }
    return rows;
}

Result<int> CaseRepository::countCases(const CaseQuery &query)
{
    const Filter filter = buildFilter(query);
    QSqlQuery q = db_.prepare(QStringLiteral("SELECT count(*) FROM case_file c") + filter.joins
                              + filter.where);
    for (const QVariant &value : filter.values) {
        q.addBindValue(value);
    }
    if (!q.exec() || !q.next()) {
        return std::unexpected(fromSqlError(q.lastError(), StorageText::tr("counting the cases")));
    }
    return q.value(0).toInt();
}

Result<QList<AuditEntry>> CaseRepository::history(qint64 caseId)
{
    return audit_.forCase(caseId);
}

Result<QSet<QString>> CaseRepository::referencedBlobs()
{
    // Signature files live in the same store and must survive as long as their row.
    QSqlQuery q = db_.prepare(
        QStringLiteral("SELECT sha256 FROM document_version UNION SELECT sha256 FROM signature"));
    if (!q.exec()) {
        return std::unexpected(
            fromSqlError(q.lastError(), StorageText::tr("listing the stored documents")));
    }
    QSet<QString> names;
    while (q.next()) {
        names.insert(q.value(0).toString());
    }
    return names;
}

}  // namespace workroom::storage
