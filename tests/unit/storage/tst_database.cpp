#include "CaseRepository.h"
#include "Database.h"
#include "SearchIndex.h"
#include "Why.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::storage;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL through the sqlite3 command-line tool: another process, as a user's would be.
bool sqlite3(const QString &database, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {database});
    if (!process.waitForStarted(10000)) {
        return false;
    }
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

}  // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
                 "the sqlite3 command-line tool is missing: install the Debian package sqlite3");
    }

    void createsTheCurrentSchemaWithWal()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.filePath(QStringLiteral("w.sqlite")));
        QVERIFY2(db.has_value(), why(db).constData());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::schemaVersion);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY((*db)->migrationBackup().isEmpty());  // a new file needs no backup
    }

    // A file of the first schema, filled as the first release would have, is migrated forward
    // after a backup copy; its data survives and becomes searchable.
    void migratesFromTheFirstSchema()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("old.sqlite"));
        const QString v1 = Database::migrationScripts().first();
        QVERIFY(sqlite3(path, v1 + QStringLiteral(R"sql(;
INSERT INTO workroom VALUES (1, 'Bürgeramt', '{plan}-{seq:4}/{year}', 0, '2025-01-02T08:00:00.000Z');
INSERT INTO case_file (id, workroom_id, reference, file_plan_code, year, sequence, subject, status,
  assignee, deadline, resubmission, tags, created_at, updated_at, revision)
  VALUES (1, 1, '32.10-0001/2025', '32.10', 2025, 1, 'Anmeldung einer Wohnung', 'in_progress',
  'a.becker', '2025-02-01', NULL, 'eilig', '2025-01-02T08:00:00.000Z', '2025-01-02T08:00:00.000Z', 1);
INSERT INTO party (case_id, kind, given_name, family_name, street, postal_code, city)
  VALUES (1, 'person', 'Jörg', 'Weißbeispiel', 'Musterstraße 5', '01234', 'Musterstadt');
INSERT INTO note (case_id, author, created_at, text) VALUES (1, 'a.becker', '2025-01-03T08:00:00.000Z', 'Rückruf vereinbart');
PRAGMA user_version = 1;
)sql")));
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY2(db.has_value(), why(db).constData());
        const QString backup = (*db)->migrationBackup();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        // The backup holds the old schema and the old rows.
        QProcess check;
        check.start(
            QStringLiteral("sqlite3"),
            {backup, QStringLiteral("PRAGMA user_version; SELECT subject FROM case_file;")});
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(),
                 QStringLiteral("1\nAnmeldung einer Wohnung"));
        QVERIFY(before != fileHash(path));

        CaseRepository repo(**db);
        QCOMPARE(repo.caseById(1).value().subject, QStringLiteral("Anmeldung einer Wohnung"));
        SearchIndex index(**db);
        QCOMPARE(index.matchingCases(QStringLiteral("weissbeispiel"), 10).value(),
                 QList<qint64>{1});
        QCOMPARE(index.matchingCases(QStringLiteral("rückruf"), 10).value(), QList<qint64>{1});
        QCOMPARE(index.matchingCases(QStringLiteral("musterstrasse"), 10).value(),
                 QList<qint64>{1});
    }

    void refusesANewerSchemaUntouched()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(sqlite3(path, QStringLiteral("CREATE TABLE x (y); PRAGMA user_version = 99;")));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, StorageErrorCode::NewerSchema);
        QVERIFY2(db.error().message.contains(QLatin1StringView("newer version")),
                 qUtf8Printable(db.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dies ist eine Textdatei, keine Datenbank.\n");
        file.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, StorageErrorCode::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    // Another process holds the write lock: the change fails with a clear message, and
    // nothing is half-written; once the lock is gone, writing works again.
    void reportsALockedDatabase()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("w.sqlite"));
        auto db = Database::open(path, {.checkIntegrity = false, .busyTimeoutMs = 200});
        QVERIFY(db.has_value());
        CaseRepository repo(**db);
        QVERIFY(repo.createWorkroom(QStringLiteral("A"), QStringLiteral("{plan}-{seq}/{year}"),
                                    false, QStringLiteral("t"))
                    .has_value());

        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN EXCLUSIVE; INSERT INTO meta VALUES ('lock', 'held');\n"
                     ".print locked\n");
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("locked"));

        auto blocked = repo.createWorkroom(
            QStringLiteral("B"), QStringLiteral("{plan}-{seq}/{year}"), false, QStringLiteral("t"));
        QVERIFY(!blocked.has_value());
        QCOMPARE(blocked.error().code, StorageErrorCode::Locked);
        QVERIFY2(blocked.error().message.contains(QLatin1StringView("another program")),
                 qUtf8Printable(blocked.error().message));

        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(repo.workrooms().value().size(), 1);
        QVERIFY(repo.createWorkroom(QStringLiteral("B"), QStringLiteral("{plan}-{seq}/{year}"),
                                    false, QStringLiteral("t"))
                    .has_value());
    }

    // A damaged page fails the integrity check with a clear message; nothing is overwritten.
    void detectsADamagedFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("w.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.has_value());
            CaseRepository repo(**db);
            auto room =
                repo.createWorkroom(QStringLiteral("A"), QStringLiteral("{plan}-{seq}/{year}"),
                                    false, QStringLiteral("t"));
            QVERIFY(room.has_value());
            workroom::domain::CaseRecord draft;
            draft.workroomId = room->id;
            draft.filePlanCode = QStringLiteral("1");
            draft.year = 2026;
            for (int i = 0; i < 300; ++i) {
                draft.subject =
                    QStringLiteral("Vorgang %1 ").arg(i) + QString(200, QLatin1Char('x'));
                QVERIFY(repo.createCase(draft, {}, QStringLiteral("t")).has_value());
            }
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}).has_value());
        }
        // Scribble over the middle of the file, where the case table's pages are.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        file.seek(size / 2);
        file.write(QByteArray(8192, '\xA5'));
        file.close();
        const QByteArray damaged = fileHash(path);

        auto db = Database::open(path, {.checkIntegrity = true});
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, StorageErrorCode::Corrupt);
        QVERIFY2(db.error().message.contains(QLatin1StringView("damaged")),
                 qUtf8Printable(db.error().message));
        QCOMPARE(fileHash(path), damaged);
    }

    void nestedWritesJoinAndRollBackTogether()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.has_value());
        CaseRepository repo(**db);
        auto failed = (*db)->write(
            [&]() -> Result<void> {
                auto room = repo.createWorkroom(QStringLiteral("Inner"),
                                                QStringLiteral("{plan}-{seq}/{year}"), false,
                                                QStringLiteral("t"));
                if (!room) {
                    return std::unexpected(room.error());
                }
                return std::unexpected(StorageError{StorageErrorCode::Cancelled, {}});
            },
            QStringLiteral("test"));
        QVERIFY(!failed.has_value());
        QVERIFY(repo.workrooms().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
