#include "BulkQueryWindow.h"

#include "BulkCsvModels.h"
#include "BulkJobList.h"
#include "BulkJobWatcher.h"
#include "Icons.h"
#include "RegisterSignIn.h"
#include "RegisterTexts.h"

#include <QAccessible>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace workroom::widgets {

using registers::BulkCsv;
using registers::BulkCsvReport;
using registers::BulkJob;
using registers::BulkJobState;
using registers::QueryOutcome;
using registers::RegisterErrorCode;

namespace {

struct ReadOutcome {
    BulkCsvReport report;
    QString error;  // the file could not be read
};

// Runs on a worker thread: reading and checking 10,000 rows must not hold up the window.
ReadOutcome readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{},
                BulkQueryWindow::tr("%1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    // A bulk file has at most 10,000 short rows; far more bytes than that is not one.
    constexpr qint64 maxBytes = 64 * 1024 * 1024;
    if (file.size() > maxBytes) {
        return {{},
                BulkQueryWindow::tr("%1 is too large for a bulk query (%2 MB at most).")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(maxBytes / (1024 * 1024))};
    }
    return {BulkCsv::parse(file.readAll()), {}};
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return BulkQueryWindow::tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

QTableView *makeTable(QAbstractItemModel *model, const char *name, const QString &accessibleName,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights: sizing 10,000 rows to their contents would stall the window.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

}  // namespace

BulkQueryWindow::BulkQueryWindow(registers::RegisterService &service, registers::BulkJobList *jobs,
                                 registers::QueryOrigin origin, QWidget *parent)
    : QWidget(parent, Qt::Window), service_(service), jobs_(jobs), origin_(std::move(origin)),
      issues_(new CsvIssueModel(this)), rows_(new BulkRowModel(this))
{
    setObjectName(QStringLiteral("bulkQueryWindow"));
    setWindowTitle(tr("Bulk register query"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    buildUi();
    setStage(Stage::Empty);
    resize(900, 640);
}

BulkQueryWindow::~BulkQueryWindow()
{
    if (ticket_ != 0) {
        service_.cancel(ticket_);
    }
}

void BulkQueryWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(RegisterTexts::makeServiceBanner(service_, this));

    auto *intro = new QLabel(tr("A bulk query asks the register about up to %1 people at once. "
                                "The CSV file needs the columns familienname, vornamen and "
                                "geburtsdatum (referenz is optional); every row is checked "
                                "before anything is sent.")
                                 .arg(QLocale().toString(registers::maxBulkRows)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    openButton_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")),
                                  tr("&Open CSV file…"), this);
    openButton_->setObjectName(QStringLiteral("openCsvButton"));
    connect(openButton_, &QPushButton::clicked, this, &BulkQueryWindow::chooseCsv);
    fileLabel_ = new QLabel(tr("No file opened yet."), this);
    fileLabel_->setObjectName(QStringLiteral("csvFileLabel"));
    fileLabel_->setAccessibleName(tr("CSV file"));
    fileLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(openButton_);
    fileRow->addWidget(fileLabel_, 1);
    layout->addLayout(fileRow);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("csvSummary"));
    summary_->setAccessibleName(tr("What the check of the file found"));
    summary_->setWordWrap(true);
    layout->addWidget(summary_);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("bulkTabs"));
    issueView_ = makeTable(issues_, "csvIssueView", tr("Problems found in the file"), tabs_);
    issueView_->setColumnWidth(CsvIssueModel::Severity, 110);
    issueView_->setColumnWidth(CsvIssueModel::Line, 70);
    issueView_->setColumnWidth(CsvIssueModel::Column, 140);
    rowView_ = makeTable(rows_, "csvRowView", tr("Rows that will be sent"), tabs_);
    rowView_->setColumnWidth(BulkRowModel::Line, 70);
    rowView_->setColumnWidth(BulkRowModel::Reference, 140);
    rowView_->setColumnWidth(BulkRowModel::FamilyName, 200);
    rowView_->setColumnWidth(BulkRowModel::GivenNames, 200);
    tabs_->addTab(issueView_, tr("&Problems"));
    tabs_->addTab(rowView_, tr("Ro&ws to send"));
    layout->addWidget(tabs_, 1);

    auto *queryBox = new QGroupBox(tr("Query"), this);
    auto *form = new QFormLayout(queryBox);
    purpose_ = new QLineEdit(queryBox);
    purpose_->setObjectName(QStringLiteral("bulkPurpose"));
    purpose_->setAccessibleName(tr("Purpose of the bulk query"));
    purpose_->setPlaceholderText(tr("Why the data are needed"));
    form->addRow(tr("P&urpose (required):"), purpose_);
    caseReference_ = new QLineEdit(queryBox);
    caseReference_->setObjectName(QStringLiteral("bulkCaseReference"));
    caseReference_->setAccessibleName(tr("Case reference"));
    form->addRow(tr("Case &reference (required):"), caseReference_);
    layout->addWidget(queryBox);

    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("bulkProblem"));
    problem_->setAccessibleName(tr("Problem"));
    problem_->setWordWrap(true);
    problem_->hide();
    layout->addWidget(problem_);

    auto *progressRow = new QHBoxLayout;
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("bulkStatus"));
    status_->setAccessibleName(tr("State of the bulk query"));
    status_->setWordWrap(true);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("bulkProgress"));
    progress_->setAccessibleName(tr("Progress of the bulk query"));
    progress_->setMaximumWidth(280);
    progress_->hide();
    progressRow->addWidget(status_, 1);
    progressRow->addWidget(progress_);
    layout->addLayout(progressRow);

    auto *buttons = new QHBoxLayout;
    submitButton_ = new QPushButton(tr("&Submit bulk query"), this);
    submitButton_->setObjectName(QStringLiteral("submitBulkButton"));
    submitButton_->setDefault(true);
    connect(submitButton_, &QPushButton::clicked, this, &BulkQueryWindow::submit);
    cancelButton_ = new QPushButton(tr("&Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("cancelBulkButton"));
    connect(cancelButton_, &QPushButton::clicked, this, &BulkQueryWindow::cancel);
    saveButton_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")),
                                  tr("Save &results as CSV…"), this);
    saveButton_->setObjectName(QStringLiteral("saveResultsButton"));
    connect(saveButton_, &QPushButton::clicked, this, &BulkQueryWindow::chooseResultFile);
    auto *closeButton = new QPushButton(tr("C&lose"), this);
    closeButton->setObjectName(QStringLiteral("closeBulkButton"));
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    buttons->addWidget(submitButton_);
    buttons->addWidget(cancelButton_);
    buttons->addStretch(1);
    buttons->addWidget(saveButton_);
    buttons->addWidget(closeButton);
    layout->addLayout(buttons);
}

