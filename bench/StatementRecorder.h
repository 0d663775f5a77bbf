#pragma once

#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;

namespace workroom::bench {

// Records every statement a Qt SQL connection runs, with its bound values written in
// (sqlite3_expanded_sql), so that the sqlite3 tool can run exactly what the store ran: the
// floor then follows core/storage's SQL by itself instead of a hand-kept copy.
class StatementRecorder {
public:
    // Attaches to the SQLite handle behind `connection` (a QSQLITE connection) until destroyed.
    explicit StatementRecorder(const QSqlDatabase &connection);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder &) = delete;
    StatementRecorder &operator=(const StatementRecorder &) = delete;

    bool attached() const { return handle_ != nullptr; }
    // The statements since the last take(), oldest first; clears the list.
    QStringList take();

private:
    static int onTrace(unsigned kind, void *self, void *statement, void *sql);

    sqlite3 *handle_ = nullptr;
    QStringList statements_;
};

}  // namespace workroom::bench
