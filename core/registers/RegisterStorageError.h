#pragma once

#include "RegisterError.h"
#include "StorageError.h"

#include <QSqlError>

namespace workroom::registers {

// A failed statement on the workroom database (query log, offline queue, bulk job list) as a
// register error; `what` says what was being done ("saving the bulk job"), translated.
inline RegisterError storageError(const QSqlError &sqlError, const QString &what)
{
    RegisterError error;
    error.code = RegisterErrorCode::Storage;
    error.message = storage::fromSqlError(sqlError, what).message;
    return error;
}

}  // namespace workroom::registers
