#include "CaseExporter.h"

#include "CaseJson.h"
#include "SignatureRepository.h"
#include "Workspace.h"
#include "ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace workroom::casework {

using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;
using storage::StorageText;

struct CaseExporter::Contents {
    QString baseName;
    QByteArray caseJson;
    struct File {
        QString name;  // relative, with forward slashes
        QString blobPath;
    };
    QList<File> files;
};

CaseExporter::CaseExporter(Workspace &workspace) : workspace_(workspace) {}

QString CaseExporter::safeFileName(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    QString name = text;
    name.replace(unsafe, QStringLiteral("_"));
    name = name.simplified();
    while (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    return name.left(120).trimmed();
}

Result<CaseExporter::Contents> CaseExporter::collect(qint64 caseId)
{
    storage::CaseRepository &repo = workspace_.cases();
    auto record = repo.caseById(caseId);
    if (!record) {
        return std::unexpected(record.error());
    }
    auto parties = repo.parties(caseId);
    auto notes = repo.notes(caseId);
    auto documents = repo.documents(caseId);
    auto history = repo.history(caseId);
    auto signatures = storage::SignatureRepository(workspace_.database()).forCase(caseId);
    for (const StorageError *error :
         {parties ? nullptr : &parties.error(), notes ? nullptr : &notes.error(),
          documents ? nullptr : &documents.error(), history ? nullptr : &history.error(),
          signatures ? nullptr : &signatures.error()}) {
        if (error) {
            return std::unexpected(*error);
        }
    }
    Contents contents;
    contents.baseName = safeFileName(record->reference + QLatin1Char(' ') + record->subject);

    QJsonArray partyArray;
    for (const domain::Party &p : *parties) {
        partyArray.append(json::party(p));
    }
    QJsonArray noteArray;
    for (const domain::Note &n : *notes) {
        noteArray.append(json::note(n));
    }
    QJsonArray documentArray;
    for (const domain::Document &d : *documents) {
        QJsonArray versions;
        const QString folder =
            QStringLiteral("documents/%1 %2").arg(d.id).arg(safeFileName(d.title));
        for (const domain::DocumentVersion &v : d.versions) {
            const QString file = QStringLiteral("%1/v%2 %3")
                                     .arg(folder)
                                     .arg(v.number)
                                     .arg(safeFileName(v.originalFileName));
            contents.files.append({file, workspace_.blobs().pathOf(v.sha256)});
            QJsonObject entry = json::version(v);
            entry.insert(QStringLiteral("file"), file);
            // Signatures travel beside their version so that the receiver can check them with
            // any CMS tool; a .p7m carries the version itself and keeps its own extension.
            QJsonArray signatureArray;
            int n = 0;
            for (const storage::SignatureRecord &sig : signatures->value(v.id)) {
                const bool enveloped = sig.format == storage::SignatureFormat::Enveloped;
                const QString sigFile =
                    QStringLiteral("%1.sig%2.%3")
                        .arg(file)
                        .arg(++n)
                        .arg(enveloped ? QStringLiteral("p7m") : QStringLiteral("p7s"));
                contents.files.append({sigFile, workspace_.blobs().pathOf(sig.sha256)});
                signatureArray.append(
                    QJsonObject{{QStringLiteral("file"), sigFile},
                                {QStringLiteral("role"), storage::signatureRoleKey(sig.role)},
                                {QStringLiteral("signer"), sig.signerName},
                                {QStringLiteral("signerFingerprint"), sig.signerFingerprint},
                                {QStringLiteral("sha256"), sig.sha256}});
            }
            if (!signatureArray.isEmpty()) {
                entry.insert(QStringLiteral("signatures"), signatureArray);
            }
            versions.append(entry);
        }
        documentArray.append(QJsonObject{{QStringLiteral("title"), d.title},
                                         {QStringLiteral("kind"), domain::documentKindKey(d.kind)},
                                         {QStringLiteral("versions"), versions}});
    }
    QJsonArray historyArray;
    for (const storage::AuditEntry &e : *history) {
        historyArray.append(json::historyEntry(e));
    }
    QJsonObject root = json::caseRecord(*record);
    root.insert(QStringLiteral("format"), QStringLiteral("workroom-case-export/1"));
    root.insert(QStringLiteral("parties"), partyArray);
    root.insert(QStringLiteral("notes"), noteArray);
    root.insert(QStringLiteral("documents"), documentArray);
    root.insert(QStringLiteral("history"), historyArray);
    contents.caseJson = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return contents;
}

Result<QString> CaseExporter::exportToFolder(qint64 caseId, const QString &parentDir)
{
    auto contents = collect(caseId);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    const QString target = QDir(parentDir).filePath(contents->baseName);
    const QString what = StorageText::tr("exporting the case to %1").arg(target);
    if (QFileInfo::exists(target)) {
        return std::unexpected(
            StorageError{StorageErrorCode::Duplicate,
                         StorageText::tr("%1 exists already; choose another folder.").arg(target)});
    }
    const QString partial = target + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    const auto fail = [&](const QString &detail) {
        QDir(partial).removeRecursively();
        return std::unexpected(
            StorageError{StorageErrorCode::Io, StorageText::tr("%1 failed: %2").arg(what, detail)});
    };
    if (!QDir().mkpath(partial)) {
        return fail(StorageText::tr("cannot create %1").arg(partial));
    }
    QFile json(partial + QStringLiteral("/case.json"));
    if (!json.open(QIODevice::WriteOnly)
        || json.write(contents->caseJson) != contents->caseJson.size() || !json.flush()) {
        return fail(json.errorString());
    }
    json.close();
    for (const Contents::File &file : contents->files) {
        const QString destination = partial + QLatin1Char('/') + file.name;
        QDir().mkpath(QFileInfo(destination).path());
        if (!QFile::copy(file.blobPath, destination)) {
            return fail(StorageText::tr("cannot copy %1").arg(file.name));
        }
        QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                               | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    if (!QDir().rename(partial, target)) {
        return fail(StorageText::tr("cannot rename %1").arg(partial));
    }
    return target;
}

Result<QString> CaseExporter::exportToZip(qint64 caseId, const QString &zipPath)
{
    auto contents = collect(caseId);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    const QString what = StorageText::tr("exporting the case to %1").arg(zipPath);
    const QString partial = zipPath + QStringLiteral(".partial");
    ZipWriter zip(partial);
    const auto fail = [&](const QString &detail) {
        QFile::remove(partial);
        return std::unexpected(
            StorageError{StorageErrorCode::Io, StorageText::tr("%1 failed: %2").arg(what, detail)});
    };
    if (!zip.open()) {
        return fail(zip.errorString());
    }
    const QString prefix = contents->baseName + QLatin1Char('/');
    if (!zip.addData(prefix + QStringLiteral("case.json"), contents->caseJson)) {
        return fail(zip.errorString());
    }
    for (const Contents::File &file : contents->files) {
        if (!zip.addFile(prefix + file.name, file.blobPath)) {
            return fail(zip.errorString());
        }
    }
    if (!zip.close()) {
        return fail(zip.errorString());
    }
    QFile::remove(zipPath);
    if (!QFile::rename(partial, zipPath)) {
        return fail(StorageText::tr("cannot rename %1").arg(partial));
    }
    return zipPath;
}

}  // namespace workroom::casework
