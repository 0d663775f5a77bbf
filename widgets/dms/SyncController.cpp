#include "SyncController.h"

#include "DmsCredentialStore.h"
#include "SyncWorker.h"

#include <QSslCertificate>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace workroom::widgets {

namespace {

// Trouble that goes away by itself: the server is down, the network is gone, or a proxy or
// certificate is in the way for the moment. Anything else needs the user or IT.
bool meansOffline(dms::DmsErrorCode code)
{
    switch (code) {
    case dms::DmsErrorCode::Network:
    case dms::DmsErrorCode::Timeout:
    case dms::DmsErrorCode::Tls:
    case dms::DmsErrorCode::ServerError:
        return true;
    default:
        return false;
    }
}

bool isProblem(dms::SyncActivity::Kind kind)
{
    return kind == dms::SyncActivity::Kind::Failed || kind == dms::SyncActivity::Kind::RetryLater
           || kind == dms::SyncActivity::Kind::Conflict;
}

constexpr int kActivityLimit = 1000;

}  // namespace

SyncController::SyncController(QString profileDir, QString actor, QObject *parent)
    : QObject(parent), profileDir_(std::move(profileDir)), actor_(std::move(actor)),
      quietTimer_(new QTimer(this)), periodicTimer_(new QTimer(this)), retryTimer_(new QTimer(this))
{
    quietTimer_->setSingleShot(true);
    retryTimer_->setSingleShot(true);
    connect(quietTimer_, &QTimer::timeout, this, [this] { request(Trigger::LocalChange); });
    connect(periodicTimer_, &QTimer::timeout, this, [this] { request(Trigger::Periodic); });
    connect(retryTimer_, &QTimer::timeout, this, [this] { request(Trigger::Retry); });
}

SyncController::~SyncController()
{
    shutdown();
}

void SyncController::setLink(const Link &link)
{
    const bool changed = link.url != link_.url || link.user != link_.user;
    link_ = link;
    if (changed) {
        password_.clear();
    }
    if (!isLinked()) {
        setState(State::NotLinked);
    } else if (status_.state == State::NotLinked) {
        setState(State::Waiting);
    }
}

void SyncController::setWorkroom(qint64 workroomId, const QString &name)
{
    workroomId_ = workroomId;
    workroomName_ = name;
}

void SyncController::setSchedule(bool autoSync, int intervalMinutes)
{
    autoSync_ = autoSync;
    intervalMinutes_ = intervalMinutes;
    if (thread_) {
        restartPeriodic();
    }
}

void SyncController::setTimings(const Timings &timings)
{
    timings_ = timings;
}

void SyncController::setUseKeychain(bool use)
{
    useKeychain_ = use;
}

bool SyncController::isLinked() const
{
    return link_.url.isValid() && !link_.url.isEmpty() && workroomId_ != 0;
}

void SyncController::ensureWorker()
{
    if (thread_) {
        return;
    }
    // The callbacks run in the worker thread; each hands its result to this object's thread.
    // Queued calls to a deleted controller are dropped by Qt, and shutdown() waits for the
    // thread before the controller goes.
    SyncWorker::Callbacks callbacks;
    callbacks.opened = [this](const QString &error) {
        if (!error.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this, error] { setState(State::Error, error); }, Qt::QueuedConnection);
        }
    };
    callbacks.localChange = [this] {
        QMetaObject::invokeMethod(this, &SyncController::localChangeSeen, Qt::QueuedConnection);
    };
    callbacks.progress = [this](int done, int total, const QString &phase) {
        QMetaObject::invokeMethod(
            this, [this, done, total, phase] { progressed(done, total, phase); },
            Qt::QueuedConnection);
    };
    callbacks.finished = [this](const dms::Result<dms::SyncSummary> &result) {
        QMetaObject::invokeMethod(
            this, [this, result] { syncFinished(result); }, Qt::QueuedConnection);
    };
    callbacks.conflicts = [this](const QList<dms::SyncJournal::CaseConflict> &conflicts) {
        QMetaObject::invokeMethod(
            this, [this, conflicts] { conflictsLoaded(conflicts); }, Qt::QueuedConnection);
    };
    callbacks.resolved = [this](const QString &id, const QString &error) {
        QMetaObject::invokeMethod(
            this,
            [this, id, error] {
                Q_EMIT conflictResolved(id, error);
                refreshConflicts();
                if (error.isEmpty()) {
                    request(Trigger::Manual);
                }
            },
            Qt::QueuedConnection);
    };

    callbacks.activity = [this](const QList<dms::SyncActivity> &activity) {
        QMetaObject::invokeMethod(
            this, [this, activity] { activityLoaded(activity); }, Qt::QueuedConnection);
    };

    thread_ = new QThread(this);
    thread_->setObjectName(QStringLiteral("dms-sync"));
    worker_ = new SyncWorker(profileDir_, actor_, std::move(callbacks));
    worker_->moveToThread(thread_);
    connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_->start();
    const int pollMs = timings_.pollMs;
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, pollMs] { worker->open(pollMs); }, Qt::QueuedConnection);
}

