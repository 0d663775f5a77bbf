#include "RegisterCommands.h"

#include "BlockingRegister.h"
#include "BulkCsv.h"
#include "BulkJobList.h"
#include "Commands.h"
#include "DemoRegister.h"
#include "OfflineQueue.h"
#include "QueryLog.h"
#include "RegisterClient.h"
#include "RegisterJson.h"
#include "Settings.h"
#include "Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <cstdio>

namespace workroom::ctl {

using namespace workroom::registers;

struct RegisterCommands::Runtime {
    QNetworkAccessManager network;
    std::unique_ptr<RegisterService> service;
    std::unique_ptr<QueryLog> log;
    std::unique_ptr<BulkJobList> jobs;
    std::unique_ptr<OfflineQueue> queue;
};

namespace {

QCommandLineOption makeOption(const char *name, const char *description, const char *value = "")
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(value));
}

std::optional<QDate> parseDate(const QString &text)
{
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid()) {
            return date;
        }
    }
    return std::nullopt;
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QJsonObject jobJson(const BulkJob &job)
{
    QJsonObject object = json::fromJob(job);
    object.insert(QStringLiteral("service"), job.serviceLabel);
    return object;
}

}  // namespace

void RegisterCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        makeOption("family-name", "With register query: the family name sought.", "NAME"),
        makeOption("given-names", "With register query: the given names sought.", "NAMES"),
        makeOption("birth-date",
                   "With register query: the date of birth (YYYY-MM-DD or "
                   "DD.MM.YYYY).",
                   "DATE"),
        makeOption("previous-street",
                   "With register query: street (and number) of a previous address, instead "
                   "of the date of birth.",
                   "STREET"),
        makeOption("previous-postal-code", "With register query: postal code of that address.",
                   "CODE"),
        makeOption("previous-city", "With register query: town of that address.", "CITY"),
        makeOption("authority", "With register query: an authority query (Behördenauskunft)."),
        makeOption("purpose", "With register query and bulk submit: the purpose of the query.",
                   "TEXT"),
        makeOption("case", "With register query and bulk submit: the case reference.", "REF"),
        makeOption("queue-if-offline",
                   "With register query: queue the query when the register cannot be reached."),
        makeOption("confirm", "With register queue send: confirm sending an authority query."),
        makeOption("wait", "With register bulk status: wait until the job is done."),
    });
}

QString RegisterCommands::commandSummary()
{
    return QStringLiteral(
        "Register queries (Melderegisterauskunft):\n"
        "  register query --family-name F --given-names G --birth-date D\n"
        "                 [--previous-street S --previous-postal-code P --previous-city C]\n"
        "                 [--authority --purpose TEXT --case REF] [--queue-if-offline] [--json]\n"
        "  register bulk submit FILE.csv --case REF --purpose TEXT   (exit code 3: CSV errors)\n"
        "  register bulk status JOB [--wait] | register bulk fetch JOB --out FILE.csv\n"
        "  register jobs | register queue list | register queue send ID [--confirm]\n"
        "  register queue remove ID\n"
        "  The register is register/serviceUrl of the settings (empty: the Demo-Register); the\n"
        "  token is read from WORKROOM_REGISTER_TOKEN (with register/user: the password from\n"
        "  WORKROOM_REGISTER_PASSWORD).\n");
}

bool RegisterCommands::handles(const QString &command)
{
    return command == QLatin1StringView("register");
}

RegisterCommands::RegisterCommands(QCommandLineParser &parser, casework::Workspace &workspace,
                                   const app::Settings &settings)
    : CommandOutput(parser, commandSummary()), parser_(parser), workspace_(workspace),
      settings_(settings), runtime_(std::make_unique<Runtime>())
{
}

RegisterCommands::~RegisterCommands() = default;

QString RegisterCommands::option(const char *name) const
{
    return parser_.value(QString::fromLatin1(name));
}

