#pragma once

#include "CaseStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace workroom::domain {

// A team's shared room. The local store may hold several; each case belongs to one.
struct Workroom {
    qint64 id = 0;
    QString name;
    QString referencePattern;  // see ReferenceNumberFormat
    bool demo = false;         // the generated demo room, labelled as such in the UI
};

enum class PartyKind { Person, Company };

// Someone involved in a case: the applicant, a company, a witness.
struct Party {
    qint64 id = 0;
    PartyKind kind = PartyKind::Person;
    QString role;         // free text such as "Antragsteller/in"; shown as given
    QString givenName;    // persons
    QString familyName;   // persons
    QString companyName;  // companies
    QString street;
    QString postalCode;
    QString city;

    // "Müller, Anna" for persons, the company name for companies.
    QString displayName() const;
};

// The metadata of a case (Vorgang) that the user edits; id and bookkeeping are set by the store.
struct CaseRecord {
    qint64 id = 0;
    qint64 workroomId = 0;
    QString reference;  // the formatted Aktenzeichen, unique in its workroom
    QString filePlanCode;
    int year = 0;
    int sequence = 0;
    QString subject;
    CaseStatus status = CaseStatus::New;
    QString assignee;
    std::optional<QDate> deadline;      // Frist
    std::optional<QDate> resubmission;  // Wiedervorlage
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    int revision = 0;  // bumped with every change; edits name the revision they started from
};

struct Note {
    qint64 id = 0;
    qint64 caseId = 0;
    QString author;
    QDateTime createdAt;
    QString text;
};

enum class DocumentKind { Application, Form, Notice, RegisterExtract, Attachment };

QString documentKindKey(DocumentKind kind);
std::optional<DocumentKind> documentKindFromKey(const QString &key);
QString documentKindDisplayName(DocumentKind kind);

// One immutable version of a document: its bytes are the blob with this SHA-256.
struct DocumentVersion {
    qint64 id = 0;
    qint64 documentId = 0;
    int number = 0;  // 1, 2, … within the document
    QString sha256;  // lower-case hex
    qint64 size = 0;
    QString mimeType;
    QString originalFileName;
    QDateTime addedAt;
    QString addedBy;
};

struct Document {
    qint64 id = 0;
    qint64 caseId = 0;
    QString title;
    DocumentKind kind = DocumentKind::Attachment;
    QList<DocumentVersion> versions;  // oldest first
};

// The deadline has passed and the case is still open. The store's "overdue" filter
// (storage::CaseQuery::Due::Overdue) selects exactly these cases.
bool isOverdue(const std::optional<QDate> &deadline, CaseStatus status, const QDate &today);
// The resubmission date is today or earlier and the case is still open (as "My day" counts it).
bool isResubmissionDue(const std::optional<QDate> &resubmission, CaseStatus status,
                       const QDate &today);

// Checks the user's input before anything is stored: a subject, sane dates.
// Returns the first problem as a readable message, or nothing.
std::optional<QString> validateCase(const CaseRecord &record);

}  // namespace workroom::domain
