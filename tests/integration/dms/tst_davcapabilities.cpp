#include "ApacheDavServer.h"
#include "DavCapabilities.h"
#include "WebDavClient.h"

#include <QDir>
#include <QTest>

using namespace workroom::dms;

class TestDavCapabilities : public QObject {
    Q_OBJECT

private:
    static Result<DavCapabilities> probe(const ApacheDavServer &server)
    {
        WebDavClient::Options options;
        options.baseUrl = server.httpUrl();
        options.credentials = {QStringLiteral("alice"), server.password(QStringLiteral("alice"))};
        WebDavClient client(options);
        return DavCapabilities::probe(client);
    }

private Q_SLOTS:
    void fullApache()
    {
        ApacheDavServer server;
        QVERIFY2(server.start(), server.errorString().toUtf8().constData());
        auto caps = probe(server);
        QVERIFY2(caps, caps ? "" : caps.error().message.toUtf8().constData());
        QVERIFY(caps->etagsInPropfind);
        QVERIFY(caps->ifMatchHonoured);
        QVERIFY(caps->ifNoneMatchHonoured);
        QVERIFY(caps->depthInfinity);
        QVERIFY(caps->locking);
        QVERIFY(caps->locksEnforced);
        QVERIFY(caps->conditionalWrites());
        // The probe cleans up after itself.
        QVERIFY(
            QDir(server.davRoot()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void lessCapableServer_data()
    {
        QTest::addColumn<bool>("depthInfinity");
        QTest::addColumn<bool>("locking");
        QTest::addColumn<bool>("conditionals");
        QTest::addColumn<bool>("etags");
        QTest::newRow("no depth infinity") << false << true << true << true;
        QTest::newRow("no locking") << true << false << true << true;
        QTest::newRow("ignores conditionals") << true << true << false << true;
        QTest::newRow("no etags") << true << true << true << false;
        QTest::newRow("bare minimum") << false << false << false << false;
    }

    void lessCapableServer()
    {
        QFETCH(bool, depthInfinity);
        QFETCH(bool, locking);
        QFETCH(bool, conditionals);
        QFETCH(bool, etags);
        ApacheDavServer server;
        ApacheDavServer::Options options;
        options.https = false;
        options.depthInfinity = depthInfinity;
        options.locking = locking;
        options.conditionals = conditionals;
        options.etags = etags;
        QVERIFY2(server.start(options), server.errorString().toUtf8().constData());
        auto caps = probe(server);
        QVERIFY2(caps, caps ? "" : caps.error().message.toUtf8().constData());
        QCOMPARE(caps->depthInfinity, depthInfinity);
        QCOMPARE(caps->locking, locking);
        QCOMPARE(caps->ifMatchHonoured, conditionals);
        QCOMPARE(caps->ifNoneMatchHonoured, conditionals);
        QCOMPARE(caps->etagsInPropfind, etags);
        if (!etags) {
            QVERIFY(!caps->etagOnPut);
        }
        QCOMPARE(caps->conditionalWrites(), conditionals && etags);
    }
};

QTEST_GUILESS_MAIN(TestDavCapabilities)
#include "tst_davcapabilities.moc"