int RegisterCommands::failWith(const RegisterError &error)
{
    if (json()) {
        QJsonArray problems;
        for (const FieldProblem &problem : error.problems) {
            problems.append(QJsonObject{{QStringLiteral("field"), problem.field},
                                        {QStringLiteral("message"), problem.message}});
        }
        QJsonObject object{{QStringLiteral("error"), error.message},
                           {QStringLiteral("code"), errorCodeKey(error.code)}};
        if (error.httpStatus) {
            object.insert(QStringLiteral("httpStatus"), error.httpStatus);
        }
        if (error.retryAfterSeconds) {
            object.insert(QStringLiteral("retryAfter"), error.retryAfterSeconds);
        }
        if (!problems.isEmpty()) {
            object.insert(QStringLiteral("problems"), problems);
        }
        printJson(object);
    }
    std::fprintf(stderr, "workroomctl: %s\n", error.message.toUtf8().constData());
    return error.code == RegisterErrorCode::Invalid ? int(Usage) : int(Failed);
}

bool RegisterCommands::openService()
{
    Runtime &rt = *runtime_;
    const QString url = settings_.registerServiceUrl();
    if (url.isEmpty()) {
        auto demo = std::make_unique<DemoRegister>();
        // Each workroomctl call is a new process: the demo keeps its jobs in the profile.
        demo->setJobDirectory(
            QDir(workspace_.profileDir()).filePath(QStringLiteral("demo-register")));
        demo->setWorkAtOnce(true);
        rt.service = std::move(demo);
    } else {
        ClientConfig config;
        config.baseUrl = QUrl(url);
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()) {
            fail(tr("The register address in the settings (register/serviceUrl) is not a URL: "
                    "%1")
                     .arg(url),
                 Failed);
            return false;
        }
        config.bearerToken = qgetenv("WORKROOM_REGISTER_TOKEN");
        config.user = settings_.registerUser();
        config.password = qgetenv("WORKROOM_REGISTER_PASSWORD");
        config.timeoutMs = settings_.registerTimeoutSeconds() * 1000;
        const QString caFile = settings_.registerCaFile();
        if (!caFile.isEmpty()) {
            QFile file(caFile);
            if (!file.open(QIODevice::ReadOnly)) {
                fail(tr("The CA certificate file of the register (%1) cannot be read.").arg(caFile),
                     Failed);
                return false;
            }
            config.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        }
        rt.service = std::make_unique<RegisterClient>(config, &rt.network);
    }
    rt.log = std::make_unique<QueryLog>(workspace_.database());
    rt.service->setQueryLog(rt.log.get());
    rt.jobs = std::make_unique<BulkJobList>(workspace_.database());
    rt.queue = std::make_unique<OfflineQueue>(workspace_.database(), rt.log.get());
    return true;
}

QueryOrigin RegisterCommands::origin(const QString &caseReference)
{
    QueryOrigin origin;
    origin.actor = workspace_.actor();
    if (caseReference.isEmpty()) {
        return origin;
    }
    // A case of this workroom store, if the reference names one; the log keeps the reference
    // text either way.
    if (auto rooms = workspace_.cases().workrooms()) {
        for (const domain::Workroom &room : *rooms) {
            if (auto found = workspace_.cases().caseByReference(room.id, caseReference)) {
                origin.workroomId = room.id;
                origin.caseId = found->id;
                break;
            }
        }
    }
    return origin;
}

int RegisterCommands::run(const QStringList &positional)
{
    const QStringList args = positional.mid(1);
    if (args.isEmpty()) {
        return usage(tr("No register command given."));
    }
    if (!openService()) {
        return Failed;
    }
    const QString sub = args.first();
    if (sub == QLatin1StringView("query")) {
        return query();
    }
    if (sub == QLatin1StringView("bulk")) {
        return bulk(args.mid(1));
    }
    if (sub == QLatin1StringView("jobs")) {
        return jobs();
    }
    if (sub == QLatin1StringView("queue")) {
        return queue(args.mid(1));
    }
    return usage(tr("Unknown register command \"%1\".").arg(sub));
}

namespace {

QString personLine(const PersonRecord &person)
{
    QString name = person.givenNames + QLatin1Char(' ') + person.familyName;
    if (!person.doctoralDegree.isEmpty()) {
        name = person.doctoralDegree + QLatin1Char(' ') + name;
    }
    return name + QStringLiteral(", ") + person.address.singleLine();
}

}  // namespace

