#include "CryptoRuntime.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TestPki.h"
#include "Verifier.h"
#include "Why.h"

#include <QCryptographicHash>
#include <QTest>

using namespace workroom::signing;

class TestVerifier : public QObject {
    Q_OBJECT

    CryptoRuntime runtime_;
    TestPki pki_;
    QString document_;
    QString otherDocument_;

    QString trustDir() const { return pki_.path(QStringLiteral("trust")); }

    Verifier verifier(const QStringList &crls = {}, const QString &userDir = {})
    {
        auto created = Verifier::create(TrustStore(trustDir(), userDir), crls);
        if (!created) {
            qFatal("no verifier: %s", qUtf8Printable(created.error().message));
        }
        return std::move(*created);
    }

    // Signs the document with `signer` by openssl and returns the .p7s path.
    QString opensslSignature(const QString &signer, const QString &chain,
                             const QString &document = {})
    {
        const QString p7s = pki_.scratch(signer + QStringLiteral(".p7s"));
        if (!pki_.opensslSign(signer, chain, document.isEmpty() ? document_ : document, p7s)) {
            qFatal("openssl could not sign with %s", qUtf8Printable(signer));
        }
        return p7s;
    }

    SignatureStatus statusOf(const Result<VerificationResult> &result)
    {
        if (!result) {
            qWarning("verification failed: %s", qUtf8Printable(result.error().message));
            return SignatureStatus::Valid;  // never what a failing case expects
        }
        qInfo("%s: %s", qUtf8Printable(statusKey(result->status)), qUtf8Printable(result->reason));
        return result->status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        QDir().mkpath(trustDir());
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            trustDir() + QStringLiteral("/root.pem")));
        document_ = pki_.scratch(QStringLiteral("Antrag.pdf"));
        QVERIFY(writeBytes(document_, QByteArray(100 * 1024, 'a') + "Antrag auf Sondernutzung"));
        otherDocument_ = pki_.scratch(QStringLiteral("Anderes.pdf"));
        QVERIFY(writeBytes(otherDocument_, "ein anderes Dokument"));
    }

    // Interoperability, their side to ours: openssl's own signatures verify as valid.
    void opensslSignaturesAreValid_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("chain");
        QTest::newRow("RSA-3072") << QStringLiteral("signer-rsa")
                                  << QStringLiteral("inter-rsa.pem");
        QTest::newRow("ECDSA P-256")
            << QStringLiteral("signer-ec") << QStringLiteral("inter-ec.pem");
    }

    void opensslSignaturesAreValid()
    {
        QFETCH(QString, signer);
        QFETCH(QString, chain);
        const QString p7s = opensslSignature(signer, chain);
        auto result = verifier().verifyDetached(document_, p7s);
        QCOMPARE(statusOf(result), SignatureStatus::Valid);
        QCOMPARE(result->signerCount, 1);
        QCOMPARE(result->chain.size(), 3);
        QCOMPARE(result->chain.last().commonName, QStringLiteral("Workroom Test Root CA"));
        QVERIFY(!result->anchorUserTrusted);
        QVERIFY(result->signingTime);
        QVERIFY(result->reason.contains(result->signer->commonName));

        // PEM and bare base64 are read as well as DER.
        QByteArray pem;
        QCOMPARE(TestPki::openssl({QStringLiteral("cms"), QStringLiteral("-cmsout"),
                                   QStringLiteral("-inform"), QStringLiteral("DER"),
                                   QStringLiteral("-in"), p7s, QStringLiteral("-outform"),
                                   QStringLiteral("PEM")},
                                  &pem),
                 0);
        QCOMPARE(statusOf(verifier().verifyDetachedData(document_, pem)), SignatureStatus::Valid);
        QCOMPARE(statusOf(verifier().verifyDetachedData(document_, readBytes(p7s).toBase64())),
                 SignatureStatus::Valid);
    }

    void changedDocumentOrAnotherDocumentIsDocumentChanged()
    {
        const QString p7s =
            opensslSignature(QStringLiteral("signer-rsa"), QStringLiteral("inter-rsa.pem"));
        const QString copy = pki_.scratch(QStringLiteral("Antrag-geaendert.pdf"));
        QByteArray bytes = readBytes(document_);
        bytes[5000] = char(bytes.at(5000) ^ 1);
        QVERIFY(writeBytes(copy, bytes));
        auto changed = verifier().verifyDetached(copy, p7s);
        QCOMPARE(statusOf(changed), SignatureStatus::DocumentChanged);
        QVERIFY(changed->signer);  // who signed the original is still shown

        QCOMPARE(statusOf(verifier().verifyDetached(otherDocument_, p7s)),
                 SignatureStatus::DocumentChanged);
        QVERIFY(writeBytes(copy, readBytes(document_) + "x"));
        QCOMPARE(statusOf(verifier().verifyDetached(copy, p7s)), SignatureStatus::DocumentChanged);

        // A signature made for another document by our own signer.
        SigningIdentityStore store(pki_.scratch(QStringLiteral("ids-other")));
        QVERIFY(store.importPkcs12(pki_.path(QStringLiteral("signer-ec.p12")), {}, pki_.right()));
        auto other =
            Signer::signFile(store, QStringLiteral("signer-ec"), otherDocument_, pki_.right());
        QVERIFY2(other, why(other));
        QCOMPARE(statusOf(verifier().verifyDetachedData(document_, *other)),
                 SignatureStatus::DocumentChanged);
        QCOMPARE(statusOf(verifier().verifyDetachedData(otherDocument_, *other)),
                 SignatureStatus::Valid);
    }

    void alteredSignatureIsNeverValid()
    {
        const QByteArray good = readBytes(
            opensslSignature(QStringLiteral("signer-ec"), QStringLiteral("inter-ec.pem")));
        Verifier checker = verifier();
        const auto flipped = [&](qsizetype at) {
            QByteArray bytes = good;
            bytes[at] = char(bytes.at(at) ^ 0x20);
            return checker.verifyDetachedData(document_, bytes);
        };
        // Every byte that carries meaning: the certificates, the message digest, the signing
        // time, the content type, the signature algorithm and the signature value. The
        // signature value ends the structure (openssl adds no unsigned attributes).
        QFile file(document_);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray digest =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        const QByteArray dataOid("\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01", 11);
        const QByteArray ecdsaSha256Oid("\x06\x08\x2a\x86\x48\xce\x3d\x04\x03\x02", 10);
        QList<std::pair<qsizetype, qsizetype>> regions{
            {good.indexOf(digest), 32},
            {good.indexOf(dataOid) + 2, 9},             // eContentType
            {good.lastIndexOf(ecdsaSha256Oid) + 2, 8},  // the SignerInfo's signature algorithm
            {good.size() - 64, 64}};
        for (const char *certificate : {"signer-ec.pem", "inter-ec.pem"}) {
            auto parsed = parseCertificate(readBytes(pki_.path(QString::fromLatin1(certificate))));
            QVERIFY2(parsed, why(parsed));
            regions.append({good.indexOf(parsed->der), parsed->der.size()});
        }
        const qsizetype timeAt = good.indexOf(QByteArray("\x17\x0d", 2), good.indexOf(digest) - 60);
        regions.append({timeAt + 2, 12});
        for (const auto &[from, length] : regions) {
            QVERIFY(from > 0);
            for (qsizetype at = from; at < from + length; ++at) {
                auto result = flipped(at);
                QVERIFY2(result, why(result));
                QVERIFY2(!result->isValid(),
                         qPrintable(QStringLiteral("flip at %1 valid").arg(at)));
            }
        }
        // Any other byte: a status, never a crash. What stays valid there are fields no
        // signature covers and no verifier looks at: version numbers, the case of names in
        // the signer identifier (names compare case-blind), tag bits the decoder forgives.
        int stillValid = 0;
        for (qsizetype at = 0; at < good.size(); ++at) {
            auto result = flipped(at);
            QVERIFY2(result, why(result));
            stillValid += result->isValid();
        }
        qInfo("%d of %lld single-byte changes left the signature valid, none of them in a "
              "field that carries meaning",
              stillValid, qint64(good.size()));
    }

    void truncatedOrCorruptSignatureIsMalformed()
    {
        const QByteArray good = readBytes(
            opensslSignature(QStringLiteral("signer-rsa"), QStringLiteral("inter-rsa.pem")));
        Verifier checker = verifier();
        for (qsizetype length = 0; length < good.size(); length += 61) {
            auto result = checker.verifyDetachedData(document_, good.left(length));
            QCOMPARE(statusOf(result), SignatureStatus::Malformed);
            QVERIFY(!result->reason.isEmpty());
        }
        for (const QByteArray &bytes :
             QList<QByteArray>{QByteArray("not a signature"), QByteArray(4096, '\0'),
                               good + QByteArray("trailing"),
                               QByteArray("-----BEGIN CMS-----\n!!!\n-----END CMS-----\n"),
                               readBytes(pki_.path(QStringLiteral("root.pem")))}) {
            QCOMPARE(statusOf(checker.verifyDetachedData(document_, bytes)),
                     SignatureStatus::Malformed);
        }
        // Missing files are errors, not statuses.
        QCOMPARE(checker
                     .verifyDetached(pki_.scratch(QStringLiteral("nope.pdf")),
                                     opensslSignature(QStringLiteral("signer-rsa"),
                                                      QStringLiteral("inter-rsa.pem")))
                     .error()
                     .code,
                 SigningErrorCode::NotFound);
        QCOMPARE(checker.verifyDetached(document_, pki_.scratch(QStringLiteral("nope.p7s")))
                     .error()
                     .code,
                 SigningErrorCode::NotFound);
    }

    void badCertificatesGetTheirStatus_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<SignatureStatus>("status");
        QTest::newRow("expired RSA")
            << QStringLiteral("expired-rsa") << QStringLiteral("inter-rsa.pem")
            << SignatureStatus::SignerExpired;
        QTest::newRow("expired EC")
            << QStringLiteral("expired-ec") << QStringLiteral("inter-ec.pem")
            << SignatureStatus::SignerExpired;
        QTest::newRow("not yet valid")
            << QStringLiteral("notyet-rsa") << QStringLiteral("inter-rsa.pem")
            << SignatureStatus::SignerNotYetValid;
        QTest::newRow("no signing key usage")
            << QStringLiteral("nokeyusage-rsa") << QStringLiteral("inter-rsa.pem")
            << SignatureStatus::KeyUsageNotAllowed;
        QTest::newRow("untrusted root")
            << QStringLiteral("untrusted-rsa") << QStringLiteral("other-root.pem")
            << SignatureStatus::UntrustedChain;
        QTest::newRow("unknown critical extension")
            << QStringLiteral("critical-rsa") << QStringLiteral("inter-rsa.pem")
            << SignatureStatus::UntrustedChain;
    }

    void badCertificatesGetTheirStatus()
    {
        QFETCH(QString, signer);
        QFETCH(QString, chain);
        QFETCH(SignatureStatus, status);
        auto result = verifier().verifyDetached(document_, opensslSignature(signer, chain));
        QCOMPARE(statusOf(result), status);
        QVERIFY(result->signer);
        QVERIFY(!result->reason.isEmpty());
    }

    void revokedOnlyWithTheRevocationList()
    {
        const QString p7s =
            opensslSignature(QStringLiteral("revoked-rsa"), QStringLiteral("inter-rsa.pem"));
        QCOMPARE(statusOf(verifier().verifyDetached(document_, p7s)), SignatureStatus::Valid);
        auto revoked =
            verifier({pki_.path(QStringLiteral("crl.pem"))}).verifyDetached(document_, p7s);
        QCOMPARE(statusOf(revoked), SignatureStatus::Revoked);
        QVERIFY(revoked->reason.contains(QStringLiteral("keyCompromise")));

        // The list does not touch others, and a DER list works as well as PEM.
        const QString der = pki_.scratch(QStringLiteral("crl.der"));
        QCOMPARE(TestPki::openssl({QStringLiteral("crl"), QStringLiteral("-in"),
                                   pki_.path(QStringLiteral("crl.pem")), QStringLiteral("-outform"),
                                   QStringLiteral("DER"), QStringLiteral("-out"), der}),
                 0);
        QCOMPARE(statusOf(verifier({der}).verifyDetached(
                     document_, opensslSignature(QStringLiteral("signer-rsa"),
                                                 QStringLiteral("inter-rsa.pem")))),
                 SignatureStatus::Valid);
        QCOMPARE(statusOf(verifier({der}).verifyDetached(document_, p7s)),
                 SignatureStatus::Revoked);
    }

    void unreliableOrUnreadableRevocationListsAreErrors()
    {
        // A list that claims the CA's name but is signed by another key.
        auto created = Verifier::create(TrustStore(trustDir(), {}),
                                        {pki_.path(QStringLiteral("fake-crl.pem"))});
        QVERIFY2(created, why(created));
        auto result =
            created->verifyDetached(document_, opensslSignature(QStringLiteral("signer-rsa"),
                                                                QStringLiteral("inter-rsa.pem")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, SigningErrorCode::Malformed);

        QCOMPARE(Verifier::create(TrustStore(trustDir(), {}),
                                  {pki_.scratch(QStringLiteral("missing.crl"))})
                     .error()
                     .code,
                 SigningErrorCode::NotFound);
        QCOMPARE(
            Verifier::create(TrustStore(trustDir(), {}), {pki_.path(QStringLiteral("root.pem"))})
                .error()
                .code,
            SigningErrorCode::Malformed);
    }

    void trustComesOnlyFromTheTrustStore()
    {
        const QString p7s =
            opensslSignature(QStringLiteral("signer-rsa"), QStringLiteral("inter-rsa.pem"));
        // Nothing trusted: not even a root the operating system might have.
        auto none = Verifier::create(TrustStore(pki_.scratch(QStringLiteral("no-such-dir")), {}));
        QVERIFY2(none, why(none));
        QCOMPARE(statusOf(none->verifyDetached(document_, p7s)), SignatureStatus::UntrustedChain);

        // The user trusts the root themselves.
        TrustStore userOnly(pki_.scratch(QStringLiteral("no-such-dir")),
                            pki_.scratch(QStringLiteral("user-trust")));
        QVERIFY(userOnly.importUserCertificate(pki_.path(QStringLiteral("root.pem"))));
        auto user = Verifier::create(userOnly);
        QVERIFY2(user, why(user));
        auto result = user->verifyDetached(document_, p7s);
        QCOMPARE(statusOf(result), SignatureStatus::Valid);
        QVERIFY(result->anchorUserTrusted);

        // IT may trust an intermediate CA directly.
        const QString interOnly = pki_.scratch(QStringLiteral("inter-only"));
        QDir().mkpath(interOnly);
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("inter-ec.pem")),
                            interOnly + QStringLiteral("/inter-ec.pem")));
        auto intermediate = Verifier::create(TrustStore(interOnly, {}));
        auto ecResult = intermediate->verifyDetached(
            document_,
            opensslSignature(QStringLiteral("signer-ec"), QStringLiteral("inter-ec.pem")));
        QCOMPARE(statusOf(ecResult), SignatureStatus::Valid);
        QCOMPARE(ecResult->chain.size(), 2);
        QCOMPARE(statusOf(intermediate->verifyDetached(document_, p7s)),
                 SignatureStatus::UntrustedChain);
    }

    void signatureWithoutCertificatesFindsTheSignerAmongTheAnchorsOnly()
    {
        const QString p7s = pki_.scratch(QStringLiteral("nocerts.p7s"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-rsa"), QStringLiteral("inter-rsa.pem"),
                                 document_, p7s, {QStringLiteral("-nocerts")}));
        QCOMPARE(statusOf(verifier().verifyDetached(document_, p7s)),
                 SignatureStatus::UntrustedChain);
    }

    void everySignatureInOneFileMustHold()
    {
        // openssl takes one -certfile: both intermediates go into one.
        const QString intermediates = pki_.scratch(QStringLiteral("intermediates.pem"));
        QVERIFY(
            writeBytes(intermediates, readBytes(pki_.path(QStringLiteral("inter-rsa.pem")))
                                          + readBytes(pki_.path(QStringLiteral("inter-ec.pem")))));
        const auto cosigned = [this, &intermediates](const QString &second) {
            const QString p7s = pki_.scratch(QStringLiteral("cosigned.p7s"));
            QFile::remove(p7s);
            const int exitCode = TestPki::openssl(
                {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                 QStringLiteral("-in"), document_, QStringLiteral("-signer"),
                 pki_.path(QStringLiteral("signer-rsa.pem")), QStringLiteral("-inkey"),
                 pki_.path(QStringLiteral("signer-rsa.key")), QStringLiteral("-signer"),
                 pki_.path(second + QStringLiteral(".pem")), QStringLiteral("-inkey"),
                 pki_.path(second + QStringLiteral(".key")), QStringLiteral("-certfile"),
                 intermediates, QStringLiteral("-outform"), QStringLiteral("DER"),
                 QStringLiteral("-out"), p7s});
            return exitCode == 0 ? p7s : QString();
        };
        auto both = verifier().verifyDetached(document_, cosigned(QStringLiteral("signer-ec")));
        QCOMPARE(statusOf(both), SignatureStatus::Valid);
        QCOMPARE(both->signerCount, 2);
        auto oneExpired =
            verifier().verifyDetached(document_, cosigned(QStringLiteral("expired-rsa")));
        QCOMPARE(statusOf(oneExpired), SignatureStatus::SignerExpired);
        QCOMPARE(oneExpired->signer->commonName, QStringLiteral("Abgelaufen RSA"));
    }

    void envelopedSignatureYieldsItsContent()
    {
        const QString p7m = pki_.scratch(QStringLiteral("Antrag.pdf.p7m"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-ec"), QStringLiteral("inter-ec.pem"),
                                 document_, p7m, {QStringLiteral("-nodetach")}));
        const QString content = pki_.scratch(QStringLiteral("Antrag-aus-p7m.pdf"));
        qint64 lastDone = 0;
        auto result = verifier().verifyEnveloped(p7m, content, [&lastDone](qint64 done, qint64) {
            lastDone = done;
            return true;
        });
        QCOMPARE(statusOf(result), SignatureStatus::Valid);
        QCOMPARE(readBytes(content), readBytes(document_));
        QCOMPARE(lastDone, QFileInfo(document_).size());

        // Changed content inside the envelope: the content is still given, the status says so.
        QByteArray bytes = readBytes(p7m);
        const qsizetype at = bytes.indexOf("Antrag auf");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        const QString tampered = pki_.scratch(QStringLiteral("tampered.p7m"));
        QVERIFY(writeBytes(tampered, bytes));
        QFile::remove(content);
        QCOMPARE(statusOf(verifier().verifyEnveloped(tampered, content)),
                 SignatureStatus::DocumentChanged);
        QVERIFY(QFileInfo::exists(content));

        // Truncated or detached: malformed, and no content file.
        const QByteArray whole = readBytes(p7m);
        for (const QByteArray &broken : {whole.left(whole.size() / 2), whole.left(20)}) {
            QVERIFY(writeBytes(tampered, broken));
            QFile::remove(content);
            QCOMPARE(statusOf(verifier().verifyEnveloped(tampered, content)),
                     SignatureStatus::Malformed);
            QVERIFY(!QFileInfo::exists(content));
        }
        const QString detached =
            opensslSignature(QStringLiteral("signer-rsa"), QStringLiteral("inter-rsa.pem"));
        QCOMPARE(statusOf(verifier().verifyEnveloped(detached, content)),
                 SignatureStatus::Malformed);
        QVERIFY(!QFileInfo::exists(content));
    }

    void statusKeysAreStable()
    {
        const QStringList keys{
            QStringLiteral("valid"),           QStringLiteral("document_changed"),
            QStringLiteral("signer_expired"),  QStringLiteral("signer_not_yet_valid"),
            QStringLiteral("untrusted_chain"), QStringLiteral("key_usage_not_allowed"),
            QStringLiteral("revoked"),         QStringLiteral("malformed")};
        for (const QString &key : keys) {
            const auto status = statusFromKey(key);
            QVERIFY(status);
            QCOMPARE(statusKey(*status), key);
            QVERIFY(!statusLabel(*status).isEmpty());
        }
        QVERIFY(!statusFromKey(QStringLiteral("fine")));
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