bool BulkQueryWindow::canSubmit() const
{
    return stage_ == Stage::Checked && report_.ok() && !report_.rows.isEmpty();
}

void BulkQueryWindow::setPurpose(const QString &purpose)
{
    purpose_->setText(purpose);
}

void BulkQueryWindow::setCaseReference(const QString &reference)
{
    caseReference_->setText(reference);
}

void BulkQueryWindow::setStage(Stage stage)
{
    stage_ = stage;
    const bool working = stage == Stage::Reading || stage == Stage::Submitting
                         || stage == Stage::Running || stage == Stage::Fetching;
    progress_->setVisible(working || stage == Stage::Done);
    if (stage == Stage::Reading || stage == Stage::Submitting || stage == Stage::Fetching) {
        progress_->setRange(0, 0);
    }
    updateButtons();
    emit stageChanged(stage);
}

void BulkQueryWindow::updateButtons()
{
    const bool working = stage_ == Stage::Reading || stage_ == Stage::Submitting
                         || stage_ == Stage::Running || stage_ == Stage::Fetching;
    openButton_->setEnabled(!working);
    purpose_->setEnabled(!working);
    caseReference_->setEnabled(!working);
    submitButton_->setEnabled(canSubmit());
    cancelButton_->setEnabled(working && stage_ != Stage::Reading);
    // A job at the register cannot be called back; the window only stops following it.
    const bool following = stage_ == Stage::Running || stage_ == Stage::Fetching;
    cancelButton_->setText(following ? tr("&Stop Waiting") : tr("&Cancel"));
    cancelButton_->setToolTip(following ? tr("The job goes on at the register; its results can "
                                             "be fetched from “Register queries”.")
                                        : QString());
    saveButton_->setEnabled(stage_ == Stage::Done && result_.has_value());
}

