#pragma once

#include "StorageError.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace workroom::storage {

// Where a blob landed and what it is.
struct BlobInfo {
    QString sha256;  // lower-case hex; the blob's name
    qint64 size = 0;
    bool existed = false;  // the same bytes were stored before: nothing new was written
};

// Content-addressed files: a blob is named by the SHA-256 of its bytes and never changes.
// Writes stream through a temporary file that is fsync'ed and then renamed into place, so a
// crash leaves either the whole blob or a temporary file that collectGarbage() removes.
class BlobStore {
public:
    explicit BlobStore(QString root);

    const QString &root() const { return root_; }

    // Called with bytes done and total (total is -1 when unknown). Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Streams the file at `sourcePath` into the store in 1 MiB chunks; large files are never
    // held in memory. Fails for missing, unreadable or special files, on a full disk (the
    // temporary file is removed) and when cancelled.
    Result<BlobInfo> importFile(const QString &sourcePath, const Progress &progress = {});
    Result<BlobInfo> importBytes(const QByteArray &bytes);

    // The store's own folder for files on their way in (same file system, so a rename moves
    // them in; collectGarbage() removes what a crash leaves there). Created if missing.
    Result<QString> temporaryDirectory() const;
    // Moves a complete, durable file from temporaryDirectory() into the store under `sha256`
    // without reading it again: for bytes whose hash the caller has checked while they
    // arrived (a download verified as it streamed). An existing blob of that name is kept and
    // the file removed; if moving fails, the file is removed too (an invalid name leaves it).
    Result<BlobInfo> adoptFile(const QString &path, const QString &sha256);

    bool contains(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;

    // Re-hashes a blob: false when its bytes no longer match its name.
    Result<bool> verify(const QString &sha256) const;

    // Every blob name in the store.
    QSet<QString> list() const;

    struct GarbageReport {
        int blobsRemoved = 0;
        qint64 bytesFreed = 0;
        int temporaryFilesRemoved = 0;
    };
    // Removes the blobs not in `referenced` and leftover temporary files, both only when older
    // than `graceSeconds`: an import stores its blob before the database row that refers to
    // it, and a running import must not lose its blob in between.
    Result<GarbageReport> collectGarbage(const QSet<QString> &referenced, int graceSeconds = 3600);

    static bool isValidName(const QString &sha256);

private:
    // Renames a complete file at `path` to the blob named blob.sha256 (or drops it when that
    // blob exists); the file is gone afterwards either way.
    Result<BlobInfo> moveIntoPlace(const QString &path, BlobInfo blob, const QString &what);
    Result<BlobInfo> store(QIODevice &source, qint64 total, const QString &what,
                           const Progress &progress);

    QString root_;
};

}  // namespace workroom::storage
