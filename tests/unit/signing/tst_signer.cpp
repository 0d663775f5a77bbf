#include "CryptoRuntime.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TestPki.h"
#include "Verifier.h"
#include "Why.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace workroom::signing;

namespace {

// A line of /proc/self/status in KiB, e.g. "VmRSS" or "VmHWM".
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// Lets VmHWM start again from the current resident size (Linux 4.0 and later).
bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

}  // namespace

class TestSigner : public QObject {
    Q_OBJECT

    CryptoRuntime runtime_;
    TestPki pki_;
    std::unique_ptr<SigningIdentityStore> store_;
    QString document_;

    std::optional<Verifier> verifier()
    {
        auto created = Verifier::create(TrustStore(pki_.path(QStringLiteral("trust")), {}));
        return created ? std::optional(std::move(*created)) : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        QDir().mkpath(pki_.path(QStringLiteral("trust")));
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            pki_.path(QStringLiteral("trust/root.pem"))));
        store_ = std::make_unique<SigningIdentityStore>(pki_.scratch(QStringLiteral("ids")));
        for (const char *name : {"signer-rsa", "signer-ec", "expired-rsa", "notyet-rsa",
                                 "nokeyusage-rsa", "untrusted-rsa"}) {
            auto imported = store_->importPkcs12(
                pki_.path(QString::fromLatin1(name) + QStringLiteral(".p12")), {}, pki_.right());
            QVERIFY2(imported, why(imported));
        }
        document_ = pki_.scratch(QStringLiteral("Bescheid.pdf"));
        QVERIFY(writeBytes(document_, "%PDF-1.7\nBescheid über die Sondernutzung\n%%EOF\n"));
    }

    void signsWithRsaThroughQcaAndEcThroughOpenSsl_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<KeyBackend>("backend");
        QTest::addColumn<QString>("chain");
        QTest::newRow("RSA-3072") << QStringLiteral("signer-rsa") << KeyBackend::Qca
                                  << QStringLiteral("chain-rsa.pem");
        QTest::newRow("ECDSA P-256")
            << QStringLiteral("signer-ec") << KeyBackend::OpenSsl << QStringLiteral("chain-ec.pem");
    }

    void signsWithRsaThroughQcaAndEcThroughOpenSsl()
    {
        QFETCH(QString, identity);
        QFETCH(KeyBackend, backend);

        auto signer = Signer::open(*store_, identity, pki_.right());
        QVERIFY2(signer, why(signer));
        QCOMPARE(signer->backend(), backend);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto signature = signer->signFile(document_);
        QVERIFY2(signature, why(signature));
        const QString p7s = pki_.scratch(identity + QStringLiteral(".p7s"));
        QVERIFY(writeBytes(p7s, *signature));

        auto verifier = this->verifier();
        QVERIFY(verifier);
        auto result = verifier->verifyDetached(document_, p7s);
        QVERIFY2(result, why(result));
        QVERIFY2(result->isValid(), qUtf8Printable(result->reason));
        QCOMPARE(result->signer->der, signer->identity().certificate.der);
        QCOMPARE(result->digestAlgorithm, QStringLiteral("sha256"));
        QCOMPARE(result->chain.size(), 3);
        QVERIFY(result->signingTime);
        QVERIFY(*result->signingTime >= before);
        QVERIFY(*result->signingTime <= QDateTime::currentDateTimeUtc());
    }

    // Interoperability, our side to theirs: `openssl cms -verify` accepts our signatures
    // with only the root as trust anchor (the intermediate travels in the signature).
    void opensslVerifiesOurSignatures_data() { signsWithRsaThroughQcaAndEcThroughOpenSsl_data(); }

    void opensslVerifiesOurSignatures()
    {
        QFETCH(QString, identity);
        auto signature = Signer::signFile(*store_, identity, document_, pki_.right());
        QVERIFY2(signature, why(signature));
        const QString p7s = pki_.scratch(identity + QStringLiteral("-interop.p7s"));
        QVERIFY(writeBytes(p7s, *signature));

        QByteArray output;
        const int exitCode = TestPki::openssl(
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
             QStringLiteral("-content"), document_, QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), p7s, QStringLiteral("-CAfile"),
             pki_.path(QStringLiteral("root.pem")), QStringLiteral("-out"),
             QStringLiteral("/dev/null")},
            &output);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY2(output.contains("Verification successful"), output.constData());

        // What the signature holds: SHA-256, signing time, ESS signing-certificate-v2, the
        // signer's certificate and the intermediate, no content.
        QCOMPARE(TestPki::openssl({QStringLiteral("cms"), QStringLiteral("-cmsout"),
                                   QStringLiteral("-print"), QStringLiteral("-inform"),
                                   QStringLiteral("DER"), QStringLiteral("-in"), p7s},
                                  &output),
                 0);
        for (const char *expected :
             {"sha256", "signingTime", "messageDigest", "contentType", "signingCertificateV2",
              "eContent: <ABSENT>", "Workroom Test Signing CA"}) {
            QVERIFY2(output.contains(expected), expected);
        }
        // The root is left out: the verifier has it as its trust anchor.
        QVERIFY(!output.contains("subject: C=DE, O=Workroom Test PKI, CN=Workroom Test Root CA"));
    }

    void refusesCertificatesThatMayNotSignBeforeAskingThePassphrase_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<SigningErrorCode>("code");
        QTest::newRow("expired") << QStringLiteral("expired-rsa")
                                 << SigningErrorCode::CertificateExpired;
        QTest::newRow("not yet valid")
            << QStringLiteral("notyet-rsa") << SigningErrorCode::CertificateNotYetValid;
        QTest::newRow("no signing key usage")
            << QStringLiteral("nokeyusage-rsa") << SigningErrorCode::KeyUsageNotAllowed;
    }

    void refusesCertificatesThatMayNotSignBeforeAskingThePassphrase()
    {
        QFETCH(QString, identity);
        QFETCH(SigningErrorCode, code);
        auto asked = std::make_shared<int>(0);
        auto signer = Signer::open(*store_, identity, TestPki::answers({pki_.passphrase()}, asked));
        QVERIFY(!signer);
        QCOMPARE(signer.error().code, code);
        QVERIFY(!signer.error().message.isEmpty());
        QCOMPARE(*asked, 0);
    }

    void wrongPassphraseThenRightOne()
    {
        auto wrong = Signer::open(*store_, QStringLiteral("signer-ec"), TestPki::answers({"x"}));
        QCOMPARE(wrong.error().code, SigningErrorCode::WrongPassphrase);
        auto right = Signer::open(*store_, QStringLiteral("signer-ec"), pki_.right());
        QVERIFY2(right, why(right));
        QCOMPARE(Signer::open(*store_, QStringLiteral("nobody"), pki_.right()).error().code,
                 SigningErrorCode::NotFound);
    }

    void signsDevicesAndEmptyDocumentsAndCanBeCancelled()
    {
        auto signer = Signer::open(*store_, QStringLiteral("signer-rsa"), pki_.right());
        QVERIFY2(signer, why(signer));
        QBuffer empty;
        empty.open(QIODevice::ReadOnly);
        auto signature = signer->signDevice(empty);
        QVERIFY2(signature, why(signature));
        const QString emptyFile = pki_.scratch(QStringLiteral("empty.txt"));
        QVERIFY(writeBytes(emptyFile, {}));
        auto verifier = this->verifier();
        auto result = verifier->verifyDetachedData(emptyFile, *signature);
        QVERIFY2(result && result->isValid(), result ? qUtf8Printable(result->reason) : "");

        QByteArray bytes(3 << 20, 'x');
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        int calls = 0;
        auto cancelled = signer->signDevice(buffer, [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QCOMPARE(cancelled.error().code, SigningErrorCode::Cancelled);
        QCOMPARE(calls, 2);
        QCOMPARE(signer->signFile(pki_.scratch(QStringLiteral("missing.pdf"))).error().code,
                 SigningErrorCode::NotFound);
    }

    // Signing streams the file: a 300 MB document must not raise the resident memory by more
    // than 50 MB (the limit), neither at the end nor at the peak.
    void largeFileKeepsMemoryBounded()
    {
        const QString large = pki_.scratch(QStringLiteral("large.bin"));
        {
            QFile file(large);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("start of a large document\n") > 0);
            QVERIFY(file.resize(qint64(300) << 20));  // sparse: no disk space needed
            QVERIFY(file.seek(file.size() - 4));
            QVERIFY(file.write("end\n") == 4);
        }
        auto signer = Signer::open(*store_, QStringLiteral("signer-rsa"), pki_.right());
        QVERIFY2(signer, why(signer));
        const bool peakReset = resetPeakMemory();
        const qint64 before = statusKiB("VmRSS");
        QElapsedTimer timer;
        timer.start();
        auto signature = signer->signFile(large);
        const qint64 signMs = timer.elapsed();
        QVERIFY2(signature, why(signature));
        const qint64 after = statusKiB("VmRSS");
        const qint64 peak = statusKiB("VmHWM");
        qInfo("signing 300 MB: VmRSS %lld kB before, %lld kB after (%+lld kB); peak %lld kB "
              "(%s); %lld ms",
              before, after, after - before, peak,
              peakReset ? "reset before signing" : "since process start", signMs);
        QVERIFY(before > 0 && after > 0);
#if !defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed blocks resident in its quarantine (256 MB by default),
        // so the bound is checked in the normal build only.
        QVERIFY2(after - before < 50 * 1024, "resident memory grew by more than 50 MB");
        if (peakReset) {
            QVERIFY2(peak - before < 50 * 1024, "peak memory rose by more than 50 MB");
        }
#endif

        // Verification streams as well.
        auto verifier = this->verifier();
        resetPeakMemory();
        const qint64 beforeVerify = statusKiB("VmRSS");
        auto result = verifier->verifyDetachedData(large, *signature);
        QVERIFY2(result && result->isValid(), result ? qUtf8Printable(result->reason) : "");
        qInfo("verifying 300 MB: VmRSS %+lld kB, peak %+lld kB", statusKiB("VmRSS") - beforeVerify,
              statusKiB("VmHWM") - beforeVerify);
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY(statusKiB("VmRSS") - beforeVerify < 50 * 1024);
#endif
        QFile::remove(large);
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
