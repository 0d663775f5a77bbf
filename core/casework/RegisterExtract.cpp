#include "RegisterExtract.h"

#include "AuditLog.h"
#include "SimplePdf.h"
#include "Workspace.h"

#include <QJsonObject>

namespace workroom::casework {

using registers::QueryKind;
using registers::QueryOutcome;
using storage::Result;

namespace {

// SimplePdf sets about 45 lines on a page; a long move history goes on to the next page.
constexpr qsizetype linesPerPage = 42;

QDateTime answeredAt(const registers::QueryResult &result)
{
    return (result.answeredAt.isValid() ? result.answeredAt : QDateTime::currentDateTimeUtc())
        .toLocalTime();
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

void addField(QStringList &lines, const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty()) {
        lines.append(QStringLiteral("%1: %2").arg(label, value.trimmed()));
    }
}

void addPerson(QStringList &lines, const registers::PersonRecord &person)
{
    addField(lines, RegisterExtract::tr("Family name"), person.familyName);
    addField(lines, RegisterExtract::tr("Given names"), person.givenNames);
    addField(lines, RegisterExtract::tr("Doctoral degree"), person.doctoralDegree);
    addField(lines, RegisterExtract::tr("Birth name"), person.birthName);
    if (person.birthDate.isValid()) {
        addField(lines, RegisterExtract::tr("Date of birth"), dateText(person.birthDate));
    }
    addField(lines, RegisterExtract::tr("Place of birth"), person.birthPlace);
    addField(lines, RegisterExtract::tr("Sex"), person.sex);
    addField(lines, RegisterExtract::tr("Nationalities"),
             person.nationalities.join(QStringLiteral(", ")));
    if (!person.address.isEmpty()) {
        addField(lines, RegisterExtract::tr("Current address"), person.address.singleLine());
    }
    if (person.movedIn.isValid()) {
        addField(lines, RegisterExtract::tr("Moved in on"), dateText(person.movedIn));
    }
    if (person.deceased || person.deathDate.isValid()) {
        addField(lines, RegisterExtract::tr("Deceased"),
                 person.deathDate.isValid()
                     ? RegisterExtract::tr("yes, on %1").arg(dateText(person.deathDate))
                     : RegisterExtract::tr("yes"));
    }
    if (!person.previousAddresses.isEmpty()) {
        lines.append(RegisterExtract::tr("Previous addresses (newest first):"));
        for (const registers::PreviousAddress &previous : person.previousAddresses) {
            QString span;
            if (previous.movedIn.isValid() || previous.movedOut.isValid()) {
                span = RegisterExtract::tr(" (%1 to %2)")
                           .arg(previous.movedIn.isValid() ? dateText(previous.movedIn)
                                                           : QStringLiteral("?"),
                                previous.movedOut.isValid() ? dateText(previous.movedOut)
                                                            : QStringLiteral("?"));
            }
            lines.append(QStringLiteral("  - %1%2").arg(previous.address.singleLine(), span));
        }
    }
}

QString searchDescription(const registers::SearchCriteria &criteria)
{
    QString text =
        QStringLiteral("%1, %2").arg(criteria.familyName.trimmed(), criteria.givenNames.trimmed());
    if (criteria.birthDate && criteria.birthDate->isValid()) {
        text += RegisterExtract::tr(", born %1").arg(dateText(*criteria.birthDate));
    }
    if (criteria.previousAddress && !criteria.previousAddress->isEmpty()) {
        text += RegisterExtract::tr(", formerly %1").arg(criteria.previousAddress->singleLine());
    }
    return text;
}

}  // namespace

QString RegisterExtract::title(const registers::QueryResult &result)
{
    return tr("Register extract %1")
        .arg(answeredAt(result).toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

QList<QStringList> RegisterExtract::pages(const registers::QueryRequest &request,
                                          const registers::QueryResult &result,
                                          const QString &caseReference)
{
    const bool authority = request.kind == QueryKind::Authority;
    QStringList lines;
    lines.append(tr("Register extract (Melderegisterauskunft)"));
    addField(lines, tr("Kind of query"),
             authority ? tr("Authority query (Behördenauskunft)")
                       : tr("Simple query (einfache Melderegisterauskunft)"));
    addField(lines, tr("Register"), result.serviceLabel);
    addField(lines, tr("Date of the query"),
             answeredAt(result).toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
    addField(lines, tr("Case reference"),
             request.caseReference.trimmed().isEmpty() ? caseReference : request.caseReference);
    addField(lines, tr("Purpose"),
             request.purpose.trimmed().isEmpty() ? tr("not stated (simple query)")
                                                 : request.purpose);
    addField(lines, tr("Queried by"), request.origin.actor);
    addField(lines, tr("Answer id of the register"), result.requestId);
    addField(lines, tr("Searched for (as entered)"), searchDescription(request.criteria));
    lines.append(QString());
    addField(lines, tr("Result"), registers::outcomeText(result.outcome));
    switch (result.outcome) {
    case QueryOutcome::Found:
        if (result.person) {
            addPerson(lines, *result.person);
        }
        break;
    case QueryOutcome::NotUnique:
        lines.append(tr("More than one person matches the search data; the register gives no "
                        "data. Refine the search (for example with a previous address)."));
        break;
    case QueryOutcome::NotFound:
        lines.append(tr("Nobody in the register matches the search data."));
        break;
    case QueryOutcome::Blocked:
        // Nothing else from the register belongs here, not even whether the person lives in
        // the area (§ 51 BMG).
        lines.append(tr("No information may be given."));
        break;
    }
    lines.append(QString());
    lines.append(tr("Created by Workroom from the register's answer. The query is recorded in "
                    "the query log."));

    QList<QStringList> pages;
    const QString heading = lines.first();
    for (qsizetype start = 1; start < lines.size(); start += linesPerPage) {
        QStringList page{pages.isEmpty() ? heading : tr("%1 (continued)").arg(heading)};
        page.append(lines.mid(start, linesPerPage));
        pages.append(page);
    }
    return pages;
}

QByteArray RegisterExtract::pdf(const registers::QueryRequest &request,
                                const registers::QueryResult &result, const QString &caseReference)
{
    return SimplePdf::fromPages(title(result), pages(request, result, caseReference));
}

Result<domain::DocumentVersion> RegisterExtract::attach(Workspace &workspace, qint64 caseId,
                                                        const registers::QueryRequest &request,
                                                        const registers::QueryResult &result)
{
    auto record = workspace.cases().caseById(caseId);
    if (!record) {
        return std::unexpected(record.error());
    }
    const QList<QStringList> text = pages(request, result, record->reference);
    auto blob = workspace.blobs().importBytes(SimplePdf::fromPages(title(result), text));
    if (!blob) {
        return std::unexpected(blob.error());
    }
    storage::CaseRepository::NewVersion version;
    version.caseId = caseId;
    version.title = title(result);
    version.kind = domain::DocumentKind::RegisterExtract;
    version.blob = *blob;
    version.mimeType = QStringLiteral("application/pdf");
    version.originalFileName = QStringLiteral("%1.pdf").arg(
        answeredAt(result).toString(QStringLiteral("'register-extract-'yyyyMMdd-HHmmss")));
    QStringList words;
    for (const QStringList &page : text) {
        words.append(page.join(QLatin1Char('\n')));
    }
    // The case file is where the answer belongs, so it is searchable like any document.
    version.text = words.join(QLatin1Char('\n'));
    version.textState = QStringLiteral("indexed");

    domain::DocumentVersion added;
    storage::AuditLog audit(workspace.database());
    auto done = workspace.database().write(
        [&]() -> Result<void> {
            auto filed = workspace.cases().addDocumentVersion(version, workspace.actor());
            if (!filed) {
                return std::unexpected(filed.error());
            }
            added = *filed;
            // The answer's class and id tie the document to the query log; whom it is about
            // stays in the document.
            auto logged = audit.append(
                workspace.actor(), QStringLiteral("register.extract"), record->workroomId, caseId,
                {{QStringLiteral("document"), added.documentId},
                 {QStringLiteral("version"), added.number},
                 {QStringLiteral("kind"), registers::queryKindKey(request.kind)},
                 {QStringLiteral("result"), registers::outcomeKey(result.outcome)},
                 {QStringLiteral("requestId"), result.requestId},
                 {QStringLiteral("service"), result.serviceLabel}});
            if (!logged) {
                return std::unexpected(logged.error());
            }
            return {};
        },
        tr("filing the register extract"));
    if (!done) {
        return std::unexpected(done.error());
    }
    return added;
}

}  // namespace workroom::casework
