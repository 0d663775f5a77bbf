#pragma once

#include "RegisterError.h"
#include "RegisterMatcher.h"
#include "RegisterTypes.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <memory>

namespace workroom::registers {

// What a register service does behind its API, shared by the test server and the demo
// register: answers queries over a population, keeps bulk jobs for 8 days, and makes POSTs
// idempotent by their client request id. Time comes from an injectable clock so that tests
// can let 8 days pass. Not thread-safe: use it from one thread.
class RegisterEngine {
public:
    using Clock = std::function<QDateTime()>;

    RegisterEngine(std::shared_ptr<const SyntheticPopulation> population, QString serviceLabel,
                   Clock clock = {});

    void setClock(Clock clock);
    QDateTime now() const;
    // Job ids are "<prefix>000001" …; a prefix keeps ids of several engines apart ("M-").
    void setJobIdPrefix(const QString &prefix);
    const RegisterMatcher &matcher() const { return matcher_; }

    // Answers a (validated) query. A repeated client request id gets the first answer again.
    QueryResult answer(const QueryRequest &request);

    // Accepts a job (validated; at most maxBulkRows rows). A repeated client request id of the
    // same owner gets the job created first.
    Result<BulkJob> submit(const BulkSubmission &submission, const QString &owner);
    // NotFound for unknown jobs or another owner's; Expired once 8 days have passed.
    Result<BulkJob> status(const QString &jobId, const QString &owner) const;
    // `withCsv` false: rows only (the CSV of 10,000 rows takes a while to write).
    Result<BulkResult> result(const QString &jobId, const QString &owner,
                              bool withCsv = true) const;

    // Works on queued jobs, at most `maxRows` rows in all; returns how many were done.
    int process(int maxRows);
    bool hasPendingWork() const;
    // Forgets jobs whose 8 days are over (their ids keep answering Expired).
    void purgeExpired();

private:
    struct Job {
        BulkJob job;
        QString owner;
        QList<BulkRow> rows;
        QList<BulkResultRow> results;
    };

    RegisterMatcher matcher_;
    QString serviceLabel_;
    Clock clock_;
    QHash<QString, Job> jobs_;
    QList<QString> queue_;                    // job ids not yet done, oldest first
    QHash<QString, QString> jobByRequestId_;  // owner + client request id → job id
    QHash<QString, QueryResult> answers_;     // client request id → first answer
    QHash<QString, QDateTime> expiredJobs_;   // purged job id → expiry
    QString jobIdPrefix_ = QStringLiteral("M-");
    quint64 nextJob_ = 1;
    quint64 nextAnswer_ = 1;
};

}  // namespace workroom::registers
