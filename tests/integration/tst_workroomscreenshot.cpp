#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run workroom(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WORKROOM_PATH), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

// How many different colours a sample of the image has: a real window has many.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

}  // namespace

class TestWorkroomScreenshot : public QObject {
    Q_OBJECT

private slots:
    void writesAScreenshotOfTheMainWindow()
    {
        QTemporaryDir tmp;
        const QString shot = tmp.filePath(QStringLiteral("main.png"));
        const QString profile = tmp.filePath(QStringLiteral("profile"));
        const Run run =
            workroom({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--profile"),
                      profile, QStringLiteral("--screenshot"), shot});
        QVERIFY2(run.exitCode == 0, qUtf8Printable(run.err));
        QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 1000 && image.height() >= 600,
                 qUtf8Printable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QVERIFY(colourCount(image) > 20);
        QVERIFY(QFileInfo(profile).isDir());
    }

    void refusesAProfileThatIsAFile()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("not-a-directory"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString shot = tmp.filePath(QStringLiteral("main.png"));
        const Run run =
            workroom({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"),
                      file, QStringLiteral("--screenshot"), shot});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1StringView("is a file")), qUtf8Printable(run.err));
        QVERIFY(!QFile::exists(shot));
    }

    void reportsAnUnwritableScreenshot()
    {
        QTemporaryDir tmp;
        const Run run =
            workroom({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"),
                      tmp.path(), QStringLiteral("--screenshot"),
                      tmp.filePath(QStringLiteral("missing/dir/shot.png"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1StringView("cannot write the screenshot")),
                 qUtf8Printable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestWorkroomScreenshot)
#include "tst_workroomscreenshot.moc"
