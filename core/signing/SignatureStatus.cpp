#include "SignatureStatus.h"

#include "SigningError.h"

#include <array>
#include <utility>

namespace workroom::signing {

namespace {

constexpr std::array<std::pair<SignatureStatus, const char *>, 8> keys{{
    {SignatureStatus::Valid, "valid"},
    {SignatureStatus::DocumentChanged, "document_changed"},
    {SignatureStatus::SignerExpired, "signer_expired"},
    {SignatureStatus::SignerNotYetValid, "signer_not_yet_valid"},
    {SignatureStatus::UntrustedChain, "untrusted_chain"},
    {SignatureStatus::KeyUsageNotAllowed, "key_usage_not_allowed"},
    {SignatureStatus::Revoked, "revoked"},
    {SignatureStatus::Malformed, "malformed"},
}};

}  // namespace

QString statusKey(SignatureStatus status)
{
    for (const auto &[value, key] : keys) {
        if (value == status) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("malformed");
}

std::optional<SignatureStatus> statusFromKey(const QString &key)
{
    for (const auto &[value, text] : keys) {
        if (key == QLatin1StringView(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QString statusLabel(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return SigningText::tr("Valid");
    case SignatureStatus::DocumentChanged:
        return SigningText::tr("Document changed");
    case SignatureStatus::SignerExpired:
        return SigningText::tr("Certificate expired");
    case SignatureStatus::SignerNotYetValid:
        return SigningText::tr("Certificate not yet valid");
    case SignatureStatus::UntrustedChain:
        return SigningText::tr("Not trusted");
    case SignatureStatus::KeyUsageNotAllowed:
        return SigningText::tr("Certificate may not sign");
    case SignatureStatus::Revoked:
        return SigningText::tr("Certificate revoked");
    case SignatureStatus::Malformed:
        return SigningText::tr("Damaged signature");
    }
    return SigningText::tr("Damaged signature");
}

}  // namespace workroom::signing