int RegisterCommands::query()
{
    QueryRequest request;
    request.kind =
        parser_.isSet(QStringLiteral("authority")) ? QueryKind::Authority : QueryKind::Simple;
    request.criteria.familyName = option("family-name").trimmed();
    request.criteria.givenNames = option("given-names").trimmed();
    if (parser_.isSet(QStringLiteral("birth-date"))) {
        // An unreadable date goes on as an invalid one, so that validation names the field.
        request.criteria.birthDate = parseDate(option("birth-date")).value_or(QDate());
    }
    if (parser_.isSet(QStringLiteral("previous-street"))) {
        Address previous;
        QString street = option("previous-street").trimmed();
        // "Musterweg 3a": the number is the last word when it starts with a digit.
        const qsizetype space = street.lastIndexOf(QLatin1Char(' '));
        if (space > 0 && street.at(space + 1).isDigit()) {
            previous.houseNumber = street.mid(space + 1);
            street.truncate(space);
        }
        previous.street = street;
        previous.postalCode = option("previous-postal-code").trimmed();
        previous.city = option("previous-city").trimmed();
        request.criteria.previousAddress = previous;
    }
    request.purpose = option("purpose").trimmed();
    request.caseReference = option("case").trimmed();
    request.origin = origin(request.caseReference);

    Result<QueryResult> result = BlockingRegister(*runtime_->service).query(request);
    if (!result && parser_.isSet(QStringLiteral("queue-if-offline"))
        && (result.error().code == RegisterErrorCode::Network
            || result.error().code == RegisterErrorCode::Timeout
            || result.error().code == RegisterErrorCode::ServiceUnavailable)) {
        auto queued = runtime_->queue->enqueue(request);
        if (!queued) {
            return failWith(queued.error());
        }
        const QString message =
            tr("The register cannot be reached; the query was queued as number %1. Send it "
               "later with 'register queue send %1'.")
                .arg(queued->id);
        if (json()) {
            printJson(QJsonObject{{QStringLiteral("queued"), queued->id},
                                  {QStringLiteral("reason"), result.error().message}});
        } else {
            print(message);
        }
        return Ok;
    }
    if (!result) {
        return failWith(result.error());
    }
    if (json()) {
        QJsonObject object = json::fromResult(*result, request.kind);
        object.insert(QStringLiteral("service"), result->serviceLabel);
        printJson(object);
        return Ok;
    }
    QString text =
        QStringLiteral("%1 (%2)").arg(outcomeText(result->outcome), result->serviceLabel);
    if (result->outcome == QueryOutcome::Found && result->person) {
        const PersonRecord &person = *result->person;
        text += QLatin1Char('\n') + personLine(person);
        if (person.deceased) {
            text += QLatin1Char('\n') + tr("Deceased");
            if (person.deathDate.isValid()) {
                text += QStringLiteral(" ")
                        + QLocale().toString(person.deathDate, QLocale::ShortFormat);
            }
        }
        if (request.kind == QueryKind::Authority) {
            if (!person.birthName.isEmpty() && person.birthName != person.familyName) {
                text += QLatin1Char('\n') + tr("Birth name: %1").arg(person.birthName);
            }
            if (person.birthDate.isValid()) {
                text += QLatin1Char('\n')
                        + tr("Born: %1 in %2")
                              .arg(QLocale().toString(person.birthDate, QLocale::ShortFormat),
                                   person.birthPlace);
            }
            for (const PreviousAddress &earlier : person.previousAddresses) {
                text += QLatin1Char('\n')
                        + tr("Previously: %1 (%2 – %3)")
                              .arg(earlier.address.singleLine(),
                                   QLocale().toString(earlier.movedIn, QLocale::ShortFormat),
                                   QLocale().toString(earlier.movedOut, QLocale::ShortFormat));
            }
        }
    }
    text += QLatin1Char('\n') + tr("Answer id: %1").arg(result->requestId);
    print(text);
    return Ok;
}

int RegisterCommands::bulk(const QStringList &args)
{
    if (args.isEmpty()) {
        return usage(tr("No bulk command given."));
    }
    const QString sub = args.first();
    if (sub == QLatin1StringView("submit")) {
        return bulkSubmit(args.mid(1));
    }
    if (sub == QLatin1StringView("status")) {
        return bulkStatus(args.mid(1));
    }
    if (sub == QLatin1StringView("fetch")) {
        return bulkFetch(args.mid(1));
    }
    return usage(tr("Unknown bulk command \"%1\".").arg(sub));
}

