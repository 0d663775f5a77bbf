#include "DmsError.h"

Q_LOGGING_CATEGORY(workroom::dms::lcDms, "workroom.dms")

namespace workroom::dms {

DmsError errorForStatus(int status, const QString &what)
{
    switch (status) {
    case 401:
        return {DmsErrorCode::AuthenticationFailed,
                DmsText::tr("The DMS refused the user name or password (%1).").arg(what), status};
    case 403:
        return {DmsErrorCode::Forbidden,
                DmsText::tr("The DMS does not allow this for %1 (access denied).").arg(what),
                status};
    case 404:
    case 410:
        return {DmsErrorCode::NotFound, DmsText::tr("%1 does not exist on the DMS.").arg(what),
                status};
    case 405:
        return {DmsErrorCode::MethodNotAllowed,
                DmsText::tr("The DMS does not allow this operation on %1 (it may exist already "
                            "or be of another kind).")
                    .arg(what),
                status};
    case 409:
        return {DmsErrorCode::Conflict,
                DmsText::tr("%1 cannot be written on the DMS: its folder is missing or a file is "
                            "in the way.")
                    .arg(what),
                status};
    case 412:
        return {DmsErrorCode::PreconditionFailed,
                DmsText::tr("%1 was changed on the DMS since it was last read, or exists "
                            "already; nothing was overwritten.")
                    .arg(what),
                status};
    case 423:
        return {DmsErrorCode::Locked,
                DmsText::tr("%1 is locked on the DMS by someone else; try again later.").arg(what),
                status};
    case 507:
        return {DmsErrorCode::InsufficientStorage,
                DmsText::tr("The DMS has no space left for %1.").arg(what), status};
    default:
        break;
    }
    if (status >= 500 && status < 600) {
        return {DmsErrorCode::ServerError,
                DmsText::tr("The DMS failed with HTTP status %1 for %2; try again later.")
                    .arg(status)
                    .arg(what),
                status};
    }
    return {DmsErrorCode::UnexpectedStatus,
            DmsText::tr("The DMS answered %1 with the unexpected HTTP status %2.")
                .arg(what)
                .arg(status),
            status};
}

bool isTransient(DmsErrorCode code)
{
    switch (code) {
    case DmsErrorCode::Network:
    case DmsErrorCode::Timeout:
    case DmsErrorCode::Locked:
    case DmsErrorCode::ServerError:
    case DmsErrorCode::InsufficientStorage:
        return true;
    default:
        return false;
    }
}

}  // namespace workroom::dms
