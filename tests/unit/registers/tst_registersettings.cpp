// The register section of the typed settings: defaults, bounds and IT-locked keys.
#include "Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using workroom::app::Settings;

class TestRegisterSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("user.ini")),
                          dir.filePath(QStringLiteral("system.ini")));
        QVERIFY(settings.registerServiceUrl().isEmpty());  // the Demo-Register
        QVERIFY(settings.registerUser().isEmpty());
        QCOMPARE(settings.registerTimeoutSeconds(), 15);
    }

    void userValuesAndBounds()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("user.ini")),
                          dir.filePath(QStringLiteral("system.ini")));
        QVERIFY(settings.setValue(QStringLiteral("register/serviceUrl"),
                                  QStringLiteral(" https://register.example.org/ ")));
        QVERIFY(settings.setValue(QStringLiteral("register/user"), QStringLiteral(" amt-42 ")));
        QVERIFY(settings.setValue(QStringLiteral("register/timeoutSeconds"), 0));
        QCOMPARE(settings.registerServiceUrl(), QStringLiteral("https://register.example.org/"));
        QCOMPARE(settings.registerUser(), QStringLiteral("amt-42"));
        QCOMPARE(settings.registerTimeoutSeconds(), 1);
        QVERIFY(settings.setValue(QStringLiteral("register/timeoutSeconds"), 100000));
        QCOMPARE(settings.registerTimeoutSeconds(), 600);
    }

    void lockedByIt()
    {
        QTemporaryDir dir;
        QFile system(dir.filePath(QStringLiteral("system.ini")));
        QVERIFY(system.open(QIODevice::WriteOnly));
        system.write("[General]\nlocked=register/serviceUrl\n[register]\n"
                     "serviceUrl=https://register.verband.example/\n");
        system.close();
        Settings settings(dir.filePath(QStringLiteral("user.ini")), system.fileName());
        QVERIFY(!settings.setValue(QStringLiteral("register/serviceUrl"), QString()));
        QCOMPARE(settings.registerServiceUrl(),
                 QStringLiteral("https://register.verband.example/"));
    }
};

QTEST_GUILESS_MAIN(TestRegisterSettings)
#include "tst_registersettings.moc"
