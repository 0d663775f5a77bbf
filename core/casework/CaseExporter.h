#pragma once

#include "StorageError.h"

#include <QString>

namespace workroom::casework {

class Workspace;

// Exports a case for handing it on: case.json (metadata, parties, notes, documents with their
// versions and hashes, history) and every document version under documents/. To a folder or a
// ZIP archive; either appears complete or not at all (written under a temporary name first).
class CaseExporter {
public:
    explicit CaseExporter(Workspace &workspace);

    // Creates "<parentDir>/<reference> <subject>/" and returns its path.
    storage::Result<QString> exportToFolder(qint64 caseId, const QString &parentDir);
    // Writes the archive at `zipPath` (replacing a file there) and returns the path.
    storage::Result<QString> exportToZip(qint64 caseId, const QString &zipPath);

    // A name for a file or folder made of `text`, safe on Linux and Windows file systems.
    static QString safeFileName(const QString &text);

private:
    struct Contents;
    storage::Result<Contents> collect(qint64 caseId);

    Workspace &workspace_;
};

}  // namespace workroom::casework
