#include "RegisterEngine.h"

#include "BulkCsv.h"

#include <QLocale>

namespace workroom::registers {

namespace {

RegisterError error(RegisterErrorCode code, const QString &message)
{
    RegisterError e;
    e.code = code;
    e.message = message;
    return e;
}

RegisterError expired(const QDateTime &expiresAt)
{
    RegisterError e =
        error(RegisterErrorCode::Expired,
              RegisterText::tr("The results of this bulk query have expired: "
                               "they could be fetched for 8 days, until %1.")
                  .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)));
    e.httpStatus = 410;
    return e;
}

RegisterError unknownJob()
{
    RegisterError e =
        error(RegisterErrorCode::NotFound, RegisterText::tr("The register knows no such job."));
    e.httpStatus = 404;
    return e;
}

}  // namespace

RegisterEngine::RegisterEngine(std::shared_ptr<const SyntheticPopulation> population,
                               QString serviceLabel, Clock clock)
    : matcher_(std::move(population)), serviceLabel_(std::move(serviceLabel)),
      clock_(std::move(clock))
{
}

void RegisterEngine::setClock(Clock clock)
{
    clock_ = std::move(clock);
}

void RegisterEngine::setJobIdPrefix(const QString &prefix)
{
    jobIdPrefix_ = prefix;
}

QDateTime RegisterEngine::now() const
{
    return clock_ ? clock_() : QDateTime::currentDateTimeUtc();
}

QueryResult RegisterEngine::answer(const QueryRequest &request)
{
    if (!request.clientRequestId.isEmpty()) {
        const auto known = answers_.constFind(request.clientRequestId);
        if (known != answers_.cend()) {
            return *known;
        }
    }
    const RegisterMatcher::Match match = matcher_.match(request.criteria);
    QueryResult result;
    result.outcome = match.outcome;
    if (match.outcome == QueryOutcome::Found) {
        result.person = RegisterMatcher::disclose(*match.person, request.kind);
    }
    result.requestId = QStringLiteral("A-%1").arg(nextAnswer_++, 8, 10, QLatin1Char('0'));
    result.answeredAt = now().toUTC();
    result.serviceLabel = serviceLabel_;
    if (!request.clientRequestId.isEmpty()) {
        answers_.insert(request.clientRequestId, result);
    }
    return result;
}

Result<BulkJob> RegisterEngine::submit(const BulkSubmission &submission, const QString &owner)
{
    const QString requestKey = owner + QLatin1Char('\n') + submission.clientRequestId;
    if (!submission.clientRequestId.isEmpty()) {
        const auto known = jobByRequestId_.constFind(requestKey);
        if (known != jobByRequestId_.cend()) {
            return status(*known, owner);
        }
    }
    if (submission.rows.size() > maxBulkRows) {
        RegisterError e =
            error(RegisterErrorCode::Rejected,
                  RegisterText::tr("A bulk query may have at most %L1 rows.").arg(maxBulkRows));
        e.httpStatus = 413;
        return std::unexpected(e);
    }
    Job job;
    job.owner = owner;
    job.rows = submission.rows;
    job.results.reserve(submission.rows.size());
    job.job.jobId = jobIdPrefix_ + QStringLiteral("%1").arg(nextJob_++, 6, 10, QLatin1Char('0'));
    job.job.state = BulkJobState::Queued;
    job.job.total = int(submission.rows.size());
    job.job.submittedAt = now().toUTC();
    job.job.expiresAt = job.job.submittedAt.addDays(bulkRetentionDays);
    job.job.caseReference = submission.caseReference;
    job.job.purpose = submission.purpose;
    job.job.serviceLabel = serviceLabel_;
    const BulkJob accepted = job.job;
    jobs_.insert(accepted.jobId, std::move(job));
    queue_.append(accepted.jobId);
    if (!submission.clientRequestId.isEmpty()) {
        jobByRequestId_.insert(requestKey, accepted.jobId);
    }
    return accepted;
}

Result<BulkJob> RegisterEngine::status(const QString &jobId, const QString &owner) const
{
    const auto gone = expiredJobs_.constFind(jobId);
    if (gone != expiredJobs_.cend()) {
        return std::unexpected(expired(*gone));
    }
    const auto found = jobs_.constFind(jobId);
    if (found == jobs_.cend() || found->owner != owner) {
        return std::unexpected(unknownJob());
    }
    if (now() >= found->job.expiresAt) {
        return std::unexpected(expired(found->job.expiresAt));
    }
    return found->job;
}

Result<BulkResult> RegisterEngine::result(const QString &jobId, const QString &owner,
                                          bool withCsv) const
{
    auto job = status(jobId, owner);
    if (!job) {
        return std::unexpected(job.error());
    }
    if (job->state != BulkJobState::Done) {
        RegisterError e = error(RegisterErrorCode::NotReady,
                                RegisterText::tr("The bulk query is not finished yet (%1 of %2 "
                                                 "rows).")
                                    .arg(job->processed)
                                    .arg(job->total));
        e.httpStatus = 409;
        return std::unexpected(e);
    }
    BulkResult result;
    result.jobId = jobId;
    result.job = *job;
    result.rows = jobs_.value(jobId).results;
    if (withCsv) {
        result.csv = BulkCsv::writeResult(result.rows);
    }
    return result;
}

int RegisterEngine::process(int maxRows)
{
    int done = 0;
    while (done < maxRows && !queue_.isEmpty()) {
        Job &job = jobs_[queue_.first()];
        job.job.state = BulkJobState::Running;
        while (done < maxRows && job.job.processed < job.job.total) {
            const BulkRow &row = job.rows.at(job.job.processed);
            const RegisterMatcher::Match match = matcher_.match(row.criteria);
            BulkResultRow result;
            result.reference = row.reference;
            result.outcome = match.outcome;
            if (match.outcome == QueryOutcome::Found) {
                result.person = RegisterMatcher::disclose(*match.person, QueryKind::Simple);
            }
            job.results.append(result);
            ++job.job.processed;
            ++done;
        }
        if (job.job.processed == job.job.total) {
            job.job.state = BulkJobState::Done;
            job.rows.clear();  // the search data are not kept once answered
            job.rows.squeeze();
            queue_.removeFirst();
        }
    }
    return done;
}

bool RegisterEngine::hasPendingWork() const
{
    return !queue_.isEmpty();
}

void RegisterEngine::purgeExpired()
{
    const QDateTime current = now();
    for (auto it = jobs_.begin(); it != jobs_.end();) {
        if (current >= it->job.expiresAt) {
            expiredJobs_.insert(it.key(), it->job.expiresAt);
            queue_.removeAll(it.key());
            it = jobs_.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace workroom::registers
