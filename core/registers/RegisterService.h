#pragma once

#include "RegisterError.h"
#include "RegisterTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace workroom::registers {

class QueryLog;

template <typename T>
using Callback = std::function<void(const Result<T> &)>;

// A register as the app sees it: the association's service over HTTPS (RegisterClient) or the
// built-in DemoRegister. Every call is asynchronous: it returns at once with a ticket and later
// calls `done` exactly once on the thread of this object, unless `context` was destroyed or
// the ticket was cancelled meanwhile.
//
// Requests are validated before anything is sent (an invalid one fails with Invalid, without
// contacting the service), and every query that reaches the service, with its result class, is
// written to the query log set with setQueryLog() — the derived classes cannot skip either.
class RegisterService : public QObject {
    Q_OBJECT

public:
    using Ticket = quint64;

    explicit RegisterService(QObject *parent = nullptr);
    ~RegisterService() override;

    // "Demo-Register" for the demo; the service's host otherwise. Shown in the UI.
    virtual QString label() const = 0;
    virtual bool isDemo() const = 0;

    // The audit trail of queries; not owned. Without one nothing is logged (tests only).
    void setQueryLog(QueryLog *log);
    QueryLog *queryLog() const { return queryLog_; }

    // A simple or authority query (request.kind).
    Ticket query(const QueryRequest &request, QObject *context, Callback<QueryResult> done);
    // Submits a bulk query as a job; the answer is the job as accepted (state Queued/Running).
    Ticket submitBulk(const BulkSubmission &submission, QObject *context, Callback<BulkJob> done);
    // The job's state and progress. Expired jobs fail with Expired.
    Ticket bulkStatus(const QString &jobId, QObject *context, Callback<BulkJob> done);
    // The job's result (parsed and as CSV). Not finished: NotReady; expired: Expired.
    // `origin` is recorded in the query log with the fetch.
    Ticket fetchBulkResult(const QString &jobId, const QueryOrigin &origin, QObject *context,
                           Callback<BulkResult> done);

    // The callback of the ticket is not called any more; running network work is aborted.
    void cancel(Ticket ticket);

protected:
    // The derived classes do the work; the request is valid and a ticket assigned. They call
    // the completion exactly once (possibly after cancel(), then it is ignored).
    virtual void doQuery(Ticket ticket, const QueryRequest &request,
                         Callback<QueryResult> done) = 0;
    virtual void doSubmitBulk(Ticket ticket, const BulkSubmission &submission,
                              Callback<BulkJob> done) = 0;
    virtual void doBulkStatus(Ticket ticket, const QString &jobId, Callback<BulkJob> done) = 0;
    virtual void doFetchBulkResult(Ticket ticket, const QString &jobId,
                                   Callback<BulkResult> done) = 0;
    // Aborts what runs for the ticket; the default does nothing.
    virtual void doCancel(Ticket ticket);

    // Calls `done` with `result` from the event loop (never re-entrantly from the call).
    template <typename T>
    void deliverLater(Callback<T> done, Result<T> result);

private:
    Ticket nextTicket();
    // Wraps `done` so that it runs only while the ticket is live and the context exists.
    template <typename T>
    Callback<T> guard(Ticket ticket, QObject *context, Callback<T> done);

    QueryLog *queryLog_ = nullptr;
    Ticket lastTicket_ = 0;
    QHash<Ticket, bool> live_;
};

template <typename T>
void RegisterService::deliverLater(Callback<T> done, Result<T> result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

}  // namespace workroom::registers
