// The register service's secrets in a real Secret Service keyring, and nothing written
// anywhere without one.
#include "RegisterCredentialStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace workroom::registers;

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
class TestRegisterCredentialStore : public QObject {
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
        RegisterCredentialStore store(QStringLiteral("Workroom register test"));
        const QUrl base(QStringLiteral("https://user:secret@register.example/melde/"));
        const QString tokenKey = RegisterCredentialStore::keyFor(base, {});
        const QString passwordKey = RegisterCredentialStore::keyFor(base, QStringLiteral("alice"));
        QVERIFY(!tokenKey.contains(QLatin1String("secret")));  // userinfo never enters the key
        QCOMPARE(tokenKey, QStringLiteral("token@https://register.example/melde/"));
        QCOMPARE(passwordKey, QStringLiteral("alice@https://register.example/melde/"));

        auto missing = store.readSecretNow(tokenKey);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, CredentialErrorCode::NoStoredSecret);
        QVERIFY(!missing.error().message.isEmpty());

        const QByteArray token = "eyJhbGciOi.Zugang-\xc3\xbc#42";
        auto written = store.writeSecretNow(tokenKey, token);
        QVERIFY2(written, written ? "" : written.error().message.toUtf8().constData());
        auto read = store.readSecretNow(tokenKey);
        QVERIFY2(read, read ? "" : read.error().message.toUtf8().constData());
        QCOMPARE(*read, token);

        // Asynchronous use, as the GUI does it.
        bool called = false;
        store.readSecret(tokenKey, [&](CredentialResult<QByteArray> result) {
            called = true;
            QVERIFY(result);
            QCOMPARE(*result, token);
        });
        QTRY_VERIFY(called);

        // The account's password is another entry than the token.
        QCOMPARE(store.readSecretNow(passwordKey).error().code,
                 CredentialErrorCode::NoStoredSecret);
        QVERIFY(store.writeSecretNow(passwordKey, "Grüne Wiese"));
        QCOMPARE(*store.readSecretNow(passwordKey), QByteArray("Grüne Wiese"));
        QCOMPARE(*store.readSecretNow(tokenKey), token);

        QVERIFY(store.removeSecretNow(tokenKey));
        QCOMPARE(store.readSecretNow(tokenKey).error().code, CredentialErrorCode::NoStoredSecret);
        QVERIFY(store.removeSecretNow(tokenKey));  // removing twice is fine
        QVERIFY(store.removeSecretNow(passwordKey));
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
        RegisterCredentialStore store(QStringLiteral("Workroom register test"));
        const QString key = RegisterCredentialStore::keyFor(
            QUrl(QStringLiteral("https://register.example/")), QStringLiteral("alice"));
        auto written = store.writeSecretNow(key, "must not land anywhere");
        QVERIFY(!written);
        QCOMPARE(written.error().code, CredentialErrorCode::NoKeychain);
        QVERIFY(!written.error().message.isEmpty());
        auto read = store.readSecretNow(key);
        QVERIFY(!read);
        QCOMPARE(read.error().code, CredentialErrorCode::NoKeychain);
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
    TestRegisterCredentialStore test;
    const int failures = QTest::qExec(&test, argc, argv);
    if (qgetenv(sessionVariable) == "keyring"
        && QDir::homePath().startsWith(QLatin1String("/tmp/workroom-keyring-"))) {
        QDir(QDir::homePath()).removeRecursively();
    }
    return failures;
}

#include "tst_registercredentialstore.moc"
