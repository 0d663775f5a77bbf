// The register service's secrets in a real Secret Service keyring, and nothing written
// anywhere without one.
#include "RegisterCredentialStore.h"

#include "PrivateKeyring.h"

#include <QTest>

using namespace workroom::registers;
using namespace workroom::testing;

// Runs inside a private Secret Service keyring (PrivateKeyring.h), so the user's keychain is
// never touched.
class TestRegisterCredentialStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(isolatedFromUserKeychain(),
                 "run through main(), which sets up the keyring session");
    }

    void storesReadsAndRemoves()
    {
        if (!hasPrivateKeyring()) {
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
        if (hasPrivateKeyring()) {
            // Again in a process that has no session bus at all.
            const RunWithoutKeychain run = rerunWithoutKeychain();
            QVERIFY(run.finished);
            QVERIFY2(run.exitCode == 0, run.output.constData());
            QVERIFY(run.filesWritten.isEmpty());
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
    return runInPrivateKeyring<TestRegisterCredentialStore>(argc, argv);
}

#include "tst_registercredentialstore.moc"