void BulkQueryWindow::showProblem(const QString &text)
{
    problem_->setText(text);
    problem_->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleAnnouncementEvent announcement(problem_, text);
        announcement.setPoliteness(QAccessible::AnnouncementPoliteness::Assertive);
        QAccessible::updateAccessibility(&announcement);
    }
}

void BulkQueryWindow::showStatus(const QString &text)
{
    status_->setText(text);
}

// --- reading the CSV -------------------------------------------------------------------

void BulkQueryWindow::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a CSV file for a bulk query"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openCsv(path);
    }
}

void BulkQueryWindow::openCsv(const QString &path)
{
    if (stage_ == Stage::Submitting || stage_ == Stage::Running || stage_ == Stage::Fetching) {
        return;
    }
    job_.reset();
    result_.reset();
    showProblem(QString());
    fileLabel_->setText(QDir::toNativeSeparators(path));
    summary_->setText(tr("Reading and checking the file…"));
    showStatus(QString());
    issues_->setIssues({});
    rows_->setRows({});
    report_ = {};
    setStage(Stage::Reading);
    // A file opened again before the first was read wins; the older reading is dropped.
    const int generation = ++readGeneration_;
    auto *watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        if (generation != readGeneration_) {
            return;
        }
        const ReadOutcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            summary_->clear();
            showProblem(outcome.error);
            setStage(Stage::Empty);
            return;
        }
        csvRead(path, outcome.report);
    });
    watcher->setFuture(QtConcurrent::run(readCsv, path));
}

void BulkQueryWindow::csvRead(const QString &path, const BulkCsvReport &report)
{
    report_ = report;
    issues_->setIssues(report.issues);
    rows_->setRows(report.rows);
    const int errors = report.errorCount();
    const int warnings = int(report.issues.size()) - errors;
    const QLocale locale;
    QStringList parts;
    parts.append(tr("%Ln row(s) in %1", nullptr, report.dataRows).arg(QFileInfo(path).fileName()));
    parts.append(tr("read as %1, columns separated by “%2”")
                     .arg(report.encoding == BulkCsvReport::Encoding::Utf8
                              ? QStringLiteral("UTF-8")
                              : QStringLiteral("Windows-1252"),
                          QString(report.delimiter)));
    QString text = parts.join(QStringLiteral(", ")) + QStringLiteral(". ");
    if (errors > 0) {
        text += tr("%Ln error(s) must be corrected in the file before it can be sent; open it "
                   "again afterwards.",
                   nullptr, errors);
    } else if (report.rows.isEmpty()) {
        text += tr("The file holds no rows to send.");
    } else {
        text += tr("%Ln row(s) can be sent.", nullptr, int(report.rows.size()));
    }
    if (warnings > 0) {
        text += QLatin1Char(' ') + tr("%Ln warning(s).", nullptr, warnings);
    }
    summary_->setText(text);
    tabs_->setTabText(0, tr("&Problems (%1)").arg(locale.toString(report.issues.size())));
    tabs_->setTabText(1, tr("Ro&ws to send (%1)").arg(locale.toString(report.rows.size())));
    tabs_->setTabEnabled(0, !report.issues.isEmpty());
    tabs_->setCurrentIndex(report.issues.isEmpty() ? 1 : 0);
    setStage(Stage::Checked);
    if (errors > 0) {
        showProblem(tr("Nothing has been sent: the file has errors (see “Problems”)."));
        issueView_->setFocus(Qt::OtherFocusReason);
    } else if (purpose_->text().trimmed().isEmpty()) {
        purpose_->setFocus(Qt::OtherFocusReason);
    }
    QAccessibleAnnouncementEvent announcement(summary_, text);
    QAccessible::updateAccessibility(&announcement);
    emit csvChecked();
}

