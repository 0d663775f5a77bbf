#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

class QSqlError;

namespace workroom::storage {

enum class StorageErrorCode {
    Io,           // reading or writing a file failed
    DiskFull,     // no space left: nothing was half-written
    Locked,       // another program holds the database
    Corrupt,      // the database or a blob fails its integrity check
    NewerSchema,  // written by a newer Workroom: refused, left untouched
    NotFound,
    Conflict,   // changed by someone else since it was read
    Invalid,    // the input breaks a rule (message says which)
    Duplicate,  // a unique value (reference number, name) exists already
    Cancelled,
    Sql,  // anything else SQLite reported
};

struct StorageError {
    StorageErrorCode code = StorageErrorCode::Sql;
    QString message;  // for the user; names the file or object concerned
};

template <typename T>
using Result = std::expected<T, StorageError>;

// Turns what SQLite said into the project's error, with a message for the user; `what` says
// what was being done ("saving the case").
StorageError fromSqlError(const QSqlError &error, const QString &what);

class StorageText {
    Q_DECLARE_TR_FUNCTIONS(workroom::storage)
};

}  // namespace workroom::storage
