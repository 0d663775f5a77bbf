#include "EmbeddedSignatureVerifier.h"

#include "PdfSignatures.h"

#include <QFileInfo>
#include <QLocale>

namespace workroom::signing {

namespace {

VerificationResult malformedResult(const QString &reason)
{
    VerificationResult result;
    result.status = SignatureStatus::Malformed;
    result.reason = reason;
    return result;
}

// Whether Poppler's verdict on signature value and digest fits ours. Poppler does not judge
// certificates here, so every status past the cryptographic checks counts as "valid" to it.
bool agrees(pdf::PdfPopplerVerdict poppler, SignatureStatus ours)
{
    switch (ours) {
    case SignatureStatus::Malformed:
        return poppler == pdf::PdfPopplerVerdict::Malformed
               || poppler == pdf::PdfPopplerVerdict::NotChecked
               || poppler == pdf::PdfPopplerVerdict::Failed;
    case SignatureStatus::DocumentChanged:
        return poppler == pdf::PdfPopplerVerdict::DigestMismatch
               || poppler == pdf::PdfPopplerVerdict::Invalid;
    default:
        return poppler == pdf::PdfPopplerVerdict::Valid;
    }
}

}  // namespace

Result<QList<EmbeddedSignatureResult>>
EmbeddedSignatureVerifier::verifyPdf(const QString &path, const Verifier::Progress &progress) const
{
    auto fields = pdf::readPdfSignatures(path);
    if (!fields) {
        const bool missing = fields.error().error == pdf::PdfError::FileNotFound;
        const bool notPdf = fields.error().error == pdf::PdfError::NotAPdf
                            || fields.error().error == pdf::PdfError::Damaged;
        return std::unexpected(SigningError{missing  ? SigningErrorCode::NotFound
                                            : notPdf ? SigningErrorCode::Invalid
                                                     : SigningErrorCode::Io,
                                            fields.error().message});
    }

    // Progress over all signatures together.
    qint64 total = 0;
    for (const pdf::PdfSignatureField &field : std::as_const(*fields)) {
        for (const pdf::PdfByteRange &range : field.byteRanges) {
            total += range.length;
        }
    }
    qint64 before = 0;

    QList<EmbeddedSignatureResult> results;
    for (const pdf::PdfSignatureField &field : std::as_const(*fields)) {
        if (field.format == pdf::PdfSignatureFormat::Unsigned) {
            continue;
        }
        EmbeddedSignatureResult result;
        result.fieldName = field.fieldName;
        result.format = pdf::signatureFormatKey(field.format);
        result.fileSize = field.fileSize;
        result.coversWholeFile = field.coversWholeFile;
        result.popplerVerdict = pdf::popplerVerdictKey(field.popplerVerdict);
        qint64 signedBytes = 0;
        for (const pdf::PdfByteRange &range : field.byteRanges) {
            result.byteRanges.append({range.offset, range.length});
            signedBytes += range.length;
        }
        const bool rangesInFile = std::ranges::all_of(field.byteRanges, [&field](const auto &r) {
            return r.offset >= 0 && r.length >= 0 && r.offset <= field.fileSize - r.length;
        });

        if (field.format != pdf::PdfSignatureFormat::Pkcs7Detached
            && field.format != pdf::PdfSignatureFormat::CadesDetached) {
            result.verification = malformedResult(
                SigningText::tr("The signature has the form \"%1\", which Workroom does not "
                                "check (only adbe.pkcs7.detached and ETSI.CAdES.detached).")
                    .arg(result.format));
        } else if (field.byteRanges.size() != 2 || field.byteRanges.at(0).offset != 0) {
            result.verification = malformedResult(
                SigningText::tr("The signature does not say which bytes it covers in the usual "
                                "form (/ByteRange)."));
        } else if (rangesInFile && !field.gapIsContentsOnly) {
            // Bytes that are neither signed nor the signature: they could say anything.
            result.verification = malformedResult(
                SigningText::tr("The signature leaves out more of the file than the signature "
                                "itself: what it leaves out is not protected."));
        } else if (field.cms.isEmpty()) {
            result.verification =
                malformedResult(SigningText::tr("The signature field holds no signature data."));
        } else {
            const Verifier::Progress step = progress ? Verifier::Progress([&](qint64 done, qint64) {
                return progress(before + done, total);
            })
                                                     : Verifier::Progress();
            auto verified =
                verifier_.verifyDetachedRanges(path, result.byteRanges, field.cms, step);
            if (!verified) {
                return std::unexpected(verified.error());
            }
            result.verification = std::move(*verified);
        }
        before += signedBytes;

        if (result.verification.isValid() && !result.coversWholeFile) {
            const pdf::PdfByteRange &last = field.byteRanges.at(1);
            const qint64 after = field.fileSize - (last.offset + last.length);
            result.verification.reason +=
                QLatin1Char(' ')
                + SigningText::tr("The file was extended after this signature (%1 added, for "
                                  "example by a later signature or saved annotations); the "
                                  "signature covers the version before.")
                      .arg(QLocale().formattedDataSize(after));
        }
        result.popplerAgrees = agrees(field.popplerVerdict, result.verification.status);
        if (!result.popplerAgrees) {
            qCWarning(lcSigning) << "Poppler's check of an embedded signature disagrees:"
                                 << result.popplerVerdict << "against"
                                 << statusKey(result.verification.status);
        }
        results.append(std::move(result));
    }
    return results;
}

}  // namespace workroom::signing