// --- the job -----------------------------------------------------------------------------

void BulkQueryWindow::submit()
{
    if (!canSubmit()) {
        return;
    }
    registers::BulkSubmission submission;
    submission.rows = report_.rows;
    submission.purpose = purpose_->text().trimmed();
    submission.caseReference = caseReference_->text().trimmed();
    submission.origin = origin_;
    // The rows were checked with the file, off this thread; here only what was typed.
    registers::BulkSubmission typed = submission;
    typed.rows.clear();
    QList<registers::FieldProblem> problems = registers::validate(typed);
    problems.removeIf([](const registers::FieldProblem &problem) {
        return problem.field == QLatin1StringView("zeilen");
    });
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const registers::FieldProblem &problem : problems) {
            lines.append(problem.message);
        }
        showProblem(lines.join(QLatin1Char('\n')));
        const QString first = problems.first().field;
        if (first == QLatin1StringView("zweck")) {
            purpose_->setFocus(Qt::OtherFocusReason);
        } else if (first == QLatin1StringView("aktenzeichen")) {
            caseReference_->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (signIn_ && !signingIn_) {
        // A missing secret is asked for first; then the same checks run again and it goes out.
        signingIn_ = true;
        QPointer<BulkQueryWindow> self(this);
        signIn_->ensureSecret(this, [self](bool ready) {
            if (self && ready) {
                self->submit();
            }
            if (self) {
                self->signingIn_ = false;
            }
        });
        return;
    }
    showProblem(QString());
    showStatus(tr("Submitting %Ln row(s)…", nullptr, int(submission.rows.size())));
    setStage(Stage::Submitting);
    cancelButton_->setFocus(Qt::OtherFocusReason);
    ticket_ =
        service_.submitBulk(submission, this, [this](const registers::Result<BulkJob> &accepted) {
            ticket_ = 0;
            if (!accepted) {
                showStatus(QString());
                showProblem(tr("The bulk query was not accepted: %1")
                                .arg(RegisterTexts::errorText(accepted.error())));
                setStage(Stage::Checked);
                return;
            }
            jobAccepted(*accepted);
        });
}

void BulkQueryWindow::rememberJob(const BulkJob &job)
{
    if (jobs_) {
        if (auto kept = jobs_->remember(job, origin_); !kept) {
            showProblem(tr("The job could not be added to your list of jobs: %1")
                            .arg(kept.error().message));
        }
    }
    emit jobChanged(job);
}

void BulkQueryWindow::jobAccepted(const BulkJob &job)
{
    job_ = job;
    rememberJob(job);
    watchJob();
}

void BulkQueryWindow::watchJob()
{
    const BulkJob &job = *job_;
    progress_->setRange(0, std::max(1, job.total));
    progress_->setValue(job.processed);
    showStatus(tr("Job %1 accepted; the register is working on it.").arg(job.jobId));
    setStage(Stage::Running);
    delete watcher_;
    watcher_ = new registers::BulkJobWatcher(service_, job.jobId, this);
    watcher_->setInterval(pollInterval_);
    connect(watcher_, &registers::BulkJobWatcher::progress, this, [this](int processed, int total) {
        const QLocale locale;
        progress_->setRange(0, std::max(1, total));
        progress_->setValue(processed);
        showStatus(tr("Job %1: %2 of %3 rows done.")
                       .arg(job_->jobId, locale.toString(processed), locale.toString(total)));
    });
    connect(watcher_, &registers::BulkJobWatcher::finished, this, &BulkQueryWindow::jobEnded);
    connect(watcher_, &registers::BulkJobWatcher::failed, this,
            [this](const registers::RegisterError &error) {
                showProblem(error.code == RegisterErrorCode::Expired
                                ? tr("The results of this job have expired: the register "
                                     "deletes them %n day(s) after submission.",
                                     nullptr, registers::bulkRetentionDays)
                                : tr("The state of the job could not be asked for: %1")
                                      .arg(RegisterTexts::errorText(error)));
                showStatus(tr("Job %1 is kept in “Register queries”; fetch it again from "
                              "there.")
                               .arg(job_->jobId));
                setStage(Stage::Failed);
            });
    watcher_->start();
}

