#include "DocumentImportJob.h"

#include "Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrentRun>

namespace workroom::widgets {

DocumentImportJob::DocumentImportJob(QString profileDir, QString actor, qint64 caseId,
                                     QStringList paths, QObject *parent)
    : QObject(parent), profileDir_(std::move(profileDir)), actor_(std::move(actor)),
      caseId_(caseId), paths_(std::move(paths)),
      cancelled_(std::make_shared<std::atomic_bool>(false))
{
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = watcher_.result();
        emit finished(outcome.report, outcome.failure);
    });
}

DocumentImportJob::~DocumentImportJob()
{
    cancel();
    watcher_.waitForFinished();
}

void DocumentImportJob::start()
{
    watcher_.setFuture(QtConcurrent::run([this, profileDir = profileDir_, actor = actor_,
                                          caseId = caseId_, paths = paths_,
                                          cancelled = cancelled_]() -> Outcome {
        auto workspace = casework::Workspace::open(profileDir, actor);
        if (!workspace) {
            return {{}, workspace.error().message};
        }
        casework::DocumentImporter importer(**workspace);
        QElapsedTimer sinceReport;
        int lastFile = -1;
        const auto progress = [&](int fileIndex, int fileCount, const QString &file, qint64 done,
                                  qint64 total) {
            if (cancelled->load()) {
                return false;
            }
            // Every chunk of a large file would flood the GUI's event queue.
            if (fileIndex != lastFile || !sinceReport.isValid() || sinceReport.elapsed() >= 100) {
                lastFile = fileIndex;
                sinceReport.start();
                // Emitted from the worker: queued to the receivers in the GUI thread.
                emit progressed(fileIndex, fileCount, QFileInfo(file).fileName(), done, total);
            }
            return true;
        };
        Outcome outcome;
        outcome.report =
            importer.importFiles(caseId, paths, domain::DocumentKind::Attachment, progress);
        return outcome;
    }));
}

void DocumentImportJob::cancel()
{
    cancelled_->store(true);
}

}  // namespace workroom::widgets
