// Signatures embedded in PDFs: core/pdf's reading through Poppler and core/signing's check of
// each CMS over its byte ranges, on PDFs signed by Workroom's own Signer (or by openssl where
// the Signer rightly refuses, as for an expired certificate).

#include "CryptoRuntime.h"
#include "EmbeddedSignatureVerifier.h"
#include "PdfSignatures.h"
#include "SignedPdfMaker.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TestPki.h"
#include "Verifier.h"
#include "Why.h"

#include <QBuffer>
#include <QTest>

using namespace workroom::signing;
using workroom::pdf::PdfPopplerVerdict;

class TestEmbeddedSignatures : public QObject {
    Q_OBJECT

    CryptoRuntime runtime_;
    TestPki pki_;
    std::unique_ptr<SigningIdentityStore> store_;
    int files_ = 0;

    Verifier verifier(const QStringList &crls = {})
    {
        auto created = Verifier::create(TrustStore(pki_.path(QStringLiteral("trust")), {}), crls);
        if (!created) {
            qFatal("no verifier: %s", qUtf8Printable(created.error().message));
        }
        return std::move(*created);
    }

    // Signs with Workroom's Signer and the imported identity `name`.
    SignedPdfMaker::Sign ours(const QString &name)
    {
        return [this, name](const QByteArray &content) -> std::optional<QByteArray> {
            auto signer = Signer::open(*store_, name, pki_.right());
            if (!signer) {
                qWarning("%s", qUtf8Printable(signer.error().message));
                return std::nullopt;
            }
            QByteArray copy = content;
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            auto cms = signer->signDevice(buffer);
            if (!cms) {
                qWarning("%s", qUtf8Printable(cms.error().message));
                return std::nullopt;
            }
            return *cms;
        };
    }

    // Signs with openssl cms, for certificates the Signer does not use.
    SignedPdfMaker::Sign openssl(const QString &name, const QString &chain)
    {
        return [this, name, chain](const QByteArray &content) -> std::optional<QByteArray> {
            const QString in = pki_.scratch(QStringLiteral("content.bin"));
            const QString out = pki_.scratch(QStringLiteral("content.p7s"));
            QFile::remove(out);
            if (!writeBytes(in, content) || !pki_.opensslSign(name, chain, in, out)) {
                return std::nullopt;
            }
            return readBytes(out);
        };
    }

    QString save(const QByteArray &bytes)
    {
        const QString path = pki_.scratch(QStringLiteral("signed-%1.pdf").arg(++files_));
        if (!writeBytes(path, bytes)) {
            qFatal("cannot write %s", qUtf8Printable(path));
        }
        return path;
    }

    QList<EmbeddedSignatureResult> verifyPdf(const QString &path, const QStringList &crls = {})
    {
        const Verifier checker = verifier(crls);
        auto results = EmbeddedSignatureVerifier(checker).verifyPdf(path);
        if (!results) {
            qWarning("verification failed: %s", qUtf8Printable(results.error().message));
            return {};
        }
        for (const EmbeddedSignatureResult &result : std::as_const(*results)) {
            qInfo("%s (poppler: %s, whole file: %d): %s",
                  qUtf8Printable(statusKey(result.verification.status)),
                  qUtf8Printable(result.popplerVerdict), int(result.coversWholeFile),
                  qUtf8Printable(result.verification.reason));
        }
        return *results;
    }

