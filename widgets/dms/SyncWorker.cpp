#include "SyncWorker.h"

#include "Workspace.h"

#include <QDir>
#include <QSqlQuery>
#include <QTimer>

namespace workroom::widgets {

SyncWorker::SyncWorker(QString profileDir, QString actor, Callbacks callbacks)
    : profileDir_(std::move(profileDir)), actor_(std::move(actor)), callbacks_(std::move(callbacks))
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::open(int pollMs)
{
    auto workspace = casework::Workspace::open(profileDir_, actor_);
    if (!workspace) {
        openError_ = workspace.error().message;
        callbacks_.opened(openError_);
        return;
    }
    workspace_ = std::move(*workspace);
    auto journal =
        dms::SyncJournal::open(QDir(profileDir_).filePath(QStringLiteral("dms-journal.sqlite")));
    if (!journal) {
        openError_ = journal.error().message;
        callbacks_.opened(openError_);
        return;
    }
    journal_ = std::move(*journal);
    pollTimer_ = new QTimer(this);
    pollTimer_->setInterval(pollMs);
    connect(pollTimer_, &QTimer::timeout, this, &SyncWorker::poll);
    poll();  // the starting point: only later commits count as changes
    pollTimer_->start();
    callbacks_.opened(QString());
    loadActivity();
}

bool SyncWorker::ready(QString &error)
{
    if (!workspace_ || !journal_) {
        error = openError_.isEmpty() ? dms::DmsText::tr("The sync is not ready.") : openError_;
        return false;
    }
    return true;
}

void SyncWorker::poll()
{
    if (!workspace_) {
        return;
    }
    QSqlQuery query(workspace_->database().connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    const bool changed = dataVersion_ >= 0 && version != dataVersion_;
    dataVersion_ = version;
    if (changed) {
        callbacks_.localChange();
    }
}

void SyncWorker::sync(const dms::SyncLink &link, qint64 workroomId, const QString &workroomName)
{
    QString error;
    if (cancelled_) {
        callbacks_.finished(std::unexpected(
            dms::DmsError{dms::DmsErrorCode::Cancelled, dms::DmsText::tr("Sync cancelled.")}));
        return;
    }
    if (!ready(error)) {
        callbacks_.finished(std::unexpected(dms::DmsError{dms::DmsErrorCode::LocalIo, error}));
        return;
    }
    dms::WorkroomSync sync({workspace_->database(), workspace_->cases(), workspace_->blobs(),
                            *journal_, workroomId, workroomName, actor_});
    connect(&sync, &dms::WorkroomSync::progress, this,
            [this](int done, int total, const QString &phase) {
                callbacks_.progress(done, total, phase);
            });
    {
        const std::lock_guard lock(runningMutex_);
        running_ = &sync;
    }
    // cancel() may have come between the check above and here.
    if (cancelled_) {
        sync.cancel();
    }
    auto result = sync.run(link);
    {
        const std::lock_guard lock(runningMutex_);
        running_ = nullptr;
    }
    // The run keeps its per-item activity; a run that failed as a whole is noted here, so that
    // the list also says when and why the DMS could not be reached.
    if (!result && result.error().code != dms::DmsErrorCode::Cancelled) {
        const bool transient = dms::isTransient(result.error().code);
        if (auto kept = journal_->recordActivity(
                {QDateTime::currentDateTimeUtc(),
                 transient ? dms::SyncActivity::Kind::RetryLater : dms::SyncActivity::Kind::Failed,
                 QString(), result.error().message});
            !kept) {
            qCWarning(dms::lcDms) << "cannot note the failed sync:" << kept.error().message;
        }
    }
    callbacks_.finished(result);
    loadActivity();
}

void SyncWorker::loadActivity()
{
    QString error;
    if (!ready(error)) {
        return;
    }
    auto activity = journal_->recentActivity(dms::SyncJournal::activityKept);
    if (!activity) {
        qCWarning(dms::lcDms) << "cannot read the activity:" << activity.error().message;
        return;
    }
    callbacks_.activity(*activity);
}

void SyncWorker::loadConflicts()
{
    QString error;
    if (!ready(error)) {
        return;
    }
    auto conflicts = journal_->conflicts();
    if (!conflicts) {
        qCWarning(dms::lcDms) << "cannot read the conflicts:" << conflicts.error().message;
        return;
    }
    callbacks_.conflicts(*conflicts);
}

void SyncWorker::resolve(const dms::SyncJournal::CaseConflict &conflict, const QJsonValue &chosen,
                         qint64 workroomId)
{
    const QString id = conflict.conflict.value(QStringLiteral("id")).toString();
    QString error;
    if (!ready(error)) {
        callbacks_.resolved(id, error);
        return;
    }
    auto done = dms::resolveConflict(workspace_->cases(), *journal_, workroomId,
                                     conflict.caseFolder, id, chosen, actor_);
    callbacks_.resolved(id, done ? QString() : done.error().message);
}

void SyncWorker::cancel()
{
    cancelled_ = true;
    const std::lock_guard lock(runningMutex_);
    if (running_) {
        running_->cancel();
    }
}

}  // namespace workroom::widgets
