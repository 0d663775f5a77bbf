#include "PdfSignatures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <memory>

namespace workroom::pdf {

namespace {

Q_LOGGING_CATEGORY(lcPdfSignatures, "workroom.pdf")

// The /Contents of a signature holds a few certificates and one signature value; a gap far
// larger than this is no signature placeholder.
constexpr qint64 maxContentsGap = 16 << 20;

// Poppler's signature backend (NSS) keeps global state; one check at a time.
QMutex &popplerSignatureMutex()
{
    static QMutex mutex;
    return mutex;
}

std::unexpected<PdfProblem> failure(PdfError error, const QString &message)
{
    return std::unexpected(PdfProblem{.error = error, .message = message});
}

PdfPopplerVerdict verdictOf(Poppler::SignatureValidationInfo::SignatureStatus status)
{
    using Info = Poppler::SignatureValidationInfo;
    switch (status) {
    case Info::SignatureValid:
        return PdfPopplerVerdict::Valid;
    case Info::SignatureInvalid:
        return PdfPopplerVerdict::Invalid;
    case Info::SignatureDigestMismatch:
        return PdfPopplerVerdict::DigestMismatch;
    case Info::SignatureDecodingError:
        return PdfPopplerVerdict::Malformed;
    case Info::SignatureNotFound:
    case Info::SignatureNotVerified:
        return PdfPopplerVerdict::NotChecked;
    case Info::SignatureGenericError:
        break;
    }
    return PdfPopplerVerdict::Failed;
}

PdfSignatureFormat formatOf(Poppler::FormFieldSignature::SignatureType type)
{
    using Field = Poppler::FormFieldSignature;
    switch (type) {
    case Field::AdbePkcs7detached:
        return PdfSignatureFormat::Pkcs7Detached;
    case Field::EtsiCAdESdetached:
        return PdfSignatureFormat::CadesDetached;
    case Field::AdbePkcs7sha1:
        return PdfSignatureFormat::Pkcs7Sha1;
    case Field::UnsignedSignature:
        return PdfSignatureFormat::Unsigned;
    case Field::UnknownSignatureType:
    case Field::G10cPgpSignatureDetached:
        break;
    }
    return PdfSignatureFormat::Other;
}

// The length of the DER value at the start of `bytes` with its header, or -1 if it does not
// start with a definite-length SEQUENCE that fits. Used to cut the zero padding of the
// placeholder off a CMS that Poppler did not isolate.
qint64 derLength(const QByteArray &bytes)
{
    if (bytes.size() < 2 || static_cast<unsigned char>(bytes.at(0)) != 0x30) {
        return -1;
    }
    const auto first = static_cast<unsigned char>(bytes.at(1));
    if (first < 0x80) {
        return 2 + first;
    }
    const int count = first & 0x7f;
    if (count == 0 || count > 4 || bytes.size() < 2 + count) {
        return -1;
    }
    qint64 length = 0;
    for (int i = 0; i < count; ++i) {
        length = (length << 8) | static_cast<unsigned char>(bytes.at(2 + i));
    }
    const qint64 total = 2 + count + length;
    return total <= bytes.size() ? total : -1;
}

// Reads the gap between the two signed ranges and checks that it is exactly one hex string:
// then only the signature itself is left out of what it signs.
void readGap(QFile &file, PdfSignatureField &field)
{
    if (field.byteRanges.size() != 2) {
        return;
    }
    const qint64 begin = field.byteRanges.at(0).offset + field.byteRanges.at(0).length;
    const qint64 end = field.byteRanges.at(1).offset;
    if (begin < 0 || end <= begin + 1 || end > field.fileSize || end - begin > maxContentsGap
        || !file.seek(begin)) {
        return;
    }
    const QByteArray gap = file.read(end - begin);
    if (gap.size() != end - begin || !gap.startsWith('<') || !gap.endsWith('>')) {
        return;
    }
    const QByteArray hex = gap.mid(1, gap.size() - 2);
    const bool allHex = std::ranges::all_of(hex, [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    field.gapIsContentsOnly = allHex && hex.size() % 2 == 0;
    if (field.gapIsContentsOnly) {
        QByteArray raw = QByteArray::fromHex(hex);
        const qint64 length = derLength(raw);
        if (length > 0) {
            raw.truncate(length);
        } else {
            // Not a CMS: hand on what is there without the padding, so that the verifier
            // says "damaged" rather than "no signature data".
            while (raw.endsWith('\0')) {
                raw.chop(1);
            }
        }
        field.cms = raw;
    }
}

}  // namespace

std::expected<QList<PdfSignatureField>, PdfProblem> readPdfSignatures(const QString &path,
                                                                      const QByteArray &password)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile()) {
        return failure(
            PdfError::FileNotFound,
            QCoreApplication::translate("workroom::pdf", "The file %1 does not exist.").arg(shown));
    }
    if (info.size() > maxPdfFileSize) {
        return failure(
            PdfError::TooLarge,
            QCoreApplication::translate("workroom::pdf", "The file %1 is too large to be read.")
                .arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(PdfError::Unreadable, QCoreApplication::translate(
                                                 "workroom::pdf", "The file %1 cannot be read: %2")
                                                 .arg(shown, file.errorString()));
    }
    if (!file.read(1024).contains("%PDF-")) {
        return failure(PdfError::NotAPdf, QCoreApplication::translate(
                                              "workroom::pdf", "The file %1 is not a PDF document.")
                                              .arg(shown));
    }

    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path, password, password);
    if (!document) {
        return failure(PdfError::Damaged,
                       QCoreApplication::translate("workroom::pdf",
                                                   "The file %1 is damaged and cannot be opened.")
                           .arg(shown));
    }
    if (document->isLocked()) {
        return failure(password.isEmpty() ? PdfError::PasswordRequired : PdfError::WrongPassword,
                       password.isEmpty()
                           ? QCoreApplication::translate("workroom::pdf",
                                                         "The file %1 is protected by a password.")
                                 .arg(shown)
                           : QCoreApplication::translate("workroom::pdf",
                                                         "The password does not open the file %1.")
                                 .arg(shown));
    }

