#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <expected>

namespace workroom::registers {

// "workroom.registers". Never log names, dates of birth, addresses or register answers here:
// only request ids, result classes, HTTP status codes and timings.
Q_DECLARE_LOGGING_CATEGORY(lcRegisters)

enum class RegisterErrorCode {
    Invalid,             // the input breaks a rule; nothing was sent (see RegisterError::problems)
    NotConfigured,       // no service address, or a setting is unusable
    Network,             // the service could not be reached or dropped the connection
    Timeout,             // no answer in time
    Tls,                 // the service's certificate is not trusted
    Unauthorized,        // 401/403: token or password refused, or not allowed
    RateLimited,         // 429 and the wait the service asks for is longer than we may wait
    ServiceUnavailable,  // 503 still after the retries
    ServerError,         // 500 and other 5xx
    Rejected,            // 400/422: the service refused the request (its reason is in message)
    NotFound,            // 404: no such bulk job
    Expired,             // 410: the job's results were deleted after 8 days
    NotReady,            // 409: the job's result is not ready yet
    Protocol,            // an answer that does not follow docs/register-api.md
    Cancelled,           // the caller cancelled
    Storage,             // the local query log or offline queue could not be written
    NotConfirmed,        // a queued authority query needs an explicit confirmation to be sent
};

// One field that failed validation before sending; `field` is the JSON/CSV name from
// docs/register-api.md ("familienname", "geburtsdatum", "zweck", "aktenzeichen" …).
struct FieldProblem {
    QString field;
    QString message;  // translated, for the user
};

struct RegisterError {
    RegisterErrorCode code = RegisterErrorCode::Protocol;
    QString message;               // translated, for the user; never contains personal data
    int httpStatus = 0;            // 0 when no HTTP answer arrived
    int retryAfterSeconds = 0;     // with RateLimited / ServiceUnavailable, when the service said
    QList<FieldProblem> problems;  // with Invalid
};

template <typename T>
using Result = std::expected<T, RegisterError>;

// Stable English key of a code ("invalid", "timeout" …) for JSON output and the query log.
QString errorCodeKey(RegisterErrorCode code);

// The translation context of the module's user-facing texts ("workroom::registers").
class RegisterText {
    Q_DECLARE_TR_FUNCTIONS(workroom::registers)
};

}  // namespace workroom::registers
