#pragma once

#include "SyncJournal.h"
#include "WorkroomSync.h"

#include <QJsonValue>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QTimer;

namespace workroom::casework {
class Workspace;
}

namespace workroom::widgets {

// The sync's side of the worker thread. Owns that thread's connections (a Workspace of the
// profile and the sync journal), runs WorkroomSync and conflict resolutions, and notices local
// changes: SQLite's data_version on its own connection moves whenever another connection (the
// GUI's) commits, which costs one tiny query per poll. Every method but cancel() runs in the
// worker thread; results go out through the callbacks, which also run there.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    struct Callbacks {
        std::function<void(const QString &error)> opened;
        std::function<void()> localChange;
        std::function<void(int done, int total, const QString &phase)> progress;
        std::function<void(const dms::Result<dms::SyncSummary> &result)> finished;
        std::function<void(const QList<dms::SyncJournal::CaseConflict> &conflicts)> conflicts;
        std::function<void(const QString &conflictId, const QString &error)> resolved;
        std::function<void(const QList<dms::SyncActivity> &activity)> activity;
    };

    SyncWorker(QString profileDir, QString actor, Callbacks callbacks);
    ~SyncWorker() override;

    void open(int pollMs);
    void sync(const dms::SyncLink &link, qint64 workroomId, const QString &workroomName);
    void loadConflicts();
    // The journal's activity list, newest first.
    void loadActivity();
    void resolve(const dms::SyncJournal::CaseConflict &conflict, const QJsonValue &chosen,
                 qint64 workroomId);
    // Any thread: stops a running sync soon and refuses further ones.
    void cancel();

private:
    bool ready(QString &error);
    void poll();

    QString profileDir_;
    QString actor_;
    Callbacks callbacks_;
    std::unique_ptr<casework::Workspace> workspace_;
    std::unique_ptr<dms::SyncJournal> journal_;
    QTimer *pollTimer_ = nullptr;
    qint64 dataVersion_ = -1;
    QString openError_;

    std::atomic_bool cancelled_{false};
    std::mutex runningMutex_;
    dms::WorkroomSync *running_ = nullptr;  // guarded by runningMutex_
};

}  // namespace workroom::widgets