int RegisterCommands::bulkSubmit(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("Give one CSV file."));
    }
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read %1: %2").arg(args.first(), file.errorString()), Failed);
    }
    const BulkCsvReport report = BulkCsv::parse(file.readAll());
    if (!report.ok()) {
        // The row-level report, and nothing sent.
        if (json()) {
            QJsonArray issues;
            for (const CsvIssue &issue : report.issues) {
                issues.append(QJsonObject{
                    {QStringLiteral("severity"), issue.severity == CsvIssue::Severity::Error
                                                     ? QStringLiteral("error")
                                                     : QStringLiteral("warning")},
                    {QStringLiteral("line"), issue.line},
                    {QStringLiteral("column"), issue.column},
                    {QStringLiteral("message"), issue.message}});
            }
            printJson(QJsonObject{{QStringLiteral("error"), tr("The CSV file has errors; nothing "
                                                               "was sent.")},
                                  {QStringLiteral("rows"), report.dataRows},
                                  {QStringLiteral("issues"), issues}});
        }
        std::fprintf(stderr, "%s\n", report.summary(200).toUtf8().constData());
        std::fprintf(
            stderr, "workroomctl: %s\n",
            tr("The CSV file has %n error(s); nothing was sent.", nullptr, report.errorCount())
                .toUtf8()
                .constData());
        return CheckFailed;
    }
    BulkSubmission submission;
    submission.rows = report.rows;
    submission.purpose = option("purpose").trimmed();
    submission.caseReference = option("case").trimmed();
    submission.origin = origin(submission.caseReference);
    const Result<BulkJob> job = BlockingRegister(*runtime_->service).submitBulk(submission);
    if (!job) {
        return failWith(job.error());
    }
    if (auto remembered = runtime_->jobs->remember(*job, submission.origin); !remembered) {
        std::fprintf(stderr, "workroomctl: %s\n", remembered.error().message.toUtf8().constData());
    }
    if (json()) {
        printJson(jobJson(*job));
    } else {
        print(tr("Job %1 submitted to %2: %n row(s). The results can be fetched until %3.", nullptr,
                 job->total)
                  .arg(job->jobId, job->serviceLabel, localTime(job->expiresAt)));
    }
    return Ok;
}

int RegisterCommands::bulkStatus(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("Give one job id."));
    }
    BlockingRegister blocking(*runtime_->service);
    const Result<BulkJob> job =
        parser_.isSet(QStringLiteral("wait"))
            ? blocking.waitForJob(args.first(), 500,
                                  [this](const BulkJob &j) {
                                      if (!json()) {
                                          std::fprintf(stderr, "%d/%d\n", j.processed, j.total);
                                      }
                                  })
            : blocking.bulkStatus(args.first());
    if (!job) {
        return failWith(job.error());
    }
    (void)runtime_->jobs->remember(*job, origin(job->caseReference));
    if (json()) {
        printJson(jobJson(*job));
    } else {
        print(tr("Job %1: %2, %3 of %4 rows. Results until %5.")
                  .arg(job->jobId, jobStateText(job->state))
                  .arg(job->processed)
                  .arg(job->total)
                  .arg(localTime(job->expiresAt)));
    }
    return Ok;
}

int RegisterCommands::bulkFetch(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("Give one job id."));
    }
    const QString out = option("out");
    if (out.isEmpty()) {
        return usage(tr("Say where to write the results with --out FILE.csv."));
    }
    // The case of the job, when this workroom submitted it, for the query log.
    QString caseReference;
    if (auto known = runtime_->jobs->jobs()) {
        for (const BulkJob &job : *known) {
            caseReference = job.jobId == args.first() ? job.caseReference : caseReference;
        }
    }
    const Result<BulkResult> result =
        BlockingRegister(*runtime_->service).fetchBulkResult(args.first(), origin(caseReference));
    if (!result) {
        return failWith(result.error());
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(result->csv) != result->csv.size()
        || !file.commit()) {
        return fail(tr("Cannot write %1: %2").arg(out, file.errorString()), Failed);
    }
    QHash<QueryOutcome, int> counts;
    for (const BulkResultRow &row : result->rows) {
        ++counts[row.outcome];
    }
    if (json()) {
        QJsonObject summary;
        for (QueryOutcome outcome : {QueryOutcome::Found, QueryOutcome::NotUnique,
                                     QueryOutcome::NotFound, QueryOutcome::Blocked}) {
            summary.insert(outcomeKey(outcome), counts.value(outcome));
        }
        printJson(QJsonObject{{QStringLiteral("job"), jobJson(result->job)},
                              {QStringLiteral("rows"), int(result->rows.size())},
                              {QStringLiteral("results"), summary},
                              {QStringLiteral("file"), out}});
    } else {
        print(tr("%1 rows written to %2: %3 found, %4 not unique, %5 not found, %6 blocked.")
                  .arg(result->rows.size())
                  .arg(out)
                  .arg(counts.value(QueryOutcome::Found))
                  .arg(counts.value(QueryOutcome::NotUnique))
                  .arg(counts.value(QueryOutcome::NotFound))
                  .arg(counts.value(QueryOutcome::Blocked)));
    }
    return Ok;
}

