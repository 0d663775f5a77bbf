#include "DmsTestProfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::dms;
using namespace dmstest;

// workroomctl dms link / sync / status as a script drives them, two profiles against a real
// Apache.
class TestDmsCtl : public QObject {
    Q_OBJECT

    ApacheDavServer server_;
    QTemporaryDir dir_;

    CtlRun ctl(const QString &profile, const QString &password, const QStringList &arguments)
    {
        return runWorkroomCtl(dir_, profile, password, arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QVERIFY2(server_.start(), qPrintable(server_.errorString()));
        QVERIFY(makeCollection(server_, QStringLiteral("Bürgeramt/"), true));
        QFile ca(dir_.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        for (const QSslCertificate &certificate : server_.caCertificates()) {
            ca.write(certificate.toPem());
        }
    }

    void linkSyncStatus()
    {
        const QString url = server_.httpsUrl(QStringLiteral("B%C3%BCrgeramt/")).toString();
        const QString alice = server_.password(QStringLiteral("alice"));
        const QString bob = server_.password(QStringLiteral("bob"));
        for (const char *profile : {"a", "b"}) {
            const CtlRun room = ctl(QLatin1StringView(profile), alice,
                                    {QStringLiteral("workroom"), QStringLiteral("create"),
                                     QStringLiteral("Bürgeramt")});
            QVERIFY2(room.code == 0, qPrintable(room.err));
        }
        const CtlRun created =
            ctl(QStringLiteral("a"), alice,
                {QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--plan"),
                 QStringLiteral("32.10"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--subject"), QStringLiteral("Sondernutzung"),
                 QStringLiteral("--json")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString reference = created.json().value(QStringLiteral("reference")).toString();

        // Without a link, sync refuses and status says so.
        QCOMPARE(
            ctl(QStringLiteral("a"), alice, {QStringLiteral("dms"), QStringLiteral("sync")}).code,
            2);
        QCOMPARE(ctl(QStringLiteral("a"), alice,
                     {QStringLiteral("dms"), QStringLiteral("status"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("linked")),
                 QJsonValue(false));
        // A wrong password fails the link and leaves nothing in the settings.
        const CtlRun wrong = ctl(QStringLiteral("a"), QStringLiteral("falsch"),
                                 {QStringLiteral("dms"), QStringLiteral("link"), url,
                                  QStringLiteral("--user"), QStringLiteral("alice"),
                                  QStringLiteral("--ca"), dir_.filePath(QStringLiteral("ca.pem"))});
        QCOMPARE(wrong.code, 1);

        const CtlRun linkA = ctl(QStringLiteral("a"), alice,
                                 {QStringLiteral("dms"), QStringLiteral("link"), url,
                                  QStringLiteral("--user"), QStringLiteral("alice"),
                                  QStringLiteral("--ca"), dir_.filePath(QStringLiteral("ca.pem"))});
        QVERIFY2(linkA.code == 0, qPrintable(linkA.err));
        const CtlRun linkB = ctl(QStringLiteral("b"), bob,
                                 {QStringLiteral("dms"), QStringLiteral("link"), url,
                                  QStringLiteral("--user"), QStringLiteral("bob"),
                                  QStringLiteral("--ca"), dir_.filePath(QStringLiteral("ca.pem"))});
        QVERIFY2(linkB.code == 0, qPrintable(linkB.err));
        // The password is nowhere in the profile's settings.
        QFile settings(dir_.filePath(QStringLiteral("a/settings.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settings.readAll();
        QVERIFY(settingsText.contains("dms"));
        QVERIFY(!settingsText.contains(alice.toUtf8()));

        const CtlRun syncA =
            ctl(QStringLiteral("a"), alice,
                {QStringLiteral("dms"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(syncA.code == 0, qPrintable(syncA.err));
        QCOMPARE(syncA.json().value(QStringLiteral("casesWritten")).toInt(), 1);
        const CtlRun syncB =
            ctl(QStringLiteral("b"), bob,
                {QStringLiteral("dms"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(syncB.code == 0, qPrintable(syncB.err));
        QCOMPARE(syncB.json().value(QStringLiteral("casesApplied")).toInt(), 1);
        const CtlRun shown = ctl(
            QStringLiteral("b"), bob,
            {QStringLiteral("case"), QStringLiteral("show"), reference, QStringLiteral("--json")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QVERIFY(shown.out.contains(QStringLiteral("Sondernutzung")));

        // The same field edited on both: status lists the conflict with both values.
        QCOMPARE(ctl(QStringLiteral("a"), alice,
                     {QStringLiteral("case"), QStringLiteral("edit"), reference,
                      QStringLiteral("--subject"), QStringLiteral("Straßenfest A")})
                     .code,
                 0);
        QCOMPARE(ctl(QStringLiteral("b"), bob,
                     {QStringLiteral("case"), QStringLiteral("edit"), reference,
                      QStringLiteral("--subject"), QStringLiteral("Straßenfest B")})
                     .code,
                 0);
        QCOMPARE(
            ctl(QStringLiteral("a"), alice, {QStringLiteral("dms"), QStringLiteral("sync")}).code,
            0);
        QCOMPARE(
            ctl(QStringLiteral("b"), bob, {QStringLiteral("dms"), QStringLiteral("sync")}).code, 0);
        const CtlRun status =
            ctl(QStringLiteral("b"), bob,
                {QStringLiteral("dms"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        const QJsonObject s = status.json();
        QCOMPARE(s.value(QStringLiteral("linked")), QJsonValue(true));
        QCOMPARE(s.value(QStringLiteral("pendingUploads")).toInt(), 0);
        const QJsonArray conflicts = s.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().toObject().value(QStringLiteral("reference")).toString(),
                 reference);
        const CtlRun text =
            ctl(QStringLiteral("b"), bob, {QStringLiteral("dms"), QStringLiteral("status")});
        QVERIFY(text.out.contains(QStringLiteral("Straßenfest A")));
        QVERIFY(text.out.contains(QStringLiteral("Straßenfest B")));
    }
};

QTEST_GUILESS_MAIN(TestDmsCtl)
#include "tst_dmsctl.moc"
