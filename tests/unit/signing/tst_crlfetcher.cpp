// Revocation lists from URLs: CrlFetcher against a local HTTP server (Qt HTTP Server) that
// serves the test PKI's lists, and the Verifier's use of what it fetched, cached or missed.

#include "CrlFetcher.h"
#include "CryptoRuntime.h"
#include "TestPki.h"
#include "Verifier.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

using namespace workroom::signing;

class TestCrlFetcher : public QObject {
    Q_OBJECT

    CryptoRuntime runtime_;
    TestPki pki_;
    QString document_;
    std::unique_ptr<QHttpServer> server_;
    QByteArray served_;  // what the server answers for /crl; empty: 404
    quint16 port_ = 0;
    int caches_ = 0;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/crl").arg(port_); }
    QString newCache() { return pki_.scratch(QStringLiteral("cache-%1").arg(++caches_)); }

    bool startServer()
    {
        server_ = std::make_unique<QHttpServer>();
        server_->route(QStringLiteral("/crl"), [this] {
            return served_.isEmpty()
                       ? QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound)
                       : QHttpServerResponse("application/pkix-crl", served_);
        });
        auto *tcp = new QTcpServer;
        // The same port again after a restart, so that the URL (and its cache entry) stays.
        if (!tcp->listen(QHostAddress::LocalHost, port_) || !server_->bind(tcp)) {
            delete tcp;
            return false;
        }
        port_ = tcp->serverPort();
        return true;
    }

    QString signature(const QString &signer)
    {
        const QString p7s = pki_.scratch(signer + QStringLiteral(".p7s"));
        if (!QFile::exists(p7s)
            && !pki_.opensslSign(signer, QStringLiteral("inter-rsa.pem"), document_, p7s)) {
            qFatal("openssl could not sign");
        }
        return p7s;
    }

    VerificationResult verify(const QString &signer, const QList<FetchedCrl> &downloaded)
    {
        auto verifier =
            Verifier::create(TrustStore(pki_.path(QStringLiteral("trust")), {}), {}, downloaded);
        if (!verifier) {
            qFatal("no verifier: %s", qUtf8Printable(verifier.error().message));
        }
        auto result = verifier->verifyDetached(document_, signature(signer));
        if (!result) {
            qFatal("verification failed: %s", qUtf8Printable(result.error().message));
        }
        qInfo("%s (%s): %s", qUtf8Printable(statusKey(result->status)),
              qUtf8Printable(revocationCheckKey(result->revocation)),
              qUtf8Printable(result->reason));
        return *result;
    }

    // A CRL of inter-rsa that revokes revoked-rsa but whose next update has passed.
    QByteArray staleCrl()
    {
        const auto at = [](qint64 days) {
            return QDateTime::currentDateTimeUtc().addDays(days).toString(
                QStringLiteral("yyyyMMddHHmmss'Z'"));
        };
        QProcess ca;
        ca.setWorkingDirectory(pki_.path(QString()));
        ca.setProcessChannelMode(QProcess::MergedChannels);
        ca.start(QStringLiteral("openssl"),
                 {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                  QStringLiteral("ca-db/ca.cnf"), QStringLiteral("-keyfile"),
                  QStringLiteral("inter-rsa.key"), QStringLiteral("-cert"),
                  QStringLiteral("inter-rsa.pem"), QStringLiteral("-gencrl"),
                  QStringLiteral("-crl_lastupdate"), at(-10), QStringLiteral("-crl_nextupdate"),
                  at(-2), QStringLiteral("-out"), QStringLiteral("stale-crl.pem")});
        if (!ca.waitForFinished(60000) || ca.exitCode() != 0) {
            qWarning("openssl ca: %s", ca.readAll().constData());
            return {};
        }
        return readBytes(pki_.path(QStringLiteral("stale-crl.pem")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        QDir().mkpath(pki_.path(QStringLiteral("trust")));
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            pki_.path(QStringLiteral("trust/root.pem"))));
        document_ = pki_.scratch(QStringLiteral("Antrag.pdf"));
        QVERIFY(writeBytes(document_, "%PDF-1.7\nAntrag auf Sondernutzung\n%%EOF\n"));
        QVERIFY(startServer());
    }

    void revokedThroughUrlThenFromCacheWhenServerIsDown()
    {
        served_ = readBytes(pki_.path(QStringLiteral("crl.pem")));
        const CrlFetcher fetcher(newCache(), 5000);
        const FetchedCrl fetched = fetcher.fetch(url());
        QVERIFY2(fetched.problem.isEmpty(), qUtf8Printable(fetched.problem));
        QVERIFY(fetched.usable());
        QVERIFY(!fetched.fromCache);
        QVERIFY(fetched.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QVERIFY(fetched.nextUpdate);
        QVERIFY(!fetched.isStale(QDateTime::currentDateTimeUtc()));

        const VerificationResult revoked = verify(QStringLiteral("revoked-rsa"), {fetched});
        QCOMPARE(revoked.status, SignatureStatus::Revoked);
        const VerificationResult valid = verify(QStringLiteral("signer-rsa"), {fetched});
        QCOMPARE(valid.status, SignatureStatus::Valid);
        QCOMPARE(valid.revocation, RevocationCheck::Checked);
        QVERIFY(valid.revocationNote.isEmpty());

        // The server goes away: the cached copy is used, and the result says where it is from.
        server_.reset();
        const FetchedCrl offline = fetcher.fetch(url());
        QVERIFY(offline.usable());
        QVERIFY(offline.fromCache);
        QVERIFY(!offline.problem.isEmpty());
        QCOMPARE(offline.fetchedAt, fetched.fetchedAt);
        const VerificationResult stillRevoked = verify(QStringLiteral("revoked-rsa"), {offline});
        QCOMPARE(stillRevoked.status, SignatureStatus::Revoked);
        QCOMPARE(stillRevoked.revocation, RevocationCheck::Checked);
        QCOMPARE(fetcher.cached(url()).file, offline.file);
        // A recent copy may be reused without trying the network at all.
        const FetchedCrl reused = fetcher.fetch(url(), 3600);
        QVERIFY(reused.usable());
        QVERIFY(!reused.fromCache);
        QVERIFY(reused.problem.isEmpty());
        QVERIFY(startServer());
    }

    void nothingCachedAndServerDownSaysRevocationUnavailable()
    {
        server_.reset();
        const FetchedCrl missing = CrlFetcher(newCache(), 5000).fetch(url());
        QVERIFY(!missing.usable());
        QVERIFY(!missing.problem.isEmpty());
        QVERIFY(startServer());
        served_.clear();  // a server that answers 404 is no better
        const FetchedCrl notFound = CrlFetcher(newCache(), 5000).fetch(url());
        QVERIFY(!notFound.usable());
        QVERIFY(!notFound.problem.isEmpty());

        const VerificationResult result = verify(QStringLiteral("signer-rsa"), {missing});
        // The signature itself is fine; that revocation was not checked is said, not hidden.
        QCOMPARE(result.status, SignatureStatus::Valid);
        QCOMPARE(result.revocation, RevocationCheck::Unavailable);
        QVERIFY(result.reason.contains(QStringLiteral("could not be checked")));
        QVERIFY(result.reason.contains(url()));
        // A revoked signer is then not known as revoked: the result must not look checked.
        const VerificationResult revoked = verify(QStringLiteral("revoked-rsa"), {missing});
        QCOMPARE(revoked.revocation, RevocationCheck::Unavailable);
        QVERIFY(!revoked.revocationNote.isEmpty());
    }

    void staleListIsUsedButSaidToBeStale()
    {
        served_ = staleCrl();
        QVERIFY(!served_.isEmpty());
        const FetchedCrl fetched = CrlFetcher(newCache(), 5000).fetch(url());
        QVERIFY(fetched.usable());
        QVERIFY(fetched.isStale(QDateTime::currentDateTimeUtc()));
        // A stale copy is never reused without trying for a newer one.
        server_.reset();
        QVERIFY(CrlFetcher(QFileInfo(fetched.file).path(), 5000).fetch(url(), 3600).fromCache);
        QVERIFY(startServer());
        const VerificationResult valid = verify(QStringLiteral("signer-rsa"), {fetched});
        QCOMPARE(valid.status, SignatureStatus::Valid);
        QCOMPARE(valid.revocation, RevocationCheck::Stale);
        QVERIFY(valid.reason.contains(QStringLiteral("outdated")));
        // What an old list says still counts.
        QCOMPARE(verify(QStringLiteral("revoked-rsa"), {fetched}).status, SignatureStatus::Revoked);
    }

    void somethingElseNeverReplacesTheCachedList()
    {
        served_ = readBytes(pki_.path(QStringLiteral("crl.pem")));
        const CrlFetcher fetcher(newCache(), 5000);
        const FetchedCrl good = fetcher.fetch(url());
        QVERIFY(good.usable() && !good.fromCache);
        const QByteArray cached = readBytes(good.file);

        served_ = "<html><body>Proxy error</body></html>";
        const FetchedCrl again = fetcher.fetch(url());
        QVERIFY(again.fromCache);
        QVERIFY(again.problem.contains(QStringLiteral("not a revocation list")));
        QCOMPARE(readBytes(again.file), cached);
    }

    void fileUrlsAndUnsupportedSchemes()
    {
        const CrlFetcher fetcher(newCache(), 5000);
        const FetchedCrl local =
            fetcher.fetch(QUrl::fromLocalFile(pki_.path(QStringLiteral("crl.pem"))).toString());
        QVERIFY2(local.usable() && local.problem.isEmpty(), qUtf8Printable(local.problem));
        QCOMPARE(verify(QStringLiteral("revoked-rsa"), {local}).status, SignatureStatus::Revoked);

        const FetchedCrl ftp = fetcher.fetch(QStringLiteral("ftp://example.invalid/crl"));
        QVERIFY(!ftp.usable());
        QVERIFY(!ftp.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrlFetcher)
#include "tst_crlfetcher.moc"