void SyncController::start()
{
    ensureWorker();
    restartPeriodic();
    refreshConflicts();
    if (!isLinked()) {
        setState(State::NotLinked);
        return;
    }
    if (status_.state == State::NotLinked) {
        setState(State::Waiting);
    }
    if (password_.isEmpty()) {
        readStoredPassword();
    } else {
        request(Trigger::Start);
    }
}

void SyncController::shutdown()
{
    if (shuttingDown_) {
        return;
    }
    shuttingDown_ = true;
    quietTimer_->stop();
    periodicTimer_->stop();
    retryTimer_->stop();
    if (thread_) {
        worker_->cancel();
        thread_->quit();
        thread_->wait();
        worker_ = nullptr;  // deleted in its thread as that ended
    }
}

void SyncController::restartPeriodic()
{
    periodicTimer_->stop();
    if (autoSync_ && intervalMinutes_ > 0) {
        periodicTimer_->start(intervalMinutes_ * 60 * 1000);
    }
}

void SyncController::readStoredPassword()
{
    if (!useKeychain_) {
        awaitingPassword_ = true;
        Q_EMIT passwordRequired(QString(), false);
        return;
    }
    if (!credentials_) {
        credentials_ = new dms::DmsCredentialStore(QStringLiteral("Workroom DMS"), this);
    }
    awaitingPassword_ = true;
    const QString key = dms::DmsCredentialStore::keyFor(link_.url, link_.user);
    credentials_->readPassword(key, [this, key](dms::Result<QString> stored) {
        // The link may have changed while the keychain answered.
        if (key != dms::DmsCredentialStore::keyFor(link_.url, link_.user) || shuttingDown_) {
            return;
        }
        if (stored && !stored->isEmpty()) {
            keychainWorks_ = true;
            awaitingPassword_ = false;
            password_ = *stored;
            request(Trigger::Start);
            return;
        }
        keychainWorks_ = stored || stored.error().code == dms::DmsErrorCode::NoStoredPassword;
        Q_EMIT passwordRequired(QString(), keychainWorks_);
    });
}

void SyncController::setPassword(const QString &password, bool remember)
{
    password_ = password;
    awaitingPassword_ = false;
    failures_ = 0;
    if (remember && useKeychain_ && keychainWorks_ && credentials_) {
        credentials_->writePassword(dms::DmsCredentialStore::keyFor(link_.url, link_.user),
                                    password, [](dms::Result<void> kept) {
                                        if (!kept) {
                                            qCInfo(dms::lcDms)
                                                << "password not kept:" << kept.error().message;
                                        }
                                    });
    }
    request(Trigger::Manual);
}

void SyncController::passwordDeclined()
{
    awaitingPassword_ = false;
    setState(State::Error, tr("No password for the DMS was given; Sync Now asks again."));
}

void SyncController::syncNow()
{
    failures_ = 0;
    request(Trigger::Manual);
}

void SyncController::request(Trigger trigger)
{
    if (shuttingDown_ || !isLinked()) {
        return;
    }
    const bool automatic = trigger == Trigger::Periodic || trigger == Trigger::LocalChange;
    if (automatic && !autoSync_) {
        return;
    }
    if (password_.isEmpty()) {
        if (!awaitingPassword_ && !automatic) {
            readStoredPassword();
        }
        return;
    }
    if (syncing_) {
        queued_ = true;
        return;
    }
    // While the server is away, the pause decides; a change made meanwhile goes with the retry.
    if (automatic && status_.state == State::Offline && retryTimer_->isActive()) {
        return;
    }
    dispatch();
}

void SyncController::dispatch()
{
    ensureWorker();
    syncing_ = true;
    queued_ = false;
    quietTimer_->stop();
    retryTimer_->stop();
    status_.done = 0;
    status_.total = 0;
    status_.phase.clear();
    setState(State::Syncing);

    dms::SyncLink link{link_.url, link_.user, password_, {}};
    if (!link_.caFile.isEmpty()) {
        link.extraCaCertificates = QSslCertificate::fromPath(link_.caFile);
    }
    const qint64 room = workroomId_;
    const QString name = workroomName_;
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, link, room, name] { worker->sync(link, room, name); },
        Qt::QueuedConnection);
}

void SyncController::localChangeSeen()
{
    if (autoSync_ && isLinked() && !shuttingDown_) {
        quietTimer_->start(timings_.quietMs);  // restarted by every further change
    }
}

