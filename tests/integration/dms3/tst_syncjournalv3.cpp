// The sync journal's third schema version: local state beside the bases, resolved conflicts,
// the activity list, and the upgrade of a journal written by version 2.
#include "SyncJournal.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::dms;

namespace {

QJsonObject conflictJson(const QString &id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("field"), QStringLiteral("subject")},
            {QStringLiteral("local"), QStringLiteral("A")},
            {QStringLiteral("remote"), QStringLiteral("B")}};
}

}  // namespace

class TestSyncJournalV3 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upgradesSecondVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dms-journal.sqlite"));
        {
            auto journal = SyncJournal::open(path);
            QVERIFY(journal);
            SyncJournal::CaseBase base;
            base.json = {{QStringLiteral("format"), 1}};
            base.etag = "\"abc\"";
            QVERIFY((*journal)->setCaseBase(QStringLiteral("x"), base));
            QVERIFY((*journal)->recordConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                               conflictJson(QStringLiteral("c1"))));
        }
        {
            // Back to what version 2 wrote.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement :
                 {"DROP TABLE activity", "ALTER TABLE case_base DROP COLUMN local_state",
                  "ALTER TABLE case_conflict DROP COLUMN resolved_at",
                  "ALTER TABLE case_conflict DROP COLUMN resolution", "PRAGMA user_version = 2"}) {
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        auto journal = SyncJournal::open(path);
        QVERIFY(journal);
        auto base = (*journal)->caseBase(QStringLiteral("x"));
        QVERIFY(base);
        QCOMPARE(base->etag, QByteArray("\"abc\""));
        QVERIFY(base->localState.isEmpty());  // unknown: the first sync merges the case
        auto open = (*journal)->conflicts();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QVERIFY((*journal)->recordActivity({QDateTime::currentDateTimeUtc(),
                                            SyncActivity::Kind::CaseWritten, QStringLiteral("x/1"),
                                            QStringLiteral("written")}));
    }

    void localStateAndResolutions()
    {
        QTemporaryDir dir;
        auto opened = SyncJournal::open(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(opened);
        SyncJournal &journal = **opened;
        SyncJournal::CaseBase base;
        base.json = {{QStringLiteral("format"), 1}};
        base.etag = "W/\"1-2\"";
        base.localState = QStringLiteral("hash-1");
        QVERIFY(journal.setCaseBase(QStringLiteral("x"), base));
        auto states = journal.caseStates();
        QVERIFY(states);
        QCOMPARE(states->value(QStringLiteral("x")).etag, base.etag);
        QCOMPARE(states->value(QStringLiteral("x")).localState, QStringLiteral("hash-1"));
        QVERIFY(journal.forgetLocalState(QStringLiteral("x")));
        QVERIFY(journal.caseStates()->value(QStringLiteral("x")).localState.isEmpty());
        QCOMPARE(journal.caseBase(QStringLiteral("x"))->json, base.json);

        QVERIFY(journal.recordConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                       conflictJson(QStringLiteral("c1"))));
        QVERIFY(journal.recordConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                       conflictJson(QStringLiteral("c2"))));
        QCOMPARE(journal.conflicts()->size(), 2);
        auto closed = journal.resolveConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                              QStringLiteral("c1"), QStringLiteral("A"));
        QVERIFY(closed);
        QVERIFY(*closed);
        QCOMPARE(journal.conflicts()->size(), 1);
        QCOMPARE(*journal.resolvedConflicts(QStringLiteral("x")),
                 QStringList{QStringLiteral("c1")});
        // Found again by a later merge: stays resolved.
        QVERIFY(journal.recordConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                       conflictJson(QStringLiteral("c1"))));
        QCOMPARE(journal.conflicts()->size(), 1);
        // Resolved again (another client's resolution arriving): not open, not changed.
        closed = journal.resolveConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                         QStringLiteral("c1"), QJsonValue());
        QVERIFY(closed);
        QVERIFY(!*closed);
        // A resolution learnt for a conflict never seen here keeps it from ever opening.
        QVERIFY(journal.resolveConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                        QStringLiteral("c3"), QJsonValue()));
        QVERIFY(journal.recordConflict(QStringLiteral("x"), QStringLiteral("x/1"),
                                       conflictJson(QStringLiteral("c3"))));
        QCOMPARE(journal.conflicts()->size(), 1);
        QCOMPARE(journal.resolvedConflicts(QStringLiteral("x"))->size(), 2);
        QVERIFY(journal.resolvedConflicts(QStringLiteral("other"))->isEmpty());
    }

    void activityRoundTrip()
    {
        QTemporaryDir dir;
        auto opened = SyncJournal::open(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(opened);
        SyncJournal &journal = **opened;
        const QList<SyncActivity::Kind> kinds{
            SyncActivity::Kind::Uploaded,    SyncActivity::Kind::Downloaded,
            SyncActivity::Kind::CaseWritten, SyncActivity::Kind::CaseApplied,
            SyncActivity::Kind::Conflict,    SyncActivity::Kind::Audit,
            SyncActivity::Kind::Failed,      SyncActivity::Kind::RetryLater};
        const QDateTime at(QDate(2026, 3, 1), QTime(9, 30, 15, 250), QTimeZone::UTC);
        QList<SyncActivity> rows;
        for (const SyncActivity::Kind kind : kinds) {
            rows.append({at, kind, SyncActivity::kindName(kind) + QStringLiteral("-item"),
                         QStringLiteral("Straße %1").arg(int(kind))});
        }
        QVERIFY(journal.recordActivities(rows));
        QVERIFY(journal.recordActivities({}));
        auto read = journal.recentActivity(100);
        QVERIFY(read);
        QCOMPARE(read->size(), kinds.size());
        for (int i = 0; i < kinds.size(); ++i) {
            // Newest first.
            const SyncActivity &row = read->at(kinds.size() - 1 - i);
            QCOMPARE(row.kind, kinds.at(i));
            QCOMPARE(row.at, at);
            QCOMPARE(row.item, SyncActivity::kindName(kinds.at(i)) + QStringLiteral("-item"));
            QCOMPARE(row.message, QStringLiteral("Straße %1").arg(int(kinds.at(i))));
        }
        QCOMPARE(journal.recentActivity(3)->size(), 3);
        QCOMPARE(journal.recentActivity(0)->size(), 0);
        QCOMPARE(SyncActivity::kindFromName(QStringLiteral("nonsense")),
                 SyncActivity::Kind::Failed);
    }
};

QTEST_GUILESS_MAIN(TestSyncJournalV3)
#include "tst_syncjournalv3.moc"
