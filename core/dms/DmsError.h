#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <expected>

namespace workroom::dms {

Q_DECLARE_LOGGING_CATEGORY(lcDms)

enum class DmsErrorCode {
    Network,               // the server cannot be reached, or the connection broke
    Timeout,               // the server did not answer in time
    Tls,                   // the server's certificate is not trusted, or the TLS handshake failed
    AuthenticationFailed,  // 401: wrong user name or password
    Forbidden,             // 403: the user may not do this
    NotFound,              // 404 (or 410)
    MethodNotAllowed,      // 405: for example MKCOL on an existing collection
    Conflict,              // 409: the parent collection is missing, or a file is in its way
    PreconditionFailed,    // 412: changed on the server since it was read (ETag), or it exists
    Locked,                // 423: someone else holds a lock
    InsufficientStorage,   // 507: the server is full
    ServerError,           // 5xx: the server failed; retrying later may help
    UnexpectedStatus,      // any other HTTP status
    MalformedResponse,     // the server's answer cannot be understood (bad XML, wrong length)
    RedirectRefused,       // a redirect to another server, or too many redirects
    IntegrityMismatch,     // the downloaded bytes do not have the expected SHA-256
    LocalIo,               // a local file could not be read or written
    NoKeychain,            // no OS keychain: the password must be asked for each time
    NoStoredPassword,      // the keychain holds no password for this DMS account
    Keychain,              // the keychain refused or failed (message says how)
    Cancelled,
};

struct DmsError {
    DmsErrorCode code = DmsErrorCode::Network;
    QString message;     // for the user; names the item concerned (never credentials)
    int httpStatus = 0;  // 0 if no HTTP status was received
};

template <typename T>
using Result = std::expected<T, DmsError>;

// The translation context of the module's user-facing texts ("workroom::dms").
class DmsText {
    Q_DECLARE_TR_FUNCTIONS(workroom::dms)
};

// The error for an HTTP status that is not a success; `what` names the item ("Fall 12/a.pdf").
DmsError errorForStatus(int status, const QString &what);

// Whether retrying the same request later may succeed (network trouble, 5xx, 423 …).
bool isTransient(DmsErrorCode code);

}  // namespace workroom::dms