void BulkQueryWindow::jobEnded(const BulkJob &job)
{
    job_ = job;
    rememberJob(job);
    if (job.state == BulkJobState::Failed) {
        showProblem(tr("The register could not finish job %1.").arg(job.jobId));
        setStage(Stage::Failed);
        return;
    }
    fetchResults();
}

void BulkQueryWindow::fetchResults()
{
    showStatus(tr("Fetching the results of job %1…").arg(job_->jobId));
    setStage(Stage::Fetching);
    ticket_ = service_.fetchBulkResult(
        job_->jobId, origin_, this, [this](const registers::Result<registers::BulkResult> &r) {
            ticket_ = 0;
            if (!r) {
                showProblem(tr("The results could not be fetched: %1")
                                .arg(RegisterTexts::errorText(r.error())));
                setStage(Stage::Failed);
                return;
            }
            resultsFetched(*r);
        });
}

void BulkQueryWindow::resultsFetched(const registers::BulkResult &result)
{
    result_ = result;
    int counts[4] = {0, 0, 0, 0};
    for (const registers::BulkResultRow &row : result.rows) {
        ++counts[static_cast<int>(row.outcome)];
    }
    const QLocale locale;
    progress_->setRange(0, 1);
    progress_->setValue(1);
    showStatus(tr("Job %1 done: %2 found, %3 not unique, %4 not found, %5 with an information "
                  "block. The results can be fetched again until %6.")
                   .arg(result.jobId,
                        locale.toString(counts[static_cast<int>(QueryOutcome::Found)]),
                        locale.toString(counts[static_cast<int>(QueryOutcome::NotUnique)]),
                        locale.toString(counts[static_cast<int>(QueryOutcome::NotFound)]),
                        locale.toString(counts[static_cast<int>(QueryOutcome::Blocked)]),
                        RegisterTexts::dateTimeText(job_->expiresAt)));
    setStage(Stage::Done);
    saveButton_->setFocus(Qt::OtherFocusReason);
}

void BulkQueryWindow::cancel()
{
    switch (stage_) {
    case Stage::Submitting:
        service_.cancel(ticket_);
        ticket_ = 0;
        showStatus(tr("The submission was cancelled. If the register received it already, "
                      "the job appears under “Register queries” after a refresh."));
        setStage(Stage::Checked);
        break;
    case Stage::Running:
    case Stage::Fetching:
        if (watcher_) {
            watcher_->stop();
        }
        if (ticket_ != 0) {
            service_.cancel(ticket_);
            ticket_ = 0;
        }
        showStatus(tr("Stopped waiting. Job %1 goes on at the register; fetch its results from "
                      "“Register queries” until %2.")
                       .arg(job_->jobId, RegisterTexts::dateTimeText(job_->expiresAt)));
        setStage(Stage::Failed);
        break;
    default:
        break;
    }
}

// --- results -------------------------------------------------------------------------------

void BulkQueryWindow::chooseResultFile()
{
    if (!result_) {
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("register-results-%1.csv").arg(result_->jobId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the results as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        saveResults(path);
    }
}

void BulkQueryWindow::saveResults(const QString &path)
{
    if (!result_) {
        return;
    }
    const registers::BulkResult result = *result_;
    saveButton_->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        updateButtons();
        if (error.isEmpty()) {
            showStatus(tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)));
        } else {
            showProblem(error);
        }
        emit resultsSaved(path, error);
    });
    watcher->setFuture(QtConcurrent::run([result, path] {
        return writeFile(path,
                         result.csv.isEmpty() ? BulkCsv::writeResult(result.rows) : result.csv);
    }));
}

void BulkQueryWindow::closeEvent(QCloseEvent *event)
{
    // A running job goes on at the register and stays in the list of jobs.
    cancel();
    QWidget::closeEvent(event);
}

}  // namespace workroom::widgets
