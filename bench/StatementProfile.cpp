#include "StatementProfile.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

namespace workroom::bench {

StatementProfile::StatementProfile(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        handle_ = *static_cast<sqlite3 *const *>(handle.constData());
    }
    if (handle_) {
        sqlite3_trace_v2(handle_, SQLITE_TRACE_PROFILE, &StatementProfile::onTrace, this);
    }
}

StatementProfile::~StatementProfile()
{
    if (handle_) {
        sqlite3_trace_v2(handle_, 0, nullptr, nullptr);
    }
}

int StatementProfile::onTrace(unsigned kind, void *self, void *statement, void *)
{
    if (kind != SQLITE_TRACE_PROFILE) {
        return 0;
    }
    // SQLITE_TRACE_PROFILE comes once a run, when the statement is reset or finalised. The text
    // with its parameters as written, so that all runs of it add up.
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    const QString key = QString::fromUtf8(sql ? sql : "?").simplified();
    Entry &entry = static_cast<StatementProfile *>(self)->bySql_[key];
    entry.sql = key;
    ++entry.runs;
    return 0;
}

QList<StatementProfile::Entry> StatementProfile::entries() const
{
    QList<Entry> list;
    for (const auto &[sql, entry] : bySql_) {
        list.append(entry);
    }
    std::ranges::sort(list, std::ranges::greater{}, &Entry::runs);
    return list;
}

qint64 StatementProfile::totalRuns() const
{
    qint64 total = 0;
    for (const auto &[sql, entry] : bySql_) {
        total += entry.runs;
    }
    return total;
}

}  // namespace workroom::bench
