#pragma once

#include "RegisterService.h"

namespace workroom::registers {

// Waits for the asynchronous calls in a local event loop: for the command line, tests and
// benchmarks. Never use it on the GUI thread.
class BlockingRegister {
public:
    explicit BlockingRegister(RegisterService &service) : service_(service) {}

    Result<QueryResult> query(const QueryRequest &request);
    Result<BulkJob> submitBulk(const BulkSubmission &submission);
    Result<BulkJob> bulkStatus(const QString &jobId);
    Result<BulkResult> fetchBulkResult(const QString &jobId, const QueryOrigin &origin);
    // Polls every `intervalMs` until the job is done; `progress` (may be empty) sees each poll.
    Result<BulkJob> waitForJob(const QString &jobId, int intervalMs,
                               const std::function<void(const BulkJob &)> &progress = {});

private:
    RegisterService &service_;
};

}  // namespace workroom::registers
