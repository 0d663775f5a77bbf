#pragma once

#include "DocumentImporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace workroom::widgets {

// Adds files and folders to a case off the GUI thread. The worker opens a Workspace of its own
// on the same profile directory, because an SQLite connection belongs to the thread that
// opened it; WAL lets the GUI keep reading meanwhile.
class DocumentImportJob : public QObject {
    Q_OBJECT

public:
    DocumentImportJob(QString profileDir, QString actor, qint64 caseId, QStringList paths,
                      QObject *parent = nullptr);
    // Cancels and waits for the worker: it must not outlive the window that shows it.
    ~DocumentImportJob() override;

    qint64 caseId() const { return caseId_; }
    void start();
    // Stops before the next file or chunk; what was added so far stays added.
    void cancel();
    bool isRunning() const { return watcher_.isRunning(); }

signals:
    // From the worker, at most a few times a second and at the start of every file.
    void progressed(int fileIndex, int fileCount, const QString &file, qint64 bytesDone,
                    qint64 bytesTotal);
    // `failure` is set when the import could not start at all (the store would not open).
    void finished(const workroom::casework::ImportReport &report, const QString &failure);

private:
    struct Outcome {
        casework::ImportReport report;
        QString failure;
    };

    QString profileDir_;
    QString actor_;
    qint64 caseId_;
    QStringList paths_;
    std::shared_ptr<std::atomic_bool> cancelled_;
    QFutureWatcher<Outcome> watcher_;
};

}  // namespace workroom::widgets
