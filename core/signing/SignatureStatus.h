#pragma once

#include <QString>

#include <optional>

namespace workroom::signing {

// The one vocabulary for the state of a signature, in the GUI, the CLI and the audit log.
enum class SignatureStatus {
    Valid,
    DocumentChanged,     // the bytes differ from the signed ones, or the signature was altered
    SignerExpired,       // the signer's certificate had expired at signing time
    SignerNotYetValid,   // the signer's certificate was not yet valid at signing time
    UntrustedChain,      // no chain up to a trust anchor (or a broken one)
    KeyUsageNotAllowed,  // the certificate lacks digitalSignature and nonRepudiation
    Revoked,             // a configured revocation list names the certificate
    Malformed,           // the signature (or enveloped file) is damaged, truncated or no CMS
};

// Stable keys for scripts and storage: "valid", "document_changed", "signer_expired",
// "signer_not_yet_valid", "untrusted_chain", "key_usage_not_allowed", "revoked", "malformed".
QString statusKey(SignatureStatus status);
std::optional<SignatureStatus> statusFromKey(const QString &key);
// A short label for a badge, translated.
QString statusLabel(SignatureStatus status);

}  // namespace workroom::signing
