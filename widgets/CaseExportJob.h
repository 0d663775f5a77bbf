#pragma once

#include <QFutureWatcher>
#include <QObject>

namespace workroom::widgets {

// Exports a case (casework::CaseExporter) off the GUI thread, with a Workspace of its own on
// the same profile directory: an export reads every document version of the case.
class CaseExportJob : public QObject {
    Q_OBJECT

public:
    // To a ZIP archive at `destination`, or into a new folder inside the folder `destination`.
    CaseExportJob(QString profileDir, QString actor, qint64 caseId, QString destination, bool zip,
                  QObject *parent = nullptr);
    // Waits for the worker: it must not outlive the window that shows it.
    ~CaseExportJob() override;

    void start();

signals:
    // The path written, or the reason nothing was.
    void finished(const QString &path, const QString &error);

private:
    struct Outcome {
        QString path;
        QString error;
    };

    QString profileDir_;
    QString actor_;
    qint64 caseId_;
    QString destination_;
    bool zip_;
    QFutureWatcher<Outcome> watcher_;
};

}  // namespace workroom::widgets
