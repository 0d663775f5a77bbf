#pragma once

#include "AuditLog.h"
#include "BlobStore.h"
#include "StorageError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace workroom::storage {

class Database;

// What a signature stands for in the case (the signature itself does not say).
enum class SignatureRole {
    Signed,    // the author's own signature
    CoSigned,  // Mitzeichnung: a team leader agrees
    Final,     // Schlusszeichnung: the team leader's final signature
};

// Stable keys for storage, scripts and the audit log: "signed", "co_signed", "final".
QString signatureRoleKey(SignatureRole role);
std::optional<SignatureRole> signatureRoleFromKey(const QString &key);
// The translated name for the user ("Co-signed" / "Mitgezeichnet").
QString signatureRoleDisplayName(SignatureRole role);

// How the CMS file relates to the version's bytes.
enum class SignatureFormat {
    Detached,   // a .p7s over the version's bytes
    Enveloped,  // a .p7m as it was received; it carries the version's bytes itself
};

enum class SignatureOrigin {
    Local,     // made in Workroom
    Imported,  // received and checked before it was stored
};

// One stored signature of a document version. The CMS file is the blob `sha256`.
struct SignatureRecord {
    qint64 id = 0;
    qint64 versionId = 0;
    SignatureRole role = SignatureRole::Signed;
    QString sha256;  // of the CMS file (lower-case hex)
    SignatureFormat format = SignatureFormat::Detached;
    QString signerName;         // the signer certificate's common name, as the certificate says
    QString signerFingerprint;  // SHA-256 of the signer certificate, lower-case hex, no colons
    std::optional<QDateTime> signingTime;  // as the signer claims it (UTC)
    QString addedBy;
    QDateTime addedAt;  // UTC
    SignatureOrigin origin = SignatureOrigin::Local;
};

// The version a signature belongs to, with what the audit entry and the checks need.
struct SignedVersion {
    qint64 versionId = 0;
    qint64 documentId = 0;
    qint64 caseId = 0;
    qint64 workroomId = 0;
    int number = 0;
    QString sha256;  // of the version's bytes
    QString originalFileName;
};

// Reads and writes the signatures of document versions. A new signature row is written in one
// transaction with its audit entry ("signature.add"); signatures are never changed afterwards.
// The CMS file must be in the blob store before add() is called.
class SignatureRepository {
public:
    explicit SignatureRepository(Database &db);

    Result<SignedVersion> version(qint64 versionId);
    // The version of a case that holds these bytes, if any (the newest one).
    Result<std::optional<qint64>> versionWithContent(qint64 caseId, const QString &sha256);

    struct NewSignature {
        qint64 versionId = 0;
        SignatureRole role = SignatureRole::Signed;
        BlobInfo blob;
        SignatureFormat format = SignatureFormat::Detached;
        QString signerName;
        QString signerFingerprint;
        std::optional<QDateTime> signingTime;
        SignatureOrigin origin = SignatureOrigin::Local;
    };
    // Refuses (Duplicate) a second signature of the same signer in the same role.
    Result<SignatureRecord> add(const NewSignature &signature, const QString &actor);

    Result<QList<SignatureRecord>> forVersion(qint64 versionId);
    // Every signature of a case's versions, by version id, oldest first.
    Result<QHash<qint64, QList<SignatureRecord>>> forCase(qint64 caseId);
    // Whether `signerFingerprint` signed the version in `role` already.
    Result<bool> exists(qint64 versionId, SignatureRole role, const QString &signerFingerprint);

    // Every blob a signature refers to.
    Result<QSet<QString>> referencedBlobs();

private:
    Database &db_;
    AuditLog audit_;
};

}  // namespace workroom::storage
