#include "RegisterTypes.h"

#include <QUuid>

namespace workroom::registers {

namespace {

// Dates of birth before this are taken for typing errors (the register holds nobody older).
const QDate earliestBirthDate(1890, 1, 1);

// Views, not copies: a bulk query checks 10,000 rows on the caller's thread.
bool blank(const QString &text)
{
    return QStringView(text).trimmed().isEmpty();
}

void checkNames(const SearchCriteria &criteria, QList<FieldProblem> &problems)
{
    if (blank(criteria.familyName)) {
        problems.append(
            {QStringLiteral("familienname"), RegisterText::tr("The family name is missing.")});
    }
    if (blank(criteria.givenNames)) {
        problems.append(
            {QStringLiteral("vornamen"), RegisterText::tr("The given names are missing.")});
    }
}

void checkBirthDate(const QDate &date, const QDate &today, QList<FieldProblem> &problems)
{
    if (!date.isValid()) {
        problems.append({QStringLiteral("geburtsdatum"),
                         RegisterText::tr("The date of birth is not a valid date.")});
    } else if (date > today) {
        problems.append({QStringLiteral("geburtsdatum"),
                         RegisterText::tr("The date of birth lies in the future.")});
    } else if (date < earliestBirthDate) {
        problems.append({QStringLiteral("geburtsdatum"),
                         RegisterText::tr("The date of birth lies before 1890.")});
    }
}

void checkCriteria(const SearchCriteria &criteria, const QDate &today,
                   QList<FieldProblem> &problems)
{
    checkNames(criteria, problems);
    const bool byAddress = criteria.previousAddress && !criteria.previousAddress->isEmpty();
    if (criteria.birthDate) {
        checkBirthDate(*criteria.birthDate, today, problems);
    } else if (!byAddress) {
        problems.append({QStringLiteral("geburtsdatum"),
                         RegisterText::tr("Give the date of birth or a previous address.")});
    }
    if (byAddress) {
        const Address &address = *criteria.previousAddress;
        if (blank(address.street)) {
            problems.append({QStringLiteral("vorherigeAnschrift.strasse"),
                             RegisterText::tr("The street of the previous address is missing.")});
        }
        if (blank(address.postalCode) && blank(address.city)) {
            problems.append(
                {QStringLiteral("vorherigeAnschrift.postleitzahl"),
                 RegisterText::tr("The postal code or town of the previous address is missing.")});
        }
    }
}

}  // namespace

bool Address::isEmpty() const
{
    return blank(street) && blank(houseNumber) && blank(postalCode) && blank(city);
}

QString Address::singleLine() const
{
    QString line = street;
    if (!houseNumber.isEmpty()) {
        line += QLatin1Char(' ') + houseNumber;
    }
    const QString place = QString(postalCode + QLatin1Char(' ') + city).trimmed();
    if (!place.isEmpty()) {
        line += (line.isEmpty() ? QString() : QStringLiteral(", ")) + place;
    }
    return line;
}

QString outcomeKey(QueryOutcome outcome)
{
    switch (outcome) {
    case QueryOutcome::Found:
        return QStringLiteral("found");
    case QueryOutcome::NotUnique:
        return QStringLiteral("not_unique");
    case QueryOutcome::NotFound:
        return QStringLiteral("not_found");
    case QueryOutcome::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

std::optional<QueryOutcome> outcomeFromKey(QStringView key)
{
    for (QueryOutcome outcome : {QueryOutcome::Found, QueryOutcome::NotUnique,
                                 QueryOutcome::NotFound, QueryOutcome::Blocked}) {
        if (key == outcomeKey(outcome)) {
            return outcome;
        }
    }
    return std::nullopt;
}

QString outcomeText(QueryOutcome outcome)
{
    switch (outcome) {
    case QueryOutcome::Found:
        return RegisterText::tr("Found");
    case QueryOutcome::NotUnique:
        return RegisterText::tr("Not unique: more than one person matches");
    case QueryOutcome::NotFound:
        return RegisterText::tr("Not found");
    case QueryOutcome::Blocked:
        return RegisterText::tr("No information may be given");
    }
    return {};
}

QString queryKindKey(QueryKind kind)
{
    return kind == QueryKind::Authority ? QStringLiteral("authority") : QStringLiteral("simple");
}

QList<FieldProblem> validate(const QueryRequest &request)
{
    QList<FieldProblem> problems;
    checkCriteria(request.criteria, QDate::currentDate(), problems);
    if (request.kind == QueryKind::Authority) {
        if (blank(request.purpose)) {
            problems.append({QStringLiteral("zweck"),
                             RegisterText::tr("An authority query needs its purpose.")});
        }
        if (blank(request.caseReference)) {
            problems.append({QStringLiteral("aktenzeichen"),
                             RegisterText::tr("An authority query needs the case reference.")});
        }
    }
    return problems;
}

namespace {

RegisterError invalid(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &problem : problems) {
        lines.append(problem.message);
    }
    RegisterError error;
    error.code = RegisterErrorCode::Invalid;
    error.message =
        RegisterText::tr("The query was not sent: %1").arg(lines.join(QLatin1Char(' ')));
    error.problems = problems;
    return error;
}

}  // namespace

Result<void> checkRequest(const QueryRequest &request)
{
    const QList<FieldProblem> problems = validate(request);
    if (!problems.isEmpty()) {
        return std::unexpected(invalid(problems));
    }
    return {};
}

QList<FieldProblem> validate(const BulkSubmission &submission)
{
    QList<FieldProblem> problems;
    if (blank(submission.purpose)) {
        problems.append(
            {QStringLiteral("zweck"), RegisterText::tr("A bulk query needs its purpose.")});
    }
    if (blank(submission.caseReference)) {
        problems.append({QStringLiteral("aktenzeichen"),
                         RegisterText::tr("A bulk query needs the case reference.")});
    }
    if (submission.rows.isEmpty()) {
        problems.append(
            {QStringLiteral("zeilen"), RegisterText::tr("The bulk query has no rows.")});
    } else if (submission.rows.size() > maxBulkRows) {
        problems.append({QStringLiteral("zeilen"),
                         RegisterText::tr("A bulk query may have at most %L1 rows; this one has "
                                          "%L2.")
                             .arg(maxBulkRows)
                             .arg(submission.rows.size())});
    }
    const QDate today = QDate::currentDate();
    for (const BulkRow &row : submission.rows) {
        QList<FieldProblem> rowProblems;
        checkCriteria(row.criteria, today, rowProblems);
        for (const FieldProblem &problem : rowProblems) {
            problems.append(
                {problem.field,
                 RegisterText::tr("Row %1: %2")
                     .arg(row.reference.isEmpty() ? QString::number(row.line) : row.reference,
                          problem.message)});
        }
        if (problems.size() > 100) {
            break;  // enough to show; the CSV check reports each row itself
        }
    }
    return problems;
}

QString jobStateKey(BulkJobState state)
{
    switch (state) {
    case BulkJobState::Queued:
        return QStringLiteral("queued");
    case BulkJobState::Running:
        return QStringLiteral("running");
    case BulkJobState::Done:
        return QStringLiteral("done");
    case BulkJobState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<BulkJobState> jobStateFromKey(QStringView key)
{
    for (BulkJobState state :
         {BulkJobState::Queued, BulkJobState::Running, BulkJobState::Done, BulkJobState::Failed}) {
        if (key == jobStateKey(state)) {
            return state;
        }
    }
    return std::nullopt;
}

QString jobStateText(BulkJobState state)
{
    switch (state) {
    case BulkJobState::Queued:
        return RegisterText::tr("Waiting");
    case BulkJobState::Running:
        return RegisterText::tr("Running");
    case BulkJobState::Done:
        return RegisterText::tr("Done");
    case BulkJobState::Failed:
        return RegisterText::tr("Failed");
    }
    return {};
}

QString newClientRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace workroom::registers
