#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <map>

struct sqlite3;

namespace workroom::bench {

// What a Qt SQL connection makes SQLite run: for every distinct statement text (parameters as
// written), how often it ran, FTS5's own statements on its shadow tables included. Counted, not
// timed: SQLite times a statement from its first step to its reset, and Qt resets a SELECT
// only when its QSqlQuery goes, so such a time would include the work done after it.
class StatementProfile {
public:
    explicit StatementProfile(const QSqlDatabase &connection);
    ~StatementProfile();
    StatementProfile(const StatementProfile &) = delete;
    StatementProfile &operator=(const StatementProfile &) = delete;

    bool attached() const { return handle_ != nullptr; }

    struct Entry {
        QString sql;
        qint64 runs = 0;
    };
    // Every statement text, the most frequent first.
    QList<Entry> entries() const;
    qint64 totalRuns() const;

private:
    static int onTrace(unsigned kind, void *self, void *statement, void *unused);

    sqlite3 *handle_ = nullptr;
    std::map<QString, Entry> bySql_;
};

}  // namespace workroom::bench
