// workroomctl dms status (activity) and dms resolve as a script drives them: two profiles
// against a real Apache.
#include "DmsTestProfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::dms;
using namespace dmstest;

class TestDmsCtlResolve : public QObject {
    Q_OBJECT

    ApacheDavServer server_;
    QTemporaryDir dir_;

    CtlRun ctl(const QString &profile, const QStringList &arguments)
    {
        const QString user =
            profile == QLatin1String("a") ? QStringLiteral("alice") : QStringLiteral("bob");
        return runWorkroomCtl(dir_, profile, server_.password(user), arguments);
    }

    QJsonObject status(const QString &profile)
    {
        return ctl(profile,
                   {QStringLiteral("dms"), QStringLiteral("status"), QStringLiteral("--json")})
            .json();
    }

    QString subject(const QString &profile, const QString &reference)
    {
        return ctl(profile, {QStringLiteral("case"), QStringLiteral("show"), reference,
                             QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("subject"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        ApacheDavServer::Options options;
        options.https = false;
        QVERIFY2(server_.start(options), qPrintable(server_.errorString()));
        QVERIFY(makeCollection(server_, QStringLiteral("room/")));
    }

    void statusAndResolve()
    {
        const QString url = server_.httpUrl(QStringLiteral("room/")).toString();
        for (const QString &profile : {QStringLiteral("a"), QStringLiteral("b")}) {
            const CtlRun room = ctl(profile, {QStringLiteral("workroom"), QStringLiteral("create"),
                                              QStringLiteral("Bürgeramt")});
            QVERIFY2(room.code == 0, qPrintable(room.err));
            const CtlRun link = ctl(
                profile,
                {QStringLiteral("dms"), QStringLiteral("link"), url, QStringLiteral("--user"),
                 profile == QLatin1String("a") ? QStringLiteral("alice") : QStringLiteral("bob")});
            QVERIFY2(link.code == 0, qPrintable(link.err));
        }
        const CtlRun created =
            ctl(QStringLiteral("a"),
                {QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--plan"),
                 QStringLiteral("32.10"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--subject"), QStringLiteral("Sondernutzung"),
                 QStringLiteral("--json")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString reference = created.json().value(QStringLiteral("reference")).toString();
        for (const QString &profile : {QStringLiteral("a"), QStringLiteral("b")}) {
            const CtlRun sync = ctl(profile, {QStringLiteral("dms"), QStringLiteral("sync")});
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
        const CtlRun resolved =
            ctl(QStringLiteral("b"),
                resolve
                    + QStringList{QStringLiteral("--take"), QStringLiteral("local"),
                                  QStringLiteral("--json")});
        QVERIFY2(resolved.code == 0, qPrintable(resolved.err));
        QCOMPARE(resolved.json().value(QStringLiteral("value")).toString(),
                 QStringLiteral("Straßenfest B"));
        QCOMPARE(status(QStringLiteral("b")).value(QStringLiteral("conflicts")).toArray().size(),
                 0);
        QCOMPARE(subject(QStringLiteral("b"), reference), QStringLiteral("Straßenfest B"));
        for (const QString &profile : {QStringLiteral("b"), QStringLiteral("a")}) {
            const CtlRun sync = ctl(profile, {QStringLiteral("dms"), QStringLiteral("sync")});
            QVERIFY2(sync.code == 0, qPrintable(sync.err));
        }
        QCOMPARE(status(QStringLiteral("a")).value(QStringLiteral("conflicts")).toArray().size(),
                 0);
        QCOMPARE(subject(QStringLiteral("a"), reference), QStringLiteral("Straßenfest B"));
    }
};

QTEST_GUILESS_MAIN(TestDmsCtlResolve)
#include "tst_dmsctlresolve.moc"
