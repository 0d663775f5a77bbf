#include "BlockingRegister.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace workroom::registers {

namespace {

template <typename T, typename Start>
Result<T> wait(Start start)
{
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    start([&](const Result<T> &result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome) {
        loop.exec();
    }
    return *outcome;
}

}  // namespace

Result<QueryResult> BlockingRegister::query(const QueryRequest &request)
{
    return wait<QueryResult>(
        [&](Callback<QueryResult> done) { service_.query(request, nullptr, std::move(done)); });
}

Result<BulkJob> BlockingRegister::submitBulk(const BulkSubmission &submission)
{
    return wait<BulkJob>(
        [&](Callback<BulkJob> done) { service_.submitBulk(submission, nullptr, std::move(done)); });
}

Result<BulkJob> BlockingRegister::bulkStatus(const QString &jobId)
{
    return wait<BulkJob>(
        [&](Callback<BulkJob> done) { service_.bulkStatus(jobId, nullptr, std::move(done)); });
}

Result<BulkResult> BlockingRegister::fetchBulkResult(const QString &jobId,
                                                     const QueryOrigin &origin)
{
    return wait<BulkResult>([&](Callback<BulkResult> done) {
        service_.fetchBulkResult(jobId, origin, nullptr, std::move(done));
    });
}

Result<BulkJob> BlockingRegister::waitForJob(const QString &jobId, int intervalMs,
                                             const std::function<void(const BulkJob &)> &progress)
{
    for (;;) {
        Result<BulkJob> job = bulkStatus(jobId);
        if (!job) {
            return job;
        }
        if (progress) {
            progress(*job);
        }
        if (job->state == BulkJobState::Done || job->state == BulkJobState::Failed) {
            return job;
        }
        QEventLoop pause;
        QTimer::singleShot(intervalMs, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

}  // namespace workroom::registers
