#pragma once

#include "SigningError.h"
#include "Verifier.h"

#include <QList>
#include <QString>

namespace workroom::signing {

// One signature embedded in a PDF, checked like a detached signature.
struct EmbeddedSignatureResult {
    QString fieldName;  // the signature field, fully qualified
    QString format;     // the /SubFilter: "adbe.pkcs7.detached", "ETSI.CAdES.detached", ...
    // The same vocabulary and checks as for .p7s files. A signature that does not reach the
    // end of the file stays valid (what was signed is unchanged), but the reason says that
    // the file was changed afterwards.
    VerificationResult verification;
    QList<FileRange> byteRanges;  // what the signature covers
    qint64 fileSize = 0;
    // The signature covers the whole file but its own value: nothing was appended after it.
    bool coversWholeFile = false;
    QString popplerVerdict;      // Poppler's own check of value and digest, as a key
    bool popplerAgrees = false;  // it fits Workroom's verdict on value and digest
};

// Checks the signatures embedded in a PDF (signature fields signed with a detached CMS over
// /ByteRange, as Acrobat and PAdES make them): Poppler (core/pdf) finds the fields, their CMS
// and byte ranges; the Verifier checks each CMS over those ranges of the file, with the same
// trust store, revocation lists and order of checks as for .p7s files. Poppler's own
// cryptographic verdict is kept as a second opinion and logged when it disagrees; it never
// decides. Unsigned signature fields are left out. Several signatures each get their own
// result; the one that covers the whole file is the latest.
//
// Errors only for what stops the check: the file cannot be read or is no PDF. A PDF without
// signatures gives an empty list. Safe to use from a worker thread.
class EmbeddedSignatureVerifier {
public:
    explicit EmbeddedSignatureVerifier(const Verifier &verifier) : verifier_(verifier) {}

    Result<QList<EmbeddedSignatureResult>> verifyPdf(const QString &path,
                                                     const Verifier::Progress &progress = {}) const;

private:
    const Verifier &verifier_;
};

}  // namespace workroom::signing
