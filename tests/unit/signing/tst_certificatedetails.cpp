#include "CertificateDetails.h"
#include "CryptoRuntime.h"
#include "TestPki.h"
#include "Why.h"

#include <QTest>

using namespace workroom::signing;

class TestCertificateDetails : public QObject {
    Q_OBJECT

    CryptoRuntime runtime_;
    TestPki pki_;

    CertificateDetails read(const QString &name)
    {
        auto parsed = parseCertificate(readBytes(pki_.path(name)));
        if (!parsed) {
            qFatal("%s: %s", qUtf8Printable(name), qUtf8Printable(parsed.error().message));
        }
        return *parsed;
    }

private slots:
    void initTestCase() { QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error())); }

    void readsWhatTheViewerShows()
    {
        const CertificateDetails root = read(QStringLiteral("root.pem"));
        QCOMPARE(root.subject,
                 QStringLiteral("CN=Workroom Test Root CA, O=Workroom Test PKI, C=DE"));
        QCOMPARE(root.subject, root.issuer);
        QVERIFY(root.isCa);
        QVERIFY(root.selfIssued);
        QCOMPARE(root.keyUsage,
                 QStringList({QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));
        // GeneralizedTime (2050 and later) is read, which QCA 2.3.10 gets wrong.
        QVERIFY(root.notAfter.isValid());
        QVERIFY(root.notAfter.date().year() >= 2050);
        QVERIFY(root.notBefore.date().year() < 2050);
        QCOMPARE(root.notAfter.timeSpec(), Qt::UTC);

        const CertificateDetails ec = read(QStringLiteral("signer-ec.pem"));
        QCOMPARE(ec.publicKeyAlgorithm, QStringLiteral("EC P-256"));
        QVERIFY(ec.allowsSigning());
        QVERIFY(ec.subject.contains(QStringLiteral("OU=Bürgeramt")));
        QCOMPARE(ec.subjectKeyId.size(), 40);
        QCOMPARE(ec.fingerprintKey().size(), 64);
        QCOMPARE(ec.sha1Fingerprint.size(), 59);

        const CertificateDetails noSigning = read(QStringLiteral("nokeyusage-rsa.pem"));
        QCOMPARE(noSigning.keyUsage, QStringList{QStringLiteral("keyEncipherment")});
        QVERIFY(!noSigning.allowsSigning());

        const CertificateDetails expired = read(QStringLiteral("expired-rsa.pem"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!expired.isValidAt(now));
        QVERIFY(expired.isValidAt(now.addDays(-30)));
        QVERIFY(expired.daysUntilExpiry(now) <= 0);
    }

    void readsDerAndBundlesAndRefusesGarbage()
    {
        const CertificateDetails pem = read(QStringLiteral("signer-rsa.pem"));
        auto der = parseCertificate(pem.der);
        QVERIFY2(der, why(der));
        QCOMPARE(der->sha256Fingerprint, pem.sha256Fingerprint);
        QCOMPARE(toPem({pem}).trimmed(),
                 readBytes(pki_.path(QStringLiteral("signer-rsa.pem"))).trimmed());

        auto bundle = readCertificates(pki_.path(QStringLiteral("chain-rsa.pem")));
        QVERIFY2(bundle, why(bundle));
        QCOMPARE(bundle->size(), 2);
        QCOMPARE(
            parseCertificate(readBytes(pki_.path(QStringLiteral("chain-rsa.pem")))).error().code,
            SigningErrorCode::Malformed);

        for (const QByteArray &bad :
             QList<QByteArray>{QByteArray(), QByteArray("garbage"), pem.der.left(100),
                               QByteArray(pem.der + "x"), QByteArray(500, '\x30')}) {
            QCOMPARE(parseCertificate(bad).error().code, SigningErrorCode::Malformed);
        }
        QCOMPARE(readCertificates(pki_.path(QStringLiteral("signer-rsa.key"))).error().code,
                 SigningErrorCode::Malformed);
        QCOMPARE(readCertificates(pki_.scratch(QStringLiteral("none.pem"))).error().code,
                 SigningErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCertificateDetails)
#include "tst_certificatedetails.moc"
