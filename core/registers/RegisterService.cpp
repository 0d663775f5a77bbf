#include "RegisterService.h"

#include "QueryLog.h"

namespace workroom::registers {

namespace {

QString errorClass(const RegisterError &error)
{
    return QStringLiteral("error:") + errorCodeKey(error.code);
}

// Failures before the service was reached are not queries and are not logged; everything
// else is (the service may have seen the query even when the answer got lost).
bool reachedService(const RegisterError &error)
{
    return error.code != RegisterErrorCode::Invalid
           && error.code != RegisterErrorCode::NotConfigured
           && error.code != RegisterErrorCode::Cancelled;
}

}  // namespace

RegisterService::RegisterService(QObject *parent) : QObject(parent) {}

RegisterService::~RegisterService() = default;

void RegisterService::setQueryLog(QueryLog *log)
{
    queryLog_ = log;
}

RegisterService::Ticket RegisterService::nextTicket()
{
    const Ticket ticket = ++lastTicket_;
    live_.insert(ticket, true);
    return ticket;
}

void RegisterService::cancel(Ticket ticket)
{
    if (live_.remove(ticket)) {
        doCancel(ticket);
    }
}

void RegisterService::doCancel(Ticket) {}

template <typename T>
Callback<T> RegisterService::guard(Ticket ticket, QObject *context, Callback<T> done)
{
    const bool hasContext = context != nullptr;
    return [this, ticket, hasContext, context = QPointer<QObject>(context),
            done = std::move(done)](const Result<T> &result) {
        if (!live_.remove(ticket)) {
            return;  // cancelled, or answered already
        }
        if (hasContext && !context) {
            return;
        }
        if (done) {
            done(result);
        }
    };
}

RegisterService::Ticket RegisterService::query(const QueryRequest &original, QObject *context,
                                               Callback<QueryResult> done)
{
    const Ticket ticket = nextTicket();
    auto deliver = guard(ticket, context, std::move(done));
    if (auto checked = checkRequest(original); !checked) {
        deliverLater<QueryResult>(std::move(deliver), std::unexpected(checked.error()));
        return ticket;
    }
    QueryRequest request = original;
    if (request.clientRequestId.isEmpty()) {
        request.clientRequestId = newClientRequestId();
    }
    auto logged = [this, request, deliver = std::move(deliver)](const Result<QueryResult> &result) {
        if (queryLog_ && (result || reachedService(result.error()))) {
            QueryLogEntry entry;
            entry.action = request.kind == QueryKind::Authority
                               ? QStringLiteral("register.query.authority")
                               : QStringLiteral("register.query.simple");
            entry.origin = request.origin;
            entry.caseReference = request.caseReference;
            entry.purpose = request.purpose;
            entry.resultClass = result ? outcomeKey(result->outcome) : errorClass(result.error());
            entry.service = label();
            entry.clientRequestId = request.clientRequestId;
            entry.requestId = result ? result->requestId : QString();
            if (auto recorded = queryLog_->record(entry); !recorded) {
                // An answer that cannot be logged must not be shown: the ordinance requires
                // the log entry for every disclosure.
                deliver(Result<QueryResult>(std::unexpected(recorded.error())));
                return;
            }
        }
        deliver(result);
    };
    qCDebug(lcRegisters) << "query" << ticket << queryKindKey(request.kind)
                         << request.clientRequestId;
    doQuery(ticket, request, std::move(logged));
    return ticket;
}

RegisterService::Ticket RegisterService::submitBulk(const BulkSubmission &original,
                                                    QObject *context, Callback<BulkJob> done)
{
    const Ticket ticket = nextTicket();
    auto deliver = guard(ticket, context, std::move(done));
    if (const QList<FieldProblem> problems = validate(original); !problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &problem : problems) {
            lines.append(problem.message);
        }
        RegisterError error;
        error.code = RegisterErrorCode::Invalid;
        error.message = RegisterText::tr("The bulk query was not sent: %1")
                            .arg(lines.mid(0, 5).join(QLatin1Char(' ')));
        error.problems = problems;
        deliverLater<BulkJob>(std::move(deliver), std::unexpected(error));
        return ticket;
    }
    BulkSubmission submission = original;
    if (submission.clientRequestId.isEmpty()) {
        submission.clientRequestId = newClientRequestId();
    }
    const int rows = int(submission.rows.size());
    auto logged = [this, rows, origin = submission.origin, caseReference = submission.caseReference,
                   purpose = submission.purpose, requestId = submission.clientRequestId,
                   deliver = std::move(deliver)](const Result<BulkJob> &result) {
        if (queryLog_ && (result || reachedService(result.error()))) {
            QueryLogEntry entry;
            entry.action = QStringLiteral("register.bulk.submit");
            entry.origin = origin;
            entry.caseReference = caseReference;
            entry.purpose = purpose;
            entry.resultClass = result ? QStringLiteral("accepted") : errorClass(result.error());
            entry.service = label();
            entry.clientRequestId = requestId;
            entry.requestId = result ? result->jobId : QString();
            entry.rows = rows;
            if (auto recorded = queryLog_->record(entry); !recorded) {
                deliver(Result<BulkJob>(std::unexpected(recorded.error())));
                return;
            }
        }
        deliver(result);
    };
    doSubmitBulk(ticket, submission, std::move(logged));
    return ticket;
}

RegisterService::Ticket RegisterService::bulkStatus(const QString &jobId, QObject *context,
                                                    Callback<BulkJob> done)
{
    const Ticket ticket = nextTicket();
    auto deliver = guard(ticket, context, std::move(done));
    if (jobId.trimmed().isEmpty()) {
        RegisterError error;
        error.code = RegisterErrorCode::Invalid;
        error.message = RegisterText::tr("No job id was given.");
        deliverLater<BulkJob>(std::move(deliver), std::unexpected(error));
        return ticket;
    }
    doBulkStatus(ticket, jobId.trimmed(), std::move(deliver));
    return ticket;
}

RegisterService::Ticket RegisterService::fetchBulkResult(const QString &jobId,
                                                         const QueryOrigin &origin,
                                                         QObject *context,
                                                         Callback<BulkResult> done)
{
    const Ticket ticket = nextTicket();
    auto deliver = guard(ticket, context, std::move(done));
    if (jobId.trimmed().isEmpty()) {
        RegisterError error;
        error.code = RegisterErrorCode::Invalid;
        error.message = RegisterText::tr("No job id was given.");
        deliverLater<BulkResult>(std::move(deliver), std::unexpected(error));
        return ticket;
    }
    auto logged = [this, origin, jobId = jobId.trimmed(),
                   deliver = std::move(deliver)](const Result<BulkResult> &result) {
        // Results are disclosures: fetching them (again) is logged; a refusal that discloses
        // nothing (not ready, expired) is not.
        if (queryLog_ && result) {
            QueryLogEntry entry;
            entry.action = QStringLiteral("register.bulk.fetch");
            entry.origin = origin;
            entry.caseReference = result->job.caseReference;
            entry.purpose = result->job.purpose;
            entry.resultClass = QStringLiteral("fetched");
            entry.service = label();
            entry.requestId = jobId;
            entry.rows = int(result->rows.size());
            if (auto recorded = queryLog_->record(entry); !recorded) {
                deliver(Result<BulkResult>(std::unexpected(recorded.error())));
                return;
            }
        }
        deliver(result);
    };
    doFetchBulkResult(ticket, jobId.trimmed(), std::move(logged));
    return ticket;
}

}  // namespace workroom::registers
