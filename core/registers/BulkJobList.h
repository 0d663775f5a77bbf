#pragma once

#include "RegisterError.h"
#include "RegisterTypes.h"

#include <QDateTime>
#include <QList>

namespace workroom::storage {
class Database;
}

namespace workroom::registers {

// The bulk jobs this workroom submitted ("my jobs"), with their expiry, kept in the workroom
// database (table register_job): the service lists no jobs, and the user must still see which
// results can be fetched and until when.
class BulkJobList {
public:
    explicit BulkJobList(storage::Database &db);

    // Adds or updates a job (by service label and job id).
    Result<void> remember(const BulkJob &job, const QueryOrigin &origin);
    // Newest first; `actor` empty: everybody's.
    Result<QList<BulkJob>> jobs(const QString &actor = {});
    Result<void> forget(const QString &serviceLabel, const QString &jobId);

private:
    storage::Database &db_;
};

}  // namespace workroom::registers
