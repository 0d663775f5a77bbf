#pragma once

#include <QString>

#include <expected>

namespace workroom::storage {

// What the SQLite library behind Qt's QSQLITE driver offers. The store depends on FTS5 and
// on a recent SQLite, so the app reports both (About dialog, `workroomctl --version`).
struct SqliteRuntimeInfo {
    QString version;       // for example "3.46.1"
    bool hasFts5 = false;  // full-text search used by the case search
};

// Opens a throw-away in-memory database to ask SQLite about itself.
// Fails with a readable message when the QSQLITE driver is missing.
std::expected<SqliteRuntimeInfo, QString> probeSqliteRuntime();

}  // namespace workroom::storage
