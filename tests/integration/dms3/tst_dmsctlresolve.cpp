// workroomctl dms status (activity) and dms resolve as a script drives them: two profiles
// against a real Apache.
#include "ApacheDavServer.h"
#include "WebDavClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::dms;

class TestDmsCtlResolve : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    ApacheDavServer server_;
    QTemporaryDir dir_;

    Run ctl(const QString &profile, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WORKROOM_DMS_PASSWORD"),
                           server_.password(profile == QLatin1String("a") ? QStringLiteral("alice")
                                                                          : QStringLiteral("bob")));
        environment.insert(QStringLiteral("WORKROOM_SYSTEM_CONFIG"),
                           dir_.filePath(QStringLiteral("no-system.ini")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WORKROOMCTL_PATH),
                      QStringList{QStringLiteral("--profile"), dir_.filePath(profile),
                                  QStringLiteral("--lang"), QStringLiteral("en")}
                          + arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            return run;
        }
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QJsonObject object(const Run &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QJsonObject status(const QString &profile)
    {
        return object(ctl(
            profile, {QStringLiteral("dms"), QStringLiteral("status"), QStringLiteral("--json")}));
    }

    QString subject(const QString &profile, const QString &reference)
    {
        const Run shown = ctl(profile, {QStringLiteral("case"), QStringLiteral("show"), reference,
                                        QStringLiteral("--json")});
        const QJsonObject json = object(shown);
        return json.value(QStringLiteral("subject")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        ApacheDavServer::Options options;
        options.https = false;
        QVERIFY2(server_.start(options), qPrintable(server_.errorString()));
        WebDavClient::Options setup;
        setup.baseUrl = server_.httpUrl();
        setup.credentials = {QStringLiteral("alice"), server_.password(QStringLiteral("alice"))};
        WebDavClient root(setup);
        auto made = root.mkcol(QStringLiteral("room/"));
        made->waitForFinished();
        QVERIFY(made->ok());
    }

    void statusAndResolve()
    {
        const QString url = server_.httpUrl(QStringLiteral("room/")).toString();
        for (const QString &profile : {QStringLiteral("a"), QStringLiteral("b")}) {
            const Run room = ctl(profile, {QStringLiteral("workroom"), QStringLiteral("create"),
                                           QStringLiteral("Bürgeramt")});
            QVERIFY2(room.code == 0, qPrintable(room.err));
            const Run link = ctl(
                profile,
                {QStringLiteral("dms"), QStringLiteral("link"), url, QStringLiteral("--user"),
                 profile == QLatin1String("a") ? QStringLiteral("alice") : QStringLiteral("bob")});
            QVERIFY2(link.code == 0, qPrintable(link.err));
        }
        const Run created =
            ctl(QStringLiteral("a"),
                {QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--plan"),
                 QStringLiteral("32.10"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--subject"), QStringLiteral("Sondernutzung"),
                 QStringLiteral("--json")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString reference = object(created).value(QStringLiteral("reference")).toString();
        for (const QString &profile : {QStringLiteral("a"), QStringLiteral("b")}) {
            const Run sync = ctl(profile, {QStringLiteral("dms"), QStringLiteral("sync")});
            QVERIFY2(sync.code == 0, qPrintable(sync.err));
        }
        // The activity list: what each profile did, newest first, the case named.
        const QJsonArray activity =
            status(QStringLiteral("b")).value(QStringLiteral("activity")).toArray();
        bool applied = false;
        for (const QJsonValue &row : activity) {
            applied = applied
                      || (row.toObject().value(QStringLiteral("kind")).toString()
                              == QLatin1String("caseApplied")
                          && row.toObject().value(QStringLiteral("item")).toString() == reference);
        }
        QVERIFY2(applied, qPrintable(QJsonDocument(activity).toJson()));
        QVERIFY(ctl(QStringLiteral("b"), {QStringLiteral("dms"), QStringLiteral("status")})
                    .out.contains(reference));

        // A conflict, found by B, known to A after its next sync.
        for (const auto &[profile, text] :
             {std::pair{QStringLiteral("a"), QStringLiteral("Straßenfest A")},
              std::pair{QStringLiteral("b"), QStringLiteral("Straßenfest B")}}) {
            QCOMPARE(ctl(profile, {QStringLiteral("case"), QStringLiteral("edit"), reference,
                                   QStringLiteral("--subject"), text})
                         .code,
                     0);
        }
        for (const QString &profile :
             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}) {
            QCOMPARE(ctl(profile, {QStringLiteral("dms"), QStringLiteral("sync")}).code, 0);
        }
        QCOMPARE(status(QStringLiteral("a")).value(QStringLiteral("conflicts")).toArray().size(),
                 1);
        QCOMPARE(status(QStringLiteral("b")).value(QStringLiteral("conflicts")).toArray().size(),
                 1);

        // Usage: one of --take and --value, and a side that exists.
        const QStringList resolve{QStringLiteral("dms"), QStringLiteral("resolve"), reference,
                                  QStringLiteral("subject")};
        QCOMPARE(ctl(QStringLiteral("b"), resolve).code, 2);
        QCOMPARE(ctl(QStringLiteral("b"),
                     resolve + QStringList{QStringLiteral("--take"), QStringLiteral("sideways")})
                     .code,
                 2);
        QCOMPARE(ctl(QStringLiteral("b"), {QStringLiteral("dms"), QStringLiteral("resolve"),
                                           reference, QStringLiteral("assignee"),
                                           QStringLiteral("--take"), QStringLiteral("local")})
                     .code,
                 1);

        // B keeps its own value; both computers end with it and without the conflict.
        const Run resolved = ctl(QStringLiteral("b"), resolve
                                                          + QStringList{QStringLiteral("--take"),
                                                                        QStringLiteral("local"),
                                                                        QStringLiteral("--json")});
        QVERIFY2(resolved.code == 0, qPrintable(resolved.err));
        QCOMPARE(object(resolved).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Straßenfest B"));
        QCOMPARE(status(QStringLiteral("b")).value(QStringLiteral("conflicts")).toArray().size(),
                 0);
        QCOMPARE(subject(QStringLiteral("b"), reference), QStringLiteral("Straßenfest B"));
        for (const QString &profile : {QStringLiteral("b"), QStringLiteral("a")}) {
            const Run sync = ctl(profile, {QStringLiteral("dms"), QStringLiteral("sync")});
            QVERIFY2(sync.code == 0, qPrintable(sync.err));
        }
        QCOMPARE(status(QStringLiteral("a")).value(QStringLiteral("conflicts")).toArray().size(),
                 0);
        QCOMPARE(subject(QStringLiteral("a"), reference), QStringLiteral("Straßenfest B"));
    }
};

QTEST_GUILESS_MAIN(TestDmsCtlResolve)
#include "tst_dmsctlresolve.moc"
