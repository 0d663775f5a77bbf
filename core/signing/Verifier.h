#pragma once

#include "CertificateDetails.h"
#include "CrlFetcher.h"
#include "SignatureStatus.h"
#include "SigningError.h"
#include "TrustStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace workroom::signing {

// Whether revocation of the signer's certificate could be checked. The status of a signature
// is never changed by what is not known: a signature stays valid when no current list was
// at hand, but this says so (and VerificationResult::reason ends with a sentence about it for
// Stale and Unavailable), so that the caller shows it. See README.md, "Revocation lists from URLs".
enum class RevocationCheck {
    NotChecked,   // no configured list is from the signer certificate's issuer
    Checked,      // a current list from the issuer does not name the certificate
    Stale,        // the issuer's list is past its next update (it was used all the same)
    Unavailable,  // a configured list could not be downloaded and no copy is cached
};

// Stable keys: "not_checked", "checked", "stale", "unavailable".
QString revocationCheckKey(RevocationCheck check);

// The bytes [offset, offset + length) of a file.
struct FileRange {
    qint64 offset = 0;
    qint64 length = 0;
};

struct VerificationResult {
    SignatureStatus status = SignatureStatus::Malformed;
    QString reason;  // one or two sentences for the user, translated
    std::optional<CertificateDetails> signer;
    QList<CertificateDetails> chain;  // signer first, up to the anchor (as far as it was built)
    bool anchorUserTrusted = false;   // the anchor is a certificate the user imported
    // The time the signer claims (signingTime attribute). Not proven: there is no time stamp.
    std::optional<QDateTime> signingTime;
    QString digestAlgorithm;  // "sha256"
    int signerCount = 0;      // signatures in the file; all of them must be valid
    RevocationCheck revocation = RevocationCheck::NotChecked;
    QString revocationNote;  // why revocation is stale or unavailable, translated; else empty

    bool isValid() const { return status == SignatureStatus::Valid; }
};

// Checks CMS signatures: detached ones (.p7s) against a document and enveloped ones (.p7m)
// that carry their content. The document is streamed, never read whole; a .p7m is held in
// memory while it is checked (libcrypto's ASN.1 decoder does not stream).
//
// What is checked, in this order (the first failure decides the status): the structure
// (malformed); the message digest and the signature (document_changed); the chain up to an
// anchor of the trust store, with nothing else trusted (untrusted_chain); the configured
// revocation lists (revoked); the signer certificate's validity at the signing time
// (signer_expired, signer_not_yet_valid) and that of its issuers (untrusted_chain); its key
// usage (key_usage_not_allowed). Errors (the Result's error side) are reserved for what stops
// the check itself: an unreadable document, revocation list or output file.
//
// Needs a live CryptoRuntime. A Verifier may be used from several threads at once.
class Verifier {
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Reads the trust anchors and the revocation lists (PEM or DER, one or more per file)
    // once. A revocation list that cannot be read is an error, not silently skipped.
    static Result<Verifier> create(const TrustStore &trust, const QStringList &crlFiles = {});
    // As above, with revocation lists downloaded by a CrlFetcher as well. A download that
    // failed with no cached copy makes results say RevocationCheck::Unavailable; it is not an
    // error, since the signature can still be checked otherwise.
    static Result<Verifier> create(const TrustStore &trust, const QStringList &crlFiles,
                                   const QList<FetchedCrl> &downloaded);

    Verifier(Verifier &&) noexcept;
    Verifier &operator=(Verifier &&) noexcept;
    ~Verifier();

    Result<VerificationResult> verifyDetached(const QString &documentPath,
                                              const QString &signaturePath,
                                              const Progress &progress = {}) const;
    // As verifyDetached, with the signature's bytes (DER, PEM or base64) at hand.
    Result<VerificationResult> verifyDetachedData(const QString &documentPath,
                                                  const QByteArray &signature,
                                                  const Progress &progress = {}) const;
    // A detached signature over what `content` yields from its current position to its end
    // (`total` bytes if known, for the progress; -1 if not).
    Result<VerificationResult> verifyDetachedDevice(QIODevice &content, const QByteArray &signature,
                                                    qint64 total = -1,
                                                    const Progress &progress = {}) const;
    // A detached signature over the given ranges of the file, concatenated: how PDFs sign
    // (/ByteRange). Ranges outside the file make the result document_changed.
    Result<VerificationResult> verifyDetachedRanges(const QString &path,
                                                    const QList<FileRange> &ranges,
                                                    const QByteArray &signature,
                                                    const Progress &progress = {}) const;
    // Checks an enveloped signature and writes its content to `contentPath` (unless empty)
    // whenever the structure is sound, also when the status is not valid: the caller shows the
    // status beside the document. Nothing is written for a malformed file.
    Result<VerificationResult> verifyEnveloped(const QString &envelopedPath,
                                               const QString &contentPath,
                                               const Progress &progress = {}) const;

    const QList<TrustAnchor> &anchors() const;

private:
    struct Private;
    explicit Verifier(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d_;
};

}  // namespace workroom::signing