    // What poppler-utils' pdfsig says about the file.
    static QByteArray pdfsig(const QString &path)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path});
        process.waitForFinished(60000);
        return process.readAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        QDir().mkpath(pki_.path(QStringLiteral("trust")));
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            pki_.path(QStringLiteral("trust/root.pem"))));
        store_ = std::make_unique<SigningIdentityStore>(pki_.scratch(QStringLiteral("ids")));
        for (const char *name :
             {"signer-rsa", "signer-ec", "revoked-rsa", "untrusted-rsa", "nokeyusage-rsa"}) {
            auto imported = store_->importPkcs12(
                pki_.path(QString::fromLatin1(name) + QStringLiteral(".p12")), {}, pki_.right());
            QVERIFY2(imported, why(imported));
        }
    }

    void signatureOfOurSignerIsValid_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::newRow("RSA-3072") << QStringLiteral("signer-rsa");
        QTest::newRow("ECDSA P-256") << QStringLiteral("signer-ec");
    }

    void signatureOfOurSignerIsValid()
    {
        QFETCH(QString, identity);
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(ours(identity)));
        const QString path = save(maker.bytes());

        // Poppler (core/pdf) finds the field, its CMS and ranges.
        auto fields = workroom::pdf::readPdfSignatures(path);
        QVERIFY2(fields, fields ? "" : qPrintable(fields.error().message));
        QCOMPARE(fields->size(), 1);
        const workroom::pdf::PdfSignatureField &field = fields->first();
        QCOMPARE(field.fieldName, QStringLiteral("Unterschrift"));
        QCOMPARE(field.format, workroom::pdf::PdfSignatureFormat::Pkcs7Detached);
        QCOMPARE(field.byteRanges.size(), 2);
        QCOMPARE(field.byteRanges.at(0).offset, 0);
        QCOMPARE(field.byteRanges.at(0).length, maker.lastPlaceholder().begin);
        QCOMPARE(field.byteRanges.at(1).offset, maker.lastPlaceholder().end);
        QVERIFY(field.coversWholeFile);
        QVERIFY(field.gapIsContentsOnly);
        QVERIFY(field.cms.startsWith('\x30'));
        QVERIFY(!field.cms.endsWith(QByteArray(8, '\0')));  // the padding is cut off
        QCOMPARE(field.popplerVerdict, PdfPopplerVerdict::Valid);
        QVERIFY(field.signingTime);

        const auto results = verifyPdf(path);
        QCOMPARE(results.size(), 1);
        const EmbeddedSignatureResult &result = results.first();
        QCOMPARE(result.verification.status, SignatureStatus::Valid);
        QVERIFY(result.coversWholeFile);
        QVERIFY(result.popplerAgrees);
        QCOMPARE(result.format, QStringLiteral("adbe.pkcs7.detached"));
        QCOMPARE(result.verification.chain.size(), 3);
        QVERIFY(result.verification.signingTime);
        QVERIFY(!result.verification.reason.contains(QStringLiteral("extended")));

        // poppler-utils sees the same signature as valid.
        const QByteArray report = pdfsig(path);
        QVERIFY2(report.contains("Signature #1"), report.constData());
        QVERIFY2(report.contains("Signature is Valid"), report.constData());

        // And it finds the same CMS as core/pdf does (pdfsig -dump writes the whole /Contents,
        // padding included, as NAME.sig0).
        const QString dumpDir = pki_.scratch(QStringLiteral("dump-") + identity);
        QVERIFY(QDir().mkpath(dumpDir));
        QProcess dump;
        dump.setWorkingDirectory(dumpDir);
        dump.start(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), QStringLiteral("-dump"),
                                              QFileInfo(path).absoluteFilePath()});
        QVERIFY(dump.waitForFinished(60000));
        const QStringList dumped = QDir(dumpDir).entryList(QDir::Files);
        QCOMPARE(dumped.size(), 1);
        const QByteArray contents = readBytes(QDir(dumpDir).filePath(dumped.first()));
        QVERIFY(contents.startsWith(field.cms));
        QCOMPARE(contents.mid(field.cms.size()).count('\0'), contents.size() - field.cms.size());
    }

    void changedByteInsideSignedRangeIsDocumentChanged()
    {
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(ours(QStringLiteral("signer-rsa"))));
        QByteArray bytes = maker.bytes();
        const qint64 at = maker.pageTextOffset();
        QVERIFY(at > 0 && at < maker.lastPlaceholder().begin);
        bytes[at] = bytes.at(at) == 'x' ? 'y' : 'x';
        const auto results = verifyPdf(save(bytes));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().verification.status, SignatureStatus::DocumentChanged);
        QVERIFY(results.first().verification.signer);
        QCOMPARE(results.first().popplerVerdict, QStringLiteral("digest_mismatch"));
        QVERIFY(results.first().popplerAgrees);

        // A byte changed in the second range (after the signature value) as well.
        QByteArray tail = maker.bytes();
        const qint64 trailer = tail.lastIndexOf("/Root 1 0 R");
        QVERIFY(trailer > maker.lastPlaceholder().end);
        tail[trailer - 1] = '\t';  // white space for white space: still a readable PDF
        QCOMPARE(verifyPdf(save(tail)).first().verification.status,
                 SignatureStatus::DocumentChanged);
    }

    void signerProblemsAsWithDetachedSignatures_data()
    {
        QTest::addColumn<bool>("byOpenssl");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<bool>("withCrl");
        QTest::addColumn<SignatureStatus>("expected");
        QTest::newRow("expired RSA")
            << true << QStringLiteral("expired-rsa") << QStringLiteral("inter-rsa.pem") << false
            << SignatureStatus::SignerExpired;
        QTest::newRow("expired EC")
            << true << QStringLiteral("expired-ec") << QStringLiteral("inter-ec.pem") << false
            << SignatureStatus::SignerExpired;
        QTest::newRow("untrusted") << false << QStringLiteral("untrusted-rsa") << QString() << false
                                   << SignatureStatus::UntrustedChain;
        QTest::newRow("revoked") << false << QStringLiteral("revoked-rsa") << QString() << true
                                 << SignatureStatus::Revoked;
        QTest::newRow("revoked, no CRL configured") << false << QStringLiteral("revoked-rsa")
                                                    << QString() << false << SignatureStatus::Valid;
        QTest::newRow("no key usage")
            << true << QStringLiteral("nokeyusage-rsa") << QStringLiteral("inter-rsa.pem") << false
            << SignatureStatus::KeyUsageNotAllowed;
    }

    void signerProblemsAsWithDetachedSignatures()
    {
        QFETCH(bool, byOpenssl);
        QFETCH(QString, signer);
        QFETCH(QString, chain);
        QFETCH(bool, withCrl);
        QFETCH(SignatureStatus, expected);
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(byOpenssl ? openssl(signer, chain) : ours(signer)));
        const QStringList crls{pki_.path(QStringLiteral("crl.pem"))};
        const auto results = verifyPdf(save(maker.bytes()), withCrl ? crls : QStringList());
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().verification.status, expected);
        QVERIFY(results.first().popplerAgrees);  // the value and digest hold in every case
    }

    void pdfWithoutSignaturesHasNone()
    {
        SignedPdfMaker maker;
        const QString path = save(maker.bytes());
        auto fields = workroom::pdf::readPdfSignatures(path);
        QVERIFY(fields);
        QVERIFY(fields->isEmpty());
        const Verifier checker = verifier();
        auto results = EmbeddedSignatureVerifier(checker).verifyPdf(path);
        QVERIFY2(results, why(results));
        QVERIFY(results->isEmpty());

        // Not a PDF, or no file: an error, not "no signatures".
        const QString text = pki_.scratch(QStringLiteral("kein.pdf"));
        QVERIFY(writeBytes(text, "Dies ist kein PDF."));
        auto notPdf = EmbeddedSignatureVerifier(checker).verifyPdf(text);
        QVERIFY(!notPdf);
        QCOMPARE(notPdf.error().code, SigningErrorCode::Invalid);
        auto missing =
            EmbeddedSignatureVerifier(checker).verifyPdf(pki_.scratch(QStringLiteral("fehlt.pdf")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, SigningErrorCode::NotFound);
    }

    void corruptSignatureContentsAreNeverValid_data()
    {
        QTest::addColumn<int>("at");  // hex digits into the /Contents
        QTest::addColumn<QByteArray>("with");
        QTest::addColumn<bool>("mustBeMalformed");
        QTest::newRow("not a CMS at all") << 0 << QByteArray("ffffffff") << true;
        QTest::newRow("length field") << 2 << QByteArray("8f") << true;
        QTest::newRow("inside the structure") << 40 << QByteArray("0000000000") << false;
        QTest::newRow("in the certificate") << 1200 << QByteArray("deadbeef") << false;
        QTest::newRow("all zero") << 0 << QByteArray(64, '0') << true;
    }

    void corruptSignatureContentsAreNeverValid()
    {
        QFETCH(int, at);
        QFETCH(QByteArray, with);
        QFETCH(bool, mustBeMalformed);
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(ours(QStringLiteral("signer-rsa"))));
        QByteArray bytes = maker.bytes();
        bytes.replace(maker.lastPlaceholder().begin + 1 + at, with.size(), with);
        const auto results = verifyPdf(save(bytes));
        QCOMPARE(results.size(), 1);
        const VerificationResult &result = results.first().verification;
        QVERIFY(!result.isValid());
        if (mustBeMalformed) {
            QCOMPARE(result.status, SignatureStatus::Malformed);
        }
        QVERIFY(!result.reason.isEmpty());
    }

    void otherFormsAreNotTakenForValid()
    {
        // The obsolete form signs the SHA-1 of the ranges inside the CMS: not checked.
        SignedPdfMaker sha1;
        QVERIFY(
            sha1.addSignature(ours(QStringLiteral("signer-rsa")), "Alt", 16384, "adbe.pkcs7.sha1"));
        auto results = verifyPdf(save(sha1.bytes()));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().format, QStringLiteral("adbe.pkcs7.sha1"));
        QCOMPARE(results.first().verification.status, SignatureStatus::Malformed);
        QVERIFY(results.first().verification.reason.contains(QStringLiteral("adbe.pkcs7.sha1")));

        // PAdES (ETSI.CAdES.detached) is checked like adbe.pkcs7.detached.
        SignedPdfMaker pades;
        QVERIFY(pades.addSignature(ours(QStringLiteral("signer-ec")), "PAdES", 16384,
                                   "ETSI.CAdES.detached"));
        results = verifyPdf(save(pades.bytes()));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().format, QStringLiteral("ETSI.CAdES.detached"));
        QCOMPARE(results.first().verification.status, SignatureStatus::Valid);
    }

    void byteRangeThatLeavesOutMoreIsMalformed()
    {
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(ours(QStringLiteral("signer-rsa"))));
        QByteArray bytes = maker.bytes();
        // Let the first range end 20 bytes early: those bytes would be neither signed nor the
        // signature. The CMS is unchanged.
        const qint64 at = bytes.lastIndexOf("/ByteRange [0 ") + 14;
        const QByteArray begin = QByteArray::number(maker.lastPlaceholder().begin);
        QCOMPARE(bytes.mid(at, begin.size()), begin);
        bytes.replace(at, begin.size(),
                      QByteArray::number(maker.lastPlaceholder().begin - 20)
                          .leftJustified(begin.size(), ' '));
        const auto results = verifyPdf(save(bytes));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().verification.status, SignatureStatus::Malformed);
    }

    void updateAfterSigningIsValidButNotWholeFile()
    {
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(ours(QStringLiteral("signer-rsa")), "Erstzeichnung"));
        maker.appendInformationUpdate();
        const QString path = save(maker.bytes());
        auto results = verifyPdf(path);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().verification.status, SignatureStatus::Valid);
        QVERIFY(!results.first().coversWholeFile);
        QVERIFY(results.first().verification.reason.contains(QStringLiteral("extended")));
        QVERIFY(results.first().popplerAgrees);

        // A second signature (co-signing): the first no longer covers the file, the second does.
        QVERIFY(maker.addSignature(ours(QStringLiteral("signer-ec")), "Mitzeichnung"));
        results = verifyPdf(save(maker.bytes()));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).fieldName, QStringLiteral("Erstzeichnung"));
        QCOMPARE(results.at(0).verification.status, SignatureStatus::Valid);
        QVERIFY(!results.at(0).coversWholeFile);
        QCOMPARE(results.at(1).fieldName, QStringLiteral("Mitzeichnung"));
        QCOMPARE(results.at(1).verification.status, SignatureStatus::Valid);
        QVERIFY(results.at(1).coversWholeFile);
        QCOMPARE(results.at(1).verification.signer->commonName, QStringLiteral("Max Mustermann"));
    }

    // The entry the PDF check rests on, with content from any QIODevice.
    void verifierTakesContentFromAnyDevice()
    {
        QByteArray content = "Bescheid ueber die Sondernutzung\n" + QByteArray(300000, 'z');
        const std::optional<QByteArray> cms = ours(QStringLiteral("signer-ec"))(content);
        QVERIFY(cms);
        const Verifier checker = verifier();
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        qint64 lastDone = 0;
        auto result = checker.verifyDetachedDevice(buffer, *cms, content.size(),
                                                   [&lastDone](qint64 done, qint64) {
                                                       lastDone = done;
                                                       return true;
                                                   });
        QVERIFY2(result, why(result));
        QCOMPARE(result->status, SignatureStatus::Valid);
        QCOMPARE(lastDone, content.size());

        const char original = content.at(100);
        content[100] = 'Y';
        QBuffer changed(&content);
        QVERIFY(changed.open(QIODevice::ReadOnly));
        result = checker.verifyDetachedDevice(changed, *cms);
        QVERIFY2(result, why(result));
        QCOMPARE(result->status, SignatureStatus::DocumentChanged);

        QBuffer closed(&content);  // not open: an error, not a status
        QVERIFY(!checker.verifyDetachedDevice(closed, *cms));

        // Ranges of a file: the same bytes split anywhere give the same verdict.
        const QString path = pki_.scratch(QStringLiteral("ranges.bin"));
        content[100] = original;
        QVERIFY(writeBytes(path, "HEAD" + content.left(1000) + "GAP" + content.mid(1000)));
        result =
            checker.verifyDetachedRanges(path, {{4, 1000}, {1007, content.size() - 1000}}, *cms);
        QVERIFY2(result, why(result));
        QCOMPARE(result->status, SignatureStatus::Valid);
        result =
            checker.verifyDetachedRanges(path, {{4, 1000}, {1006, content.size() - 1000}}, *cms);
        QVERIFY2(result, why(result));
        QCOMPARE(result->status, SignatureStatus::DocumentChanged);
    }

    void truncatedFileIsNotValid()
    {
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(ours(QStringLiteral("signer-rsa"))));
        const QByteArray bytes = maker.bytes();
        // The ranges now reach beyond the end; Poppler may or may not still find the field.
        const auto results = verifyPdf(save(bytes.left(bytes.size() - 10)));
        for (const EmbeddedSignatureResult &result : results) {
            QVERIFY(!result.verification.isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedSignatures)
#include "tst_embeddedsignatures.moc"
