#include "BlobStore.h"
#include "Why.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace workroom::storage;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int filesUnder(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Makes a file's time stamp old, as if it had been written an hour and more ago.
void age(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200),
                             QFileDevice::FileModificationTime));
}

}  // namespace

class TestBlobStore : public QObject {
    Q_OBJECT

private slots:
    void storesByContentAndDeduplicates()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        const QByteArray bytes = "Antrag auf Meldebescheinigung\n";
        const QString a = writeFile(tmp.filePath(QStringLiteral("a.txt")), bytes);
        const QString b = writeFile(tmp.filePath(QStringLiteral("b.txt")), bytes);
        auto first = store.importFile(a);
        QVERIFY2(first.has_value(), why(first).constData());
        QCOMPARE(first->sha256, sha(bytes));
        QCOMPARE(first->size, bytes.size());
        QVERIFY(!first->existed);
        auto second = store.importFile(b);
        QVERIFY(second.has_value());
        QVERIFY(second->existed);
        QCOMPARE(store.list().size(), 1);
        QFile stored(store.pathOf(first->sha256));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), bytes);
        QCOMPARE(store.verify(first->sha256).value(), true);
        // No temporary file is left behind.
        QCOMPARE(filesUnder(store.root() + QStringLiteral("/tmp")), 0);
    }

    // A download checked while it streamed is moved in, not copied; a second copy of the same
    // content leaves the blob as it was and removes the arrival.
    void adoptsACheckedFileByRenaming()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        const QByteArray bytes = "Gewerbeanmeldung Imbiss\n";
        auto arrivals = store.temporaryDirectory();
        QVERIFY2(arrivals.has_value(), why(arrivals).constData());
        const QString first = writeFile(*arrivals + QStringLiteral("/dms-1"), bytes);
        auto adopted = store.adoptFile(first, sha(bytes));
        QVERIFY2(adopted.has_value(), why(adopted).constData());
        QVERIFY(!adopted->existed);
        QCOMPARE(adopted->size, bytes.size());
        QVERIFY(!QFileInfo::exists(first));
        QCOMPARE(store.verify(sha(bytes)).value(), true);
        QVERIFY(!(QFileInfo(store.pathOf(sha(bytes))).permissions() & QFileDevice::WriteOwner));

        const QString second = writeFile(*arrivals + QStringLiteral("/dms-2"), bytes);
        auto again = store.adoptFile(second, sha(bytes));
        QVERIFY(again.has_value());
        QVERIFY(again->existed);
        QCOMPARE(filesUnder(*arrivals), 0);
        QCOMPARE(store.list().size(), 1);

        const QString bad = writeFile(*arrivals + QStringLiteral("/dms-3"), bytes);
        auto refused = store.adoptFile(bad, QStringLiteral("../../etc/passwd"));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, StorageErrorCode::Invalid);
        QVERIFY(QFileInfo::exists(bad));
    }

    void streamsALargeFileInChunks()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        const QString path = tmp.filePath(QStringLiteral("big.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(1 << 20, '\0');
        for (int i = 0; i < 48; ++i) {
            chunk.fill(char('a' + i % 26));
            hash.addData(chunk);
            file.write(chunk);
        }
        file.close();
        QList<qint64> reported;
        auto blob = store.importFile(path, [&](qint64 done, qint64 total) {
            reported.append(done);
            return total == 48LL << 20;
        });
        QVERIFY(blob.has_value());
        QCOMPARE(blob->sha256, QString::fromLatin1(hash.result().toHex()));
        QCOMPARE(blob->size, 48LL << 20);
        // Progress came chunk by chunk: the file was never read in one piece.
        QCOMPARE(reported.size(), 48);
        QCOMPARE(reported.last(), 48LL << 20);
    }

    void refusesMissingAndSpecialFiles()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        auto missing = store.importFile(tmp.filePath(QStringLiteral("nope.pdf")));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, StorageErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1StringView("nope.pdf")));
        auto folder = store.importFile(tmp.path());
        QVERIFY(!folder.has_value());
        QCOMPARE(folder.error().code, StorageErrorCode::Invalid);
        if (::geteuid() != 0) {  // root reads everything; the permission check needs a user
            const QString secret = writeFile(tmp.filePath(QStringLiteral("secret")), "x");
            QFile::setPermissions(secret, QFileDevice::WriteOwner);
            auto unreadable = store.importFile(secret);
            QVERIFY(!unreadable.has_value());
            QCOMPARE(unreadable.error().code, StorageErrorCode::Io);
        }
    }

    void cancellingLeavesNothing()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        const QString path =
            writeFile(tmp.filePath(QStringLiteral("big.bin")), QByteArray(5 << 20, 'z'));
        auto cancelled =
            store.importFile(path, [](qint64 done, qint64) { return done < (2 << 20); });
        QVERIFY(!cancelled.has_value());
        QCOMPARE(cancelled.error().code, StorageErrorCode::Cancelled);
        QCOMPARE(filesUnder(store.root()), 0);
    }

    void collectsOnlyOldUnreferencedBlobs()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        const QString keep = store.importBytes("keep").value().sha256;
        const QString drop = store.importBytes("drop").value().sha256;
        const QString young = store.importBytes("young").value().sha256;
        age(store.pathOf(keep));
        age(store.pathOf(drop));
        // A temporary file of a crashed import, and one of an import still running.
        QDir().mkpath(store.root() + QStringLiteral("/tmp"));
        const QString stale = writeFile(store.root() + QStringLiteral("/tmp/import-crashed"), "x");
        const QString running =
            writeFile(store.root() + QStringLiteral("/tmp/import-running"), "y");
        age(stale);

        auto report = store.collectGarbage({keep});
        QVERIFY(report.has_value());
        QCOMPARE(report->blobsRemoved, 1);
        QCOMPARE(report->bytesFreed, 4);
        QCOMPARE(report->temporaryFilesRemoved, 1);
        QVERIFY(store.contains(keep));
        QVERIFY(!store.contains(drop));
        QVERIFY(store.contains(young));  // within the grace period: an import may need it
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(running));

        QCOMPARE(store.collectGarbage({keep}, 0).value().blobsRemoved, 1);
        QCOMPARE(store.list(), QSet<QString>{keep});
    }

    void storingAgainRefreshesTheGracePeriod()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        const QString name = store.importBytes("shared").value().sha256;
        age(store.pathOf(name));
        QVERIFY(store.importBytes("shared").value().existed);
        QCOMPARE(store.collectGarbage({}).value().blobsRemoved, 0);
    }

    void verifyNoticesChangedBytes()
    {
        QTemporaryDir tmp;
        BlobStore store(tmp.filePath(QStringLiteral("blobs")));
        const QString name = store.importBytes("original").value().sha256;
        QFile::setPermissions(store.pathOf(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeFile(store.pathOf(name), "tampered");
        QCOMPARE(store.verify(name).value(), false);
        QVERIFY(!store.verify(QString(64, QLatin1Char('0'))).has_value());
    }

    // On a full disk the import fails with a clear message and leaves no partial file. Needs
    // root to mount a small tmpfs; CI runs as root.
    void reportsAFullDisk()
    {
        if (::geteuid() != 0) {
            QSKIP("mounting a small tmpfs needs root; CI runs this test as root");
        }
        QTemporaryDir tmp;
        const QString mountPoint = tmp.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mountPoint});
        QVERIFY(mount.waitForFinished(10000));
        QVERIFY2(mount.exitCode() == 0, mount.readAllStandardError().constData());
        const auto unmount =
            qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
        BlobStore store(mountPoint + QStringLiteral("/blobs"));
        const QString big =
            writeFile(tmp.filePath(QStringLiteral("big.bin")), QByteArray(4 << 20, 'q'));
        auto full = store.importFile(big);
        QVERIFY(!full.has_value());
        QCOMPARE(full.error().code, StorageErrorCode::DiskFull);
        QVERIFY2(full.error().message.contains(QLatin1StringView("disk is full")),
                 qUtf8Printable(full.error().message));
        QCOMPARE(filesUnder(store.root()), 0);
        // What fits still works afterwards.
        QVERIFY(store.importBytes("small").has_value());
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
