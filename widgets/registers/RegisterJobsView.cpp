#include "RegisterJobsView.h"

#include "BulkCsv.h"
#include "BulkJobList.h"
#include "RegisterExtract.h"
#include "RegisterTexts.h"
#include "Workspace.h"

#include <QAccessible>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace workroom::widgets {

using registers::BulkJob;
using registers::BulkJobState;
using registers::QueryKind;
using registers::QueuedQuery;
using registers::RegisterErrorCode;

namespace {

enum JobColumn { Submitted, CaseReference, Purpose, Rows, State, AvailableUntil, JobColumns };
enum QueueColumn { QueuedAt, Kind, QueueCaseReference, QueuePurpose, LastAttempt, QueueColumns };

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTreeWidget *makeList(const char *name, const QString &accessibleName, const QStringList &titles,
                      QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setAccessibleName(accessibleName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAllColumnsShowFocus(true);
    list->setHeaderLabels(titles);
    list->header()->setStretchLastSection(true);
    return list;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return RegisterJobsView::tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

}  // namespace

RegisterJobsView::RegisterJobsView(registers::RegisterService &service,
                                   registers::BulkJobList &jobs, registers::OfflineQueue *queue,
                                   casework::Workspace &workspace, bool mayAttach, QWidget *parent)
    : QWidget(parent), service_(service), jobList_(jobs), queue_(queue), workspace_(workspace),
      mayAttach_(mayAttach)
{
    setObjectName(QStringLiteral("registerJobsView"));
    setAccessibleName(tr("Register queries"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(RegisterTexts::makeServiceBanner(service_, this));

    auto *intro = new QLabel(tr("Single queries are made from a case (Case ▸ Register Query…). "
                                "Bulk queries run as jobs at the register; their results can "
                                "be fetched again for %n day(s) after submission.",
                                nullptr, registers::bulkRetentionDays),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *topRow = new QHBoxLayout;
    newBulkButton_ = new QPushButton(tr("&New Bulk Query…"), this);
    newBulkButton_->setObjectName(QStringLiteral("newBulkQueryButton"));
    connect(newBulkButton_, &QPushButton::clicked, this, &RegisterJobsView::bulkQueryRequested);
    refreshButton_ =
        new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&fresh"), this);
    refreshButton_->setObjectName(QStringLiteral("refreshJobsButton"));
    connect(refreshButton_, &QPushButton::clicked, this, &RegisterJobsView::refresh);
    topRow->addWidget(newBulkButton_);
    topRow->addWidget(refreshButton_);
    topRow->addStretch(1);
    layout->addLayout(topRow);

    auto *jobsHeading = heading(tr("My bulk jobs"), this);
    layout->addWidget(jobsHeading);
    jobView_ = makeList("registerJobList", tr("My bulk jobs"),
                        {tr("Submitted"), tr("Case reference"), tr("Purpose"), tr("Rows"),
                         tr("State"), tr("Results available until")},
                        this);
    jobsHeading->setBuddy(jobView_);
    jobsEmpty_ =
        new QLabel(tr("No bulk jobs yet. Start one with “New Bulk Query”."), jobView_->viewport());
    jobsEmpty_->setObjectName(QStringLiteral("registerJobsEmpty"));
    jobsEmpty_->setAlignment(Qt::AlignCenter);
    jobsEmpty_->setWordWrap(true);
    jobsEmpty_->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(jobView_->viewport());
    emptyLayout->addWidget(jobsEmpty_);
    connect(jobView_, &QTreeWidget::currentItemChanged, this, &RegisterJobsView::updateButtons);
    connect(jobView_, &QTreeWidget::itemActivated, this, &RegisterJobsView::fetchChosenJob);
    layout->addWidget(jobView_, 3);
    setFocusProxy(jobView_);

    auto *jobButtons = new QHBoxLayout;
    fetchButton_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")),
                                   tr("Fetch &Results Again…"), this);
    fetchButton_->setObjectName(QStringLiteral("fetchAgainButton"));
    connect(fetchButton_, &QPushButton::clicked, this, &RegisterJobsView::fetchChosenJob);
    checkButton_ = new QPushButton(tr("Check &State"), this);
    checkButton_->setObjectName(QStringLiteral("checkJobButton"));
    connect(checkButton_, &QPushButton::clicked, this, &RegisterJobsView::checkChosenJob);
    jobButtons->addWidget(fetchButton_);
    jobButtons->addWidget(checkButton_);
    jobButtons->addStretch(1);
    layout->addLayout(jobButtons);

    queueHeading_ = heading(tr("Queries waiting to be sent"), this);
    layout->addWidget(queueHeading_);
    queueView_ = makeList(
        "registerQueueList", tr("Queries waiting to be sent"),
        {tr("Queued"), tr("Kind"), tr("Case reference"), tr("Purpose"), tr("Last attempt")}, this);
    queueHeading_->setBuddy(queueView_);
    connect(queueView_, &QTreeWidget::currentItemChanged, this, &RegisterJobsView::updateButtons);
    layout->addWidget(queueView_, 1);
    auto *queueButtons = new QHBoxLayout;
    sendButton_ = new QPushButton(tr("Send &Now"), this);
    sendButton_->setObjectName(QStringLiteral("sendQueuedButton"));
    connect(sendButton_, &QPushButton::clicked, this, &RegisterJobsView::sendChosenQueued);
    removeButton_ = new QPushButton(tr("Re&move from Queue"), this);
    removeButton_->setObjectName(QStringLiteral("removeQueuedButton"));
    connect(removeButton_, &QPushButton::clicked, this, &RegisterJobsView::removeChosenQueued);
    queueButtons->addWidget(sendButton_);
    queueButtons->addWidget(removeButton_);
    queueButtons->addStretch(1);
    layout->addLayout(queueButtons);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("registerJobsMessage"));
    message_->setAccessibleName(tr("Message"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    layout->addWidget(message_);

    updateButtons();
}

QDateTime RegisterJobsView::now() const
{
    return clock_ ? clock_() : QDateTime::currentDateTimeUtc();
}

bool RegisterJobsView::isExpired(const BulkJob &job) const
{
    return expiredAtService_.contains(job.jobId)
           || (job.expiresAt.isValid() && job.expiresAt <= now());
}

QString RegisterJobsView::jobStateText(const BulkJob &job) const
{
    if (isExpired(job)) {
        return tr("Expired – results deleted");
    }
    if (job.state == BulkJobState::Running || job.state == BulkJobState::Queued) {
        const QLocale locale;
        return tr("%1 (%2 of %3)")
            .arg(registers::jobStateText(job.state), locale.toString(job.processed),
                 locale.toString(job.total));
    }
    return registers::jobStateText(job.state);
}

void RegisterJobsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void RegisterJobsView::refresh()
{
    const QString keptJob = chosenJob() ? chosenJob()->jobId : QString();
    const qint64 keptQueued = chosenQueued() ? chosenQueued()->id : 0;
    auto jobs = jobList_.jobs(workspace_.actor());
    if (!jobs) {
        showMessage(jobs.error().message, true);
    }
    shownJobs_ = jobs ? *jobs : QList<BulkJob>{};
    const QLocale locale;
    {
        const QSignalBlocker blocker(jobView_);
        jobView_->clear();
        for (const BulkJob &job : std::as_const(shownJobs_)) {
            const bool expired = isExpired(job);
            auto *item = new QTreeWidgetItem(jobView_);
            item->setText(Submitted, RegisterTexts::dateTimeText(job.submittedAt));
            item->setText(CaseReference, job.caseReference);
            item->setText(Purpose, job.purpose);
            item->setText(Rows, locale.toString(job.total));
            item->setTextAlignment(Rows, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(State, jobStateText(job));
            item->setText(AvailableUntil,
                          expired
                              ? tr("expired on %1").arg(RegisterTexts::dateTimeText(job.expiresAt))
                              : RegisterTexts::dateTimeText(job.expiresAt));
            item->setToolTip(State, tr("Job %1 at %2").arg(job.jobId, job.serviceLabel));
            if (expired) {
                // Greyed out as well as said in words.
                for (int column = 0; column < JobColumns; ++column) {
                    item->setForeground(column, palette().brush(QPalette::PlaceholderText));
                }
            }
            if (job.jobId == keptJob) {
                jobView_->setCurrentItem(item);
            }
        }
        // Something is always chosen, so that the buttons work from the keyboard at once.
        if (!jobView_->currentItem() && jobView_->topLevelItemCount() > 0) {
            jobView_->setCurrentItem(jobView_->topLevelItem(0));
        }
    }
    jobsEmpty_->setVisible(shownJobs_.isEmpty());
    for (int column = 0; column < JobColumns - 1; ++column) {
        jobView_->resizeColumnToContents(column);
    }

    shownQueue_.clear();
    if (queue_) {
        auto pending = queue_->pending();
        if (!pending) {
            showMessage(pending.error().message, true);
        } else {
            shownQueue_ = *pending;
        }
    }
    {
        const QSignalBlocker blocker(queueView_);
        queueView_->clear();
        for (const QueuedQuery &queued : std::as_const(shownQueue_)) {
            auto *item = new QTreeWidgetItem(queueView_);
            item->setText(QueuedAt, RegisterTexts::dateTimeText(queued.queuedAt));
            item->setText(Kind, queued.needsConfirmation()
                                    ? tr("Authority query (asks before sending)")
                                    : tr("Simple query"));
            item->setText(QueueCaseReference, queued.request.caseReference);
            item->setText(QueuePurpose, queued.request.purpose);
            item->setText(LastAttempt,
                          queued.lastError.isEmpty() ? tr("not tried yet") : queued.lastError);
            if (queued.id == keptQueued) {
                queueView_->setCurrentItem(item);
            }
        }
        if (!queueView_->currentItem() && queueView_->topLevelItemCount() > 0) {
            queueView_->setCurrentItem(queueView_->topLevelItem(0));
        }
    }
    for (int column = 0; column < QueueColumns - 1; ++column) {
        queueView_->resizeColumnToContents(column);
    }
    const bool hasQueue = queue_ != nullptr && !shownQueue_.isEmpty();
    queueHeading_->setVisible(hasQueue);
    queueView_->setVisible(hasQueue);
    sendButton_->setVisible(hasQueue);
    removeButton_->setVisible(hasQueue);
    queueHeading_->setText(tr("Queries waiting to be sent (%1)").arg(shownQueue_.size()));
    updateButtons();
}

void RegisterJobsView::selectJob(int row)
{
    jobView_->setCurrentItem(jobView_->topLevelItem(row));
}

void RegisterJobsView::selectQueued(int row)
{
    queueView_->setCurrentItem(queueView_->topLevelItem(row));
}

const BulkJob *RegisterJobsView::chosenJob() const
{
    const int row = jobView_->indexOfTopLevelItem(jobView_->currentItem());
    return row >= 0 && row < shownJobs_.size() ? &shownJobs_.at(row) : nullptr;
}

const QueuedQuery *RegisterJobsView::chosenQueued() const
{
    const int row = queueView_->indexOfTopLevelItem(queueView_->currentItem());
    return row >= 0 && row < shownQueue_.size() ? &shownQueue_.at(row) : nullptr;
}

void RegisterJobsView::updateButtons()
{
    const BulkJob *job = chosenJob();
    fetchButton_->setEnabled(job && !isExpired(*job) && job->state == BulkJobState::Done);
    checkButton_->setEnabled(job && !isExpired(*job));
    const QueuedQuery *queued = chosenQueued();
    sendButton_->setEnabled(queued && !sending_.contains(queued->id));
    removeButton_->setEnabled(queued && !sending_.contains(queued->id));
}

void RegisterJobsView::showMessage(const QString &text, bool problem)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleAnnouncementEvent announcement(message_, text);
        announcement.setPoliteness(problem ? QAccessible::AnnouncementPoliteness::Assertive
                                           : QAccessible::AnnouncementPoliteness::Polite);
        QAccessible::updateAccessibility(&announcement);
        emit statusMessage(text);
    }
}

// --- bulk jobs -----------------------------------------------------------------------------

void RegisterJobsView::checkChosenJob()
{
    const BulkJob *chosen = chosenJob();
    if (!chosen) {
        return;
    }
    const BulkJob job = *chosen;
    service_.bulkStatus(job.jobId, this, [this, job](const registers::Result<BulkJob> &state) {
        if (!state) {
            if (state.error().code == RegisterErrorCode::Expired) {
                expiredAtService_.insert(job.jobId);
                showMessage(tr("The results of job %1 have expired; the register deletes them "
                               "%n day(s) after submission.",
                               nullptr, registers::bulkRetentionDays)
                                .arg(job.jobId),
                            true);
            } else {
                showMessage(RegisterTexts::errorText(state.error()), true);
            }
            refresh();
            return;
        }
        BulkJob updated = *state;
        // The service's answer may leave out what only this client knows.
        if (updated.caseReference.isEmpty()) {
            updated.caseReference = job.caseReference;
        }
        if (updated.purpose.isEmpty()) {
            updated.purpose = job.purpose;
        }
        if (auto kept = jobList_.remember(updated, {workspace_.actor(), 0, 0}); !kept) {
            showMessage(kept.error().message, true);
        } else {
            showMessage(tr("Job %1: %2.").arg(job.jobId, jobStateText(updated)), false);
        }
        refresh();
    });
}

void RegisterJobsView::fetchChosenJob()
{
    const BulkJob *chosen = chosenJob();
    if (!chosen) {
        return;
    }
    if (isExpired(*chosen)) {
        showMessage(tr("The results of job %1 expired on %2: the register deletes them %n "
                       "day(s) after submission. Submit the bulk query again if you still need "
                       "them.",
                       nullptr, registers::bulkRetentionDays)
                        .arg(chosen->jobId, RegisterTexts::dateTimeText(chosen->expiresAt)),
                    true);
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("register-results-%1.csv").arg(chosen->jobId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the results as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        fetchJob(chosen->jobId, path);
    }
}

void RegisterJobsView::fetchJob(const QString &jobId, const QString &path)
{
    showMessage(tr("Fetching the results of job %1…").arg(jobId), false);
    fetchButton_->setEnabled(false);
    service_.fetchBulkResult(
        jobId, {workspace_.actor(), 0, 0}, this,
        [this, jobId, path](const registers::Result<registers::BulkResult> &result) {
            if (!result) {
                QString text;
                if (result.error().code == RegisterErrorCode::Expired) {
                    expiredAtService_.insert(jobId);
                    text = tr("The results of job %1 have expired; the register deletes them "
                              "%n day(s) after submission.",
                              nullptr, registers::bulkRetentionDays)
                               .arg(jobId);
                } else {
                    text = tr("The results of job %1 could not be fetched: %2")
                               .arg(jobId, RegisterTexts::errorText(result.error()));
                }
                showMessage(text, true);
                refresh();
                emit fetchFinished(jobId, path, text);
                return;
            }
            const registers::BulkResult fetched = *result;
            auto *watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, jobId, path] {
                watcher->deleteLater();
                const QString error = watcher->result();
                if (error.isEmpty()) {
                    showMessage(tr("The results of job %1 were saved to %2.")
                                    .arg(jobId, QDir::toNativeSeparators(path)),
                                false);
                } else {
                    showMessage(error, true);
                }
                updateButtons();
                emit fetchFinished(jobId, path, error);
            });
            watcher->setFuture(QtConcurrent::run([fetched, path] {
                return writeFile(path, fetched.csv.isEmpty()
                                           ? registers::BulkCsv::writeResult(fetched.rows)
                                           : fetched.csv);
            }));
        });
}

// --- queued single queries -------------------------------------------------------------

void RegisterJobsView::sendChosenQueued()
{
    const QueuedQuery *chosen = chosenQueued();
    if (!chosen || !queue_ || sending_.contains(chosen->id)) {
        return;
    }
    const QueuedQuery queued = *chosen;
    if (!queued.needsConfirmation()) {
        sendQueued(queued, false);
        return;
    }
    // An authority query reveals more than a simple one: it leaves only when the user says so
    // now, not because it was queued some time ago.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("confirmAuthorityQuery"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Send authority query?"));
    box->setText(tr("Send the authority query queued on %1 now?")
                     .arg(RegisterTexts::dateTimeText(queued.queuedAt)));
    box->setInformativeText(
        tr("Case reference: %1\nPurpose: %2\nSearched for: %3, %4\n\nCheck that the purpose "
           "still applies before you send it.")
            .arg(queued.request.caseReference, queued.request.purpose,
                 queued.request.criteria.familyName, queued.request.criteria.givenNames));
    QPushButton *sendButton = box->addButton(tr("&Send Authority Query"), QMessageBox::AcceptRole);
    sendButton->setObjectName(QStringLiteral("confirmSendButton"));
    QPushButton *keep = box->addButton(tr("&Keep in Queue"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepQueuedButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, sendButton, queued] {
        if (box->clickedButton() == sendButton) {
            sendQueued(queued, true);
        } else {
            showMessage(tr("The authority query stays in the queue; nothing was sent."), false);
        }
    });
    box->open();
}

void RegisterJobsView::sendQueued(const QueuedQuery &queued, bool confirmed)
{
    sending_.insert(queued.id);
    updateButtons();
    showMessage(tr("Sending the queued query…"), false);
    queue_->send(queued.id, service_, confirmed, this,
                 [this, queued](const registers::Result<registers::QueryResult> &answer) {
                     sending_.remove(queued.id);
                     refresh();
                     if (!answer) {
                         const QString text = tr("The queued query could not be sent: %1")
                                                  .arg(RegisterTexts::errorText(answer.error()));
                         showMessage(text, true);
                         emit queuedQuerySent(queued.id, text);
                         return;
                     }
                     showMessage(tr("The queued query was answered: %1")
                                     .arg(registers::outcomeText(answer->outcome)),
                                 false);
                     emit queuedQuerySent(queued.id, QString());
                     showQueuedAnswer(queued, *answer);
                 });
}

void RegisterJobsView::showQueuedAnswer(const QueuedQuery &queued,
                                        const registers::QueryResult &result)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("queuedAnswer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Answer of the register"));
    box->setText(registers::outcomeText(result.outcome));
    QString details = RegisterTexts::outcomeExplanation(result.outcome);
    if (result.outcome == registers::QueryOutcome::Found && result.person) {
        details += QStringLiteral("\n\n%1, %2\n%3")
                       .arg(result.person->familyName, result.person->givenNames,
                            result.person->address.singleLine());
    }
    box->setInformativeText(details);
    QPushButton *attach = nullptr;
    if (mayAttach_ && queued.request.origin.caseId != 0) {
        attach = box->addButton(tr("A&ttach to Case"), QMessageBox::AcceptRole);
        attach->setObjectName(QStringLiteral("attachQueuedAnswerButton"));
    }
    box->addButton(QMessageBox::Close);
    connect(box, &QMessageBox::finished, this, [this, box, attach, queued, result] {
        if (!attach || box->clickedButton() != attach) {
            return;
        }
        const qint64 caseId = queued.request.origin.caseId;
        auto filed = casework::RegisterExtract::attach(workspace_, caseId, queued.request, result);
        if (!filed) {
            showMessage(filed.error().message, true);
            return;
        }
        showMessage(tr("The answer was filed in its case as “%1”.")
                        .arg(casework::RegisterExtract::title(result)),
                    false);
        emit extractAttached(caseId, filed->id);
    });
    box->open();
}

void RegisterJobsView::removeChosenQueued()
{
    const QueuedQuery *chosen = chosenQueued();
    if (!chosen || !queue_) {
        return;
    }
    if (auto removed = queue_->remove(chosen->id); !removed) {
        showMessage(RegisterTexts::errorText(removed.error()), true);
    } else {
        showMessage(tr("The query was removed from the queue without being sent."), false);
    }
    refresh();
}

}  // namespace workroom::widgets