void SyncController::progressed(int done, int total, const QString &phase)
{
    if (!syncing_) {
        return;
    }
    status_.done = done;
    status_.total = total;
    status_.phase = phase;
    Q_EMIT statusChanged();
}

void SyncController::syncFinished(const dms::Result<dms::SyncSummary> &result)
{
    syncing_ = false;
    if (shuttingDown_) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (result) {
        failures_ = 0;
        status_.lastSynced = now.toLocalTime();
        status_.problems = result->failed;
        status_.retryAt = {};
        QString message = tr("Sync finished – files uploaded: %1, cases sent: %2, cases "
                             "received: %3, files downloaded: %4.")
                              .arg(result->uploaded)
                              .arg(result->casesWritten)
                              .arg(result->casesApplied)
                              .arg(result->downloaded);
        if (result->failed > 0) {
            message += QLatin1Char(' ') + tr("%n item(s) failed.", nullptr, result->failed);
        }
        addActivity({now, std::nullopt, result->failed > 0, QString(), message});
        setState(State::Synced);
        if (result->casesApplied > 0 || result->downloaded > 0) {
            Q_EMIT casesChangedBySync();
        }
    } else {
        const dms::DmsError &error = result.error();
        if (error.code == dms::DmsErrorCode::Cancelled) {
            setState(status_.lastSynced.isValid() ? State::Synced : State::Waiting);
        } else if (error.code == dms::DmsErrorCode::AuthenticationFailed) {
            password_.clear();
            setState(State::Error, error.message);
            awaitingPassword_ = true;
            Q_EMIT passwordRequired(error.message, keychainWorks_);
        } else if (meansOffline(error.code)) {
            ++failures_;
            const qint64 pause = std::min<qint64>(
                qint64(timings_.firstRetryMs) << std::min(failures_ - 1, 20), timings_.maxRetryMs);
            status_.retryAt = QDateTime::currentDateTime().addMSecs(pause);
            retryTimer_->start(int(pause));
            setState(State::Offline, error.message);
        } else {
            setState(State::Error, error.message);
        }
    }
    refreshConflicts();
    if (queued_ && status_.state == State::Synced) {
        request(Trigger::Manual);
    }
    queued_ = false;
}

void SyncController::addActivity(const SyncActivityRow &row)
{
    sessionActivity_.prepend(row);
    if (sessionActivity_.size() > kActivityLimit) {
        sessionActivity_.resize(kActivityLimit);
    }
    mergeActivity();
}

void SyncController::activityLoaded(const QList<dms::SyncActivity> &activity)
{
    journalActivity_.clear();
    for (const dms::SyncActivity &entry : activity) {
        journalActivity_.append(
            {entry.at, entry.kind, isProblem(entry.kind), entry.item, entry.message});
    }
    mergeActivity();
}

void SyncController::mergeActivity()
{
    activity_ = journalActivity_ + sessionActivity_;
    // By the second, newest first; within one second a sync's summary stays above its items.
    std::stable_sort(activity_.begin(), activity_.end(),
                     [](const SyncActivityRow &a, const SyncActivityRow &b) {
                         const qint64 as = a.at.toSecsSinceEpoch();
                         const qint64 bs = b.at.toSecsSinceEpoch();
                         if (as != bs) {
                             return as > bs;
                         }
                         return !a.kind && b.kind;
                     });
    Q_EMIT activityChanged();
}

void SyncController::refreshConflicts()
{
    if (!worker_ || shuttingDown_) {
        return;
    }
    QMetaObject::invokeMethod(
        worker_, [worker = worker_] { worker->loadConflicts(); }, Qt::QueuedConnection);
}

void SyncController::conflictsLoaded(const QList<dms::SyncJournal::CaseConflict> &conflicts)
{
    conflicts_ = conflicts;
    status_.openConflicts = int(conflicts.size());
    Q_EMIT conflictsChanged();
    Q_EMIT statusChanged();
}

void SyncController::resolveConflict(const dms::SyncJournal::CaseConflict &conflict,
                                     const QJsonValue &chosen)
{
    if (shuttingDown_) {
        return;
    }
    ensureWorker();
    const qint64 room = workroomId_;
    QMetaObject::invokeMethod(
        worker_,
        [worker = worker_, conflict, chosen, room] { worker->resolve(conflict, chosen, room); },
        Qt::QueuedConnection);
}

void SyncController::setState(State state, const QString &reason)
{
    status_.state = state;
    status_.reason = reason;
    if (state != State::Offline) {
        status_.retryAt = {};
    }
    Q_EMIT statusChanged();
}

}  // namespace workroom::widgets
