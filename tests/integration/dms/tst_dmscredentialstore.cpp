#include "DmsCredentialStore.h"

#include "PrivateKeyring.h"

#include <QTest>

using namespace workroom::dms;
using namespace workroom::testing;

// Runs inside a private Secret Service keyring (PrivateKeyring.h), so the user's keychain is
// never touched.
class TestDmsCredentialStore : public QObject {
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
        if (hasPrivateKeyring()) {
            // Again in a process that has no session bus at all.
            const RunWithoutKeychain run = rerunWithoutKeychain();
            QVERIFY(run.finished);
            QVERIFY2(run.exitCode == 0, run.output.constData());
            QVERIFY(run.filesWritten.isEmpty());
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
    return runInPrivateKeyring<TestDmsCredentialStore>(argc, argv);
}

#include "tst_dmscredentialstore.moc"
