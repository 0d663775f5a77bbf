#include "MultistatusParser.h"

#include <QTest>

using namespace workroom::dms;

namespace {

const QUrl base(QStringLiteral("http://127.0.0.1:8080/dav/room/"));

}  // namespace

class TestMultistatusParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsApacheListing()
    {
        // As Apache's mod_dav_fs writes it: lp1 for live DAV properties, D for DAV:.
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<D:multistatus xmlns:D=\"DAV:\" xmlns:ns0=\"DAV:\">\n"
            "<D:response xmlns:lp1=\"DAV:\" xmlns:lp2=\"http://apache.org/dav/props/\">\n"
            "<D:href>/dav/room/</D:href>\n"
            "<D:propstat><D:prop>\n"
            "<lp1:resourcetype><D:collection/></lp1:resourcetype>\n"
            "<lp1:getlastmodified>Sun, 29 Nov 2026 22:29:25 GMT</lp1:getlastmodified>\n"
            "<lp1:getetag>\"1000-66171d358a12b\"</lp1:getetag>\n"
            "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>\n"
            "<D:propstat><D:prop><D:getcontentlength/></D:prop>\n"
            "<D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>\n"
            "</D:response>\n"
            "<D:response xmlns:lp1=\"DAV:\">\n"
            "<D:href>/dav/room/K%c3%a4the%20%231.pdf</D:href>\n"
            "<D:propstat><D:prop>\n"
            "<lp1:resourcetype/>\n"
            "<lp1:getcontentlength>4096</lp1:getcontentlength>\n"
            "<lp1:getetag>\"1000-abc\"</lp1:getetag>\n"
            "<D:getcontenttype>application/pdf</D:getcontenttype>\n"
            "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>\n"
            "</D:response>\n"
            "</D:multistatus>";
        auto parsed = MultistatusParser::parse(xml, base, QStringLiteral("room"));
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.toUtf8().constData());
        QCOMPARE(parsed->size(), 2);
        const DavResource &room = parsed->at(0);
        QCOMPARE(room.path, QString());
        QVERIFY(room.isCollection);
        QCOMPARE(room.size, -1);  // reported 404, so not known
        QCOMPARE(room.lastModified,
                 QDateTime(QDate(2026, 11, 29), QTime(22, 29, 25), QTimeZone::UTC));
        const DavResource &file = parsed->at(1);
        QCOMPARE(file.path, QStringLiteral("Käthe #1.pdf"));
        QVERIFY(!file.isCollection);
        QCOMPARE(file.size, 4096);
        QCOMPARE(file.etag, QByteArray("\"1000-abc\""));
        QCOMPARE(file.contentType, QStringLiteral("application/pdf"));
    }

    void acceptsAnyPrefixAndDefaultNamespace()
    {
        const QByteArray xml =
            "<multistatus xmlns=\"DAV:\"><response>\n"
            "<href>http://127.0.0.1:8080/dav/room/sub</href>\n"
            "<propstat><prop><resourcetype><collection/></resourcetype><x:getetag "
            "xmlns:x=\"urn:other\">no</x:getetag></prop>\n"
            "<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>";
        auto parsed = MultistatusParser::parse(xml, base, QStringLiteral("room"));
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->at(0).path, QStringLiteral("sub/"));  // a collection gets its slash
        QVERIFY(parsed->at(0).etag.isEmpty());  // getetag in another namespace is not DAV's
    }

    void reportsMembersWithOwnStatus()
    {
        const QByteArray xml =
            "<d:multistatus xmlns:d=\"DAV:\"><d:response>\n"
            "<d:href>/dav/room/locked.pdf</d:href><d:status>HTTP/1.1 423 Locked</d:status>\n"
            "</d:response></d:multistatus>";
        auto parsed = MultistatusParser::parse(xml, base, QStringLiteral("room"));
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->at(0).status, 423);
    }

    void skipsEntriesOutsideTheBase()
    {
        const QByteArray xml = "<d:multistatus xmlns:d=\"DAV:\">\n"
                               "<d:response><d:href>/dav/other/x</d:href><d:status>HTTP/1.1 200 "
                               "OK</d:status></d:response>\n"
                               "<d:response><d:href>http://evil.example/dav/room/x</"
                               "d:href><d:status>HTTP/1.1 200 OK</d:status></d:response>\n"
                               "</d:multistatus>";
        auto parsed = MultistatusParser::parse(xml, base, QStringLiteral("room"));
        QVERIFY(parsed);
        QVERIFY(parsed->isEmpty());
    }

    void refusesMalformedXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(
            "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/dav/room/a</d:href>");
        QTest::newRow("mismatched tags")
            << QByteArray("<d:multistatus xmlns:d=\"DAV:\"><d:response></d:href></d:multistatus>");
        QTest::newRow("unbound prefix")
            << QByteArray("<d:multistatus><d:response/></d:multistatus>");
        QTest::newRow("html error page") << QByteArray("<html><body>Proxy error</body></html>");
        QTest::newRow("not xml") << QByteArray("Internal error\n");
        QTest::newRow("response without href")
            << QByteArray("<d:multistatus xmlns:d=\"DAV:\"><d:response><d:status>HTTP/1.1 200 "
                          "OK</d:status></d:response></d:multistatus>");
        QTest::newRow("garbage after root")
            << QByteArray("<d:multistatus xmlns:d=\"DAV:\"></d:multistatus><x/>");
    }

    void refusesMalformedXml()
    {
        QFETCH(QByteArray, xml);
        auto parsed = MultistatusParser::parse(xml, base, QStringLiteral("Fall 7"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, DmsErrorCode::MalformedResponse);
        QVERIFY2(parsed.error().message.contains(QLatin1String("Fall 7")),
                 parsed.error().message.toUtf8().constData());
    }

    void readsLockAnswers()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<D:prop xmlns:D=\"DAV:\"><D:lockdiscovery><D:activelock>\n"
            "<D:locktype><D:write/></D:locktype><D:lockscope><D:exclusive/></D:lockscope>\n"
            "<D:depth>0</D:depth><D:owner>Workroom</D:owner><D:timeout>Second-120</D:timeout>\n"
            "<D:locktoken><D:href>opaquelocktoken:1234-5678</D:href></D:locktoken>\n"
            "</D:activelock></D:lockdiscovery></D:prop>";
        auto fromBody = MultistatusParser::parseLock(xml, {}, QStringLiteral("meta.json"));
        QVERIFY(fromBody);
        QCOMPARE(fromBody->token, QByteArray("opaquelocktoken:1234-5678"));
        QCOMPARE(fromBody->timeoutSeconds, 120);
        auto fromHeader = MultistatusParser::parseLock(xml, "<opaquelocktoken:abcd>",
                                                       QStringLiteral("meta.json"));
        QVERIFY(fromHeader);
        QCOMPARE(fromHeader->token, QByteArray("opaquelocktoken:abcd"));
        auto none = MultistatusParser::parseLock("<D:prop xmlns:D=\"DAV:\"/>", {},
                                                 QStringLiteral("meta.json"));
        QVERIFY(!none);
    }
};

QTEST_GUILESS_MAIN(TestMultistatusParser)
#include "tst_multistatusparser.moc"
