#include "BlobStore.h"

#include "Sha256.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace workroom::storage {

namespace {

constexpr qint64 chunkSize = 1 << 20;

// fsync on a directory makes a rename in it durable.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

StorageError writeError(const QString &root, const QString &what, const QString &detail)
{
    // Qt does not pass ENOSPC through; a nearly empty volume is the telling sign.
    const QStorageInfo volume(root);
    if (volume.isValid() && volume.bytesAvailable() < chunkSize * 2) {
        return {StorageErrorCode::DiskFull,
                StorageText::tr("The disk is full; %1 was not possible. Nothing was saved "
                                "half-way: free some space and try again.")
                    .arg(what)};
    }
    return {StorageErrorCode::Io, StorageText::tr("%1 failed: %2").arg(what, detail)};
}

}  // namespace

BlobStore::BlobStore(QString root) : root_(std::move(root)) {}

bool BlobStore::isValidName(const QString &sha256)
{
    if (sha256.size() != 64) {
        return false;
    }
    return std::ranges::all_of(
        sha256, [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString BlobStore::pathOf(const QString &sha256) const
{
    return root_ + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString &sha256) const
{
    return isValidName(sha256) && QFileInfo::exists(pathOf(sha256));
}

Result<BlobInfo> BlobStore::importFile(const QString &sourcePath, const Progress &progress)
{
    const QString what = StorageText::tr("storing %1").arg(sourcePath);
    const QFileInfo info(sourcePath);
    if (!info.exists()) {
        return std::unexpected(StorageError{
            StorageErrorCode::NotFound,
            StorageText::tr("The file %1 does not exist (any more).").arg(sourcePath)});
    }
    if (!info.isFile()) {
        return std::unexpected(StorageError{
            StorageErrorCode::Invalid,
            StorageText::tr("%1 is not a regular file and cannot be stored.").arg(sourcePath)});
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            StorageError{StorageErrorCode::Io, StorageText::tr("The file %1 cannot be read: %2")
                                                   .arg(sourcePath, source.errorString())});
    }
    return store(source, info.size(), what, progress);
}

Result<BlobInfo> BlobStore::importBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return store(buffer, bytes.size(), StorageText::tr("storing a document"), {});
}

Result<BlobInfo> BlobStore::store(QIODevice &source, qint64 total, const QString &what,
                                  const Progress &progress)
{
    const QString temporaryDir = root_ + QStringLiteral("/tmp");
    if (!QDir().mkpath(temporaryDir)) {
        return std::unexpected(
            writeError(root_, what, StorageText::tr("cannot create %1").arg(temporaryDir)));
    }
    QTemporaryFile temporary(temporaryDir + QStringLiteral("/import-XXXXXX"));
    if (!temporary.open()) {
        return std::unexpected(writeError(root_, what, temporary.errorString()));
    }
    Sha256 hash;
    QByteArray chunk;
    qint64 done = 0;
    for (;;) {
        chunk = source.read(chunkSize);
        if (chunk.isEmpty()) {
            if (!source.atEnd()) {
                return std::unexpected(
                    StorageError{StorageErrorCode::Io,
                                 StorageText::tr("%1 failed: %2").arg(what, source.errorString())});
            }
            break;
        }
        hash.addData(chunk);
        if (temporary.write(chunk) != chunk.size()) {
            return std::unexpected(writeError(root_, what, temporary.errorString()));
        }
        done += chunk.size();
        if (progress && !progress(done, total)) {
            return std::unexpected(
                StorageError{StorageErrorCode::Cancelled, StorageText::tr("Cancelled.")});
        }
    }
    if (!temporary.flush() || ::fsync(temporary.handle()) != 0) {
        return std::unexpected(writeError(root_, what, temporary.errorString()));
    }
    temporary.setAutoRemove(false);
    temporary.close();
    return moveIntoPlace(temporary.fileName(),
                         BlobInfo{QString::fromLatin1(hash.hexResult()), done, false}, what);
}

Result<BlobInfo> BlobStore::moveIntoPlace(const QString &path, BlobInfo blob, const QString &what)
{
    const QString target = pathOf(blob.sha256);
    if (QFileInfo::exists(target)) {
        blob.existed = true;
        QFile::remove(path);
        // A fresh time stamp keeps the garbage collector's grace period from removing the
        // blob before the new reference to it is stored.
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly)) {
            existing.setFileTime(QDateTime::currentDateTimeUtc(),
                                 QFileDevice::FileModificationTime);
        }
        return blob;
    }
    const QString directory = QFileInfo(target).path();
    if (!QDir().mkpath(directory)) {
        QFile::remove(path);
        return std::unexpected(
            writeError(root_, what, StorageText::tr("cannot create %1").arg(directory)));
    }
    // rename(2) replaces atomically; a blob of the same name has the same bytes anyway.
    if (::rename(QFile::encodeName(path).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(path);
        return std::unexpected(writeError(root_, what, QString::fromLocal8Bit(strerror(errno))));
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    syncDirectory(directory);
    return blob;
}

Result<QString> BlobStore::temporaryDirectory() const
{
    const QString directory = root_ + QStringLiteral("/tmp");
    if (!QDir().mkpath(directory)) {
        return std::unexpected(
            writeError(root_, directory, StorageText::tr("cannot create %1").arg(directory)));
    }
    return directory;
}

Result<BlobInfo> BlobStore::adoptFile(const QString &path, const QString &sha256)
{
    if (!isValidName(sha256)) {
        return std::unexpected(StorageError{
            StorageErrorCode::Invalid, StorageText::tr("The document has no valid content hash.")});
    }
    return moveIntoPlace(path, BlobInfo{sha256, QFileInfo(path).size(), false}, path);
}

Result<bool> BlobStore::verify(const QString &sha256) const
{
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(StorageError{StorageErrorCode::NotFound,
                                            StorageText::tr("The stored document %1 is missing: %2")
                                                .arg(sha256, file.errorString())});
    }
    Sha256 hash;
    if (!hash.addData(&file)) {
        return std::unexpected(StorageError{StorageErrorCode::Io, file.errorString()});
    }
    return QString::fromLatin1(hash.hexResult()) == sha256;
}

QSet<QString> BlobStore::list() const
{
    QSet<QString> names;
    QDirIterator it(root_, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = it.nextFileInfo().fileName();
        if (isValidName(name)) {
            names.insert(name);
        }
    }
    return names;
}

Result<BlobStore::GarbageReport> BlobStore::collectGarbage(const QSet<QString> &referenced,
                                                           int graceSeconds)
{
    GarbageReport report;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
    QDirIterator temporaries(root_ + QStringLiteral("/tmp"), QDir::Files);
    while (temporaries.hasNext()) {
        const QFileInfo info = temporaries.nextFileInfo();
        if (info.lastModified().toUTC() <= cutoff && QFile::remove(info.filePath())) {
            ++report.temporaryFilesRemoved;
        }
    }
    for (const QString &name : list()) {
        if (referenced.contains(name)) {
            continue;
        }
        const QString path = pathOf(name);
        const QFileInfo info(path);
        if (info.lastModified().toUTC() > cutoff) {
            continue;
        }
        const qint64 size = info.size();
        if (!QFile::remove(path)) {
            return std::unexpected(StorageError{
                StorageErrorCode::Io,
                StorageText::tr("The unused document %1 cannot be removed.").arg(path)});
        }
        ++report.blobsRemoved;
        report.bytesFreed += size;
    }
    return report;
}

}  // namespace workroom::storage