int RegisterCommands::jobs()
{
    const auto list = runtime_->jobs->jobs();
    if (!list) {
        return failWith(list.error());
    }
    if (json()) {
        QJsonArray array;
        for (const BulkJob &job : *list) {
            array.append(jobJson(job));
        }
        printJson(array);
        return Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BulkJob &job : *list) {
        print(QStringLiteral("%1  %2  %3/%4  %5  %6  %7")
                  .arg(job.jobId, jobStateText(job.state))
                  .arg(job.processed)
                  .arg(job.total)
                  .arg(now >= job.expiresAt ? tr("expired")
                                            : tr("until %1").arg(localTime(job.expiresAt)),
                       job.caseReference, job.serviceLabel));
    }
    return Ok;
}

int RegisterCommands::queue(const QStringList &args)
{
    const QString sub = args.value(0, QStringLiteral("list"));
    if (sub == QLatin1StringView("list")) {
        const auto pending = runtime_->queue->pending();
        if (!pending) {
            return failWith(pending.error());
        }
        QJsonArray array;
        for (const QueuedQuery &queued : *pending) {
            // The list shows what the query is for, not whom it is about.
            if (json()) {
                array.append(
                    QJsonObject{{QStringLiteral("id"), queued.id},
                                {QStringLiteral("kind"), queryKindKey(queued.request.kind)},
                                {QStringLiteral("caseReference"), queued.request.caseReference},
                                {QStringLiteral("purpose"), queued.request.purpose},
                                {QStringLiteral("queuedAt"), queued.queuedAt.toString(Qt::ISODate)},
                                {QStringLiteral("needsConfirmation"), queued.needsConfirmation()},
                                {QStringLiteral("lastError"), queued.lastError}});
            } else {
                print(QStringLiteral("%1  %2  %3  %4  %5")
                          .arg(queued.id)
                          .arg(queryKindKey(queued.request.kind), localTime(queued.queuedAt),
                               queued.request.caseReference,
                               queued.needsConfirmation() ? tr("needs --confirm") : QString()));
            }
        }
        if (json()) {
            printJson(array);
        }
        return Ok;
    }
    bool numeric = false;
    const qint64 id = args.value(1).toLongLong(&numeric);
    if (!numeric) {
        return usage(tr("Give the number of a queued query."));
    }
    if (sub == QLatin1StringView("remove")) {
        if (auto removed = runtime_->queue->remove(id); !removed) {
            return failWith(removed.error());
        }
        return Ok;
    }
    if (sub != QLatin1StringView("send")) {
        return usage(tr("Unknown queue command \"%1\".").arg(sub));
    }
    QueryKind kind = QueryKind::Simple;
    if (auto pending = runtime_->queue->pending()) {
        for (const QueuedQuery &queued : *pending) {
            kind = queued.id == id ? queued.request.kind : kind;
        }
    }
    std::optional<Result<QueryResult>> outcome;
    QEventLoop loop;
    runtime_->queue->send(id, *runtime_->service, parser_.isSet(QStringLiteral("confirm")), nullptr,
                          [&](const Result<QueryResult> &result) {
                              outcome = result;
                              loop.quit();
                          });
    if (!outcome) {
        loop.exec();
    }
    if (!*outcome) {
        return failWith(outcome->error());
    }
    if (json()) {
        printJson(json::fromResult(**outcome, kind));
    } else {
        print(outcomeText((*outcome)->outcome));
    }
    return Ok;
}

}  // namespace workroom::ctl
