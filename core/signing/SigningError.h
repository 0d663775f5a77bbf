#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <expected>

namespace workroom::signing {

Q_DECLARE_LOGGING_CATEGORY(lcSigning)

enum class SigningErrorCode {
    Io,                      // a file could not be read or written
    NotFound,                // no such identity, certificate or file
    Duplicate,               // an identity of that name exists already
    Invalid,                 // the input breaks a rule (message says which)
    Malformed,               // a key, certificate or revocation file is damaged or truncated
    WrongPassphrase,         // the passphrase does not open the key file
    Cancelled,               // no passphrase was given, or the caller cancelled
    UnsupportedKey,          // a key type neither backend handles (see README.md)
    CertificateExpired,      // the signing certificate is no longer valid
    CertificateNotYetValid,  // the signing certificate is not valid yet
    KeyUsageNotAllowed,      // the certificate does not allow signing
    Backend,                 // the crypto stack failed; the message says how
};

struct SigningError {
    SigningErrorCode code = SigningErrorCode::Backend;
    QString message;  // for the user; names the file or identity concerned
};

template <typename T>
using Result = std::expected<T, SigningError>;

// The translation context of the module's user-facing texts ("workroom::signing").
class SigningText {
    Q_DECLARE_TR_FUNCTIONS(workroom::signing)
};

}  // namespace workroom::signing
