#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <vector>

// Keychain tests run inside a private D-Bus session with its own unlocked Secret Service keyring
// (gnome-keyring-daemon) and a temporary HOME, so the user's keychain is never touched. The test's
// main() calls runInPrivateKeyring(), which starts the executable over inside that session.
namespace workroom::testing {

namespace keyring_detail {

inline const char *const sessionVariable = "WORKROOM_KEYRING_SESSION";
inline const char homePrefix[] = "/tmp/workroom-keyring-";

// Every file below `dir`, so a test can see that no secret was written anywhere.
inline QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

}  // namespace keyring_detail

// True inside the session with the private keyring; false in the run without any session bus.
inline bool hasPrivateKeyring()
{
    return qgetenv(keyring_detail::sessionVariable) == "keyring";
}

// Whether this process was started through runInPrivateKeyring(), with a temporary HOME.
inline bool isolatedFromUserKeychain()
{
    const QByteArray session = qgetenv(keyring_detail::sessionVariable);
    return (session == "keyring" || session == "none")
           && QDir::homePath().startsWith(QDir::tempPath());
}

// What the current test function did when run again in a process without any session bus, so
// without a keychain, and with a fresh HOME.
struct RunWithoutKeychain {
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
    QStringList filesWritten;  // below that HOME: must stay empty when nothing may be stored
};

inline RunWithoutKeychain rerunWithoutKeychain()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(keyring_detail::sessionVariable), QStringLiteral("none"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(QTest::currentTestFunction())});
    RunWithoutKeychain run;
    run.finished = child.waitForFinished(60'000);
    run.exitCode = child.exitCode();
    run.output = child.readAll();
    run.filesWritten = keyring_detail::filesBelow(home.path());
    return run;
}

// The main() of a keychain test: on the first call starts this executable over inside a private
// session bus with a fresh keyring in a temporary HOME; inside it runs `TestObject` and removes
// that HOME afterwards.
template <typename TestObject>
int runInPrivateKeyring(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty(keyring_detail::sessionVariable)) {
        QByteArray home = QByteArray(keyring_detail::homePrefix) + "XXXXXX";
        if (::mkdtemp(home.data()) == nullptr) {
            return 1;
        }
        ::setenv("HOME", home.constData(), 1);
        ::setenv("XDG_DATA_HOME", QByteArray(home + "/.local/share").constData(), 1);
        ::setenv("XDG_CONFIG_HOME", QByteArray(home + "/.config").constData(), 1);
        ::setenv("XDG_RUNTIME_DIR", home.constData(), 1);
        ::setenv(keyring_detail::sessionVariable, "keyring", 1);
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
    TestObject test;
    const int failures = QTest::qExec(&test, argc, argv);
    if (hasPrivateKeyring()
        && QDir::homePath().startsWith(QLatin1String(keyring_detail::homePrefix))) {
        QDir(QDir::homePath()).removeRecursively();
    }
    return failures;
}

}  // namespace workroom::testing
