// Settings: user values over system defaults, and keys that IT staff lock.
#include "Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using workroom::app::Settings;

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void userValueOverridesSystemDefault();
    void lockedKeyComesFromSystemAndCannotBeWritten();
    void builtInDefaultsApplyWithoutFiles();

private:
    static void writeSystem(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
};

void TestSettings::userValueOverridesSystemDefault()
{
    QTemporaryDir dir;
    writeSystem(dir.filePath(QStringLiteral("system.ini")), "[signing]\nexpiryWarningDays=60\n");
    Settings settings(dir.filePath(QStringLiteral("user.ini")),
                      dir.filePath(QStringLiteral("system.ini")));
    QCOMPARE(settings.certificateExpiryWarningDays(), 60);
    QVERIFY(settings.setValue(QStringLiteral("signing/expiryWarningDays"), 14));
    QCOMPARE(settings.certificateExpiryWarningDays(), 14);
}

void TestSettings::lockedKeyComesFromSystemAndCannotBeWritten()
{
    QTemporaryDir dir;
    writeSystem(dir.filePath(QStringLiteral("system.ini")),
                "[General]\nlocked=signing/trustAnchorDir, signing/crlUrls\n"
                "[signing]\ntrustAnchorDir=/srv/anchors\n");
    const QString userFile = dir.filePath(QStringLiteral("user.ini"));
    {
        QSettings user(userFile, QSettings::IniFormat);
        user.setValue(QStringLiteral("signing/trustAnchorDir"), QStringLiteral("/home/x/anchors"));
    }
    Settings settings(userFile, dir.filePath(QStringLiteral("system.ini")));
    QVERIFY(settings.isLocked(QStringLiteral("signing/trustAnchorDir")));
    QVERIFY(settings.isLocked(QStringLiteral("signing/crlUrls")));
    QCOMPARE(settings.trustAnchorDirectory(), QStringLiteral("/srv/anchors"));
    QVERIFY(!settings.setValue(QStringLiteral("signing/trustAnchorDir"), QStringLiteral("/tmp")));
    QCOMPARE(settings.trustAnchorDirectory(), QStringLiteral("/srv/anchors"));
}

void TestSettings::builtInDefaultsApplyWithoutFiles()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("user.ini")),
                      dir.filePath(QStringLiteral("missing.ini")));
    QVERIFY(!settings.trustSystemStore());
    QCOMPARE(settings.certificateExpiryWarningDays(), 30);
    QVERIFY(settings.crlUrls().isEmpty());
    QVERIFY(!settings.trustAnchorDirectory().isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
