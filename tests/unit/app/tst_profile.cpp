#include "Profile.h"
#include "Why.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using workroom::app::Profile;

class TestProfile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAMissingDirectory()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("a/b/profile"));
        const auto profile = Profile::open(path);
        QVERIFY2(profile.has_value(), why(profile).constData());
        QCOMPARE(profile->path(), path);
        QVERIFY(QFileInfo(path).isDir());
        // The write probe leaves nothing behind.
        QVERIFY(
            QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void refusesAFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("file"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto profile = Profile::open(path);
        QVERIFY(!profile.has_value());
        QVERIFY2(profile.error().contains(path), qUtf8Printable(profile.error()));
        const auto below = Profile::open(path + QStringLiteral("/sub"));
        QVERIFY(!below.has_value());
        QVERIFY2(below.error().contains(QLatin1StringView("cannot be created")),
                 qUtf8Printable(below.error()));
    }

    void keepsSettingsInTheProfile()
    {
        QTemporaryDir tmp;
        const auto profile = Profile::open(tmp.path());
        QVERIFY(profile.has_value());
        {
            const auto settings = profile->settings();
            settings->setValue(QStringLiteral("some/key"), 42);
        }
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("settings.ini"))));
        QCOMPARE(profile->settings()->value(QStringLiteral("some/key")).toInt(), 42);
    }

    void defaultsToTheApplicationDataDirectory()
    {
        QVERIFY(!Profile::defaultDirectory().isEmpty());
        QCOMPARE(Profile::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
