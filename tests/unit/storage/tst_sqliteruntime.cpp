#include "SqliteRuntime.h"
#include "Why.h"

#include <QSqlDatabase>
#include <QTest>

#include <sqlite3.h>

using workroom::storage::probeSqliteRuntime;

class TestSqliteRuntime : public QObject {
    Q_OBJECT

private slots:
    void reportsTheSystemSqliteWithFts5()
    {
        const auto info = probeSqliteRuntime();
        QVERIFY2(info.has_value(), why(info).constData());
        // Qt's QSQLITE driver must use the system SQLite (the one with FTS5), not a copy of
        // its own: the versions agree with the header the test was built with.
        QCOMPARE(info->version, QString::fromLatin1(SQLITE_VERSION));
        QVERIFY(info->hasFts5);
    }

    void leavesNoConnectionBehind()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        QVERIFY(probeSqliteRuntime().has_value());
        QVERIFY(probeSqliteRuntime().has_value());
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
};

QTEST_GUILESS_MAIN(TestSqliteRuntime)
#include "tst_sqliteruntime.moc"
