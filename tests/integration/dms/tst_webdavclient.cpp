#include "ApacheDavServer.h"
#include "DavLockKeeper.h"
#include "FaultProxy.h"
#include "WebDavClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::dms;

namespace {

// Runs a request to its end.
std::unique_ptr<DavReply> done(std::unique_ptr<DavReply> reply)
{
    reply->waitForFinished();
    return reply;
}

QByteArray why(const std::unique_ptr<DavReply> &reply)
{
    return reply->error() ? reply->error()->message.toUtf8() : QByteArray();
}

DmsErrorCode codeOf(const std::unique_ptr<DavReply> &reply)
{
    return reply->error() ? reply->error()->code : DmsErrorCode::Cancelled;
}

// Peak resident memory since the last reset, in KiB.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
}

// A file of `size` pseudo-random bytes written in 1 MiB pieces; returns its SHA-256 (hex).
QByteArray makeFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    quint32 state = seed;
    for (qint64 written = 0; written < size;) {
        const qint64 n = qMin<qint64>(chunk.size(), size - written);
        for (qint64 i = 0; i < n; ++i) {
            state = state * 1664525u + 1013904223u;
            chunk[i] = char(state >> 24);
        }
        const QByteArray piece = chunk.left(n);
        file.write(piece);
        hash.addData(piece);
        written += n;
    }
    return hash.result().toHex();
}

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

}  // namespace

class TestWebDavClient : public QObject {
    Q_OBJECT

private:
    ApacheDavServer server_;
    QTemporaryDir local_;
    int counter_ = 0;

    std::unique_ptr<WebDavClient> client(const QString &scheme,
                                         const QString &user = QStringLiteral("alice"))
    {
        WebDavClient::Options options;
        options.baseUrl = scheme == QLatin1String("https") ? server_.httpsUrl() : server_.httpUrl();
        options.credentials = {user, server_.password(user)};
        options.tls.extraCaCertificates = server_.caCertificates();
        return std::make_unique<WebDavClient>(options);
    }

    // A fresh collection for one test, so tests do not see each other's files.
    QString freshCollection(WebDavClient &dav, const QString &name)
    {
        const QString path = name + QString::number(++counter_) + QLatin1Char('/');
        auto made = done(dav.mkcol(path));
        return made->ok() ? path : QString();
    }

    QByteArray etagOf(WebDavClient &dav, const QString &path)
    {
        auto listed = done(dav.propfind(path, DavDepth::Zero));
        return listed->ok() && listed->resources().size() == 1 ? listed->resources().first().etag
                                                               : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(server_.start(), server_.errorString().toUtf8().constData());
        QVERIFY(local_.isValid());
    }

