#pragma once

#include "DmsError.h"
#include "SyncJournal.h"
#include "WorkroomSync.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QThread;
class QTimer;

namespace workroom::dms {
class DmsCredentialStore;
}

namespace workroom::widgets {

class SyncWorker;

// One line of the activity list: what a sync did with one item, or a whole sync's outcome.
struct SyncActivityRow {
    QDateTime at;  // UTC
    // Empty: a line about a whole sync (finished, or failed as a whole).
    std::optional<dms::SyncActivity::Kind> kind;
    bool problem = false;
    QString item;
    QString message;
};

// The DMS sync of the desktop client, in the GUI thread. It decides when to sync (on demand,
// periodically, a few seconds after a local change, with growing pauses while the server is
// unreachable), gets the password (keychain or the user), and runs every sync on a worker
// thread that has its own connections to the workroom database and the sync journal. Never
// two syncs at once: a trigger during a sync queues exactly one more.
class SyncController : public QObject {
    Q_OBJECT
public:
    enum class State { NotLinked, Waiting, Synced, Syncing, Offline, Error };
    Q_ENUM(State)

    struct Status {
        State state = State::NotLinked;
        QDateTime lastSynced;  // local time of the last sync that went through
        int done = 0;
        int total = 0;
        QString phase;
        QString reason;     // Offline / Error: why
        QDateTime retryAt;  // Offline: when the next attempt runs
        int problems = 0;   // per-item failures of the last sync
        int openConflicts = 0;
    };

    struct Link {
        QUrl url;  // empty: not linked
        QString user;
        QString caFile;
    };

    // Timings; tests shorten them.
    struct Timings {
        int pollMs = 2000;                // how often the worker looks for local changes
        int quietMs = 5000;               // a local change is synced after this much quiet
        int firstRetryMs = 60 * 1000;     // offline: the first pause, doubled each time …
        int maxRetryMs = 15 * 60 * 1000;  // … up to this
    };

    // `profileDir` holds workroom.sqlite and dms-journal.sqlite; `actor` signs audited changes.
    SyncController(QString profileDir, QString actor, QObject *parent = nullptr);
    ~SyncController() override;

    void setLink(const Link &link);
    const Link &link() const { return link_; }
    // The workroom that is synced with the linked collection.
    void setWorkroom(qint64 workroomId, const QString &name);
    // Automatic syncs (after changes and every `intervalMinutes`); on-demand ones always work.
    void setSchedule(bool autoSync, int intervalMinutes);
    void setTimings(const Timings &timings);
    // Off: never touch the OS keychain (tests; also when IT forbids it). Default on.
    void setUseKeychain(bool use);
    bool keychainAvailable() const { return keychainWorks_; }

    // Starts the worker and, when linked, gets the password and syncs.
    void start();
    // Cancels a running sync and ends the worker; what is not done stays pending. Idempotent.
    void shutdown();

    bool isLinked() const;
    const Status &status() const { return status_; }
    // Newest first: what the journal kept (also from earlier sessions) and a line per sync of
    // this session.
    const QList<SyncActivityRow> &activity() const { return activity_; }
    const QList<dms::SyncJournal::CaseConflict> &conflicts() const { return conflicts_; }

public Q_SLOTS:
    void syncNow();
    // The password the user typed; `remember` keeps it in the keychain when there is one.
    void setPassword(const QString &password, bool remember);
    // The user closed the password request without an answer.
    void passwordDeclined();
    void refreshConflicts();
    // Takes `chosen` for the conflict (on the worker thread), then syncs.
    void resolveConflict(const dms::SyncJournal::CaseConflict &conflict, const QJsonValue &chosen);

Q_SIGNALS:
    void statusChanged();
    void activityChanged();
    void conflictsChanged();
    // Ask the user for the DMS password; `reason` says why (empty on the first request).
    void passwordRequired(const QString &reason, bool keychainAvailable);
    // A resolution was applied (`error` empty) or refused.
    void conflictResolved(const QString &conflictId, const QString &error);
    // A sync took changes from the DMS into local cases: views should reload.
    void casesChangedBySync();

private:
    enum class Trigger { Manual, Periodic, LocalChange, Retry, Start };

    void ensureWorker();
    void readStoredPassword();
    void request(Trigger trigger);
    void dispatch();
    void localChangeSeen();
    void syncFinished(const dms::Result<dms::SyncSummary> &result);
    void conflictsLoaded(const QList<dms::SyncJournal::CaseConflict> &conflicts);
    void progressed(int done, int total, const QString &phase);
    void addActivity(const SyncActivityRow &row);
    void activityLoaded(const QList<dms::SyncActivity> &activity);
    void mergeActivity();
    void setState(State state, const QString &reason = {});
    void restartPeriodic();

    QString profileDir_;
    QString actor_;
    Link link_;
    qint64 workroomId_ = 0;
    QString workroomName_;
    bool autoSync_ = true;
    int intervalMinutes_ = 5;
    Timings timings_;
    bool useKeychain_ = true;
    bool keychainWorks_ = false;

    QThread *thread_ = nullptr;
    SyncWorker *worker_ = nullptr;  // lives in thread_
    dms::DmsCredentialStore *credentials_ = nullptr;
    QTimer *quietTimer_ = nullptr;
    QTimer *periodicTimer_ = nullptr;
    QTimer *retryTimer_ = nullptr;

    QString password_;
    bool awaitingPassword_ = false;
    bool syncing_ = false;
    bool queued_ = false;
    bool shuttingDown_ = false;
    int failures_ = 0;
    Status status_;
    QList<SyncActivityRow> activity_;         // both below, newest first
    QList<SyncActivityRow> journalActivity_;  // per item, kept by the journal across sessions
    QList<SyncActivityRow> sessionActivity_;  // one line per finished sync of this session
    QList<dms::SyncJournal::CaseConflict> conflicts_;
};

}  // namespace workroom::widgets
