#include "SyncJournal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::dms;

// The journal's case.json part: bases, uids and conflicts, kept across a reopen, and a journal
// of the first version (uploads only) taken over without losing its uploads.
class TestSyncJournalCases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dms-journal.sqlite"));
        {
            auto journal = SyncJournal::open(path);
            QVERIFY(journal);
            auto empty = (*journal)->caseBase(QStringLiteral("32.10-0001_2026"));
            QVERIFY(empty);
            QVERIFY(empty->json.isEmpty());
            SyncJournal::CaseBase base;
            base.json = {{QStringLiteral("reference"), QStringLiteral("32.10-0001/2026")}};
            QVERIFY((*journal)->setCaseBase(QStringLiteral("32.10-0001_2026"), base));
            QVERIFY((*journal)->mapUid(QStringLiteral("note"), 7, QStringLiteral("u-7")));
            const QJsonObject conflict{{QStringLiteral("id"), QStringLiteral("c1")},
                                       {QStringLiteral("field"), QStringLiteral("subject")}};
            QVERIFY((*journal)->recordConflict(QStringLiteral("32.10-0001_2026"),
                                               QStringLiteral("32.10-0001/2026"), conflict));
            // Recorded again (by the next merge): still one.
            QVERIFY((*journal)->recordConflict(QStringLiteral("32.10-0001_2026"),
                                               QStringLiteral("32.10-0001/2026"), conflict));
            base.etag = "\"abc\"";
            QVERIFY((*journal)->setCaseBase(QStringLiteral("32.10-0001_2026"), base));
        }
        auto journal = SyncJournal::open(path);
        QVERIFY(journal);
        auto base = (*journal)->caseBase(QStringLiteral("32.10-0001_2026"));
        QVERIFY(base);
        QCOMPARE(base->json.value(QStringLiteral("reference")).toString(),
                 QStringLiteral("32.10-0001/2026"));
        QCOMPARE(base->etag, QByteArray("\"abc\""));
        QCOMPARE((*journal)->uidOf(QStringLiteral("note"), 7).value_or(QString()),
                 QStringLiteral("u-7"));
        QCOMPARE((*journal)->localIdOf(QStringLiteral("note"), QStringLiteral("u-7")).value_or(0),
                 7);
        QCOMPARE(
            (*journal)->localIdOf(QStringLiteral("document"), QStringLiteral("u-7")).value_or(-1),
            0);
        auto conflicts = (*journal)->conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().reference, QStringLiteral("32.10-0001/2026"));
    }

    void upgradesFirstVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dms-journal.sqlite"));
        {
            auto journal = SyncJournal::open(path);
            QVERIFY(journal);
            ImmutableFile file;
            file.caseFolder = QStringLiteral("x");
            file.sha256 = QString(64, QLatin1Char('a'));
            file.size = 3;
            file.localPath = QStringLiteral("/nowhere");
            QVERIFY((*journal)->enqueueUploads({file}));
        }
        {
            // Back to what the first version wrote: its tables only.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement : {"DROP TABLE case_base", "DROP TABLE id_map",
                                          "DROP TABLE case_conflict", "PRAGMA user_version = 1"}) {
                QVERIFY(query.exec(QString::fromLatin1(statement)));
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        auto journal = SyncJournal::open(path);
        QVERIFY(journal);
        auto counts = (*journal)->counts();
        QVERIFY(counts);
        QCOMPARE(counts->pending, 1);
        SyncJournal::CaseBase base;
        base.json = {{QStringLiteral("format"), 1}};
        QVERIFY((*journal)->setCaseBase(QStringLiteral("x"), base));
    }
};

QTEST_GUILESS_MAIN(TestSyncJournalCases)
#include "tst_syncjournalcases.moc"
