#pragma once

#include "CaseRecord.h"
#include "CaseStatus.h"
#include "SignatureRepository.h"
#include "StorageError.h"
#include "Verifier.h"

#include <QList>
#include <QString>

#include <functional>

namespace workroom::signing {
class Signer;
}

namespace workroom::casework {

class Workspace;

// Everything one check of a stored signature needs, read from the store beforehand, so that
// the check itself can run on a worker thread without a database connection.
struct SignatureCheckInput {
    storage::SignatureRecord record;
    QString documentPath;    // the version's blob
    QString documentSha256;  // what the version's bytes must hash to
    QString signaturePath;   // the CMS file's blob
};

// A stored signature with its status as checked now.
struct SignatureCheck {
    storage::SignatureRecord record;
    signing::VerificationResult result;
    QString problem;  // set when the check could not run at all (a file is missing)

    bool isValid() const { return problem.isEmpty() && result.isValid(); }
};

// Signatures of document versions, for both front ends: sign a version in a role, list its
// signatures with their live status, take in signatures made elsewhere (.p7s for a version,
// .p7m whose content becomes a document). The rules: readers sign nothing; co-signing
// (Mitzeichnung) and the final signature (Schlusszeichnung) are the team leader's; a version
// may carry several signatures, but one signer gives each role only once. Every signature is
// stored as an immutable file in the blob store, its row and its audit entry in one
// transaction.
class SignatureService {
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    SignatureService(Workspace &workspace, domain::Role role);

    domain::Role role() const { return role_; }

    // Whether a member with `role` may add signatures of `signatureRole` at all.
    static bool mayAdd(domain::Role role, storage::SignatureRole signatureRole);
    // Whether this user may add a signature in `signatureRole` by the certificate with this
    // SHA-256 fingerprint (any spelling) to the version now. Asked before the passphrase is.
    storage::Result<void> checkMayAdd(qint64 versionId, storage::SignatureRole signatureRole,
                                      const QString &signerFingerprint);

    // Signs the version's stored bytes with an opened key (streaming the blob) and stores the
    // signature. May run on a worker thread with that thread's own Workspace.
    storage::Result<storage::SignatureRecord> sign(qint64 versionId,
                                                   storage::SignatureRole signatureRole,
                                                   const signing::Signer &signer,
                                                   const Progress &progress = {});

    storage::Result<QList<storage::SignatureRecord>> signatures(qint64 versionId);
    // What checking the version's signatures needs (cheap; the checks are not).
    storage::Result<QList<SignatureCheckInput>> checkInputs(qint64 versionId);
    // Checks one stored signature. Touches no database: safe on any thread.
    static SignatureCheck check(const SignatureCheckInput &input, const signing::Verifier &verifier,
                                const Progress &progress = {});
    // checkInputs() and check() for every signature of the version, on this thread.
    storage::Result<QList<SignatureCheck>> verify(qint64 versionId,
                                                  const signing::Verifier &verifier);

    // Checks a detached signature file against the version without storing anything.
    storage::Result<signing::VerificationResult> checkDetached(qint64 versionId,
                                                               const QString &signaturePath,
                                                               const signing::Verifier &verifier);
    // Stores a detached signature made elsewhere, after checking it. A file that is no
    // signature of this version's bytes (malformed, document changed) is refused; one with
    // another status (an untrusted or expired signer) is stored and shows that status.
    storage::Result<SignatureCheck> importDetached(qint64 versionId, const QString &signaturePath,
                                                   storage::SignatureRole signatureRole,
                                                   const signing::Verifier &verifier);

    struct EnvelopedImport {
        domain::DocumentVersion version;  // the version holding the content
        bool newVersion = true;           // false: the case held the content already and was signed
        SignatureCheck signature;
    };
    // Takes in a signed file (.p7m): its content becomes a new document of the case (or the
    // next version of `documentId`), and the signed file is stored as that version's
    // signature. Refused like importDetached() when it is no sound signature.
    storage::Result<EnvelopedImport> importEnveloped(qint64 caseId, const QString &envelopedPath,
                                                     qint64 documentId, domain::DocumentKind kind,
                                                     storage::SignatureRole signatureRole,
                                                     const signing::Verifier &verifier);

private:
    storage::StorageError roleRefusal(storage::SignatureRole signatureRole) const;
    storage::Result<SignatureCheckInput> inputFor(const storage::SignatureRecord &record,
                                                  const QString &documentSha256);

    Workspace &workspace_;
    domain::Role role_;
};

}  // namespace workroom::casework
