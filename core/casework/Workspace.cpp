#include "Workspace.h"

#include "SignatureRepository.h"

#include <QDir>

namespace workroom::casework {

using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;
using storage::StorageText;

Workspace::Paths Workspace::pathsFor(const QString &profileDir)
{
    return {profileDir + QStringLiteral("/workroom.sqlite"), profileDir + QStringLiteral("/blobs")};
}

QString Workspace::defaultActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

Workspace::Workspace(QString profileDir, QString actor, std::unique_ptr<storage::Database> database,
                     QString blobRoot)
    : profileDir_(std::move(profileDir)), actor_(std::move(actor)), database_(std::move(database)),
      blobs_(std::move(blobRoot)), cases_(*database_)
{
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &profileDir, const QString &actor,
                                                   storage::Database::Options options)
{
    if (!QDir().mkpath(profileDir)) {
        return std::unexpected(StorageError{
            StorageErrorCode::Io,
            StorageText::tr("The data directory %1 cannot be created.").arg(profileDir)});
    }
    const Paths paths = pathsFor(profileDir);
    auto database = storage::Database::open(paths.database, options);
    if (!database) {
        return std::unexpected(database.error());
    }
    return std::unique_ptr<Workspace>(
        new Workspace(profileDir, actor, std::move(*database), paths.blobs));
}

Result<void> Workspace::checkConsistency()
{
    if (auto healthy = database_->checkIntegrity(); !healthy) {
        return healthy;
    }
    // Signature files are small, so they are re-hashed too: a changed one would otherwise
    // only show up as a broken signature.
    auto signatures = storage::SignatureRepository(*database_).referencedBlobs();
    if (!signatures) {
        return std::unexpected(signatures.error());
    }
    for (const QString &sha : std::as_const(*signatures)) {
        auto intact = blobs_.verify(sha);
        if (!intact || !*intact) {
            return std::unexpected(
                StorageError{StorageErrorCode::Corrupt,
                             StorageText::tr("The stored signature %1 is missing from %2 or "
                                             "damaged.")
                                 .arg(sha, blobs_.root())});
        }
    }
    auto referenced = cases_.referencedBlobs();
    if (!referenced) {
        return std::unexpected(referenced.error());
    }
    for (const QString &sha : *referenced) {
        if (!blobs_.contains(sha)) {
            return std::unexpected(
                StorageError{StorageErrorCode::Corrupt,
                             StorageText::tr("The stored document %1 is missing from %2.")
                                 .arg(sha, blobs_.root())});
        }
    }
    auto audit = storage::AuditLog(*database_).verify();
    if (!audit) {
        return std::unexpected(audit.error());
    }
    if (!audit->intact) {
        return std::unexpected(StorageError{StorageErrorCode::Corrupt, audit->problem});
    }
    return {};
}

Result<storage::BlobStore::GarbageReport> Workspace::collectGarbage(int graceSeconds)
{
    auto referenced = cases_.referencedBlobs();
    if (!referenced) {
        return std::unexpected(referenced.error());
    }
    return blobs_.collectGarbage(*referenced, graceSeconds);
}

}  // namespace workroom::casework
