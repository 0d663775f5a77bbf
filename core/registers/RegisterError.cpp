#include "RegisterError.h"

namespace workroom::registers {

Q_LOGGING_CATEGORY(lcRegisters, "workroom.registers", QtInfoMsg)

QString errorCodeKey(RegisterErrorCode code)
{
    switch (code) {
    case RegisterErrorCode::Invalid:
        return QStringLiteral("invalid");
    case RegisterErrorCode::NotConfigured:
        return QStringLiteral("not_configured");
    case RegisterErrorCode::Network:
        return QStringLiteral("network");
    case RegisterErrorCode::Timeout:
        return QStringLiteral("timeout");
    case RegisterErrorCode::Tls:
        return QStringLiteral("tls");
    case RegisterErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case RegisterErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case RegisterErrorCode::ServiceUnavailable:
        return QStringLiteral("service_unavailable");
    case RegisterErrorCode::ServerError:
        return QStringLiteral("server_error");
    case RegisterErrorCode::Rejected:
        return QStringLiteral("rejected");
    case RegisterErrorCode::NotFound:
        return QStringLiteral("not_found");
    case RegisterErrorCode::Expired:
        return QStringLiteral("expired");
    case RegisterErrorCode::NotReady:
        return QStringLiteral("not_ready");
    case RegisterErrorCode::Protocol:
        return QStringLiteral("protocol");
    case RegisterErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case RegisterErrorCode::Storage:
        return QStringLiteral("storage");
    case RegisterErrorCode::NotConfirmed:
        return QStringLiteral("not_confirmed");
    }
    return QStringLiteral("unknown");
}

}  // namespace workroom::registers
