#include "SignatureService.h"

#include "DocumentImporter.h"
#include "Sha256.h"
#include "Signer.h"
#include "Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace workroom::casework {

Q_LOGGING_CATEGORY(lcSignatures, "workroom.casework.signatures", QtInfoMsg)

using storage::Result;
using storage::SignatureRecord;
using storage::SignatureRole;
using storage::StorageError;
using storage::StorageErrorCode;
using storage::StorageText;

namespace {

StorageError fromSigningError(const signing::SigningError &error)
{
    switch (error.code) {
    case signing::SigningErrorCode::Cancelled:
        return {StorageErrorCode::Cancelled, error.message};
    case signing::SigningErrorCode::NotFound:
        return {StorageErrorCode::NotFound, error.message};
    case signing::SigningErrorCode::Io:
        return {StorageErrorCode::Io, error.message};
    default:
        return {StorageErrorCode::Invalid, error.message};
    }
}

QString normalisedFingerprint(const QString &fingerprint)
{
    return fingerprint.toLower().remove(QLatin1Char(':'));
}

QString signerName(const signing::CertificateDetails &certificate)
{
    return certificate.commonName.isEmpty() ? certificate.subject : certificate.commonName;
}

// SHA-256 of a file, streamed; empty when it cannot be read.
QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    storage::Sha256 hash;
    if (!hash.addData(&file)) {
        return {};
    }
    return QString::fromLatin1(hash.hexResult());
}

// A signature that is not one of these bytes at all is not worth keeping.
std::optional<StorageError> refuseUnsound(const signing::VerificationResult &result,
                                          const QString &file)
{
    if (result.status == signing::SignatureStatus::Malformed) {
        return StorageError{
            StorageErrorCode::Invalid,
            StorageText::tr("%1 is no readable signature: %2").arg(file, result.reason)};
    }
    if (result.status == signing::SignatureStatus::DocumentChanged) {
        return StorageError{StorageErrorCode::Invalid,
                            StorageText::tr("%1 does not sign this document (or was altered): %2")
                                .arg(file, result.reason)};
    }
    if (!result.signer) {
        return StorageError{
            StorageErrorCode::Invalid,
            StorageText::tr("%1 does not name its signer's certificate.").arg(file)};
    }
    return std::nullopt;
}

// Keeps a signature file received from outside, which `result` found sound, for the version:
// after the same checks a signature made here gets, and with the signer the check found.
Result<SignatureCheck> keepImported(SignatureService &service, Workspace &workspace,
                                    qint64 versionId, SignatureRole signatureRole,
                                    const QString &signatureFile, storage::SignatureFormat format,
                                    const signing::VerificationResult &result)
{
    if (auto allowed =
            service.checkMayAdd(versionId, signatureRole, result.signer->fingerprintKey());
        !allowed) {
        return std::unexpected(allowed.error());
    }
    auto blob = workspace.blobs().importFile(signatureFile);
    if (!blob) {
        return std::unexpected(blob.error());
    }
    storage::SignatureRepository::NewSignature row;
    row.versionId = versionId;
    row.role = signatureRole;
    row.blob = *blob;
    row.format = format;
    row.signerName = signerName(*result.signer);
    row.signerFingerprint = result.signer->fingerprintKey();
    row.signingTime = result.signingTime;
    row.origin = storage::SignatureOrigin::Imported;
    auto stored = storage::SignatureRepository(workspace.database()).add(row, workspace.actor());
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return SignatureCheck{*stored, result, {}};
}

}  // namespace

SignatureService::SignatureService(Workspace &workspace, domain::Role role)
    : workspace_(workspace), role_(role)
{
}

bool SignatureService::mayAdd(domain::Role role, SignatureRole signatureRole)
{
    switch (role) {
    case domain::Role::Reader:
        return false;
    case domain::Role::Clerk:
        return signatureRole == SignatureRole::Signed;
    case domain::Role::TeamLeader:
        return true;
    }
    return false;
}

StorageError SignatureService::roleRefusal(SignatureRole signatureRole) const
{
    QString message;
    if (role_ == domain::Role::Reader) {
        message = StorageText::tr("Readers cannot sign documents in this workroom.");
    } else if (signatureRole == SignatureRole::Final) {
        message = StorageText::tr("Only a team leader may give the final signature.");
    } else {
        message = StorageText::tr("Only a team leader may co-sign.");
    }
    return {StorageErrorCode::Invalid, message};
}

