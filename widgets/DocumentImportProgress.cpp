#include "DocumentImportProgress.h"

#include "DocumentImportJob.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace workroom::widgets {

using Kind = casework::ImportOutcome::Kind;

DocumentImportProgress::DocumentImportProgress(DocumentImportJob &job, QString reference,
                                               QWidget *window)
    : QObject(&job), job_(job), reference_(std::move(reference)), window_(window)
{
    dialog_ = new QProgressDialog(window);
    dialog_->setObjectName(QStringLiteral("importProgress"));
    dialog_->setAttribute(Qt::WA_DeleteOnClose);
    dialog_->setWindowModality(Qt::NonModal);
    dialog_->setWindowTitle(tr("Adding documents to %1").arg(reference_));
    dialog_->setLabelText(tr("Preparing…"));
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    // Quick imports finish before it would flash up.
    dialog_->setMinimumDuration(500);
    dialog_->setRange(0, 0);
    connect(dialog_, &QProgressDialog::canceled, &job_, [this] {
        job_.cancel();
        if (dialog_) {
            dialog_->setLabelText(tr("Cancelling after the current file…"));
        }
    });
    connect(&job_, &DocumentImportJob::progressed, this, &DocumentImportProgress::showProgress);
    connect(&job_, &DocumentImportJob::finished, this, &DocumentImportProgress::showOutcome);
}

QString DocumentImportProgress::summaryOf(const casework::ImportReport &report)
{
    QStringList parts;
    parts.append(tr("%n document(s) added", nullptr, report.count(Kind::Added)));
    if (const int duplicates = report.count(Kind::Duplicate)) {
        parts.append(tr("%n already in the case", nullptr, duplicates));
    }
    if (const int failed = report.count(Kind::Failed)) {
        parts.append(tr("%n failed", nullptr, failed));
    }
    return parts.join(QStringLiteral(", "));
}

void DocumentImportProgress::showProgress(int fileIndex, int fileCount, const QString &file,
                                          qint64 bytesDone, qint64 bytesTotal)
{
    const int percent = bytesTotal > 0 ? int(bytesDone * 100 / bytesTotal) : 0;
    const int value = fileIndex * 100 + percent;
    if (dialog_) {
        dialog_->setRange(0, fileCount * 100);
        dialog_->setValue(value);
        dialog_->setLabelText(
            tr("File %1 of %2: %3\n%4 of %5")
                .arg(fileIndex + 1)
                .arg(fileCount)
                .arg(file, QLocale().formattedDataSize(bytesDone),
                     QLocale().formattedDataSize(std::max<qint64>(bytesTotal, 0))));
    }
    emit progressed(tr("Adding documents to %1: file %2 of %3")
                        .arg(reference_)
                        .arg(fileIndex + 1)
                        .arg(fileCount),
                    value, fileCount * 100);
}

void DocumentImportProgress::showOutcome(const casework::ImportReport &report,
                                         const QString &failure)
{
    if (dialog_) {
        dialog_->disconnect(&job_);  // closing a progress dialog reports "cancelled"
        dialog_->close();
    }
    QString summary = failure.isEmpty() ? summaryOf(report) : failure;
    if (report.cancelled) {
        summary += QLatin1Char(' ') + tr("(cancelled; what was added before stays in the case)");
    }
    emit finished(job_.caseId(), tr("%1: %2").arg(reference_, summary));

    const bool oneFileAdded = failure.isEmpty() && !report.cancelled && report.outcomes.size() == 1
                              && report.outcomes.first().kind == Kind::Added;
    if (oneFileAdded) {
        return;  // the status bar says enough
    }
    QStringList reasons;
    for (const casework::ImportOutcome &outcome : report.outcomes) {
        if (outcome.kind != Kind::Added) {
            reasons.append(QStringLiteral("• %1: %2")
                               .arg(QFileInfo(outcome.path).fileName(), outcome.message));
        }
    }
    // A summary, not a question: not modal, and gone when closed.
    auto *box = new QMessageBox(report.count(Kind::Failed) > 0 || !failure.isEmpty()
                                    ? QMessageBox::Warning
                                    : QMessageBox::Information,
                                tr("Documents for %1").arg(reference_), summary + QLatin1Char('.'),
                                QMessageBox::Close, window_);
    box->setObjectName(QStringLiteral("importSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    constexpr int shownReasons = 8;
    if (!reasons.isEmpty()) {
        box->setInformativeText(reasons.mid(0, shownReasons).join(QLatin1Char('\n')));
        if (reasons.size() > shownReasons) {
            box->setDetailedText(reasons.join(QLatin1Char('\n')));
        }
    }
    box->show();
}

}  // namespace workroom::widgets
