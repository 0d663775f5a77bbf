#include "DavPath.h"

#include <QTest>

using namespace workroom::dms;

class TestDavPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodesEverySegment_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << QStringLiteral("cases/a.pdf") << QByteArray("cases/a.pdf");
        QTest::newRow("space") << QStringLiteral("Fall 1/Antrag neu.pdf")
                               << QByteArray("Fall%201/Antrag%20neu.pdf");
        QTest::newRow("hash and percent")
            << QStringLiteral("#1 100%/x#y%20") << QByteArray("%231%20100%25/x%23y%2520");
        QTest::newRow("umlauts") << QStringLiteral("Käthe/Größe.pdf")
                                 << QByteArray("K%C3%A4the/Gr%C3%B6%C3%9Fe.pdf");
        QTest::newRow("query chars")
            << QStringLiteral("a?b&c=d;e") << QByteArray("a%3Fb%26c%3Dd%3Be");
        QTest::newRow("collection") << QStringLiteral("a b/") << QByteArray("a%20b/");
    }

    void encodesEverySegment()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, encoded);
        QCOMPARE(DavPath::encode(path), encoded);
    }

    void resolvesBelowTheBase()
    {
        const QUrl base(QStringLiteral("https://dms.example:8443/remote/Workroom"));
        QCOMPARE(DavPath::resolve(base, QStringLiteral("Fall #1/100% sicher.pdf")).toEncoded(),
                 QByteArray("https://dms.example:8443/remote/Workroom/Fall%20%231/"
                            "100%25%20sicher.pdf"));
        QCOMPARE(DavPath::resolve(base, QString()).toEncoded(),
                 QByteArray("https://dms.example:8443/remote/Workroom/"));
        // A base that is itself encoded stays as it is.
        const QUrl encodedBase = QUrl::fromEncoded("http://h/dav/Gr%C3%BCn%20Amt/");
        QCOMPARE(DavPath::resolve(encodedBase, QStringLiteral("ä")).toEncoded(),
                 QByteArray("http://h/dav/Gr%C3%BCn%20Amt/%C3%A4"));
    }

    void roundTripsThroughHrefs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("umlauts") << QStringLiteral("Käthe Großmuster.pdf");
        QTest::newRow("hash") << QStringLiteral("#1 Antrag.pdf");
        QTest::newRow("percent") << QStringLiteral("100% fertig %41.pdf");
        QTest::newRow("plus and tilde") << QStringLiteral("a+b~c.pdf");
    }

    void roundTripsThroughHrefs()
    {
        QFETCH(QString, name);
        const QUrl base(QStringLiteral("http://127.0.0.1:8080/dav/"));
        const QUrl url = DavPath::resolve(base, QStringLiteral("Fälle/") + name);
        // As a server sends it: an absolute path, or the whole URL.
        QCOMPARE(
            DavPath::relativeTo(base, QString::fromLatin1(url.path(QUrl::FullyEncoded).toLatin1())),
            std::optional<QString>(QStringLiteral("Fälle/") + name));
        QCOMPARE(DavPath::relativeTo(base, QString::fromLatin1(url.toEncoded())),
                 std::optional<QString>(QStringLiteral("Fälle/") + name));
    }

    void acceptsRawUtf8Hrefs()
    {
        const QUrl base(QStringLiteral("http://h/dav/"));
        QCOMPARE(DavPath::relativeTo(base, QStringLiteral("/dav/Käthe.pdf")),
                 std::optional<QString>(QStringLiteral("Käthe.pdf")));
    }

    void refusesHrefsOutsideTheBase()
    {
        const QUrl base(QStringLiteral("http://h:8080/dav/room/"));
        QCOMPARE(DavPath::relativeTo(base, QStringLiteral("/dav/other/x")), std::nullopt);
        QCOMPARE(DavPath::relativeTo(base, QStringLiteral("http://other:8080/dav/room/x")),
                 std::nullopt);
        QCOMPARE(DavPath::relativeTo(base, QStringLiteral("http://h:9090/dav/room/x")),
                 std::nullopt);
        QCOMPARE(DavPath::relativeTo(base, QStringLiteral("/dav/room")),
                 std::optional<QString>(QString()));
        QCOMPARE(DavPath::relativeTo(base, QStringLiteral("/dav/room/")),
                 std::optional<QString>(QString()));
    }

    void validatesNames()
    {
        QVERIFY(DavPath::isValidName(QStringLiteral("Käthe #1 100%.pdf")));
        QVERIFY(!DavPath::isValidName(QString()));
        QVERIFY(!DavPath::isValidName(QStringLiteral(".")));
        QVERIFY(!DavPath::isValidName(QStringLiteral("..")));
        QVERIFY(!DavPath::isValidName(QStringLiteral("a/b")));
        QVERIFY(!DavPath::isValidName(QStringLiteral("a\nb")));
    }

    void findsParents()
    {
        QCOMPARE(DavPath::parentOf(QStringLiteral("a/b/c")), QStringLiteral("a/b/"));
        QCOMPARE(DavPath::parentOf(QStringLiteral("a/b/")), QStringLiteral("a/"));
        QCOMPARE(DavPath::parentOf(QStringLiteral("a")), QString());
    }
};

QTEST_GUILESS_MAIN(TestDavPath)
#include "tst_davpath.moc"
