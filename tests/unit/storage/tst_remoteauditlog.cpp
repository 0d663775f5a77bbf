#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "RemoteAuditLog.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom;
using namespace workroom::storage;

namespace {

const QString kPattern = QStringLiteral("{plan}-{seq:4}/{year}");

// A chain of `count` entries as another computer would have written it, starting after
// `prevHash` with sequence number `first`.
QList<RemoteAuditEntry> chain(const QString &client, qint64 workroomId, qint64 first, int count,
                              QString prevHash, const QString &reference)
{
    QList<RemoteAuditEntry> entries;
    for (int i = 0; i < count; ++i) {
        RemoteAuditEntry remote;
        remote.clientId = client;
        remote.workroomId = workroomId;
        remote.caseReference = reference;
        remote.caseUid = QStringLiteral("uid-") + reference;
        AuditEntry &entry = remote.entry;
        entry.seq = first + i;
        entry.at =
            QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC).addSecs(60 * entry.seq);
        entry.actor = QStringLiteral("Anna Schmidt");
        entry.action = QStringLiteral("case.update");
        entry.workroomId = 7;  // the origin's ids, not ours
        entry.caseId = 3;
        QJsonArray fromTo;
        fromTo.append(QStringLiteral("alt"));
        fromTo.append(QStringLiteral("neu %1").arg(i));
        entry.detail.insert(QStringLiteral("subject"), fromTo);
        entry.prevHash = prevHash;
        entry.hash = AuditLog::computeHash(entry);
        prevHash = entry.hash;
        entries.append(remote);
    }
    return entries;
}

}  // namespace

class TestRemoteAuditLog : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<Database> db_;
    qint64 roomId_ = 0;
    const QString genesis_ = QString(64, QLatin1Char('0'));

private Q_SLOTS:
    void init()
    {
        QFile::remove(tmp_.filePath(QStringLiteral("w.sqlite")));
        auto opened = Database::open(tmp_.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(opened);
        db_ = std::move(*opened);
        auto room = CaseRepository(*db_).createWorkroom(QStringLiteral("Bürgeramt"), kPattern,
                                                        false, QStringLiteral("bob"));
        QVERIFY(room);
        roomId_ = room->id;
    }

    void cleanup() { db_.reset(); }

    void batchIsStoredAndRerunsAddNothing()
    {
        RemoteAuditLog log(*db_);
        const auto entries = chain(QStringLiteral("client-a"), roomId_, 1, 5, genesis_,
                                   QStringLiteral("32.10-0001/2026"));
        QCOMPARE(log.appendBatch(entries).value_or(-1), 5);
        QCOMPARE(log.count().value_or(-1), 5);
        // The same segment imported again (a journal lost, a crash before its mark).
        QCOMPARE(log.appendBatch(entries).value_or(-1), 0);
        QCOMPARE(log.count(QStringLiteral("client-a")).value_or(-1), 5);
        // The next one, overlapping by two: only the three new ones count.
        const auto next = chain(QStringLiteral("client-a"), roomId_, 1, 8, genesis_,
                                QStringLiteral("32.10-0001/2026"));
        QCOMPARE(log.appendBatch(next.mid(3)).value_or(-1), 3);
        QCOMPARE(log.count().value_or(-1), 8);
        // Another client's sequence numbers are its own.
        const auto other = chain(QStringLiteral("client-b"), roomId_, 1, 2, genesis_,
                                 QStringLiteral("32.10-0001/2026"));
        QCOMPARE(log.appendBatch(other).value_or(-1), 2);
        QCOMPARE(log.count().value_or(-1), 10);

        // Read back exactly as written: the origin's hash still checks.
        auto read = log.forReference(roomId_, QStringLiteral("32.10-0001/2026"));
        QVERIFY(read);
        QCOMPARE(read->size(), 10);
        for (const RemoteAuditEntry &remote : *read) {
            QCOMPARE(AuditLog::computeHash(remote.entry), remote.entry.hash);
            QCOMPARE(remote.entry.workroomId, 7);
            QCOMPARE(remote.workroomId, roomId_);
            QCOMPARE(remote.entry.actor, QStringLiteral("Anna Schmidt"));
        }
    }

    void aRewrittenHistoryFailsTheWholeBatch()
    {
        RemoteAuditLog log(*db_);
        auto entries = chain(QStringLiteral("client-a"), roomId_, 1, 3, genesis_, QString());
        QCOMPARE(log.appendBatch(entries).value_or(-1), 3);
        // Entry 3 again with other content, together with a new entry 4.
        auto rewritten = chain(QStringLiteral("client-a"), roomId_, 1, 4, genesis_, QString());
        rewritten[2].entry.actor = QStringLiteral("Mallory");
        rewritten[2].entry.hash = AuditLog::computeHash(rewritten[2].entry);
        auto result = log.appendBatch(rewritten.mid(2));
        QVERIFY(!result);
        QCOMPARE(result.error().code, StorageErrorCode::Conflict);
        QCOMPARE(log.count().value_or(-1), 3);  // entry 4 was rolled back with it
    }

    void forCaseFindsResolvedAndUnresolvedEntries()
    {
        RemoteAuditLog log(*db_);
        const QString reference = QStringLiteral("32.10-0001/2026");
        auto entries = chain(QStringLiteral("client-a"), roomId_, 1, 3, genesis_, reference);
        auto unrelated =
            chain(QStringLiteral("client-c"), roomId_, 1, 2, genesis_, QStringLiteral("x/1"));
        QCOMPARE(log.appendBatch(entries + unrelated).value_or(-1), 5);

        // The case does not exist here yet.
        QCOMPARE(log.resolveByReference(roomId_).value_or(-1), 0);
        CaseRepository cases(*db_);
        domain::CaseRecord draft;
        draft.workroomId = roomId_;
        draft.filePlanCode = QStringLiteral("32.10");
        draft.year = 2026;
        draft.subject = QStringLiteral("Bauantrag");
        auto created = cases.createCase(draft, {}, QStringLiteral("bob"));
        QVERIFY(created);
        QCOMPARE(created->reference, reference);
        QVERIFY(log.forCase(created->id).value().isEmpty());
        // The history finds them by reference before they are linked ...
        QCOMPARE(log.history(created->id, roomId_, reference).value().size(), 3);
        // ... and by case once they are.
        QCOMPARE(log.resolveByReference(roomId_).value_or(-1), 3);
        auto forCase = log.forCase(created->id);
        QVERIFY(forCase);
        QCOMPARE(forCase->size(), 3);
        QVERIFY(std::ranges::is_sorted(*forCase, {},
                                       [](const RemoteAuditEntry &e) { return e.entry.at; }));
        QCOMPARE(log.history(created->id, roomId_, reference).value().size(), 3);
        QCOMPARE(log.resolveByReference(roomId_).value_or(-1), 0);
        // Entries of another case stay out.
        QCOMPARE(log.forReference(roomId_, QStringLiteral("x/1")).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRemoteAuditLog)
#include "tst_remoteauditlog.moc"
