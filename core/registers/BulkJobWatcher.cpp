#include "BulkJobWatcher.h"

namespace workroom::registers {

BulkJobWatcher::BulkJobWatcher(RegisterService &service, QString jobId, QObject *parent)
    : QObject(parent), service_(&service), jobId_(std::move(jobId))
{
    timer_.setInterval(500);
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &BulkJobWatcher::poll);
}

void BulkJobWatcher::setInterval(int ms)
{
    timer_.setInterval(ms);
}

void BulkJobWatcher::setMaxFailures(int failures)
{
    maxFailures_ = failures;
}

bool BulkJobWatcher::isRunning() const
{
    return running_;
}

void BulkJobWatcher::start()
{
    if (running_) {
        return;
    }
    running_ = true;
    failures_ = 0;
    poll();
}

void BulkJobWatcher::stop()
{
    running_ = false;
    timer_.stop();
    if (pending_ && service_) {
        service_->cancel(pending_);
    }
    pending_ = 0;
}

void BulkJobWatcher::poll()
{
    if (!running_ || !service_) {
        return;
    }
    pending_ = service_->bulkStatus(jobId_, this, [this](const Result<BulkJob> &job) {
        pending_ = 0;
        if (!running_) {
            return;
        }
        if (!job) {
            const RegisterErrorCode code = job.error().code;
            const bool final =
                code == RegisterErrorCode::Expired || code == RegisterErrorCode::NotFound
                || code == RegisterErrorCode::Unauthorized || code == RegisterErrorCode::Invalid;
            if (final || ++failures_ >= maxFailures_) {
                running_ = false;
                Q_EMIT failed(job.error());
                return;
            }
            timer_.start();
            return;
        }
        failures_ = 0;
        last_ = *job;
        Q_EMIT progress(job->processed, job->total);
        if (job->state == BulkJobState::Done || job->state == BulkJobState::Failed) {
            running_ = false;
            Q_EMIT finished(*job);
            return;
        }
        timer_.start();
    });
}

}  // namespace workroom::registers
