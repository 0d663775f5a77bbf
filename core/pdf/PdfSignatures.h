#pragma once

#include "PdfTextExtractor.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtTypes>

#include <expected>
#include <optional>

namespace workroom::pdf {

// One signed stretch of the file: the bytes [offset, offset + length).
struct PdfByteRange {
    qint64 offset = 0;
    qint64 length = 0;

    friend bool operator==(const PdfByteRange &, const PdfByteRange &) = default;
};

// What Poppler's own check (NSS) says about the signature value and the digest of the signed
// ranges. Only a second opinion: Workroom decides with its own verifier and trust store, and
// Poppler's certificate check (NSS's database, not Workroom's anchors) is not run at all.
enum class PdfPopplerVerdict {
    Valid,           // signature and digest hold
    Invalid,         // the signature value does not hold
    DigestMismatch,  // the signed bytes changed
    Malformed,       // the CMS could not be decoded
    NotChecked,      // Poppler did not check it (unsigned field, unknown format, no backend)
    Failed,          // Poppler's check failed for another reason
};

// The form of the signature, from /SubFilter.
enum class PdfSignatureFormat {
    Pkcs7Detached,  // adbe.pkcs7.detached: a detached CMS over the byte ranges
    CadesDetached,  // ETSI.CAdES.detached: the same, PAdES
    Pkcs7Sha1,      // adbe.pkcs7.sha1: CMS over the SHA-1 of the ranges (obsolete)
    Unsigned,       // a signature field nobody signed yet
    Other,          // anything else (PGP, unknown)
};

// A signature field of a PDF as read by Poppler, in the project's own types.
struct PdfSignatureField {
    QString fieldName;  // fully qualified
    PdfSignatureFormat format = PdfSignatureFormat::Other;
    // The CMS (DER), read from the /Contents hex string between the two ranges, with the
    // placeholder's zero padding cut off after the DER length. Damaged contents are handed on
    // as they are, so that the verifier reports the damage. Empty when the gap between the
    // ranges is not one hex string (see gapIsContentsOnly).
    QByteArray cms;
    QList<PdfByteRange> byteRanges;  // as /ByteRange says; two for a well-formed signature
    qint64 fileSize = 0;
    // The ranges start at 0 and reach the end of the file, and the gap between them is exactly
    // the /Contents hex string: nothing was appended after signing (no incremental update).
    bool coversWholeFile = false;
    // The gap between the ranges holds only the /Contents hex string. If not, bytes outside
    // the signature escape the signature, and it must not be trusted.
    bool gapIsContentsOnly = false;
    QString signerName;     // what the CMS certificate names (Poppler's reading)
    QString signerSubject;  // its subject DN
    std::optional<QDateTime> signingTime;
    QString reason;
    QString location;
    PdfPopplerVerdict popplerVerdict = PdfPopplerVerdict::NotChecked;
};

// Reads every signature field of the PDF at `path`, in the document's order, with Poppler's
// check of each signed one. Signature fields that were never signed are listed as Unsigned.
// Reads the file (and hashes the signed ranges once for Poppler's check); safe to call from a
// worker thread. Never executes JavaScript.
std::expected<QList<PdfSignatureField>, PdfProblem>
readPdfSignatures(const QString &path, const QByteArray &password = {});

QString popplerVerdictKey(PdfPopplerVerdict verdict);   // "valid", "digest_mismatch", ...
QString signatureFormatKey(PdfSignatureFormat format);  // "adbe.pkcs7.detached", ...

}  // namespace workroom::pdf
