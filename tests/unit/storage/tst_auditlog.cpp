#include "AuditLog.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::storage;

class TestAuditLog : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<Database> db_;

    void exec(const QString &sql)
    {
        QSqlQuery q(db_->connection());
        QVERIFY2(q.exec(sql), qUtf8Printable(q.lastError().text()));
    }

    AuditLog::Verification verify()
    {
        auto result = AuditLog(*db_).verify();
        return result.value_or(AuditLog::Verification{false, 0, -1, QStringLiteral("error")});
    }

private slots:
    void init()
    {
        QFile::remove(tmp_.filePath(QStringLiteral("a.sqlite")));
        db_ = std::move(Database::open(tmp_.filePath(QStringLiteral("a.sqlite"))).value());
        AuditLog log(*db_);
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(log.append(QStringLiteral("a.becker"), QStringLiteral("case.update"), 1, i,
                               {{QStringLiteral("subject"), QStringLiteral("Fassung %1").arg(i)}})
                        .has_value());
        }
    }

    void cleanup() { db_.reset(); }

    void anUntouchedChainIsIntact()
    {
        const auto v = verify();
        QVERIFY2(v.intact, qUtf8Printable(v.problem));
        QCOMPARE(v.entries, 5);
        QCOMPARE(AuditLog(*db_).forCase(3).value().size(), 1);
    }

    void detectsAnEditedEntry()
    {
        exec(QStringLiteral(
            "UPDATE audit SET detail = '{\"subject\":\"gefälscht\"}' WHERE seq = 3"));
        const auto v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY(v.problem.contains(QLatin1StringView("changed")));
    }

    void detectsAnEditedActorOrTime()
    {
        exec(QStringLiteral("UPDATE audit SET actor = 'someone.else' WHERE seq = 2"));
        QCOMPARE(verify().firstBadSeq, 2);
        init();
        exec(QStringLiteral("UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 4"));
        QCOMPARE(verify().firstBadSeq, 4);
    }

    void detectsADeletedEntry()
    {
        exec(QStringLiteral("DELETE FROM audit WHERE seq = 2"));
        const auto v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
        QVERIFY(v.problem.contains(QLatin1StringView("deleted")));
    }

    void detectsAnInsertedEntry()
    {
        // Renumber to make room, then insert an entry with a self-consistent hash: the chain
        // to its successor breaks.
        exec(QStringLiteral("UPDATE audit SET seq = seq + 100 WHERE seq >= 3"));
        exec(QStringLiteral("UPDATE audit SET seq = seq - 99 WHERE seq >= 103"));
        AuditEntry forged;
        forged.seq = 3;
        forged.at = QDateTime::currentDateTimeUtc();
        forged.actor = QStringLiteral("mallory");
        forged.action = QStringLiteral("case.update");
        forged.workroomId = 1;
        forged.caseId = 9;
        QSqlQuery prev(db_->connection());
        QVERIFY(prev.exec(QStringLiteral("SELECT hash FROM audit WHERE seq = 2")) && prev.next());
        forged.prevHash = prev.value(0).toString();
        forged.hash = AuditLog::computeHash(forged);
        QSqlQuery insert(db_->connection());
        insert.prepare(QStringLiteral("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)"));
        for (const QVariant &v :
             {QVariant(forged.seq), QVariant(forged.at.toString(Qt::ISODateWithMs)),
              QVariant(forged.actor), QVariant(forged.action), QVariant(forged.workroomId),
              QVariant(forged.caseId), QVariant(forged.prevHash), QVariant(forged.hash)}) {
            insert.addBindValue(v);
        }
        QVERIFY2(insert.exec(), qUtf8Printable(insert.lastError().text()));
        const auto v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 4);
        QVERIFY(v.problem.contains(QLatin1StringView("inserted")));
    }

    void detectsEntriesCutOffTheEnd()
    {
        exec(QStringLiteral("DELETE FROM audit WHERE seq >= 4"));
        const auto v = verify();
        QVERIFY(!v.intact);
        QVERIFY(v.problem.contains(QLatin1StringView("end")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
