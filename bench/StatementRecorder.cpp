#include "StatementRecorder.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace workroom::bench {

StatementRecorder::StatementRecorder(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        handle_ = *static_cast<sqlite3 *const *>(handle.constData());
    }
    if (handle_) {
        sqlite3_trace_v2(handle_, SQLITE_TRACE_STMT, &StatementRecorder::onTrace, this);
    }
}

StatementRecorder::~StatementRecorder()
{
    if (handle_) {
        sqlite3_trace_v2(handle_, 0, nullptr, nullptr);
    }
}

QStringList StatementRecorder::take()
{
    return std::exchange(statements_, {});
}

int StatementRecorder::onTrace(unsigned kind, void *self, void *statement, void *sql)
{
    // A trigger's statements come as "-- comment" text: they are part of their statement.
    if (kind != SQLITE_TRACE_STMT
        || (sql && qstrncmp(static_cast<const char *>(sql), "--", 2) == 0)) {
        return 0;
    }
    char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    // FTS5 reads its own configuration with statements on the same connection ("PRAGMA
    // 'main'.data_version", "SELECT k, v FROM 'main'.'search_config'"); the replay's FTS5
    // runs them itself. The store never quotes the schema name, so this tells them apart.
    if (expanded && std::strstr(expanded, "'main'.") != nullptr) {
        sqlite3_free(expanded);
        return 0;
    }
    if (expanded) {
        static_cast<StatementRecorder *>(self)->statements_.append(QString::fromUtf8(expanded));
        sqlite3_free(expanded);
    }
    return 0;
}

}  // namespace workroom::bench