    void everyVerb_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("http") << QStringLiteral("http");
        QTest::newRow("https") << QStringLiteral("https");
    }

    void everyVerb()
    {
        QFETCH(QString, scheme);
        auto dav = client(scheme);

        auto options = done(dav->options(QString()));
        QVERIFY2(options->ok(), why(options));
        QVERIFY(options->rawHeader("DAV").contains("2"));

        const QString dir = freshCollection(*dav, QStringLiteral("verbs-"));
        QVERIFY(!dir.isEmpty());
        auto again = done(dav->mkcol(dir));
        QCOMPARE(codeOf(again), DmsErrorCode::MethodNotAllowed);
        QCOMPARE(again->httpStatus(), 405);
        QVERIFY(done(dav->mkcol(dir + QStringLiteral("sub/")))->ok());

        PutOptions create;
        create.ifNoneMatch = true;
        auto put = done(dav->putBytes(dir + QStringLiteral("a.txt"), "alpha", create));
        QVERIFY2(put->ok(), why(put));
        QCOMPARE(put->httpStatus(), 201);
        QVERIFY(done(dav->putBytes(dir + QStringLiteral("sub/b.txt"), "beta"))->ok());

        auto file = done(dav->propfind(dir + QStringLiteral("a.txt"), DavDepth::Zero));
        QVERIFY2(file->ok(), why(file));
        QCOMPARE(file->resources().size(), 1);
        QCOMPARE(file->resources().first().path, dir + QStringLiteral("a.txt"));
        QCOMPARE(file->resources().first().size, 5);
        QVERIFY(!file->resources().first().etag.isEmpty());
        QVERIFY(!file->resources().first().isCollection);

        auto one = done(dav->propfind(dir, DavDepth::One));
        QVERIFY2(one->ok(), why(one));
        QStringList paths;
        for (const DavResource &resource : one->resources()) {
            paths << resource.path;
        }
        paths.sort();
        QCOMPARE(paths,
                 QStringList({dir, dir + QStringLiteral("a.txt"), dir + QStringLiteral("sub/")}));

        auto deep = done(dav->propfind(dir, DavDepth::Infinity));
        QVERIFY2(deep->ok(), why(deep));
        QCOMPARE(deep->resources().size(), 4);

        auto bytes = done(dav->getBytes(dir + QStringLiteral("a.txt")));
        QVERIFY2(bytes->ok(), why(bytes));
        QCOMPARE(bytes->body(), QByteArray("alpha"));
        QCOMPARE(bytes->etag(), file->resources().first().etag);

        const QString target = local_.filePath(scheme + QStringLiteral("-a.txt"));
        auto get = done(dav->get(dir + QStringLiteral("a.txt"), target));
        QVERIFY2(get->ok(), why(get));
        QCOMPARE(sha256Of(target),
                 QCryptographicHash::hash("alpha", QCryptographicHash::Sha256).toHex());
        QCOMPARE(get->sha256Hex(), sha256Of(target));

        auto moved = done(dav->move(dir + QStringLiteral("a.txt"), dir + QStringLiteral("c.txt")));
        QVERIFY2(moved->ok(), why(moved));
        QCOMPARE(codeOf(done(dav->getBytes(dir + QStringLiteral("a.txt")))),
                 DmsErrorCode::NotFound);
        // Overwrite: F never replaces what is there.
        auto blocked =
            done(dav->move(dir + QStringLiteral("c.txt"), dir + QStringLiteral("sub/b.txt")));
        QCOMPARE(codeOf(blocked), DmsErrorCode::PreconditionFailed);
        QCOMPARE(done(dav->getBytes(dir + QStringLiteral("sub/b.txt")))->body(),
                 QByteArray("beta"));

        auto parentMissing = done(dav->putBytes(dir + QStringLiteral("missing/x.txt"), "x"));
        QCOMPARE(codeOf(parentMissing), DmsErrorCode::Conflict);

        auto removed = done(dav->remove(dir));
        QVERIFY2(removed->ok(), why(removed));
        QCOMPARE(codeOf(done(dav->propfind(dir, DavDepth::Zero))), DmsErrorCode::NotFound);
    }

    void staleEtagIsRefused()
    {
        auto dav = client(QStringLiteral("http"));
        const QString dir = freshCollection(*dav, QStringLiteral("etag-"));
        const QString path = dir + QStringLiteral("case.json");
        QVERIFY(done(dav->putBytes(path, "{\"v\":1}"))->ok());
        // Apache lists a file changed within the last second with a weak ETag (W/"…"), which
        // If-Match never matches (RFC 9110 compares strongly); a second later it is strong.
        const QByteArray fresh = etagOf(*dav, path);
        QVERIFY(fresh.startsWith("W/"));
        QTest::qWait(1100);
        const QByteArray first = etagOf(*dav, path);
        QVERIFY(!first.isEmpty());
        QVERIFY(!first.startsWith("W/"));

        PutOptions matching;
        matching.ifMatch = first;
        auto second = done(dav->putBytes(path, "{\"v\":2, \"x\":1}", matching));
        QVERIFY2(second->ok(), why(second));
        QTest::qWait(1100);
        const QByteArray current = etagOf(*dav, path);
        QVERIFY(current != first);

        auto stale = done(dav->putBytes(path, "{\"v\":3}", matching));
        QCOMPARE(codeOf(stale), DmsErrorCode::PreconditionFailed);
        QCOMPARE(stale->httpStatus(), 412);
        QVERIFY(!stale->error()->message.isEmpty());
        QCOMPARE(done(dav->getBytes(path))->body(), QByteArray("{\"v\":2, \"x\":1}"));

        // DELETE with a stale ETag is refused as well.
        QCOMPARE(codeOf(done(dav->remove(path, first))), DmsErrorCode::PreconditionFailed);
        QVERIFY(done(dav->remove(path, current))->ok());
    }

    void ifNoneMatchRefusesOverwriting()
    {
        auto dav = client(QStringLiteral("http"));
        const QString dir = freshCollection(*dav, QStringLiteral("create-"));
        PutOptions create;
        create.ifNoneMatch = true;
        QVERIFY(done(dav->putBytes(dir + QStringLiteral("blob"), "original", create))->ok());
        auto second = done(dav->putBytes(dir + QStringLiteral("blob"), "intruder", create));
        QCOMPARE(codeOf(second), DmsErrorCode::PreconditionFailed);
        QCOMPARE(done(dav->getBytes(dir + QStringLiteral("blob")))->body(), QByteArray("original"));
    }

    void lockKeepsOthersOut()
    {
        auto alice = client(QStringLiteral("http"));
        auto bob = client(QStringLiteral("http"), QStringLiteral("bob"));
        const QString dir = freshCollection(*alice, QStringLiteral("lock-"));
        const QString path = dir + QStringLiteral("case.json");
        QVERIFY(done(alice->putBytes(path, "v1"))->ok());

        auto locked = done(alice->lock(path, 120, QStringLiteral("Workroom test (alice)")));
        QVERIFY2(locked->ok(), why(locked));
        const QByteArray token = locked->lock().token;
        QVERIFY(token.startsWith("opaquelocktoken:"));
        QVERIFY(locked->lock().timeoutSeconds > 0);

        auto withoutToken = done(bob->putBytes(path, "bob"));
        QCOMPARE(codeOf(withoutToken), DmsErrorCode::Locked);
        QCOMPARE(withoutToken->httpStatus(), 423);
        QCOMPARE(codeOf(done(alice->putBytes(path, "alice without token"))), DmsErrorCode::Locked);
        QCOMPARE(codeOf(done(bob->remove(path))), DmsErrorCode::Locked);
        QCOMPARE(codeOf(done(bob->lock(path, 60, QStringLiteral("bob")))), DmsErrorCode::Locked);

        PutOptions holding;
        holding.lockToken = token;
        auto withToken = done(alice->putBytes(path, "v2", holding));
        QVERIFY2(withToken->ok(), why(withToken));

        auto refreshed = done(alice->refreshLock(path, token, 300));
        QVERIFY2(refreshed->ok(), why(refreshed));
        QCOMPARE(refreshed->lock().token, token);
        QVERIFY(refreshed->lock().timeoutSeconds > 120);

        auto unlocked = done(alice->unlock(path, token));
        QVERIFY2(unlocked->ok(), why(unlocked));
        QVERIFY(done(bob->putBytes(path, "v3"))->ok());
        QCOMPARE(done(alice->getBytes(path))->body(), QByteArray("v3"));
    }

    void lockKeeperRefreshesUntilReleased()
    {
        auto alice = client(QStringLiteral("http"));
        auto bob = client(QStringLiteral("http"), QStringLiteral("bob"));
        const QString dir = freshCollection(*alice, QStringLiteral("keeper-"));
        const QString path = dir + QStringLiteral("case.json");
        QVERIFY(done(alice->putBytes(path, "v1"))->ok());

        auto locked = done(alice->lock(path, 3, QStringLiteral("Workroom test (alice)")));
        QVERIFY2(locked->ok(), why(locked));
        QCOMPARE(locked->lock().timeoutSeconds, 3);
        {
            DavLockKeeper keeper(*alice, path, locked->lock());
            QSignalSpy refreshed(&keeper, &DavLockKeeper::refreshed);
            QSignalSpy lost(&keeper, &DavLockKeeper::lost);
            // Twice the granted timeout: without refreshes the lock would have expired.
            QTest::qWait(6500);
            QVERIFY(refreshed.count() >= 3);
            QCOMPARE(lost.count(), 0);
            QVERIFY(keeper.isHeld());
            QCOMPARE(codeOf(done(bob->putBytes(path, "bob"))), DmsErrorCode::Locked);
            auto released = keeper.release();
            released->waitForFinished();
            QVERIFY2(released->ok(), why(released));
            QVERIFY(!keeper.isHeld());
        }
        QVERIFY(done(bob->putBytes(path, "bob"))->ok());

        // A lock that is gone on the server is reported lost at the next refresh.
        auto again = done(alice->lock(path, 2, QStringLiteral("Workroom test (alice)")));
        QVERIFY(again->ok());
        DavLockKeeper keeper(*alice, path, again->lock());
        QSignalSpy lost(&keeper, &DavLockKeeper::lost);
        QVERIFY(done(alice->unlock(path, again->lock().token))->ok());
        QVERIFY(lost.wait(5000));
        QVERIFY(!keeper.isHeld());
    }

    void namesRoundTrip()
    {
        auto dav = client(QStringLiteral("https"));
        const QString dir = freshCollection(*dav, QStringLiteral("Fälle #1 100% "));
        QVERIFY(!dir.isEmpty());
        const QStringList names{
            QStringLiteral("Käthe Großmuster.pdf"),
            QStringLiteral("#1 Antrag.pdf"),
            QStringLiteral("100% fertig.pdf"),
            QStringLiteral("%41%2F.pdf"),
            QStringLiteral("a+b&c=d;e?.txt"),
            QStringLiteral("Akte.pdf"),
            QStringLiteral("akte.pdf"),
            QStringLiteral("  leading spaces.txt"),
        };
        for (const QString &name : names) {
            auto put = done(dav->putBytes(dir + name, name.toUtf8()));
            QVERIFY2(put->ok(), why(put));
        }
        auto listed = done(dav->propfind(dir, DavDepth::One));
        QVERIFY2(listed->ok(), why(listed));
        QStringList found;
        for (const DavResource &resource : listed->resources()) {
            if (resource.path != dir) {
                QVERIFY(resource.path.startsWith(dir));
                found << resource.path.mid(dir.size());
            }
        }
        found.sort();
        QStringList expected = names;
        expected.sort();
        QCOMPARE(found, expected);
        for (const QString &name : names) {
            auto got = done(dav->getBytes(dir + name));
            QVERIFY2(got->ok(), why(got));
            QCOMPARE(got->body(), name.toUtf8());
        }
        // The server stored exactly these names, not an escaped form of them.
        QStringList onDisk =
            QDir(server_.davRoot() + QLatin1Char('/') + dir).entryList(QDir::Files | QDir::Hidden);
        onDisk.sort();
        QCOMPARE(onDisk, expected);
    }

    void malformedAnswersAreClearErrors()
    {
        FaultProxy proxy(server_.httpPort());
        QVERIFY(proxy.listen());
        WebDavClient::Options options;
        options.baseUrl = proxy.url();
        options.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        WebDavClient dav(options);

        const QByteArray broken = "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\">"
                                  "<D:response><D:href>/dav/x</D:href></D:propstat>";
        proxy.respond("HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n"
                      "Content-Length: "
                      + QByteArray::number(broken.size()) + "\r\n\r\n" + broken);
        auto listed = done(dav.propfind(QStringLiteral("Fall 7/"), DavDepth::One));
        QCOMPARE(codeOf(listed), DmsErrorCode::MalformedResponse);
        QVERIFY2(listed->error()->message.contains(QLatin1String("Fall 7/")), why(listed));

        // A 200 where a multistatus belongs (a captive portal, a misconfigured proxy).
        proxy.respond("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n"
                      "<html></html>");
        QCOMPARE(codeOf(done(dav.propfind(QString(), DavDepth::One))),
                 DmsErrorCode::MalformedResponse);

        // More bytes announced than sent, then the connection closes.
        proxy.respond("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nshort");
        const QString target = local_.filePath(QStringLiteral("short.bin"));
        auto shortGet = done(dav.get(QStringLiteral("short.bin"), target));
        QVERIFY(!shortGet->ok());
        QVERIFY(!QFile::exists(target));

        proxy.respondStatus(503, "Service Unavailable");
        auto unavailable = done(dav.getBytes(QStringLiteral("x")));
        QCOMPARE(codeOf(unavailable), DmsErrorCode::ServerError);
        QVERIFY(isTransient(codeOf(unavailable)));
        proxy.respondStatus(507, "Insufficient Storage");
        QCOMPARE(codeOf(done(dav.putBytes(QStringLiteral("x"), "data"))),
                 DmsErrorCode::InsufficientStorage);
        proxy.respondStatus(403, "Forbidden");
        QCOMPARE(codeOf(done(dav.getBytes(QStringLiteral("x")))), DmsErrorCode::Forbidden);
        QVERIFY(proxy.requestsAnswered() >= 6);
    }

    void cutConnectionLeavesNoPartialFile()
    {
        auto direct = client(QStringLiteral("http"));
        const QString dir = freshCollection(*direct, QStringLiteral("cut-"));
        const QString source = local_.filePath(QStringLiteral("cut-source.bin"));
        const QByteArray sha = makeFile(source, 2 * 1024 * 1024, 7);
        QVERIFY(done(direct->put(dir + QStringLiteral("big.bin"), source))->ok());

        FaultProxy proxy(server_.httpPort());
        QVERIFY(proxy.listen());
        WebDavClient::Options options;
        options.baseUrl = proxy.url();
        options.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        WebDavClient dav(options);

        QTemporaryDir downloads;
        const QString target = downloads.filePath(QStringLiteral("big.bin"));
        // An older copy under the final name must survive a failed download untouched.
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old version");
        old.close();

        proxy.cutAfter(300 * 1024);
        auto cut = done(dav.get(dir + QStringLiteral("big.bin"), target));
        QVERIFY(!cut->ok());
        QVERIFY2(codeOf(cut) == DmsErrorCode::Network
                     || codeOf(cut) == DmsErrorCode::MalformedResponse,
                 why(cut));
        QFile check(target);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old version"));
        QCOMPARE(QDir(downloads.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("big.bin")});

        proxy.passThrough();
        auto whole = done(dav.get(dir + QStringLiteral("big.bin"), target, {sha}));
        QVERIFY2(whole->ok(), why(whole));
        QCOMPARE(sha256Of(target), sha);

        // Content other than expected is not kept either.
        const QString other = downloads.filePath(QStringLiteral("other.bin"));
        auto mismatch =
            done(dav.get(dir + QStringLiteral("big.bin"), other, {QByteArray(64, 'a')}));
        QCOMPARE(codeOf(mismatch), DmsErrorCode::IntegrityMismatch);
        QVERIFY(!QFile::exists(other));
    }

    void slowServerStillWorks()
    {
        FaultProxy proxy(server_.httpPort());
        QVERIFY(proxy.listen());
        WebDavClient::Options options;
        options.baseUrl = proxy.url();
        options.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        options.transferTimeoutMs = 5000;
        WebDavClient dav(options);
        proxy.delay(300);
        auto listed = done(dav.propfind(QString(), DavDepth::Zero));
        QVERIFY2(listed->ok(), why(listed));
        // A server that stops answering runs into the transfer timeout.
        options.transferTimeoutMs = 200;
        WebDavClient impatient(options);
        proxy.delay(2000);
        auto late = done(impatient.propfind(QString(), DavDepth::Zero));
        QCOMPARE(codeOf(late), DmsErrorCode::Timeout);
    }

    void wrongPasswordIsRefused()
    {
        WebDavClient::Options options;
        options.baseUrl = server_.httpUrl();
        options.credentials = {QStringLiteral("alice"), QStringLiteral("wrong")};
        WebDavClient dav(options);
        auto refused = done(dav.propfind(QString(), DavDepth::Zero));
        QCOMPARE(codeOf(refused), DmsErrorCode::AuthenticationFailed);
        QCOMPARE(refused->httpStatus(), 401);
        QVERIFY(!refused->error()->message.contains(QLatin1String("wrong")));
        options.credentials = {QStringLiteral("mallory"), QStringLiteral("x")};
        WebDavClient unknown(options);
        QCOMPARE(codeOf(done(unknown.getBytes(QStringLiteral("x")))),
                 DmsErrorCode::AuthenticationFailed);
    }

    void redirectsStayOnTheServer()
    {
        auto dav = client(QStringLiteral("http"));
        const QString dir = freshCollection(*dav, QStringLiteral("redirect-"));
        QVERIFY(done(dav->putBytes(dir + QStringLiteral("a b.txt"), "content"))->ok());

        WebDavClient::Options options;
        options.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        options.baseUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/moved/").arg(server_.httpPort()));
        WebDavClient moved(options);
        auto got = done(moved.getBytes(dir + QStringLiteral("a b.txt")));
        QVERIFY2(got->ok(), why(got));
        QCOMPARE(got->body(), QByteArray("content"));
        QVERIFY(got->finalUrl().path().startsWith(QLatin1String("/dav/")));
        // 307 keeps method and body: the upload is sent again to the new place.
        auto put = done(moved.putBytes(dir + QStringLiteral("via redirect.txt"), "uploaded"));
        QVERIFY2(put->ok(), why(put));
        QCOMPARE(done(dav->getBytes(dir + QStringLiteral("via redirect.txt")))->body(),
                 QByteArray("uploaded"));
        auto listed = done(moved.propfind(dir, DavDepth::One));
        QVERIFY2(listed->ok(), why(listed));
        QCOMPARE(listed->resources().size(), 3);

        options.baseUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/elsewhere/").arg(server_.httpPort()));
        WebDavClient elsewhere(options);
        auto refused = done(elsewhere.getBytes(dir + QStringLiteral("a b.txt")));
        QCOMPARE(codeOf(refused), DmsErrorCode::RedirectRefused);
        QVERIFY2(refused->error()->message.contains(QLatin1String("127.0.0.2")), why(refused));
    }

    void httpsNeedsTheTestCa()
    {
        WebDavClient::Options options;
        options.baseUrl = server_.httpsUrl();
        options.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        WebDavClient untrusting(options);
        auto refused = done(untrusting.propfind(QString(), DavDepth::Zero));
        QCOMPARE(codeOf(refused), DmsErrorCode::Tls);
        QVERIFY(!refused->error()->message.isEmpty());

        options.tls.extraCaCertificates = server_.caCertificates();
        QCOMPARE(options.tls.extraCaCertificates.size(), 1);
        WebDavClient trusting(options);
        auto listed = done(trusting.propfind(QString(), DavDepth::Zero));
        QVERIFY2(listed->ok(), why(listed));
    }

    void clientCertificates()
    {
        ApacheDavServer strict;
        ApacheDavServer::Options serverOptions;
        serverOptions.requireClientCertificate = true;
        QVERIFY2(strict.start(serverOptions), strict.errorString().toUtf8().constData());

        WebDavClient::Options options;
        options.baseUrl = strict.httpsUrl();
        options.credentials = {QStringLiteral("alice"), strict.password(QStringLiteral("alice"))};
        options.tls.extraCaCertificates = strict.caCertificates();
        WebDavClient anonymous(options);
        auto refused = done(anonymous.propfind(QString(), DavDepth::Zero));
        QVERIFY(!refused->ok());
        QVERIFY2(codeOf(refused) == DmsErrorCode::Tls || codeOf(refused) == DmsErrorCode::Network,
                 why(refused));

        QFile certificate(strict.clientCertificatePath());
        QFile key(strict.clientKeyPath());
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        options.tls.clientCertificate = QSslCertificate(certificate.readAll());
        options.tls.clientKey = QSslKey(key.readAll(), QSsl::Ec);
        QVERIFY(!options.tls.clientCertificate.isNull());
        QVERIFY(!options.tls.clientKey.isNull());
        WebDavClient identified(options);
        auto listed = done(identified.propfind(QString(), DavDepth::Zero));
        QVERIFY2(listed->ok(), why(listed));
    }

    void parallelTransfers()
    {
        auto dav = client(QStringLiteral("https"));
        const QString dir = freshCollection(*dav, QStringLiteral("parallel-"));
        const QByteArray data(256 * 1024, 'p');
        std::vector<std::unique_ptr<DavReply>> replies;
        for (int i = 0; i < 12; ++i) {
            replies.push_back(dav->putBytes(dir + QStringLiteral("f%1").arg(i), data));
        }
        for (auto &reply : replies) {
            reply->waitForFinished();
            QVERIFY2(reply->ok(), why(reply));
        }
        auto listed = done(dav->propfind(dir, DavDepth::One));
        QCOMPARE(listed->resources().size(), 13);
    }

    void keepsConnectionsAliveAndRunsSideBySide()
    {
        FaultProxy proxy(server_.httpPort());
        QVERIFY(proxy.listen());
        WebDavClient::Options options;
        options.baseUrl = proxy.url();
        options.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        WebDavClient dav(options);
        for (int i = 0; i < 20; ++i) {
            auto listed = done(dav.propfind(QString(), DavDepth::Zero));
            QVERIFY2(listed->ok(), why(listed));
        }
        // One connection carried all twenty requests.
        QCOMPARE(proxy.connectionsAccepted(), 1);

        // Requests started together run on connections of their own.
        proxy.delay(200);
        std::vector<std::unique_ptr<DavReply>> replies;
        for (int i = 0; i < 4; ++i) {
            replies.push_back(dav.propfind(QString(), DavDepth::Zero));
        }
        for (auto &reply : replies) {
            reply->waitForFinished();
            QVERIFY2(reply->ok(), why(reply));
        }
        QVERIFY2(proxy.connectionsAccepted() >= 3,
                 QByteArray::number(proxy.connectionsAccepted()).constData());
    }

    void largeFileWithFlatMemory()
    {
        auto dav = client(QStringLiteral("https"));
        const QString dir = freshCollection(*dav, QStringLiteral("large-"));
        const qint64 size = 50 * 1024 * 1024;
        const QString source = local_.filePath(QStringLiteral("large.bin"));
        const QByteArray sha = makeFile(source, size, 42);
        QVERIFY(!sha.isEmpty());

        resetPeakRss();
        const qint64 before = peakRssKiB();
        QVERIFY(before > 0);
        auto put = done(dav->put(dir + QStringLiteral("large.bin"), source));
        QVERIFY2(put->ok(), why(put));
        const QString target = local_.filePath(QStringLiteral("large-back.bin"));
        auto get = done(dav->get(dir + QStringLiteral("large.bin"), target, {sha}));
        QVERIFY2(get->ok(), why(get));
        const qint64 growth = peakRssKiB() - before;
        qInfo("peak memory growth for 50 MiB up and down: %lld KiB", growth);
        // Buffering the file anywhere would add at least 50 MiB. Under AddressSanitizer freed
        // chunks stay in its quarantine, so resident memory says nothing there; the ci preset
        // of the same CI run checks the bound.
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(growth < 20 * 1024, QByteArray::number(growth));
#endif

        QCOMPARE(QFileInfo(server_.davRoot() + QLatin1Char('/') + dir + QStringLiteral("large.bin"))
                     .size(),
                 size);
        QCOMPARE(sha256Of(target), sha);
        QCOMPARE(get->bytesReceived(), size);
    }

    void cleanupTestCase()
    {
        server_.stop();
        QVERIFY(!server_.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestWebDavClient)
#include "tst_webdavclient.moc"