    QList<PdfSignatureField> fields;
    const QMutexLocker lock(&popplerSignatureMutex());
    for (const std::unique_ptr<Poppler::FormFieldSignature> &signature : document->signatures()) {
        PdfSignatureField field;
        field.fieldName = signature->fullyQualifiedName();
        field.format = formatOf(signature->signatureType());
        field.fileSize = info.size();
        if (field.format == PdfSignatureFormat::Unsigned) {
            fields.append(std::move(field));
            continue;
        }
        // Only the signature value and the digest: the certificate is Workroom's to judge,
        // and OCSP would go to the network.
        auto [validation, pending] = signature->validateAsync(
            Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck);
        Q_UNUSED(pending);
        field.popplerVerdict = verdictOf(validation.signatureStatus());
        field.signerName = validation.signerName();
        field.signerSubject = validation.signerSubjectDN();
        field.reason = validation.reason();
        field.location = validation.location();
        if (validation.signingTime() > 0) {
            field.signingTime =
                QDateTime::fromSecsSinceEpoch(qint64(validation.signingTime()), QTimeZone::utc());
        }
        // Not validation.signature(): in Poppler 25.03 it points into a buffer that is freed
        // before it returns (checked: the bytes are garbage). The CMS is read from the file.
        const QList<qint64> bounds = validation.signedRangeBounds();
        for (qsizetype i = 0; i + 1 < bounds.size(); i += 2) {
            field.byteRanges.append({bounds.at(i), bounds.at(i + 1) - bounds.at(i)});
        }
        readGap(file, field);
        field.coversWholeFile =
            field.gapIsContentsOnly && field.byteRanges.size() == 2
            && field.byteRanges.at(0).offset == 0
            && field.byteRanges.at(1).offset + field.byteRanges.at(1).length == field.fileSize;
        qCDebug(lcPdfSignatures) << "signature field" << fields.size()
                                 << signatureFormatKey(field.format)
                                 << popplerVerdictKey(field.popplerVerdict) << "ranges" << bounds
                                 << "whole file" << field.coversWholeFile;
        fields.append(std::move(field));
    }
    return fields;
}

QString popplerVerdictKey(PdfPopplerVerdict verdict)
{
    switch (verdict) {
    case PdfPopplerVerdict::Valid:
        return QStringLiteral("valid");
    case PdfPopplerVerdict::Invalid:
        return QStringLiteral("invalid");
    case PdfPopplerVerdict::DigestMismatch:
        return QStringLiteral("digest_mismatch");
    case PdfPopplerVerdict::Malformed:
        return QStringLiteral("malformed");
    case PdfPopplerVerdict::NotChecked:
        return QStringLiteral("not_checked");
    case PdfPopplerVerdict::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString signatureFormatKey(PdfSignatureFormat format)
{
    switch (format) {
    case PdfSignatureFormat::Pkcs7Detached:
        return QStringLiteral("adbe.pkcs7.detached");
    case PdfSignatureFormat::CadesDetached:
        return QStringLiteral("ETSI.CAdES.detached");
    case PdfSignatureFormat::Pkcs7Sha1:
        return QStringLiteral("adbe.pkcs7.sha1");
    case PdfSignatureFormat::Unsigned:
        return QStringLiteral("unsigned");
    case PdfSignatureFormat::Other:
        break;
    }
    return QStringLiteral("other");
}

}  // namespace workroom::pdf
