#pragma once

#include "CaseRecord.h"
#include "StorageError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace workroom::casework {

class Workspace;

// What became of one file of an import.
struct ImportOutcome {
    enum class Kind { Added, Duplicate, Failed };
    QString path;
    Kind kind = Kind::Failed;
    QString message;  // for Duplicate and Failed: what the user is told
    qint64 versionId = 0;
};

struct ImportReport {
    QList<ImportOutcome> outcomes;
    bool cancelled = false;
    int count(ImportOutcome::Kind kind) const;
};

// Adds files to a case: each is streamed into the blob store, its text extracted (PDF through
// core/pdf, plain text directly) and indexed, and recorded as a document version in one
// transaction. A file whose bytes the case holds already is not added twice.
class DocumentImporter {
public:
    explicit DocumentImporter(Workspace &workspace);

    // Called before each file and as its bytes are copied. Return false to cancel.
    using Progress = std::function<bool(int fileIndex, int fileCount, const QString &file,
                                        qint64 bytesDone, qint64 bytesTotal)>;

    // Files as given, folders expanded recursively (sorted, hidden entries skipped).
    static QStringList expand(const QStringList &paths);

    ImportReport importFiles(qint64 caseId, const QStringList &paths,
                             domain::DocumentKind kind = domain::DocumentKind::Attachment,
                             const Progress &progress = {});

    // One file as a new document (documentId 0) or as the next version of a document.
    storage::Result<domain::DocumentVersion> importFile(qint64 caseId, const QString &path,
                                                        qint64 documentId,
                                                        domain::DocumentKind kind,
                                                        const Progress &progress = {});

private:
    Workspace &workspace_;
};

}  // namespace workroom::casework
