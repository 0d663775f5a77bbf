#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace workroom::casework {
struct ImportReport;
}

namespace workroom::widgets {

class DocumentImportJob;

// What the user sees of one import: a progress dialog (file n of m, bytes) whose Cancel
// cancels the job, and afterwards a summary of what was added, what the case held already and
// what failed and why. Neither is modal: the clerk keeps working meanwhile.
class DocumentImportProgress : public QObject {
    Q_OBJECT

public:
    // Follows `job` (and goes with it); dialogs appear over `window`.
    DocumentImportProgress(DocumentImportJob &job, QString reference, QWidget *window);

    // "3 documents added, 1 already in the case, 1 failed".
    static QString summaryOf(const casework::ImportReport &report);

signals:
    // For the status bar: what runs, and how far it got (maximum 0: unknown).
    void progressed(const QString &text, int value, int maximum);
    // The one line the status bar keeps afterwards.
    void finished(qint64 caseId, const QString &summary);

private:
    void showProgress(int fileIndex, int fileCount, const QString &file, qint64 bytesDone,
                      qint64 bytesTotal);
    void showOutcome(const casework::ImportReport &report, const QString &failure);

    DocumentImportJob &job_;
    QString reference_;
    QWidget *window_;
    QPointer<QProgressDialog> dialog_;
};

}  // namespace workroom::widgets
