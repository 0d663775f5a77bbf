#include <QProcess>
#include <QRegularExpression>
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

private slots:
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
