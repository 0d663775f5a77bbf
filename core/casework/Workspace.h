#pragma once

#include "BlobStore.h"
#include "CaseRepository.h"
#include "Database.h"
#include "StorageError.h"

#include <QString>

#include <memory>

namespace workroom::casework {

// The local store of one profile: the database file, the blob store beside it, and the
// repository over both, opened for one thread. A worker thread opens a Workspace of its own
// on the same profile directory.
class Workspace {
public:
    struct Paths {
        QString database;
        QString blobs;
    };
    static Paths pathsFor(const QString &profileDir);

    // Opens (and if needed creates or migrates) the store in `profileDir`. `actor` is the user
    // name written into the audit log.
    static storage::Result<std::unique_ptr<Workspace>>
    open(const QString &profileDir, const QString &actor, storage::Database::Options options = {});

    const QString &profileDir() const { return profileDir_; }
    const QString &actor() const { return actor_; }
    storage::Database &database() { return *database_; }
    storage::BlobStore &blobs() { return blobs_; }
    storage::CaseRepository &cases() { return cases_; }

    // Checks the database, every blob a version refers to, and the audit chain.
    storage::Result<void> checkConsistency();
    // Removes blobs no version refers to (older than `graceSeconds`).
    storage::Result<storage::BlobStore::GarbageReport> collectGarbage(int graceSeconds = 3600);

    // The user name for the audit log: the login name unless the profile says otherwise.
    static QString defaultActor();

private:
    Workspace(QString profileDir, QString actor, std::unique_ptr<storage::Database> database,
              QString blobRoot);

    QString profileDir_;
    QString actor_;
    std::unique_ptr<storage::Database> database_;
    storage::BlobStore blobs_;
    storage::CaseRepository cases_;
};

}  // namespace workroom::casework
