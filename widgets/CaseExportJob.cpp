#include "CaseExportJob.h"

#include "CaseExporter.h"
#include "Workspace.h"

#include <QtConcurrentRun>

namespace workroom::widgets {

CaseExportJob::CaseExportJob(QString profileDir, QString actor, qint64 caseId, QString destination,
                             bool zip, QObject *parent)
    : QObject(parent), profileDir_(std::move(profileDir)), actor_(std::move(actor)),
      caseId_(caseId), destination_(std::move(destination)), zip_(zip)
{
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = watcher_.result();
        emit finished(outcome.path, outcome.error);
    });
}

CaseExportJob::~CaseExportJob()
{
    watcher_.waitForFinished();
}

void CaseExportJob::start()
{
    watcher_.setFuture(
        QtConcurrent::run([profileDir = profileDir_, actor = actor_, caseId = caseId_,
                           destination = destination_, zip = zip_]() -> Outcome {
            auto workspace = casework::Workspace::open(profileDir, actor);
            if (!workspace) {
                return {{}, workspace.error().message};
            }
            casework::CaseExporter exporter(**workspace);
            auto done = zip ? exporter.exportToZip(caseId, destination)
                            : exporter.exportToFolder(caseId, destination);
            if (!done) {
                return {{}, done.error().message};
            }
            return {*done, {}};
        }));
}

}  // namespace workroom::widgets
