#include "SqliteRuntime.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace workroom::storage {

namespace {

// Removes the named connection when the probe is done, whichever way it ends.
class ScopedConnection {
public:
    explicit ScopedConnection(QString name) : name_(std::move(name)) {}
    ~ScopedConnection() { QSqlDatabase::removeDatabase(name_); }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    const QString &name() const { return name_; }

private:
    QString name_;
};

}  // namespace

std::expected<SqliteRuntimeInfo, QString> probeSqliteRuntime()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return std::unexpected(QCoreApplication::translate(
            "workroom::storage", "The SQLite driver of Qt (QSQLITE) is not installed (Debian "
                                 "package libqt6sql6-sqlite)."));
    }
    const ScopedConnection connection(QStringLiteral("workroom-probe-")
                                      + QUuid::createUuid().toString(QUuid::WithoutBraces));
    SqliteRuntimeInfo info;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name());
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            return std::unexpected(db.lastError().text());
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next()) {
            return std::unexpected(query.lastError().text());
        }
        info.version = query.value(0).toString();
        // Creating an FTS5 table is the test that counts: a build can enable FTS5 without
        // listing it among its compile options.
        info.hasFts5 = QSqlQuery(db).exec(
            QStringLiteral("CREATE VIRTUAL TABLE temp.probe USING fts5(content)"));
        db.close();
    }
    return info;
}

}  // namespace workroom::storage
