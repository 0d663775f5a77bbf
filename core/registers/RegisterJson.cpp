#include "RegisterJson.h"

#include <QJsonArray>

namespace workroom::registers::json {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

void putIf(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

void putDate(QJsonObject &object, const QString &key, const QDate &date)
{
    if (date.isValid()) {
        object.insert(key, dateText(date));
    }
}

RegisterError protocol(const QString &what)
{
    RegisterError error;
    error.code = RegisterErrorCode::Protocol;
    error.message = RegisterText::tr("The register service sent an answer that cannot be read "
                                     "(%1).")
                        .arg(what);
    return error;
}

}  // namespace

QJsonObject fromAddress(const Address &address)
{
    QJsonObject object;
    putIf(object, QStringLiteral("strasse"), address.street);
    putIf(object, QStringLiteral("hausnummer"), address.houseNumber);
    putIf(object, QStringLiteral("postleitzahl"), address.postalCode);
    putIf(object, QStringLiteral("wohnort"), address.city);
    return object;
}

Address toAddress(const QJsonObject &object)
{
    Address address;
    address.street = object.value(QStringLiteral("strasse")).toString();
    address.houseNumber = object.value(QStringLiteral("hausnummer")).toString();
    address.postalCode = object.value(QStringLiteral("postleitzahl")).toString();
    address.city = object.value(QStringLiteral("wohnort")).toString();
    return address;
}

QJsonObject fromPerson(const PersonRecord &person, QueryKind kind)
{
    QJsonObject object;
    putIf(object, QStringLiteral("familienname"), person.familyName);
    putIf(object, QStringLiteral("vornamen"), person.givenNames);
    putIf(object, QStringLiteral("doktorgrad"), person.doctoralDegree);
    object.insert(QStringLiteral("anschrift"), fromAddress(person.address));
    if (person.deceased) {
        object.insert(QStringLiteral("verstorben"), true);
    }
    if (kind == QueryKind::Simple) {
        return object;
    }
    putIf(object, QStringLiteral("geburtsname"), person.birthName);
    putDate(object, QStringLiteral("geburtsdatum"), person.birthDate);
    putIf(object, QStringLiteral("geburtsort"), person.birthPlace);
    putDate(object, QStringLiteral("einzugsdatum"), person.movedIn);
    QJsonArray previous;
    for (const PreviousAddress &earlier : person.previousAddresses) {
        QJsonObject entry;
        entry.insert(QStringLiteral("anschrift"), fromAddress(earlier.address));
        putDate(entry, QStringLiteral("einzugsdatum"), earlier.movedIn);
        putDate(entry, QStringLiteral("auszugsdatum"), earlier.movedOut);
        previous.append(entry);
    }
    if (!previous.isEmpty()) {
        object.insert(QStringLiteral("vorherigeAnschriften"), previous);
    }
    putDate(object, QStringLiteral("sterbedatum"), person.deathDate);
    putIf(object, QStringLiteral("geschlecht"), person.sex);
    if (!person.nationalities.isEmpty()) {
        object.insert(QStringLiteral("staatsangehoerigkeiten"),
                      QJsonArray::fromStringList(person.nationalities));
    }
    return object;
}

PersonRecord toPerson(const QJsonObject &object)
{
    PersonRecord person;
    person.familyName = object.value(QStringLiteral("familienname")).toString();
    person.givenNames = object.value(QStringLiteral("vornamen")).toString();
    person.doctoralDegree = object.value(QStringLiteral("doktorgrad")).toString();
    person.address = toAddress(object.value(QStringLiteral("anschrift")).toObject());
    person.deceased = object.value(QStringLiteral("verstorben")).toBool();
    person.birthName = object.value(QStringLiteral("geburtsname")).toString();
    person.birthDate = dateFrom(object.value(QStringLiteral("geburtsdatum")));
    person.birthPlace = object.value(QStringLiteral("geburtsort")).toString();
    person.movedIn = dateFrom(object.value(QStringLiteral("einzugsdatum")));
    const QJsonArray previous = object.value(QStringLiteral("vorherigeAnschriften")).toArray();
    for (const QJsonValue &value : previous) {
        const QJsonObject entry = value.toObject();
        PreviousAddress earlier;
        earlier.address = toAddress(entry.value(QStringLiteral("anschrift")).toObject());
        earlier.movedIn = dateFrom(entry.value(QStringLiteral("einzugsdatum")));
        earlier.movedOut = dateFrom(entry.value(QStringLiteral("auszugsdatum")));
        person.previousAddresses.append(earlier);
    }
    person.deathDate = dateFrom(object.value(QStringLiteral("sterbedatum")));
    person.sex = object.value(QStringLiteral("geschlecht")).toString();
    for (const QJsonValue &value :
         object.value(QStringLiteral("staatsangehoerigkeiten")).toArray()) {
        person.nationalities.append(value.toString());
    }
    return person;
}

QJsonObject fromCriteria(const SearchCriteria &criteria)
{
    QJsonObject object;
    object.insert(QStringLiteral("familienname"), criteria.familyName);
    object.insert(QStringLiteral("vornamen"), criteria.givenNames);
    if (criteria.birthDate) {
        // An invalid date is sent as written so that the service refuses it, not as absent.
        object.insert(QStringLiteral("geburtsdatum"), criteria.birthDate->isValid()
                                                          ? dateText(*criteria.birthDate)
                                                          : QStringLiteral("invalid"));
    }
    if (criteria.previousAddress) {
        object.insert(QStringLiteral("vorherigeAnschrift"), fromAddress(*criteria.previousAddress));
    }
    return object;
}

SearchCriteria toCriteria(const QJsonObject &object)
{
    SearchCriteria criteria;
    criteria.familyName = object.value(QStringLiteral("familienname")).toString();
    criteria.givenNames = object.value(QStringLiteral("vornamen")).toString();
    if (object.contains(QStringLiteral("geburtsdatum"))) {
        criteria.birthDate = dateFrom(object.value(QStringLiteral("geburtsdatum")));
    }
    if (object.contains(QStringLiteral("vorherigeAnschrift"))) {
        criteria.previousAddress =
            toAddress(object.value(QStringLiteral("vorherigeAnschrift")).toObject());
    }
    return criteria;
}

QJsonObject fromRequest(const QueryRequest &request)
{
    QJsonObject object;
    object.insert(QStringLiteral("suchdaten"), fromCriteria(request.criteria));
    putIf(object, QStringLiteral("zweck"), request.purpose);
    putIf(object, QStringLiteral("aktenzeichen"), request.caseReference);
    return object;
}

QueryRequest toRequest(const QJsonObject &object, QueryKind kind)
{
    QueryRequest request;
    request.kind = kind;
    request.criteria = toCriteria(object.value(QStringLiteral("suchdaten")).toObject());
    request.purpose = object.value(QStringLiteral("zweck")).toString();
    request.caseReference = object.value(QStringLiteral("aktenzeichen")).toString();
    return request;
}

QJsonObject fromResult(const QueryResult &result, QueryKind kind)
{
    QJsonObject object;
    object.insert(QStringLiteral("ergebnis"), outcomeKey(result.outcome));
    object.insert(QStringLiteral("auskunftsId"), result.requestId);
    object.insert(QStringLiteral("zeitpunkt"), result.answeredAt.toUTC().toString(Qt::ISODate));
    if (result.outcome == QueryOutcome::Found && result.person) {
        object.insert(QStringLiteral("person"), fromPerson(*result.person, kind));
    }
    if (result.outcome == QueryOutcome::Blocked) {
        object.insert(QStringLiteral("hinweis"),
                      QStringLiteral("Es darf keine Auskunft erteilt werden."));
    }
    return object;
}

Result<QueryResult> toResult(const QJsonObject &object)
{
    const auto outcome = outcomeFromKey(object.value(QStringLiteral("ergebnis")).toString());
    if (!outcome) {
        return std::unexpected(protocol(QStringLiteral("ergebnis")));
    }
    QueryResult result;
    result.outcome = *outcome;
    result.requestId = object.value(QStringLiteral("auskunftsId")).toString();
    result.answeredAt =
        QDateTime::fromString(object.value(QStringLiteral("zeitpunkt")).toString(), Qt::ISODate);
    if (result.outcome == QueryOutcome::Found) {
        if (!object.value(QStringLiteral("person")).isObject()) {
            return std::unexpected(protocol(QStringLiteral("person")));
        }
        result.person = toPerson(object.value(QStringLiteral("person")).toObject());
    }
    return result;
}

QJsonObject fromSubmission(const BulkSubmission &submission)
{
    QJsonArray rows;
    for (const BulkRow &row : submission.rows) {
        QJsonObject entry = fromCriteria(row.criteria);
        entry.insert(QStringLiteral("referenz"), row.reference);
        rows.append(entry);
    }
    QJsonObject object;
    object.insert(QStringLiteral("zweck"), submission.purpose);
    object.insert(QStringLiteral("aktenzeichen"), submission.caseReference);
    object.insert(QStringLiteral("zeilen"), rows);
    return object;
}

BulkSubmission toSubmission(const QJsonObject &object)
{
    BulkSubmission submission;
    submission.purpose = object.value(QStringLiteral("zweck")).toString();
    submission.caseReference = object.value(QStringLiteral("aktenzeichen")).toString();
    const QJsonArray rows = object.value(QStringLiteral("zeilen")).toArray();
    submission.rows.reserve(rows.size());
    int line = 1;
    for (const QJsonValue &value : rows) {
        const QJsonObject entry = value.toObject();
        BulkRow row;
        row.line = ++line;
        row.reference = entry.value(QStringLiteral("referenz")).toString();
        row.criteria = toCriteria(entry);
        submission.rows.append(row);
    }
    return submission;
}

QJsonObject fromJob(const BulkJob &job)
{
    QJsonObject object;
    object.insert(QStringLiteral("auftragsId"), job.jobId);
    object.insert(QStringLiteral("status"), jobStateKey(job.state));
    object.insert(QStringLiteral("anzahl"), job.total);
    object.insert(QStringLiteral("bearbeitet"), job.processed);
    object.insert(QStringLiteral("eingereichtAm"), job.submittedAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("ablaufAm"), job.expiresAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("aktenzeichen"), job.caseReference);
    object.insert(QStringLiteral("zweck"), job.purpose);
    return object;
}

Result<BulkJob> toJob(const QJsonObject &object)
{
    BulkJob job;
    job.jobId = object.value(QStringLiteral("auftragsId")).toString();
    const auto state = jobStateFromKey(object.value(QStringLiteral("status")).toString());
    if (job.jobId.isEmpty() || !state) {
        return std::unexpected(protocol(QStringLiteral("auftragsId/status")));
    }
    job.state = *state;
    job.total = object.value(QStringLiteral("anzahl")).toInt();
    job.processed = object.value(QStringLiteral("bearbeitet")).toInt();
    job.submittedAt = QDateTime::fromString(
        object.value(QStringLiteral("eingereichtAm")).toString(), Qt::ISODate);
    job.expiresAt =
        QDateTime::fromString(object.value(QStringLiteral("ablaufAm")).toString(), Qt::ISODate);
    job.caseReference = object.value(QStringLiteral("aktenzeichen")).toString();
    job.purpose = object.value(QStringLiteral("zweck")).toString();
    return job;
}

QJsonObject problem(int status, const QString &code, const QString &title, const QString &detail)
{
    QJsonObject object;
    object.insert(QStringLiteral("type"),
                  QString(QStringLiteral("https://register.example/probleme/") + code));
    object.insert(QStringLiteral("title"), title);
    object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("detail"), detail);
    object.insert(QStringLiteral("code"), code);
    return object;
}

}  // namespace workroom::registers::json
