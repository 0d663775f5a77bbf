#pragma once

#include "RegisterError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace workroom::registers {

// The data types of register queries. Member names are English; the JSON and CSV names are
// those of the XMeld data groups and are listed in docs/register-api.md.

// anschrift: strasse, hausnummer, postleitzahl, wohnort.
struct Address {
    QString street;
    QString houseNumber;
    QString postalCode;
    QString city;

    bool isEmpty() const;
    // "Musterweg 3, 12345 Musterstadt", for display only.
    QString singleLine() const;
    friend bool operator==(const Address &, const Address &) = default;
};

// vorherigeAnschriften[]: an earlier address with einzugsdatum and auszugsdatum.
struct PreviousAddress {
    Address address;
    QDate movedIn;   // einzugsdatum
    QDate movedOut;  // auszugsdatum
    friend bool operator==(const PreviousAddress &, const PreviousAddress &) = default;
};

// What the register says about one person. A simple query (einfache Melderegisterauskunft)
// fills only the simple data groups; an authority query (Behördenauskunft) fills the extended
// ones as well. Unfilled members stay empty.
struct PersonRecord {
    // Simple data groups (einfache Melderegisterauskunft).
    QString familyName;      // familienname
    QString givenNames;      // vornamen, separated by spaces
    QString doctoralDegree;  // doktorgrad
    Address address;         // anschrift (current)
    bool deceased = false;   // verstorben: a simple answer only says that, without the date

    // Extended data groups (Behördenauskunft).
    QString birthName;                         // geburtsname
    QDate birthDate;                           // geburtsdatum
    QString birthPlace;                        // geburtsort
    QDate movedIn;                             // einzugsdatum of the current address
    QList<PreviousAddress> previousAddresses;  // vorherigeAnschriften, newest first
    QDate deathDate;                           // sterbedatum
    QString sex;                               // geschlecht: "m", "w", "d", "x"
    QStringList nationalities;                 // staatsangehoerigkeiten
    friend bool operator==(const PersonRecord &, const PersonRecord &) = default;
};

// suchdaten: who is sought. Name plus either the date of birth or a previous address.
struct SearchCriteria {
    QString familyName;                      // familienname
    QString givenNames;                      // vornamen
    std::optional<QDate> birthDate;          // geburtsdatum
    std::optional<Address> previousAddress;  // vorherigeAnschrift
};

enum class QueryKind {
    Simple,     // einfache Melderegisterauskunft
    Authority,  // Behördenauskunft: extended data groups; purpose and case reference mandatory
};

// Who asks, on whose behalf and in which case: written to the query log (audit chain), never
// sent to the service except purpose and case reference.
struct QueryOrigin {
    QString actor;          // the user
    qint64 workroomId = 0;  // 0: not known
    qint64 caseId = 0;      // 0: not known
};

struct QueryRequest {
    QueryKind kind = QueryKind::Simple;
    SearchCriteria criteria;
    QString purpose;          // zweck: mandatory for authority queries
    QString caseReference;    // aktenzeichen: mandatory for authority queries
    QString clientRequestId;  // Idempotency-Key; generated when empty
    QueryOrigin origin;
};

// ergebnis: exactly one of these; never a list of people.
enum class QueryOutcome {
    Found,      // "found": one person, `person` holds the data groups the query may return
    NotUnique,  // "not_unique": more than one person matches; refine the search
    NotFound,   // "not_found": nobody matches
    Blocked,    // "blocked": information block (Auskunftssperre): no information may be given
};

struct QueryResult {
    QueryOutcome outcome = QueryOutcome::NotFound;
    std::optional<PersonRecord> person;  // only with Found
    QString requestId;                   // the service's id of this answer (auskunftsId)
    QDateTime answeredAt;                // by the service's clock, UTC
    QString serviceLabel;                // "Demo-Register" or the service's host
};

// "found", "not_unique", "not_found", "blocked" (the wire and log form).
QString outcomeKey(QueryOutcome outcome);
std::optional<QueryOutcome> outcomeFromKey(QStringView key);
// Translated, for the user ("Found", "Not unique" …). Blocked reads "No information may be given".
QString outcomeText(QueryOutcome outcome);
QString queryKindKey(QueryKind kind);  // "simple", "authority"

// Checks a request before it is sent: names present, a date of birth that is a real past date
// or a complete previous address, and for authority queries purpose and case reference.
// Empty when the request may be sent.
QList<FieldProblem> validate(const QueryRequest &request);
// The same as an error (Invalid, all problems listed) or nothing.
Result<void> checkRequest(const QueryRequest &request);

// --- bulk queries (Massenanfrage) ----------------------------------------------------------

inline constexpr int maxBulkRows = 10000;
inline constexpr int bulkRetentionDays = 8;

// One row of a bulk query: a reference of the caller's own (referenz; the row number when the
// CSV has none) and who is sought.
struct BulkRow {
    int line = 0;       // line in the source CSV (1 = header), for reports
    QString reference;  // referenz
    SearchCriteria criteria;
};

struct BulkSubmission {
    QList<BulkRow> rows;
    QString purpose;          // zweck: mandatory
    QString caseReference;    // aktenzeichen: mandatory
    QString clientRequestId;  // Idempotency-Key; generated when empty
    QueryOrigin origin;
};
QList<FieldProblem> validate(const BulkSubmission &submission);

enum class BulkJobState {
    Queued,   // "queued"
    Running,  // "running"
    Done,     // "done": the result can be fetched until expiresAt
    Failed,   // "failed"
};
QString jobStateKey(BulkJobState state);
std::optional<BulkJobState> jobStateFromKey(QStringView key);
QString jobStateText(BulkJobState state);  // translated

struct BulkJob {
    QString jobId;  // auftragsId
    BulkJobState state = BulkJobState::Queued;
    int total = 0;      // anzahl
    int processed = 0;  // bearbeitet
    QDateTime submittedAt;
    QDateTime expiresAt;  // submittedAt + 8 days; after that the service answers 410
    QString caseReference;
    QString purpose;
    QString serviceLabel;
};

// One row of a bulk result: the simple data groups when found.
struct BulkResultRow {
    QString reference;
    QueryOutcome outcome = QueryOutcome::NotFound;
    std::optional<PersonRecord> person;
    friend bool operator==(const BulkResultRow &, const BulkResultRow &) = default;
};

struct BulkResult {
    QString jobId;
    BulkJob job;  // the job as it stood when the result was fetched
    QList<BulkResultRow> rows;
    QByteArray csv;  // as the service sent it (UTF-8, ';')
};

// A fresh client request id (a UUID without braces).
QString newClientRequestId();

}  // namespace workroom::registers