Result<void> SignatureService::checkMayAdd(qint64 versionId, SignatureRole signatureRole,
                                           const QString &signerFingerprint)
{
    if (!mayAdd(role_, signatureRole)) {
        return std::unexpected(roleRefusal(signatureRole));
    }
    storage::SignatureRepository repository(workspace_.database());
    auto version = repository.version(versionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    auto taken =
        repository.exists(versionId, signatureRole, normalisedFingerprint(signerFingerprint));
    if (!taken) {
        return std::unexpected(taken.error());
    }
    if (*taken) {
        return std::unexpected(StorageError{
            StorageErrorCode::Duplicate,
            StorageText::tr("This certificate has given version %1 of %2 the signature \"%3\" "
                            "already.")
                .arg(version->number)
                .arg(version->originalFileName, storage::signatureRoleDisplayName(signatureRole))});
    }
    return {};
}

Result<SignatureRecord> SignatureService::sign(qint64 versionId, SignatureRole signatureRole,
                                               const signing::Signer &signer,
                                               const Progress &progress)
{
    const signing::CertificateDetails &certificate = signer.identity().certificate;
    if (auto allowed = checkMayAdd(versionId, signatureRole, certificate.fingerprintKey());
        !allowed) {
        return std::unexpected(allowed.error());
    }
    auto version = storage::SignatureRepository(workspace_.database()).version(versionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    const QDateTime signedAt = QDateTime::currentDateTimeUtc();
    auto signature = signer.signFile(workspace_.blobs().pathOf(version->sha256), progress);
    if (!signature) {
        return std::unexpected(fromSigningError(signature.error()));
    }
    auto blob = workspace_.blobs().importBytes(*signature);
    if (!blob) {
        return std::unexpected(blob.error());
    }
    storage::SignatureRepository::NewSignature row;
    row.versionId = versionId;
    row.role = signatureRole;
    row.blob = *blob;
    row.format = storage::SignatureFormat::Detached;
    row.signerName = signerName(certificate);
    row.signerFingerprint = certificate.fingerprintKey();
    row.signingTime = signedAt;
    row.origin = storage::SignatureOrigin::Local;
    // If this fails the signature file stays unreferenced and the garbage collector takes it.
    auto stored = storage::SignatureRepository(workspace_.database()).add(row, workspace_.actor());
    if (stored) {
        qCInfo(lcSignatures) << "signature" << stored->id << "added to version" << versionId << "as"
                             << storage::signatureRoleKey(signatureRole);
    }
    return stored;
}

Result<QList<SignatureRecord>> SignatureService::signatures(qint64 versionId)
{
    return storage::SignatureRepository(workspace_.database()).forVersion(versionId);
}

Result<SignatureCheckInput> SignatureService::inputFor(const SignatureRecord &record,
                                                       const QString &documentSha256)
{
    return SignatureCheckInput{record, workspace_.blobs().pathOf(documentSha256), documentSha256,
                               workspace_.blobs().pathOf(record.sha256)};
}

Result<QList<SignatureCheckInput>> SignatureService::checkInputs(qint64 versionId)
{
    storage::SignatureRepository repository(workspace_.database());
    auto version = repository.version(versionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    auto records = repository.forVersion(versionId);
    if (!records) {
        return std::unexpected(records.error());
    }
    QList<SignatureCheckInput> inputs;
    for (const SignatureRecord &record : std::as_const(*records)) {
        auto input = inputFor(record, version->sha256);
        if (!input) {
            return std::unexpected(input.error());
        }
        inputs.append(*input);
    }
    return inputs;
}

SignatureCheck SignatureService::check(const SignatureCheckInput &input,
                                       const signing::Verifier &verifier, const Progress &progress)
{
    SignatureCheck outcome{input.record, {}, {}};
    if (input.record.format == storage::SignatureFormat::Detached) {
        auto result = verifier.verifyDetached(input.documentPath, input.signaturePath, progress);
        if (!result) {
            outcome.problem = result.error().message;
        } else {
            outcome.result = std::move(*result);
        }
        return outcome;
    }
    // An enveloped file signs its own copy of the content: that copy must still be the
    // version's bytes, and the version's blob must still be that copy.
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        outcome.problem = StorageText::tr("No temporary folder for checking the signature.");
        return outcome;
    }
    const QString content = scratch.filePath(QStringLiteral("content"));
    auto result = verifier.verifyEnveloped(input.signaturePath, content, progress);
    if (!result) {
        outcome.problem = result.error().message;
        return outcome;
    }
    outcome.result = std::move(*result);
    if (outcome.result.status == signing::SignatureStatus::Malformed) {
        return outcome;
    }
    if (fileSha256(content) != input.documentSha256
        || fileSha256(input.documentPath) != input.documentSha256) {
        outcome.result.status = signing::SignatureStatus::DocumentChanged;
        outcome.result.reason =
            StorageText::tr("The stored document differs from the content of the signed file.");
    }
    return outcome;
}

Result<QList<SignatureCheck>> SignatureService::verify(qint64 versionId,
                                                       const signing::Verifier &verifier)
{
    auto inputs = checkInputs(versionId);
    if (!inputs) {
        return std::unexpected(inputs.error());
    }
    QList<SignatureCheck> checks;
    for (const SignatureCheckInput &input : std::as_const(*inputs)) {
        checks.append(check(input, verifier));
    }
    return checks;
}

Result<signing::VerificationResult>
SignatureService::checkDetached(qint64 versionId, const QString &signaturePath,
                                const signing::Verifier &verifier)
{
    auto version = storage::SignatureRepository(workspace_.database()).version(versionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    auto result =
        verifier.verifyDetached(workspace_.blobs().pathOf(version->sha256), signaturePath);
    if (!result) {
        return std::unexpected(fromSigningError(result.error()));
    }
    return *result;
}

Result<SignatureCheck> SignatureService::importDetached(qint64 versionId,
                                                        const QString &signaturePath,
                                                        SignatureRole signatureRole,
                                                        const signing::Verifier &verifier)
{
    if (!mayAdd(role_, signatureRole)) {
        return std::unexpected(roleRefusal(signatureRole));
    }
    auto result = checkDetached(versionId, signaturePath, verifier);
    if (!result) {
        return std::unexpected(result.error());
    }
    const QString fileName = QFileInfo(signaturePath).fileName();
    if (auto refused = refuseUnsound(*result, fileName)) {
        return std::unexpected(*refused);
    }
    return keepImported(*this, workspace_, versionId, signatureRole, signaturePath,
                        storage::SignatureFormat::Detached, *result);
}

Result<SignatureService::EnvelopedImport>
SignatureService::importEnveloped(qint64 caseId, const QString &envelopedPath, qint64 documentId,
                                  domain::DocumentKind kind, SignatureRole signatureRole,
                                  const signing::Verifier &verifier)
{
    if (!mayAdd(role_, signatureRole)) {
        return std::unexpected(roleRefusal(signatureRole));
    }
    const QFileInfo info(envelopedPath);
    // "Antrag.pdf.p7m" holds "Antrag.pdf"; the content keeps the name it was signed under.
    QString contentName = info.fileName();
    if (contentName.endsWith(QLatin1StringView(".p7m"), Qt::CaseInsensitive)) {
        contentName.chop(4);
    }
    if (contentName.isEmpty() || contentName.startsWith(QLatin1Char('.'))) {
        contentName = QStringLiteral("content") + contentName;
    }
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return std::unexpected(StorageError{
            StorageErrorCode::Io, StorageText::tr("No temporary folder for the signed content.")});
    }
    const QString contentPath = scratch.filePath(contentName);
    auto result = verifier.verifyEnveloped(envelopedPath, contentPath);
    if (!result) {
        return std::unexpected(fromSigningError(result.error()));
    }
    if (auto refused = refuseUnsound(*result, info.fileName())) {
        return std::unexpected(*refused);
    }

    EnvelopedImport imported;
    DocumentImporter importer(workspace_);
    auto added = importer.importFile(caseId, contentPath, documentId, kind);
    if (!added && added.error().code != StorageErrorCode::Duplicate) {
        return std::unexpected(added.error());
    }
    storage::SignatureRepository repository(workspace_.database());
    qint64 versionId = 0;
    if (added) {
        imported.version = *added;
        versionId = added->id;
    } else {
        // The case holds these bytes already: the signature belongs to that version.
        auto existing = repository.versionWithContent(caseId, fileSha256(contentPath));
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (!*existing) {
            return std::unexpected(added.error());
        }
        versionId = **existing;
        imported.newVersion = false;
        auto documents = workspace_.cases().documents(caseId);
        if (!documents) {
            return std::unexpected(documents.error());
        }
        for (const domain::Document &document : std::as_const(*documents)) {
            for (const domain::DocumentVersion &version : document.versions) {
                if (version.id == versionId) {
                    imported.version = version;
                }
            }
        }
    }
    auto kept = keepImported(*this, workspace_, versionId, signatureRole, envelopedPath,
                             storage::SignatureFormat::Enveloped, *result);
    if (!kept) {
        return std::unexpected(kept.error());
    }
    imported.signature = *kept;
    return imported;
}

}  // namespace workroom::casework
