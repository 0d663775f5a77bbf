#pragma once

#include "OfflineQueue.h"
#include "RegisterService.h"
#include "RegisterTypes.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace workroom::casework {
class Workspace;
}

namespace workroom::registers {
class BulkJobList;
}

namespace workroom::widgets {

// The "Register queries" view of the main window: the user's bulk jobs with their state,
// rows, submission and expiry (results can be fetched again for 8 days, and expired ones say
// so), and the single queries that wait to be sent because the register could not be reached.
// A queued authority query is sent only after the user confirms it once more.
class RegisterJobsView : public QWidget {
    Q_OBJECT

public:
    // `queue` may be null (no offline queue). `workspace` files answers of queued queries in
    // their case when `mayAttach`. All references must outlive the view.
    RegisterJobsView(registers::RegisterService &service, registers::BulkJobList &jobs,
                     registers::OfflineQueue *queue, casework::Workspace &workspace, bool mayAttach,
                     QWidget *parent = nullptr);

    // What "now" is when expiry is judged (tests let the 8 days pass).
    void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }

    // The jobs as listed, newest first.
    const QList<registers::BulkJob> &jobs() const { return shownJobs_; }
    const QList<registers::QueuedQuery> &queuedQueries() const { return shownQueue_; }
    bool isExpired(const registers::BulkJob &job) const;
    void selectJob(int row);
    void selectQueued(int row);

public slots:
    // Reads the jobs and the queue again.
    void refresh();
    // Asks the register for the chosen job's state.
    void checkChosenJob();
    // Fetches the chosen job's results again and asks where to save them.
    void fetchChosenJob();
    // The same without asking: saves to `path` (also for tests).
    void fetchJob(const QString &jobId, const QString &path);
    // Sends the chosen queued query (an authority query after a confirmation).
    void sendChosenQueued();
    void removeChosenQueued();

signals:
    void bulkQueryRequested();
    // A result or a fetch ended: the text says how.
    void fetchFinished(const QString &jobId, const QString &path, const QString &error);
    void queuedQuerySent(qint64 queueId, const QString &error);
    void extractAttached(qint64 caseId, qint64 versionId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDateTime now() const;
    QString jobStateText(const registers::BulkJob &job) const;
    const registers::BulkJob *chosenJob() const;
    const registers::QueuedQuery *chosenQueued() const;
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    void sendQueued(const registers::QueuedQuery &queued, bool confirmed);
    void showQueuedAnswer(const registers::QueuedQuery &queued,
                          const registers::QueryResult &result);

    registers::RegisterService &service_;
    registers::BulkJobList &jobList_;
    registers::OfflineQueue *queue_;
    casework::Workspace &workspace_;
    bool mayAttach_;
    std::function<QDateTime()> clock_;
    QList<registers::BulkJob> shownJobs_;
    QList<registers::QueuedQuery> shownQueue_;
    // Jobs the register answered 410 for, whatever the local clock says.
    QSet<QString> expiredAtService_;
    QSet<qint64> sending_;

    QTreeWidget *jobView_ = nullptr;
    QTreeWidget *queueView_ = nullptr;
    QLabel *jobsEmpty_ = nullptr;
    QLabel *queueHeading_ = nullptr;
    QLabel *message_ = nullptr;
    QPushButton *newBulkButton_ = nullptr;
    QPushButton *refreshButton_ = nullptr;
    QPushButton *checkButton_ = nullptr;
    QPushButton *fetchButton_ = nullptr;
    QPushButton *sendButton_ = nullptr;
    QPushButton *removeButton_ = nullptr;
};

}  // namespace workroom::widgets
