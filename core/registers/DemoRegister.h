#pragma once

#include "RegisterEngine.h"
#include "RegisterService.h"

#include <QTimer>

namespace workroom::registers {

// The register the app uses when no service is configured: in-process, over a small bundled
// synthetic population (SyntheticPopulation::demoSize people), labelled "Demo-Register". It
// behaves like the real service (validation, outcomes, bulk jobs with progress, 8-day expiry)
// so that everything can be tried without a connection.
class DemoRegister : public RegisterService {
    Q_OBJECT

public:
    explicit DemoRegister(QObject *parent = nullptr);
    // For tests: another population, clock and pace of bulk work.
    DemoRegister(std::shared_ptr<const SyntheticPopulation> population, RegisterEngine::Clock clock,
                 QObject *parent = nullptr);
    ~DemoRegister() override;

    QString label() const override;
    bool isDemo() const override { return true; }

    // Bulk rows worked per tick of 10 ms (default 200, so that progress can be watched).
    void setRowsPerTick(int rows);
    // Keeps finished bulk jobs as files in `directory` (until their 8 days are over), so that
    // a later process — the app after a restart, the next workroomctl call — can still fetch
    // them: the demo has no server that outlives the process.
    void setJobDirectory(const QString &directory);
    // Works bulk jobs in the submitting call instead of tick by tick (for workroomctl, which
    // exits after submitting).
    void setWorkAtOnce(bool atOnce);
    RegisterEngine &engine() { return engine_; }

protected:
    void doQuery(Ticket ticket, const QueryRequest &request, Callback<QueryResult> done) override;
    void doSubmitBulk(Ticket ticket, const BulkSubmission &submission,
                      Callback<BulkJob> done) override;
    void doBulkStatus(Ticket ticket, const QString &jobId, Callback<BulkJob> done) override;
    void doFetchBulkResult(Ticket ticket, const QString &jobId, Callback<BulkResult> done) override;

private:
    void saveJob(const QString &jobId);
    void saveFinishedJobs();
    Result<BulkResult> loadJob(const QString &jobId) const;

    RegisterEngine engine_;
    QString jobDirectory_;
    QStringList unsaved_;  // jobs to write to jobDirectory_ once done
    bool workAtOnce_ = false;
    QTimer worker_;
    int rowsPerTick_ = 200;
};

}  // namespace workroom::registers
