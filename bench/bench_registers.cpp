// Register queries over the register test server on loopback (issue 7):
//   single query p50/p95 (target p50 < 20 ms),
//   a 10,000-row bulk job end to end: check CSV, submit, poll, fetch, parse (target < 10 s),
//   and the longest stall of the client's event loop meanwhile (the GUI thread's view; < 16 ms).
// The server runs in a thread of its own, as a real service would be another process.
// Usage: bench_registers [--queries N] [--rows N] [--poll MS]
#include "BlockingRegister.h"
#include "BulkCsv.h"
#include "ColognePhonetics.h"
#include "RegisterClient.h"
#include "RegisterTestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace workroom::registers;
using workroom::tests::RegisterTestServer;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

// Records the longest gap between ticks of a 1 ms timer on this thread: how long the event loop
// was blocked.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        timer_.setInterval(1);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.nsecsElapsed();
            if (last_ > 0) {
                worst_ = std::max(worst_, now - last_);
            }
            last_ = now;
        });
    }
    void start()
    {
        worst_ = 0;
        last_ = 0;
        clock_.start();
        timer_.start();
    }
    double stop()
    {
        timer_.stop();
        return double(worst_) / 1e6;
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 worst_ = 0;
};

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto intArg = [&args](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int queries = intArg("--queries", 1000);
    const int bulkRows = intArg("--rows", maxBulkRows);
    const int pollMs = intArg("--poll", 100);

    // The server in its own thread.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    RegisterTestServer *server = nullptr;
    QElapsedTimer generation;
    generation.start();
    const auto startServer = [&server] {
        server = new RegisterTestServer();
        if (!server->start()) {
            qFatal("the register test server does not start");
        }
    };
    QMetaObject::invokeMethod(&anchor, startServer, Qt::BlockingQueuedConnection);
    std::printf("population: %d persons, server ready in %lld ms\n", server->population().size(),
                generation.elapsed());
    const QList<RegisteredPerson> &persons = server->population().persons();

    QNetworkAccessManager network;
    ClientConfig config;
    config.baseUrl = server->url();
    config.bearerToken = server->token();
    RegisterClient client(config, &network);
    BlockingRegister blocking(client);

    // 1. Single queries: different people, a mix of outcomes.
    QList<double> times;
    QHash<QueryOutcome, int> outcomes;
    const int warmup = 20;
    for (int i = 0; i < queries + warmup; ++i) {
        const PersonRecord &record = persons.at((i * 7919) % persons.size()).record;
        QueryRequest request;
        request.criteria.familyName = record.familyName;
        request.criteria.givenNames = record.givenNames;
        request.criteria.birthDate = i % 10 == 9 ? record.birthDate.addDays(1) : record.birthDate;
        QElapsedTimer t;
        t.start();
        const Result<QueryResult> result = blocking.query(request);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!result) {
            qFatal("query failed: %s", qPrintable(result.error().message));
        }
        if (i >= warmup) {
            times.append(ms);
            ++outcomes[result->outcome];
        }
    }
    std::printf("single query over loopback, %d queries: p50 %.2f ms, p90 %.2f ms, p95 %.2f ms, "
                "p99 %.2f ms, max %.2f ms "
                "(found %d, not unique %d, not found %d, blocked %d)\n",
                queries, percentile(times, 0.5), percentile(times, 0.9), percentile(times, 0.95),
                percentile(times, 0.99), percentile(times, 1.0),
                outcomes.value(QueryOutcome::Found), outcomes.value(QueryOutcome::NotUnique),
                outcomes.value(QueryOutcome::NotFound), outcomes.value(QueryOutcome::Blocked));

    // 2. A bulk job of distinct people, as a CSV file would bring it.
    QList<BulkRow> rows;
    QSet<QString> seen;
    for (int i = 0; rows.size() < bulkRows && i < persons.size(); ++i) {
        const PersonRecord &record = persons.at((qint64(i) * 15485863) % persons.size()).record;
        const QString key = foldName(record.familyName) + u'|' + foldName(record.givenNames) + u'|'
                            + record.birthDate.toString(Qt::ISODate);
        if (seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        BulkRow row;
        row.reference = QString::number(rows.size() + 1);
        row.criteria.familyName = record.familyName;
        row.criteria.givenNames = record.givenNames;
        row.criteria.birthDate = record.birthDate;
        rows.append(row);
    }
    const QByteArray csv = BulkCsv::writeRows(rows);

    // The same meter over an idle second and a half: what the machine's scheduling alone gives.
    StallMeter stalls;
    stalls.start();
    {
        QEventLoop idle;
        QTimer::singleShot(1500, &idle, &QEventLoop::quit);
        idle.exec();
    }
    const double idleStall = stalls.stop();
    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    const BulkCsvReport report = BulkCsv::parse(csv);
    const double parseMs = double(phase.nsecsElapsed()) / 1e6;
    if (!report.ok()) {
        qFatal("bulk CSV refused: %s", qPrintable(report.summary(5)));
    }
    stalls.start();
    phase.restart();
    BulkSubmission submission;
    submission.rows = report.rows;
    submission.purpose = QStringLiteral("Benchmark");
    submission.caseReference = QStringLiteral("00.00-0001/2026");
    QElapsedTimer check;
    check.start();
    const bool valid = validate(submission).isEmpty();
    const double checkMs = double(check.nsecsElapsed()) / 1e6;
    if (!valid) {
        qFatal("bulk submission refused");
    }
    const Result<BulkJob> job = blocking.submitBulk(submission);
    if (!job) {
        qFatal("submit failed: %s", qPrintable(job.error().message));
    }
    const double submitMs = double(phase.nsecsElapsed()) / 1e6;
    phase.restart();
    int polls = 0;
    const Result<BulkJob> done =
        blocking.waitForJob(job->jobId, pollMs, [&polls](const BulkJob &) { ++polls; });
    if (!done || done->state != BulkJobState::Done) {
        qFatal("job failed");
    }
    const double pollMsTotal = double(phase.nsecsElapsed()) / 1e6;
    phase.restart();
    const Result<BulkResult> result = blocking.fetchBulkResult(job->jobId, {});
    if (!result || result->rows.size() != report.rows.size()) {
        qFatal("fetch failed");
    }
    const double fetchMs = double(phase.nsecsElapsed()) / 1e6;
    const double worstStall = stalls.stop();
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    std::printf("bulk job of %lld rows end to end: %.0f ms (check CSV %.0f ms, submit %.0f ms, "
                "poll %.0f ms in %d polls every %d ms, fetch + parse %.0f ms; result CSV %lld "
                "bytes)\n",
                qlonglong(report.rows.size()), totalMs, parseMs, submitMs, pollMsTotal, polls,
                pollMs, fetchMs, qlonglong(result->csv.size()));
    std::printf("the client's own check of the %lld rows before sending (on its thread): %.1f ms\n",
                qlonglong(submission.rows.size()), checkMs);
    std::printf("longest event-loop stall of the client during submit, poll and fetch: %.1f ms "
                "(idle baseline: %.1f ms)\n",
                worstStall, idleStall);

    const auto stopServer = [server] { delete server; };
    QMetaObject::invokeMethod(&anchor, stopServer, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    const bool met = percentile(times, 0.5) < 20.0 && totalMs < 10000.0;
    std::printf("targets (p50 < 20 ms, bulk < 10 s): %s\n", met ? "met" : "NOT met");
    return met ? 0 : 1;
}
