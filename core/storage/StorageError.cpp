#include "StorageError.h"

#include <QSqlError>

namespace workroom::storage {

StorageError fromSqlError(const QSqlError &error, const QString &what)
{
    bool ok = false;
    // QSQLITE reports SQLite's (possibly extended) result code; the low byte is the primary.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (ok) {
        switch (code) {
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            return {StorageErrorCode::Locked,
                    StorageText::tr("The workroom database is in use by another program; %1 "
                                    "was not possible. Close the other program and try again.")
                        .arg(what)};
        case 11:  // SQLITE_CORRUPT
        case 26:  // SQLITE_NOTADB
            return {StorageErrorCode::Corrupt,
                    StorageText::tr("The workroom database is damaged (%1); %2 was not possible. "
                                    "Nothing was overwritten.")
                        .arg(detail, what)};
        case 13:  // SQLITE_FULL
            return {StorageErrorCode::DiskFull,
                    StorageText::tr("The disk is full; %1 was not possible. Nothing was saved "
                                    "half-way: free some space and try again.")
                        .arg(what)};
        case 10:  // SQLITE_IOERR
        case 14:  // SQLITE_CANTOPEN
            return {StorageErrorCode::Io,
                    StorageText::tr("The workroom database could not be read or written (%1); "
                                    "%2 was not possible.")
                        .arg(detail, what)};
        case 19:  // SQLITE_CONSTRAINT
            return {StorageErrorCode::Duplicate,
                    StorageText::tr("%1 was not possible: %2").arg(what, detail)};
        default:
            break;
        }
    }
    return {StorageErrorCode::Sql, StorageText::tr("%1 failed: %2").arg(what, detail)};
}

}  // namespace workroom::storage
