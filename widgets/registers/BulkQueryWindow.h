#pragma once

#include "BulkCsv.h"
#include "RegisterService.h"
#include "RegisterTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace workroom::registers {
class BulkJobList;
class BulkJobWatcher;
}  // namespace workroom::registers

namespace workroom::widgets {

class RegisterSignIn;

class BulkRowModel;
class CsvIssueModel;

// The bulk query (Massenanfrage): a CSV is read and checked in the background and shown as a
// preview with every row's problems before anything is sent; only a file without errors can
// be submitted (with purpose and case reference). The job's progress is shown and can be left
// (the job goes on at the register); its results are fetched when done and saved as CSV.
class BulkQueryWindow : public QWidget {
    Q_OBJECT

public:
    enum class Stage { Empty, Reading, Checked, Submitting, Running, Fetching, Done, Failed };
    Q_ENUM(Stage)

    // `jobs` (may be null) remembers submitted jobs for the "Register queries" view; `origin`
    // names the user and workroom for the query log. References must outlive the window.
    BulkQueryWindow(registers::RegisterService &service, registers::BulkJobList *jobs,
                    registers::QueryOrigin origin, QWidget *parent = nullptr);
    ~BulkQueryWindow() override;

    Stage stage() const { return stage_; }
    const registers::BulkCsvReport &report() const { return report_; }
    const std::optional<registers::BulkJob> &job() const { return job_; }
    const std::optional<registers::BulkResult> &result() const { return result_; }
    bool canSubmit() const;
    void setPurpose(const QString &purpose);
    void setCaseReference(const QString &reference);
    // How often the job's progress is asked for (default 500 ms).
    void setPollInterval(int ms) { pollInterval_ = ms; }
    // With a configured service: its secret is asked for before submitting when none is known.
    void setSignIn(RegisterSignIn *signIn) { signIn_ = signIn; }

public slots:
    // Reads and checks the file in the background.
    void openCsv(const QString &path);
    void chooseCsv();
    // Checks purpose and case reference, then submits the rows as a job.
    void submit();
    // Stops what runs: a submission is cancelled, a running job is no longer watched.
    void cancel();
    void chooseResultFile();
    // Writes the results as CSV in the background.
    void saveResults(const QString &path);

signals:
    void stageChanged(workroom::widgets::BulkQueryWindow::Stage stage);
    void csvChecked();
    // The job was accepted or changed state (for the list of jobs).
    void jobChanged(const workroom::registers::BulkJob &job);
    void resultsSaved(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void setStage(Stage stage);
    void csvRead(const QString &path, const registers::BulkCsvReport &report);
    void jobAccepted(const registers::BulkJob &job);
    void watchJob();
    void jobEnded(const registers::BulkJob &job);
    void fetchResults();
    void resultsFetched(const registers::BulkResult &result);
    void showProblem(const QString &text);
    void showStatus(const QString &text);
    void rememberJob(const registers::BulkJob &job);
    void updateButtons();

    registers::RegisterService &service_;
    registers::BulkJobList *jobs_;
    registers::QueryOrigin origin_;
    int pollInterval_ = 500;
    Stage stage_ = Stage::Empty;
    int readGeneration_ = 0;
    registers::BulkCsvReport report_;
    std::optional<registers::BulkJob> job_;
    std::optional<registers::BulkResult> result_;
    registers::RegisterService::Ticket ticket_ = 0;
    RegisterSignIn *signIn_ = nullptr;
    bool signingIn_ = false;
    registers::BulkJobWatcher *watcher_ = nullptr;

    QLabel *fileLabel_ = nullptr;
    QPushButton *openButton_ = nullptr;
    QLabel *summary_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    CsvIssueModel *issues_ = nullptr;
    BulkRowModel *rows_ = nullptr;
    QTableView *issueView_ = nullptr;
    QTableView *rowView_ = nullptr;
    QLineEdit *purpose_ = nullptr;
    QLineEdit *caseReference_ = nullptr;
    QLabel *problem_ = nullptr;
    QLabel *status_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QPushButton *submitButton_ = nullptr;
    QPushButton *cancelButton_ = nullptr;
    QPushButton *saveButton_ = nullptr;
};

}  // namespace workroom::widgets
