#include "ApacheDavServer.h"
#include "FaultProxy.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "WebDavClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace workroom::dms;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A directory of `count` files named by the SHA-256 of their bytes, as in the blob store.
QList<ImmutableFile> makeBlobs(const QString &dir, const QString &caseFolder, int count,
                               quint32 seed, qint64 minSize = 4096, qint64 maxSize = 65536)
{
    QDir().mkpath(dir);
    QRandomGenerator random(seed);
    QList<ImmutableFile> files;
    for (int i = 0; i < count; ++i) {
        QByteArray bytes(random.bounded(minSize, maxSize + 1), Qt::Uninitialized);
        for (char &c : bytes) {
            c = char(random.generate() & 0xff);
        }
        ImmutableFile file;
        file.caseFolder = caseFolder;
        file.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        file.size = bytes.size();
        file.localPath = dir + QLatin1Char('/') + file.sha256;
        QFile out(file.localPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            return {};
        }
        files.append(file);
    }
    return files;
}

DavCapabilities fullCapabilities()
{
    DavCapabilities caps;
    caps.etagsInPropfind = caps.ifMatchHonoured = caps.ifNoneMatchHonoured = true;
    caps.depthInfinity = caps.locking = caps.locksEnforced = true;
    return caps;
}

}  // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    ApacheDavServer server_;
    QTemporaryDir work_;

    std::unique_ptr<WebDavClient> client(const QUrl &base)
    {
        WebDavClient::Options options;
        options.baseUrl = base;
        options.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        return std::make_unique<WebDavClient>(options);
    }

    // Every file below the server's copy of `room`, relative to it.
    QStringList serverFiles(const QString &room)
    {
        QStringList files;
        const QString root = server_.davRoot() + QLatin1Char('/') + room;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next().mid(root.size() + 1);
        }
        files.sort();
        return files;
    }

    // The server holds exactly these files, each with the bytes its name promises.
    void verifyServerHolds(const QString &room, const QList<ImmutableFile> &files)
    {
        QStringList expected;
        for (const ImmutableFile &file : files) {
            expected << file.remotePath();
        }
        expected.sort();
        QCOMPARE(serverFiles(room), expected);
        for (const ImmutableFile &file : files) {
            QCOMPARE(sha256Of(server_.davRoot() + QLatin1Char('/') + room + QLatin1Char('/')
                              + file.remotePath()),
                     file.sha256.toLatin1());
        }
    }

    QString makeRoom(const QString &name)
    {
        auto dav = client(server_.httpUrl());
        auto made = dav->mkcol(name + QLatin1Char('/'));
        made->waitForFinished();
        return made->ok() ? name : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(server_.start(), server_.errorString().toUtf8().constData());
        QVERIFY(work_.isValid());
    }

    void uploadsOnceAndSkipsWhatIsDone()
    {
        const QString room = makeRoom(QStringLiteral("room-once"));
        QVERIFY(!room.isEmpty());
        const auto files = makeBlobs(work_.filePath(QStringLiteral("once")),
                                     QStringLiteral("32.10-0001_2026"), 30, 1);
        QCOMPARE(files.size(), 30);
        auto journal = SyncJournal::open(work_.filePath(QStringLiteral("once.sqlite")));
        QVERIFY(journal);
        auto dav = client(server_.httpUrl(room + QLatin1Char('/')));
        SyncEngine engine(*dav, **journal, fullCapabilities());
        int lastProgress = 0;
        connect(&engine, &SyncEngine::progress, this, [&](int done, int total) {
            QCOMPARE(total, 30);
            lastProgress = done;
        });
        auto report = engine.uploadImmutable(files);
        QVERIFY(report);
        QCOMPARE(report->uploaded, 30);
        QCOMPARE(report->failed, 0);
        QCOMPARE(lastProgress, 30);
        verifyServerHolds(room, files);
        QCOMPARE((*journal)->counts()->done, 30);

        // Nothing pending: a second sync sends nothing.
        auto again = engine.uploadImmutable(files);
        QVERIFY(again);
        QCOMPARE(again->uploaded + again->alreadyThere + again->failed, 0);

        // A lost journal costs a look at the server, not a second upload.
        auto fresh = SyncJournal::open(work_.filePath(QStringLiteral("once-fresh.sqlite")));
        SyncEngine rebuilt(*dav, **fresh, fullCapabilities());
        auto checked = rebuilt.uploadImmutable(files);
        QVERIFY(checked);
        QCOMPARE(checked->uploaded, 0);
        QCOMPARE(checked->alreadyThere, 30);
        verifyServerHolds(room, files);
    }

    void killedAnywhereConverges_data()
    {
        QTest::addColumn<bool>("weakServer");
        QTest::newRow("full server") << false;
        QTest::newRow("no conditional requests") << true;
    }

    void killedAnywhereConverges()
    {
        QFETCH(bool, weakServer);
        const QString tag = weakServer ? QStringLiteral("weak") : QStringLiteral("full");
        const QString room = makeRoom(QStringLiteral("room-kill-") + tag);
        QVERIFY(!room.isEmpty());
        const QString blobs = work_.filePath(QStringLiteral("kill-") + tag);
        const auto files =
            makeBlobs(blobs, QStringLiteral("Fall #7 Größe 100%"), 120, 7, 16 * 1024, 256 * 1024);
        QCOMPARE(files.size(), 120);
        const QString journal = work_.filePath(QStringLiteral("kill-%1.sqlite").arg(tag));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WORKROOM_TEST_DAV_PASSWORD"),
                   server_.password(QStringLiteral("alice")));
        QStringList args{server_.httpUrl(room + QLatin1Char('/')).toString(),
                         QStringLiteral("alice"), journal, QStringLiteral("Fall #7 Größe 100%"),
                         blobs};
        if (weakServer) {
            args << QStringLiteral("--weak-server");
        }

        // Killed at the first finished item and then twice more after 30 of what was left,
        // each time with transfers in flight.
        for (int killAt : {1, 30, 30}) {
            QProcess helper;
            helper.setProcessEnvironment(env);
            helper.start(QStringLiteral(DMS_UPLOAD_HELPER), args);
            QVERIFY(helper.waitForStarted());
            int seen = 0;
            QByteArray pending;
            while (seen < killAt && helper.state() == QProcess::Running) {
                helper.waitForReadyRead(5000);
                pending += helper.readAllStandardOutput();
                seen = int(pending.count("progress "));
            }
            QVERIFY2(helper.state() == QProcess::Running,
                     QByteArray(pending.right(300) + helper.readAllStandardError()).constData());
            ::kill(pid_t(helper.processId()), SIGKILL);
            QVERIFY(helper.waitForFinished(10000));
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        }

        QProcess last;
        last.setProcessEnvironment(env);
        last.start(QStringLiteral(DMS_UPLOAD_HELPER), args);
        QVERIFY(last.waitForFinished(120000));
        const QByteArray output = last.readAllStandardOutput();
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        QVERIFY2(output.contains("failed=0 retry=0"), output.right(200).constData());

        verifyServerHolds(room, files);
        auto opened = SyncJournal::open(journal);
        QVERIFY(opened);
        QCOMPARE((*opened)->counts()->done, 120);
        QCOMPARE((*opened)->counts()->pending, 0);
    }

    void twoClientsUploadTheSameFilesAtOnce()
    {
        const QString room = makeRoom(QStringLiteral("room-two"));
        const QString blobs = work_.filePath(QStringLiteral("two"));
        const auto files = makeBlobs(blobs, QStringLiteral("32.10-0002_2026"), 80, 5);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WORKROOM_TEST_DAV_PASSWORD"),
                   server_.password(QStringLiteral("alice")));
        QProcess first;
        QProcess second;
        int index = 0;
        for (QProcess *client : {&first, &second}) {
            client->setProcessEnvironment(env);
            client->start(QStringLiteral(DMS_UPLOAD_HELPER),
                          {server_.httpUrl(room + QLatin1Char('/')).toString(),
                           QStringLiteral("alice"),
                           work_.filePath(QStringLiteral("two-%1.sqlite").arg(++index)),
                           QStringLiteral("32.10-0002_2026"), blobs});
        }
        int sent = 0;
        for (QProcess *client : {&first, &second}) {
            QVERIFY(client->waitForFinished(120000));
            const QByteArray output = client->readAllStandardOutput();
            const QByteArray errors = client->readAllStandardError();
            QVERIFY2(client->exitCode() == 0, errors.constData());
            QVERIFY2(output.contains("failed=0 retry=0"),
                     QByteArray(output.right(100) + errors).constData());
            const qsizetype at = output.indexOf("uploaded=");
            QVERIFY(at >= 0);
            sent += output.mid(at + 9).split(' ').first().toInt();
        }
        // Each file went up at least once and lies there once; the other client found it.
        QVERIFY(sent >= 80);
        verifyServerHolds(room, files);
    }

    void uploadCutMidwayStaysPending()
    {
        const QString room = makeRoom(QStringLiteral("room-cut"));
        const auto files = makeBlobs(work_.filePath(QStringLiteral("cut")), QStringLiteral("D"), 3,
                                     31, 1024 * 1024, 1024 * 1024);
        FaultProxy proxy(server_.httpPort());
        QVERIFY(proxy.listen());
        auto dav = client(proxy.url(room + QLatin1Char('/')));
        // The collections first, so that the cut hits the uploads.
        for (const QString &path : {QStringLiteral("cases/"), QStringLiteral("cases/D/"),
                                    QStringLiteral("cases/D/content/")}) {
            auto made = dav->mkcol(path);
            made->waitForFinished();
            QVERIFY(made->ok());
        }
        auto journal = SyncJournal::open(work_.filePath(QStringLiteral("cut.sqlite")));
        SyncEngine engine(*dav, **journal, fullCapabilities());

        proxy.cutRequestAfter(300 * 1024);
        auto cut = engine.uploadImmutable(files);
        QVERIFY(cut);
        QCOMPARE(cut->uploaded, 0);
        QCOMPARE(cut->retryLater, 3);
        QCOMPARE((*journal)->counts()->pending, 3);
        // Apache keeps nothing of the broken uploads, not even a temporary file (it notices
        // the reset a moment after the client does).
        QTRY_COMPARE_WITH_TIMEOUT(serverFiles(room), QStringList(), 5000);

        proxy.passThrough();
        auto resumed = engine.uploadImmutable(files);
        QVERIFY(resumed);
        QCOMPARE(resumed->uploaded, 3);
        verifyServerHolds(room, files);
    }

    void cancelLeavesTheRestPending()
    {
        const QString room = makeRoom(QStringLiteral("room-cancel"));
        const auto files =
            makeBlobs(work_.filePath(QStringLiteral("cancel")), QStringLiteral("E"), 40, 41);
        auto dav = client(server_.httpUrl(room + QLatin1Char('/')));
        auto journal = SyncJournal::open(work_.filePath(QStringLiteral("cancel.sqlite")));
        SyncEngine engine(*dav, **journal, fullCapabilities());
        connect(&engine, &SyncEngine::progress, &engine, [&](int done, int) {
            if (done == 5) {
                engine.cancel();
            }
        });
        auto stopped = engine.uploadImmutable(files);
        QVERIFY(stopped);
        QVERIFY(stopped->uploaded >= 5);
        QVERIFY(stopped->uploaded < 40);
        QCOMPARE(stopped->failed, 0);
        QCOMPARE(stopped->uploaded + stopped->retryLater, 40);
        QCOMPARE((*journal)->counts()->pending, 40 - stopped->uploaded);
        const auto pending = (*journal)->pendingUploads();
        QVERIFY(pending);
        for (const auto &upload : *pending) {
            QCOMPARE(upload.attempts, 0);  // a cancellation is no failed attempt
        }

        disconnect(&engine, &SyncEngine::progress, &engine, nullptr);
        auto rest = engine.uploadImmutable(files);
        QVERIFY(rest);
        QCOMPARE(rest->uploaded + rest->alreadyThere, 40 - stopped->uploaded);
        verifyServerHolds(room, files);
    }

    void damagedServerCopyIsReplaced()
    {
        const QString room = makeRoom(QStringLiteral("room-damaged"));
        const auto files =
            makeBlobs(work_.filePath(QStringLiteral("damaged")), QStringLiteral("A_1"), 5, 3);
        auto dav = client(server_.httpUrl(room + QLatin1Char('/')));
        {
            auto journal = SyncJournal::open(work_.filePath(QStringLiteral("damaged-1.sqlite")));
            SyncEngine engine(*dav, **journal, fullCapabilities());
            QCOMPARE(engine.uploadImmutable(files)->uploaded, 5);
        }
        // A partial copy, as a server that does not write PUTs atomically might leave.
        QFile partial(server_.davRoot() + QLatin1Char('/') + room + QLatin1Char('/')
                      + files.at(2).remotePath());
        QVERIFY(partial.resize(100));
        QTest::qWait(1100);  // let Apache's ETag become strong again
        auto journal = SyncJournal::open(work_.filePath(QStringLiteral("damaged-2.sqlite")));
        SyncEngine engine(*dav, **journal, fullCapabilities());
        auto report = engine.uploadImmutable(files);
        QVERIFY(report);
        QCOMPARE(report->alreadyThere, 4);
        QCOMPARE(report->uploaded, 1);
        verifyServerHolds(room, files);
    }

    void perItemErrorsLetTheRestGoOn()
    {
        const QString room = makeRoom(QStringLiteral("room-errors"));
        auto dav = client(server_.httpUrl(room + QLatin1Char('/')));
        // A file where the "content" collection of case B belongs.
        for (const QString &path : {QStringLiteral("cases/"), QStringLiteral("cases/B/")}) {
            auto made = dav->mkcol(path);
            made->waitForFinished();
            QVERIFY(made->ok());
        }
        auto blocker = dav->putBytes(QStringLiteral("cases/B/content"), "not a collection");
        blocker->waitForFinished();
        QVERIFY(blocker->ok());

        auto good =
            makeBlobs(work_.filePath(QStringLiteral("errors-a")), QStringLiteral("A"), 4, 11);
        const auto blocked =
            makeBlobs(work_.filePath(QStringLiteral("errors-b")), QStringLiteral("B"), 3, 12);
        auto missing =
            makeBlobs(work_.filePath(QStringLiteral("errors-c")), QStringLiteral("A"), 1, 13);
        QVERIFY(QFile::remove(missing.first().localPath));

        auto journal = SyncJournal::open(work_.filePath(QStringLiteral("errors.sqlite")));
        SyncEngine engine(*dav, **journal, fullCapabilities());
        auto report = engine.uploadImmutable(good + blocked + missing);
        QVERIFY(report);
        QCOMPARE(report->uploaded, 4);
        QCOMPARE(report->failed, 4);
        QCOMPARE(report->errors.size(), 4);
        QCOMPARE((*journal)->counts()->failed, 4);

        // Once the obstacle is gone, the next sync sends what failed.
        auto removed = dav->remove(QStringLiteral("cases/B/content"));
        removed->waitForFinished();
        QVERIFY(removed->ok());
        auto retried = engine.uploadImmutable(good + blocked + missing);
        QVERIFY(retried);
        QCOMPARE(retried->uploaded, 3);
        QCOMPARE(retried->failed, 1);  // the missing local file, still missing
        good.append(blocked);
        verifyServerHolds(room, good);
    }

    void serverTroubleKeepsItemsPending()
    {
        const QString room = makeRoom(QStringLiteral("room-503"));
        const auto files =
            makeBlobs(work_.filePath(QStringLiteral("unavailable")), QStringLiteral("C"), 6, 21);
        FaultProxy proxy(server_.httpPort());
        QVERIFY(proxy.listen());
        auto dav = client(proxy.url(room + QLatin1Char('/')));
        auto journal = SyncJournal::open(work_.filePath(QStringLiteral("unavailable.sqlite")));
        SyncEngine engine(*dav, **journal, fullCapabilities());

        proxy.respondStatus(503, "Service Unavailable");
        auto down = engine.uploadImmutable(files);
        QVERIFY(down);
        QCOMPARE(down->uploaded, 0);
        QCOMPARE(down->failed, 0);
        QCOMPARE(down->retryLater, 6);
        QCOMPARE((*journal)->counts()->pending, 6);

        proxy.passThrough();
        auto up = engine.uploadImmutable(files);
        QVERIFY(up);
        QCOMPARE(up->uploaded, 6);
        verifyServerHolds(room, files);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
