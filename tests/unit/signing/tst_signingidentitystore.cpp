#include "CryptoRuntime.h"
#include "SigningIdentityStore.h"
#include "TestPki.h"
#include "Why.h"

#include <QTest>

using namespace workroom::signing;

class TestSigningIdentityStore : public QObject {
    Q_OBJECT

    CryptoRuntime runtime_;
    TestPki pki_;

    QString storeDir(const QString &name) const { return pki_.scratch(name); }

private slots:
    void initTestCase() { QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error())); }

    void importsRsaAndEcAndKeepsTheFileAsItIs()
    {
        SigningIdentityStore store(storeDir(QStringLiteral("identities-import")));
        auto rsa =
            store.importPkcs12(pki_.path(QStringLiteral("signer-rsa.p12")), {}, pki_.right());
        QVERIFY2(rsa, why(rsa));
        QCOMPARE(rsa->name, QStringLiteral("signer-rsa"));
        QCOMPARE(rsa->backend, KeyBackend::Qca);
        QCOMPARE(rsa->certificate.commonName, QStringLiteral("Erika Mustermann"));
        QCOMPARE(rsa->certificate.publicKeyAlgorithm, QStringLiteral("RSA 3072"));
        // The stored file is the original, still encrypted: the passphrase is not stored.
        QCOMPARE(readBytes(rsa->pkcs12Path),
                 readBytes(pki_.path(QStringLiteral("signer-rsa.p12"))));

        auto ec = store.importPkcs12(pki_.path(QStringLiteral("signer-ec.p12")),
                                     QStringLiteral("Max EC"), pki_.right());
        QVERIFY2(ec, why(ec));
        QCOMPARE(ec->backend, KeyBackend::OpenSsl);
        QCOMPARE(ec->certificate.publicKeyAlgorithm, QStringLiteral("EC P-256"));

        // Listing needs no passphrase and sees what was imported, from a fresh object.
        const SigningIdentityStore again(store.directory());
        auto listed = again.list();
        QVERIFY2(listed, why(listed));
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).name, QStringLiteral("Max EC"));
        QCOMPARE(listed->at(1).name, QStringLiteral("signer-rsa"));
        QCOMPARE(listed->at(0).backend, KeyBackend::OpenSsl);
        QCOMPARE(listed->at(1).importedAt, rsa->importedAt);
    }

    void describesTheCertificateAndItsChain()
    {
        SigningIdentityStore store(storeDir(QStringLiteral("identities-describe")));
        auto imported =
            store.importPkcs12(pki_.path(QStringLiteral("signer-rsa.p12")), {}, pki_.right());
        QVERIFY2(imported, why(imported));
        auto identity = store.identity(QStringLiteral("signer-rsa"));
        QVERIFY2(identity, why(identity));
        const CertificateDetails &certificate = identity->certificate;
        QCOMPARE(certificate.subject, QStringLiteral("CN=Erika Mustermann, OU=Bürgeramt, "
                                                     "O=Stadt Musterstadt, C=DE"));
        QCOMPARE(certificate.issuer, QStringLiteral("CN=Workroom Test Signing CA RSA, "
                                                    "O=Workroom Test PKI, C=DE"));
        QCOMPARE(certificate.keyUsage, QStringList({QStringLiteral("digitalSignature"),
                                                    QStringLiteral("nonRepudiation")}));
        QCOMPARE(certificate.extendedKeyUsage, QStringList{QStringLiteral("emailProtection")});
        QVERIFY(certificate.allowsSigning());
        QVERIFY(!certificate.isCa);
        QVERIFY(certificate.isValidAt(QDateTime::currentDateTimeUtc()));

        // The fingerprint and serial number are those openssl reports.
        QByteArray output;
        QCOMPARE(TestPki::openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                                   pki_.path(QStringLiteral("signer-rsa.pem")),
                                   QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                   QStringLiteral("-sha256"), QStringLiteral("-serial")},
                                  &output),
                 0);
        QVERIFY2(output.contains(certificate.sha256Fingerprint.toLatin1()), output.constData());
        QVERIFY2(output.contains(
                     QByteArray(QByteArray("serial=") + certificate.serialNumber.toLatin1())),
                 output.constData());

        // The chain: intermediate, then the root, whose validity reaches beyond 2050.
        QCOMPARE(identity->chain.size(), 2);
        QCOMPARE(identity->chain.at(0).commonName, QStringLiteral("Workroom Test Signing CA RSA"));
        QCOMPARE(identity->chain.at(1).commonName, QStringLiteral("Workroom Test Root CA"));
        QVERIFY(identity->chain.at(1).isCa);
        QVERIFY(identity->chain.at(1).selfIssued);
        QVERIFY(identity->chain.at(1).notAfter.date().year() > 2050);
    }

    void warnsAheadOfExpiry()
    {
        SigningIdentityStore store(storeDir(QStringLiteral("identities-expiry")));
        const auto now = QDateTime::currentDateTimeUtc();
        auto expiring =
            store.importPkcs12(pki_.path(QStringLiteral("expiring-rsa.p12")), {}, pki_.right());
        QVERIFY2(expiring, why(expiring));
        QVERIFY(expiring->expiresWithin(30, now));
        QVERIFY(expiring->certificate.daysUntilExpiry(now) <= 10);
        auto lasting =
            store.importPkcs12(pki_.path(QStringLiteral("signer-rsa.p12")), {}, pki_.right());
        QVERIFY2(lasting, why(lasting));
        QVERIFY(!lasting->expiresWithin(30, now));
    }

    // Windows and many CAs exported PKCS #12 files with RC2-40 until recently.
    void importsOldRc2EncryptedFiles_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::newRow("RSA") << QStringLiteral("signer-rsa");
        QTest::newRow("EC") << QStringLiteral("signer-ec");
    }

    void importsOldRc2EncryptedFiles()
    {
        QFETCH(QString, signer);
        const QString legacy = pki_.scratch(signer + QStringLiteral("-legacy.p12"));
        const QString chain = signer.endsWith(QStringLiteral("ec"))
                                  ? QStringLiteral("chain-ec.pem")
                                  : QStringLiteral("chain-rsa.pem");
        QCOMPARE(
            TestPki::openssl(
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"),
                 QStringLiteral("-inkey"), pki_.path(signer + QStringLiteral(".key")),
                 QStringLiteral("-in"), pki_.path(signer + QStringLiteral(".pem")),
                 QStringLiteral("-certfile"), pki_.path(chain), QStringLiteral("-passout"),
                 QStringLiteral("pass:") + QString::fromUtf8(pki_.passphrase()),
                 QStringLiteral("-out"), legacy}),
            0);
        SigningIdentityStore store(storeDir(QStringLiteral("identities-legacy-") + signer));
        QCOMPARE(store.importPkcs12(legacy, {}, TestPki::answers({"nope"})).error().code,
                 SigningErrorCode::WrongPassphrase);
        auto imported = store.importPkcs12(legacy, {}, pki_.right());
        QVERIFY2(imported, why(imported));
        QCOMPARE(imported->chain.size(), 2);
    }

    void wrongPassphraseIsToldApartAndTheRightOneThenWorks()
    {
        SigningIdentityStore store(storeDir(QStringLiteral("identities-passphrase")));
        const QString file = pki_.path(QStringLiteral("signer-rsa.p12"));

        auto asked = std::make_shared<int>(0);
        auto wrong = store.importPkcs12(file, {}, TestPki::answers({"nope"}, asked));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, SigningErrorCode::WrongPassphrase);
        QVERIFY(!wrong.error().message.isEmpty());
        QCOMPARE(*asked, 2);  // asked again after the wrong one; the caller declined
        QVERIFY(store.list()->isEmpty());

        auto always = std::make_shared<int>(0);
        auto stubborn =
            store.importPkcs12(file, {}, TestPki::answers({"a", "b", "c", "d"}, always));
        QCOMPARE(stubborn.error().code, SigningErrorCode::WrongPassphrase);
        QCOMPARE(*always, maxPassphraseAttempts);

        auto cancelled = store.importPkcs12(file, {}, TestPki::answers({}));
        QCOMPARE(cancelled.error().code, SigningErrorCode::Cancelled);

        // The same for an EC key, which QCA cannot open at all.
        auto ecWrong = store.importPkcs12(pki_.path(QStringLiteral("signer-ec.p12")), {},
                                          TestPki::answers({"nope"}));
        QCOMPARE(ecWrong.error().code, SigningErrorCode::WrongPassphrase);

        auto retried = std::make_shared<int>(0);
        auto right =
            store.importPkcs12(file, {}, TestPki::answers({"nope", pki_.passphrase()}, retried));
        QVERIFY2(right, why(right));
        QCOMPARE(*retried, 2);
    }

    void damagedFilesAreMalformedNeverACrash()
    {
        SigningIdentityStore store(storeDir(QStringLiteral("identities-damaged")));
        const QByteArray good = readBytes(pki_.path(QStringLiteral("signer-rsa.p12")));
        QVERIFY(good.size() > 1000);

        const auto import = [&](const QByteArray &bytes) {
            const QString path = pki_.scratch(QStringLiteral("damaged.p12"));
            writeBytes(path, bytes);
            return store.importPkcs12(path, {}, pki_.right());
        };
        for (const QByteArray &bytes :
             {QByteArray(), QByteArray("x"), good.left(good.size() / 2), good.left(good.size() - 1),
              QByteArray(2000, '\x30'), QByteArray("-----BEGIN CERTIFICATE-----\n")}) {
            auto result = import(bytes);
            QVERIFY(!result);
            QCOMPARE(result.error().code, SigningErrorCode::Malformed);
        }
        // A flipped byte anywhere: never imported. A flip in the encrypted parts cannot be told
        // from a wrong passphrase (the MAC covers both), so either error is right there.
        for (qsizetype at = 0; at < good.size(); at += 53) {
            QByteArray bytes = good;
            bytes[at] = char(bytes.at(at) ^ 0x5a);
            auto result = import(bytes);
            QVERIFY2(!result, qPrintable(QStringLiteral("flip at %1 imported").arg(at)));
            QVERIFY2(result.error().code == SigningErrorCode::Malformed
                         || result.error().code == SigningErrorCode::WrongPassphrase,
                     qPrintable(result.error().message));
        }
        // The MAC value itself changed: the content decrypts, so the file is damaged.
        QByteArray macFlipped = good;
        macFlipped[good.size() - 40] = char(macFlipped.at(good.size() - 40) ^ 0x01);
        QCOMPARE(import(macFlipped).error().code, SigningErrorCode::Malformed);
        QVERIFY(store.list()->isEmpty());
    }

    void refusesBadNamesDuplicatesAndMissingFiles()
    {
        SigningIdentityStore store(storeDir(QStringLiteral("identities-names")));
        const QString file = pki_.path(QStringLiteral("signer-rsa.p12"));
        for (const QString &bad : {QStringLiteral("../escape"), QStringLiteral(".hidden"),
                                   QStringLiteral("a/b"), QString(65, QLatin1Char('x'))}) {
            QCOMPARE(store.importPkcs12(file, bad, pki_.right()).error().code,
                     SigningErrorCode::Invalid);
        }
        QVERIFY(store.importPkcs12(file, QStringLiteral("Erika"), pki_.right()));
        QCOMPARE(store.importPkcs12(file, QStringLiteral("Erika"), pki_.right()).error().code,
                 SigningErrorCode::Duplicate);
        QCOMPARE(store.importPkcs12(pki_.scratch(QStringLiteral("missing.p12")), {}, pki_.right())
                     .error()
                     .code,
                 SigningErrorCode::NotFound);
        QCOMPARE(store.identity(QStringLiteral("nobody")).error().code, SigningErrorCode::NotFound);
        QVERIFY(store.remove(QStringLiteral("Erika")));
        QCOMPARE(store.identity(QStringLiteral("Erika")).error().code, SigningErrorCode::NotFound);
        QCOMPARE(store.remove(QStringLiteral("Erika")).error().code, SigningErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSigningIdentityStore)
#include "tst_signingidentitystore.moc"
