#include "SyncJournal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::dms;

namespace {

ImmutableFile file(const QString &folder, char fill,
                   ImmutableFile::Kind kind = ImmutableFile::Kind::Content)
{
    ImmutableFile f;
    f.kind = kind;
    f.caseFolder = folder;
    f.sha256 = QString(64, QLatin1Char(fill));
    f.size = 10;
    f.localPath = QStringLiteral("/blobs/") + f.sha256;
    return f;
}

}  // namespace

class TestSyncJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void remotePaths()
    {
        QCOMPARE(caseFolderName(QStringLiteral("32.10-0042/2026")),
                 QStringLiteral("32.10-0042_2026"));
        QCOMPARE(caseFolderName(QStringLiteral("..")), QString());
        QCOMPARE(file(QStringLiteral("A_1"), 'a').remotePath(),
                 QStringLiteral("cases/A_1/content/") + QString(64, QLatin1Char('a')));
        QCOMPARE(file(QStringLiteral("A_1"), 'b', ImmutableFile::Kind::Signature).remotePath(),
                 QStringLiteral("cases/A_1/signatures/") + QString(64, QLatin1Char('b'))
                     + QStringLiteral(".p7s"));
    }

    void keepsTheKindOfEachFile()
    {
        QTemporaryDir dir;
        auto journal = SyncJournal::open(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(journal);
        QVERIFY((*journal)->enqueueUploads(
            {file(QStringLiteral("x"), 'a'),
             file(QStringLiteral("x"), 'b', ImmutableFile::Kind::Signature),
             file(QStringLiteral("x"), 'c', ImmutableFile::Kind::EnvelopedSignature)}));
        auto pending = (*journal)->pendingUploads();
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).file.kind, ImmutableFile::Kind::Content);
        QCOMPARE(pending->at(1).file.kind, ImmutableFile::Kind::Signature);
        QCOMPARE(pending->at(2).file.kind, ImmutableFile::Kind::EnvelopedSignature);
        QVERIFY(pending->at(2).file.remotePath().endsWith(QLatin1String(".p7m")));
        QCOMPARE(pending->at(2).file.localPath,
                 QStringLiteral("/blobs/") + QString(64, QLatin1Char('c')));
    }

    void enqueuesOnceAndKeepsState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            auto journal = SyncJournal::open(path);
            QVERIFY(journal);
            auto added = (*journal)->enqueueUploads(
                {file(QStringLiteral("x"), 'a'), file(QStringLiteral("x"), 'b')});
            QVERIFY(added);
            QCOMPARE(*added, 2);
            QCOMPARE(*(*journal)->enqueueUploads({file(QStringLiteral("x"), 'a')}), 0);
            auto pending = (*journal)->pendingUploads();
            QVERIFY(pending);
            QCOMPARE(pending->size(), 2);
            QCOMPARE(pending->at(0).file.sha256, QString(64, QLatin1Char('a')));
            QVERIFY((*journal)->markUploaded(pending->at(0).id));
            QVERIFY((*journal)->markFailed(pending->at(1).id, QStringLiteral("409"), true));
            QVERIFY((*journal)->recordCollection(QStringLiteral("cases/")));
            QVERIFY((*journal)->setValue(QStringLiteral("client-id"), QStringLiteral("c1")));
        }
        // Everything survives reopening (a restart, or a crash after the commit).
        auto journal = SyncJournal::open(path);
        QVERIFY(journal);
        auto counts = (*journal)->counts();
        QCOMPARE(counts->done, 1);
        QCOMPARE(counts->failed, 1);
        QCOMPARE(counts->pending, 0);
        QVERIFY((*journal)->knowsCollection(QStringLiteral("cases/")));
        QVERIFY(!(*journal)->knowsCollection(QStringLiteral("cases/x/")));
        QCOMPARE(*(*journal)->value(QStringLiteral("client-id")), QStringLiteral("c1"));

        // The next sync retries failed items once; done items stay done.
        QCOMPARE(*(*journal)->enqueueUploads(
                     {file(QStringLiteral("x"), 'a'), file(QStringLiteral("x"), 'b')}),
                 0);
        auto pending = (*journal)->pendingUploads();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().file.sha256, QString(64, QLatin1Char('b')));
        QCOMPARE(pending->first().attempts, 1);
        QCOMPARE(pending->first().lastError, QStringLiteral("409"));

        // A transient failure keeps the item pending.
        QVERIFY((*journal)->markFailed(pending->first().id, QStringLiteral("503"), false));
        QCOMPARE((*journal)->counts()->pending, 1);
        QVERIFY((*journal)->forgetCollections());
        QVERIFY(!(*journal)->knowsCollection(QStringLiteral("cases/")));
    }

    void refusesNewerJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto journal = SyncJournal::open(path);
        QVERIFY(!journal);
        QCOMPARE(journal.error().code, DmsErrorCode::LocalIo);
    }
};

QTEST_GUILESS_MAIN(TestSyncJournal)
#include "tst_syncjournal.moc"
