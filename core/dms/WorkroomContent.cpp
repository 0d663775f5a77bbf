#include "WorkroomContent.h"

#include "BlobStore.h"
#include "Database.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace workroom::dms {

Result<QList<ImmutableFile>> immutableFilesOf(storage::Database &database,
                                              const storage::BlobStore &blobs, qint64 workroomId)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT c.reference, v.sha256, v.size, 0 FROM document_version v "
        "JOIN document d ON d.id = v.document_id JOIN case_file c ON c.id = d.case_id "
        "WHERE c.workroom_id = :room "
        "UNION ALL "
        "SELECT c.reference, s.sha256, -1, CASE s.format WHEN 'enveloped' THEN 2 ELSE 1 END "
        "FROM signature s "
        "JOIN document_version v ON v.id = s.version_id JOIN document d ON d.id = v.document_id "
        "JOIN case_file c ON c.id = d.case_id WHERE c.workroom_id = :room "
        "ORDER BY 1, 4, 2"));
    query.bindValue(QStringLiteral(":room"), workroomId);
    if (!query.exec()) {
        return std::unexpected(
            DmsError{DmsErrorCode::LocalIo,
                     DmsText::tr("The documents of the workroom could not be read for the sync: %1")
                         .arg(query.lastError().text()),
                     0});
    }
    QList<ImmutableFile> files;
    QSet<QString> seen;
    while (query.next()) {
        ImmutableFile file;
        file.caseFolder = caseFolderName(query.value(0).toString());
        file.sha256 = query.value(1).toString();
        const int kind = query.value(3).toInt();
        file.kind = kind == 0   ? ImmutableFile::Kind::Content
                    : kind == 1 ? ImmutableFile::Kind::Signature
                                : ImmutableFile::Kind::EnvelopedSignature;
        file.localPath = blobs.pathOf(file.sha256);
        // Signature rows do not carry their size; the blob does.
        file.size = query.value(2).toLongLong() >= 0 ? query.value(2).toLongLong()
                                                     : QFileInfo(file.localPath).size();
        if (file.caseFolder.isEmpty()) {
            qCWarning(lcDms) << "skipping a case whose reference makes no folder name";
            continue;
        }
        if (seen.contains(file.remotePath())) {
            continue;
        }
        seen.insert(file.remotePath());
        files.append(file);
    }
    return files;
}

}  // namespace workroom::dms
