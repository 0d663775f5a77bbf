#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run workroomctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(WORKROOMCTL_PATH), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

class TestWorkroomctl : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    Run inProfile(const QStringList &arguments)
    {
        return workroomctl(QStringList{QStringLiteral("--profile"),
                                       tmp_.filePath(QStringLiteral("profile")),
                                       QStringLiteral("--lang"), QStringLiteral("en"),
                                       QStringLiteral("--user"), QStringLiteral("it.admin")}
                           + arguments);
    }

    static QJsonObject object(const Run &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    static QJsonArray array(const Run &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private slots:
    // A script's session: create a room and cases, add a document, search, show, export.
    void drivesCaseworkWithJson()
    {
        QCOMPARE(inProfile({QStringLiteral("workroom"), QStringLiteral("create"),
                            QStringLiteral("Ordnungsamt"), QStringLiteral("--json")})
                     .exitCode,
                 0);
        const Run created =
            inProfile({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--plan"),
                       QStringLiteral("32.40"), QStringLiteral("--year"), QStringLiteral("2026"),
                       QStringLiteral("--subject"), QStringLiteral("Sondernutzung Straßenfest"),
                       QStringLiteral("--deadline"), QStringLiteral("15.12.2026"),
                       QStringLiteral("--person"), QStringLiteral("Käthe Großmuster"),
                       QStringLiteral("--city"), QStringLiteral("Musterstadt"),
                       QStringLiteral("--tag"), QStringLiteral("eilig"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qUtf8Printable(created.err));
        const QJsonObject c = object(created);
        QCOMPARE(c.value(QStringLiteral("reference")).toString(),
                 QStringLiteral("32.40-0001/2026"));
        QCOMPARE(c.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-15"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("new"));

        const QString file = tmp_.filePath(QStringLiteral("Lageplan.txt"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Lageplan für das Straßenfest am Beispielweg");
        text.close();
        const Run added =
            inProfile({QStringLiteral("doc"), QStringLiteral("add"),
                       QStringLiteral("32.40-0001/2026"), file, QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(array(added).first().toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("added"));
        const Run again =
            inProfile({QStringLiteral("doc"), QStringLiteral("add"),
                       QStringLiteral("32.40-0001/2026"), file, QStringLiteral("--json")});
        QCOMPARE(array(again).first().toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("duplicate"));

        const Run found = inProfile({QStringLiteral("search"), QStringLiteral("strassenfest"),
                                     QStringLiteral("beispielweg"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(array(found).size(), 1);
        QCOMPARE(array(found).first().toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("document"));

        const Run shown = inProfile({QStringLiteral("case"), QStringLiteral("show"),
                                     QStringLiteral("32.40-0001/2026"), QStringLiteral("--json")});
        const QJsonObject detail = object(shown);
        QCOMPARE(detail.value(QStringLiteral("parties"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Großmuster, Käthe")));
        QCOMPARE(detail.value(QStringLiteral("documents")).toArray().size(), 1);
        const QJsonArray history = detail.value(QStringLiteral("history")).toArray();
        QVERIFY(history.size() >= 3);
        QCOMPARE(history.first().toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("it.admin"));

        const Run exported = inProfile({QStringLiteral("export"), QStringLiteral("32.40-0001/2026"),
                                        tmp_.filePath(QStringLiteral("akte.zip")),
                                        QStringLiteral("--zip"), QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(QFile::exists(tmp_.filePath(QStringLiteral("akte.zip"))));

        // The status machine holds on the command line too.
        QCOMPARE(inProfile({QStringLiteral("case"), QStringLiteral("status"),
                            QStringLiteral("32.40-0001/2026"), QStringLiteral("approved")})
                     .exitCode,
                 1);
        QCOMPARE(inProfile({QStringLiteral("case"), QStringLiteral("status"),
                            QStringLiteral("32.40-0001/2026"), QStringLiteral("in_progress")})
                     .exitCode,
                 0);
    }

    void refusesBadInputClearly()
    {
        inProfile(
            {QStringLiteral("workroom"), QStringLiteral("create"), QStringLiteral("Ordnungsamt")});
        const Run badDate = inProfile({QStringLiteral("case"), QStringLiteral("create"),
                                       QStringLiteral("--workroom"), QStringLiteral("Ordnungsamt"),
                                       QStringLiteral("--plan"), QStringLiteral("1"),
                                       QStringLiteral("--subject"), QStringLiteral("x"),
                                       QStringLiteral("--deadline"), QStringLiteral("31.02.2026")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains(QLatin1StringView("31.02.2026")),
                 qUtf8Printable(badDate.err));
        const QStringList explicitNumber{
            QStringLiteral("case"),       QStringLiteral("create"),
            QStringLiteral("--workroom"), QStringLiteral("Ordnungsamt"),
            QStringLiteral("--plan"),     QStringLiteral("9"),
            QStringLiteral("--year"),     QStringLiteral("2026"),
            QStringLiteral("--sequence"), QStringLiteral("5"),
            QStringLiteral("--subject"),  QStringLiteral("x")};
        QCOMPARE(inProfile(explicitNumber).exitCode, 0);
        const Run collision = inProfile(explicitNumber);
        QCOMPARE(collision.exitCode, 1);
        QVERIFY2(collision.err.contains(QLatin1StringView("9-0005/2026")),
                 qUtf8Printable(collision.err));
        const Run unknown = inProfile({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        const Run noCase = inProfile(
            {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("0-0000/0000")});
        QCOMPARE(noCase.exitCode, 1);
    }

    // Editing the audit table behind Workroom's back is found, with exit code 3.
    void auditVerifyFindsTampering()
    {
        QTemporaryDir own;
        const QStringList profile{QStringLiteral("--profile"), own.path(), QStringLiteral("--lang"),
                                  QStringLiteral("en")};
        QCOMPARE(workroomctl(profile + QStringList{QStringLiteral("demo")}).exitCode, 0);
        const Run intact =
            workroomctl(profile
                        + QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                      QStringLiteral("--json")});
        QCOMPARE(intact.exitCode, 0);
        // English plurals come from the plurals file: "entries", not "entry", for many.
        const Run plain =
            workroomctl(profile + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(plain.out.contains(QLatin1StringView(" entries).")), qUtf8Printable(plain.out));
        QVERIFY(QJsonDocument::fromJson(intact.out.toUtf8())
                    .object()
                    .value(QStringLiteral("intact"))
                    .toBool());
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {own.filePath(QStringLiteral("workroom.sqlite")),
                      QStringLiteral("UPDATE audit SET actor = 'nobody' WHERE seq = 17;")});
        QVERIFY(sqlite.waitForFinished(10000));
        QCOMPARE(sqlite.exitCode(), 0);
        const Run broken =
            workroomctl(profile
                        + QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                      QStringLiteral("--json")});
        QCOMPARE(broken.exitCode, 3);
        const QJsonObject verdict = QJsonDocument::fromJson(broken.out.toUtf8()).object();
        QCOMPARE(verdict.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(verdict.value(QStringLiteral("firstBadSeq")).toInt(), 17);
        QCOMPARE(workroomctl(profile + QStringList{QStringLiteral("check")}).exitCode, 3);
    }

    void printsTheComponentVersions()
    {
        const Run run = workroomctl(
            {QStringLiteral("--version"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Workroom: " EXPECTED_VERSION));
        QCOMPARE(lines.value(1), QStringLiteral("Qt: ") + QString::fromLatin1(QT_VERSION_STR));
        QVERIFY2(QRegularExpression(
                     QStringLiteral(R"(^QCA: 2\.3\.\d+ \(provider qca-ossl( [\d.]+)?; .*cms.*\)$)"))
                     .match(lines.value(2))
                     .hasMatch(),
                 qUtf8Printable(lines.value(2)));
        QCOMPARE(lines.value(3), QStringLiteral("Poppler: " EXPECTED_POPPLER_VERSION));
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^SQLite: 3\.\d+\.\d+ with FTS5$)"))
                     .match(lines.value(4))
                     .hasMatch(),
                 qUtf8Printable(lines.value(4)));
        QVERIFY(lines.value(5).startsWith(QLatin1StringView("Operating system: ")));
    }

    void speaksGerman()
    {
        const Run run = workroomctl(
            {QStringLiteral("--version"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1StringView(" mit FTS5")), qUtf8Printable(run.out));
        QVERIFY2(run.out.contains(QLatin1StringView("Betriebssystem: ")), qUtf8Printable(run.out));
    }

    void rejectsAnUnknownLanguage()
    {
        const Run run = workroomctl(
            {QStringLiteral("--version"), QStringLiteral("--lang"), QStringLiteral("xx")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1StringView("\"xx\"")), qUtf8Printable(run.err));
    }

    void withoutACommandShowsHelpAndFails()
    {
        const Run run = workroomctl({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QLatin1StringView("--version"))
                     || run.err.contains(QLatin1StringView("--version")),
                 qUtf8Printable(run.out + run.err));
    }
};

QTEST_GUILESS_MAIN(TestWorkroomctl)
#include "tst_workroomctl.moc"
