#include "DocumentImporter.h"

#include "TextExtraction.h"
#include "Workspace.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

namespace workroom::casework {

using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;
using storage::StorageText;

int ImportReport::count(ImportOutcome::Kind kind) const
{
    return int(std::ranges::count_if(outcomes, [kind](const auto &o) { return o.kind == kind; }));
}

DocumentImporter::DocumentImporter(Workspace &workspace) : workspace_(workspace) {}

QStringList DocumentImporter::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);  // missing files are reported by the import itself
            continue;
        }
        QStringList inFolder;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            inFolder.append(it.next());
        }
        std::ranges::sort(inFolder);
        files.append(inFolder);
    }
    return files;
}

Result<domain::DocumentVersion> DocumentImporter::importFile(qint64 caseId, const QString &path,
                                                             qint64 documentId,
                                                             domain::DocumentKind kind,
                                                             const Progress &progress)
{
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() == 0) {
        return std::unexpected(StorageError{
            StorageErrorCode::Invalid,
            StorageText::tr("The file %1 is empty (0 bytes); nothing was added.").arg(path)});
    }
    storage::BlobStore::Progress bytesDone;
    if (progress) {
        bytesDone = [&](qint64 done, qint64 total) { return progress(0, 1, path, done, total); };
    }
    auto blob = workspace_.blobs().importFile(path, bytesDone);
    if (!blob) {
        return std::unexpected(blob.error());
    }
    // The same bytes twice in one case would be noise: the blob is shared, the user is told.
    auto holders = workspace_.cases().documentsWithContent(caseId, blob->sha256);
    if (!holders) {
        return std::unexpected(holders.error());
    }
    if (!holders->isEmpty()) {
        return std::unexpected(StorageError{
            StorageErrorCode::Duplicate,
            StorageText::tr("%1 is in this case already, as \"%2\"; it was not added again.")
                .arg(info.fileName(), holders->first().title)});
    }
    const QString mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    const ExtractedText text = extractText(path, mimeType);
    storage::CaseRepository::NewVersion version;
    version.caseId = caseId;
    version.documentId = documentId;
    version.title = info.completeBaseName();
    version.kind = kind;
    version.blob = *blob;
    version.mimeType = mimeType;
    version.originalFileName = info.fileName();
    version.text = text.text;
    version.textState = text.state;
    // If this fails the blob stays unreferenced and the garbage collector takes it later.
    return workspace_.cases().addDocumentVersion(version, workspace_.actor());
}

ImportReport DocumentImporter::importFiles(qint64 caseId, const QStringList &paths,
                                           domain::DocumentKind kind, const Progress &progress)
{
    ImportReport report;
    const QStringList files = expand(paths);
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const qint64 size = QFileInfo(path).size();
        if (progress && !progress(i, int(files.size()), path, 0, size)) {
            report.cancelled = true;
            break;
        }
        ImportOutcome outcome{path, ImportOutcome::Kind::Failed, {}, 0};
        auto added = importFile(
            caseId, path, 0, kind,
            progress ? Progress([&](int, int, const QString &, qint64 done, qint64 total) {
                return progress(i, int(files.size()), path, done, total);
            })
                     : Progress());
        if (added) {
            outcome.kind = ImportOutcome::Kind::Added;
            outcome.versionId = added->id;
            report.outcomes.append(outcome);
            continue;
        }
        const StorageErrorCode code = added.error().code;
        if (code == StorageErrorCode::Cancelled) {
            report.cancelled = true;
            break;
        }
        outcome.kind = code == StorageErrorCode::Duplicate ? ImportOutcome::Kind::Duplicate
                                                           : ImportOutcome::Kind::Failed;
        outcome.message = added.error().message;
        report.outcomes.append(outcome);
        if (code == StorageErrorCode::DiskFull) {
            break;  // the next files would fail the same way
        }
    }
    return report;
}

}  // namespace workroom::casework
