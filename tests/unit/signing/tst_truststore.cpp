#include "CryptoRuntime.h"
#include "TestPki.h"
#include "TrustStore.h"
#include "Why.h"

#include <QTest>

using namespace workroom::signing;

class TestTrustStore : public QObject {
    Q_OBJECT

    CryptoRuntime runtime_;
    TestPki pki_;

private slots:
    void initTestCase() { QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error())); }

    void readsSystemAndUserAnchors()
    {
        const QString system = pki_.scratch(QStringLiteral("system"));
        const QString user = pki_.scratch(QStringLiteral("user"));
        QDir().mkpath(system);
        // Several certificates in one file, a DER file, and files that are no certificates.
        QVERIFY(writeBytes(system + QStringLiteral("/bundle.pem"),
                           readBytes(pki_.path(QStringLiteral("chain-rsa.pem")))));
        QCOMPARE(TestPki::openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                                   pki_.path(QStringLiteral("inter-ec.pem")),
                                   QStringLiteral("-outform"), QStringLiteral("DER"),
                                   QStringLiteral("-out"), system + QStringLiteral("/ec.der")}),
                 0);
        QVERIFY(writeBytes(system + QStringLiteral("/broken.pem"),
                           "-----BEGIN CERTIFICATE-----\nAAAA"));
        QVERIFY(writeBytes(system + QStringLiteral("/notes.txt"), "not read at all"));

        TrustStore store(system, user);
        QList<TrustAnchor> anchors = store.anchors();
        QCOMPARE(anchors.size(), 3);
        QVERIFY(std::ranges::none_of(anchors, &TrustAnchor::userTrusted));

        // The user imports the root (already a system anchor) and another root.
        auto root = store.importUserCertificate(pki_.path(QStringLiteral("root.pem")));
        QVERIFY2(root, why(root));
        QVERIFY(root->userTrusted);
        auto other = store.importUserCertificate(pki_.path(QStringLiteral("other-root.pem")));
        QVERIFY2(other, why(other));
        anchors = store.anchors();
        QCOMPARE(anchors.size(), 4);  // the root counts once, as a system anchor
        QCOMPARE(std::ranges::count_if(anchors, &TrustAnchor::userTrusted), 1);
        QCOMPARE(anchors.last().certificate.commonName, QStringLiteral("Untrusted Root CA"));

        QVERIFY(store.removeUserCertificate(other->certificate.sha256Fingerprint));
        QCOMPARE(store.anchors().size(), 3);
        QCOMPARE(store.removeUserCertificate(other->certificate.sha256Fingerprint).error().code,
                 SigningErrorCode::NotFound);
    }

    void refusesWhatIsNotOneCertificate()
    {
        TrustStore store({}, pki_.scratch(QStringLiteral("user-refuses")));
        QCOMPARE(
            store.importUserCertificate(pki_.path(QStringLiteral("chain-rsa.pem"))).error().code,
            SigningErrorCode::Invalid);
        QCOMPARE(store.importUserCertificate(pki_.path(QStringLiteral("crl.pem"))).error().code,
                 SigningErrorCode::Malformed);
        QCOMPARE(store.importUserCertificate(pki_.scratch(QStringLiteral("none.pem"))).error().code,
                 SigningErrorCode::NotFound);
        QVERIFY(store.anchors().isEmpty());
        QVERIFY(TrustStore(pki_.scratch(QStringLiteral("missing")), {}).anchors().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
