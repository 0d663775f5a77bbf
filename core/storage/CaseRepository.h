#pragma once

#include "AuditLog.h"
#include "BlobStore.h"
#include "CaseRecord.h"
#include "SearchIndex.h"
#include "StorageError.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace workroom::storage {

class Database;

// Which cases a list shows, and in which order.
struct CaseQuery {
    enum class Due { Any, Overdue, WithinWeek, NoDeadline, MyDay };
    enum class Sort { Reference, Subject, Status, Assignee, Deadline, Resubmission, Relevance };

    qint64 workroomId = 0;
    QList<domain::CaseStatus> statuses{};  // empty: any status
    QString assignee{};                    // empty: anyone
    Due due = Due::Any;
    QDate today = QDate::currentDate();  // what "overdue" and "today" mean
    QString search{};                    // full-text words; empty: no search
    Sort sort = Sort::Reference;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// One line of the case list: what the list shows, nothing more.
struct CaseListRow {
    qint64 id = 0;
    QString reference;
    QString subject;
    domain::CaseStatus status = domain::CaseStatus::New;
    QString assignee;
    std::optional<QDate> deadline;
    std::optional<QDate> resubmission;
};

// Reads and writes workrooms, cases, parties, notes and documents. Every change runs in one
// transaction together with its audit entry and its search-index update, so that the three
// never disagree. `actor` is the user on whose behalf the change is made.
class CaseRepository {
public:
    explicit CaseRepository(Database &db);

    Result<domain::Workroom> createWorkroom(const QString &name, const QString &referencePattern,
                                            bool demo, const QString &actor);
    Result<QList<domain::Workroom>> workrooms();
    Result<domain::Workroom> workroom(qint64 id);

    // Creates a case. Without a sequence (0) the next free running number of the file-plan
    // code and year is taken; with one, a taken reference number is refused (Duplicate).
    Result<domain::CaseRecord>
    createCase(domain::CaseRecord draft, const QList<domain::Party> &parties, const QString &actor);
    Result<domain::CaseRecord> caseById(qint64 id);
    Result<domain::CaseRecord> caseByReference(qint64 workroomId, const QString &reference);
    // Saves subject, assignee, dates and tags. `changed.revision` must be the revision the
    // edit started from; if the case moved on meanwhile the save is refused (Conflict).
    Result<domain::CaseRecord> updateCase(const domain::CaseRecord &changed, const QString &actor);
    // Sets the status as it is; the rules of who may do so live in casework.
    Result<domain::CaseRecord> setStatus(qint64 caseId, domain::CaseStatus status,
                                         const QString &actor);

    Result<QList<domain::Party>> parties(qint64 caseId);
    Result<domain::Party> addParty(qint64 caseId, const domain::Party &party, const QString &actor);
    Result<void> removeParty(qint64 partyId, const QString &actor);

    Result<QList<domain::Note>> notes(qint64 caseId);
    Result<domain::Note> addNote(qint64 caseId, const QString &text, const QString &actor);

    Result<QList<domain::Document>> documents(qint64 caseId);
    struct NewVersion {
        qint64 caseId = 0;
        qint64 documentId = 0;  // 0: a new document
        QString title;          // for a new document
        domain::DocumentKind kind = domain::DocumentKind::Attachment;
        BlobInfo blob;
        QString mimeType;
        QString originalFileName;
        QString text;  // extracted text for the search index; may be empty
        QString textState = QStringLiteral("none");  // "indexed", "none", "failed: …"
    };
    Result<domain::DocumentVersion> addDocumentVersion(const NewVersion &version,
                                                       const QString &actor);
    // The documents of a case that already hold these bytes (to tell the user).
    Result<QList<domain::Document>> documentsWithContent(qint64 caseId, const QString &sha256);

    Result<QList<CaseListRow>> listCases(const CaseQuery &query, int offset, int limit);
    Result<int> countCases(const CaseQuery &query);

    Result<QList<AuditEntry>> history(qint64 caseId);
    // Every blob a document version or a signature refers to: what the garbage collector must
    // keep.
    Result<QSet<QString>> referencedBlobs();

private:
    Result<void> audit(const QString &actor, const QString &action, qint64 workroomId,
                       qint64 caseId, const QJsonObject &detail);

    Database &db_;
    AuditLog audit_;
    SearchIndex index_;
};

}  // namespace workroom::storage
