#include "DmsCredentialStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace workroom::dms;

namespace {

const char *const sessionVariable = "WORKROOM_KEYRING_SESSION";

// Every file below `dir`, so a test can see that no secret was written anywhere.
QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

}  // namespace

// Runs inside a private D-Bus session with its own unlocked Secret Service keyring
// (gnome-keyring-daemon) and a temporary HOME, so the user's keychain is never touched.
class TestDmsCredentialStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray session = qgetenv(sessionVariable);
        QVERIFY2(session == "keyring" || session == "none",
                 "run through main(), which sets up the keyring session");
        QVERIFY(QDir::homePath().startsWith(QDir::tempPath()));
    }

    void storesReadsAndRemoves()
    {
        if (qgetenv(sessionVariable) != "keyring") {
            QSKIP("needs the keyring session");
        }
        DmsCredentialStore store(QStringLiteral("Workroom DMS test"));
        const QString key = DmsCredentialStore::keyFor(
            QUrl(QStringLiteral("https://user:secret@dms.example/dav/Bürgeramt/")),
            QStringLiteral("alice"));
        QVERIFY(!key.contains(QLatin1String("secret")));  // userinfo never enters the key
        QVERIFY(key.startsWith(QLatin1String("alice@https://dms.example/dav/")));

        auto missing = store.readPasswordNow(key);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, DmsErrorCode::NoStoredPassword);

        const QString password = QStringLiteral("Grüne Wiese #42 %s");
        auto written = store.writePasswordNow(key, password);
        QVERIFY2(written, written ? "" : written.error().message.toUtf8().constData());
        auto read = store.readPasswordNow(key);
        QVERIFY2(read, read ? "" : read.error().message.toUtf8().constData());
        QCOMPARE(*read, password);

        // Asynchronous use, as the GUI does it.
        bool called = false;
        store.readPassword(key, [&](Result<QString> result) {
            called = true;
            QVERIFY(result);
            QCOMPARE(*result, password);
        });
        QTRY_VERIFY(called);

        // Another account on the same server is another entry.
        QCOMPARE(store
                     .readPasswordNow(DmsCredentialStore::keyFor(
                         QUrl(QStringLiteral("https://dms.example/dav/Bürgeramt/")),
                         QStringLiteral("bob")))
                     .error()
                     .code,
                 DmsErrorCode::NoStoredPassword);

        QVERIFY(store.removePasswordNow(key));
        QCOMPARE(store.readPasswordNow(key).error().code, DmsErrorCode::NoStoredPassword);
        QVERIFY(store.removePasswordNow(key));  // removing twice is fine
    }

    void withoutKeychainNothingIsStored()
    {
        if (qgetenv(sessionVariable) == "keyring") {
            // Again in a process that has no session bus at all.
            QTemporaryDir home;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(sessionVariable), QStringLiteral("none"));
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"),
                       home.filePath(QStringLiteral(".local/share")));
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
            QProcess child;
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("withoutKeychainNothingIsStored")});
            QVERIFY(child.waitForFinished(60'000));
            QVERIFY2(child.exitCode() == 0, child.readAll().constData());
            QVERIFY(filesBelow(home.path()).isEmpty());
            return;
        }
        DmsCredentialStore store(QStringLiteral("Workroom DMS test"));
        const QString key = DmsCredentialStore::keyFor(QUrl(QStringLiteral("https://dms.example/")),
                                                       QStringLiteral("alice"));
        auto written = store.writePasswordNow(key, QStringLiteral("must not land anywhere"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, DmsErrorCode::NoKeychain);
        QVERIFY(!written.error().message.isEmpty());
        auto read = store.readPasswordNow(key);
        QVERIFY(!read);
        QCOMPARE(read.error().code, DmsErrorCode::NoKeychain);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty(sessionVariable)) {
        // Start over inside a private session bus with a fresh keyring in a temporary HOME.
        char home[] = "/tmp/workroom-keyring-XXXXXX";
        if (::mkdtemp(home) == nullptr) {
            return 1;
        }
        ::setenv("HOME", home, 1);
        ::setenv("XDG_DATA_HOME", QByteArray(QByteArray(home) + "/.local/share").constData(), 1);
        ::setenv("XDG_CONFIG_HOME", QByteArray(QByteArray(home) + "/.config").constData(), 1);
        ::setenv("XDG_RUNTIME_DIR", home, 1);
        ::setenv(sessionVariable, "keyring", 1);
        QByteArrayList args{"dbus-run-session",
                            "--",
                            "sh",
                            "-c",
                            "printf test | gnome-keyring-daemon --unlock --components=secrets "
                            ">/dev/null && exec \"$0\" \"$@\"",
                            argv[0]};
        for (int i = 1; i < argc; ++i) {
            args << argv[i];
        }
        std::vector<char *> raw;
        for (QByteArray &arg : args) {
            raw.push_back(arg.data());
        }
        raw.push_back(nullptr);
        ::execvp(raw[0], raw.data());
        return 127;  // dbus-run-session is missing (Debian package dbus-daemon)
    }
    QCoreApplication app(argc, argv);
    TestDmsCredentialStore test;
    const int failures = QTest::qExec(&test, argc, argv);
    if (qgetenv(sessionVariable) == "keyring"
        && QDir::homePath().startsWith(QLatin1String("/tmp/workroom-keyring-"))) {
        QDir(QDir::homePath()).removeRecursively();
    }
    return failures;
}

#include "tst_dmscredentialstore.moc"
