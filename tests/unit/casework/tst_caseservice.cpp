#include "CaseService.h"
#include "Why.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace workroom;
using domain::CaseStatus;
using domain::Role;

class TestCaseService : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<casework::Workspace> ws_;
    qint64 room_ = 0;

    domain::CaseRecord draft()
    {
        domain::CaseRecord c;
        c.workroomId = room_;
        c.filePlanCode = QStringLiteral("32.30");
        c.year = 2026;
        c.subject = QStringLiteral("Gewerbeanmeldung");
        c.status = CaseStatus::Approved;  // ignored: a case starts new
        return c;
    }

private slots:
    void initTestCase()
    {
        ws_ = std::move(casework::Workspace::open(tmp_.path(), QStringLiteral("a.becker")).value());
        room_ = ws_->cases()
                    .createWorkroom(QStringLiteral("R"), QStringLiteral("{plan}-{seq}/{year}"),
                                    false, QStringLiteral("t"))
                    ->id;
    }

    void walksACaseThroughReview()
    {
        casework::CaseService clerk(*ws_, Role::Clerk);
        casework::CaseService leader(*ws_, Role::TeamLeader);
        auto created = clerk.createCase(draft());
        QVERIFY2(created.has_value(), why(created).constData());
        QCOMPARE(created->status, CaseStatus::New);
        const qint64 id = created->id;
        QCOMPARE(clerk.changeStatus(id, CaseStatus::InProgress)->status, CaseStatus::InProgress);
        QCOMPARE(clerk.changeStatus(id, CaseStatus::InReview)->status, CaseStatus::InReview);

        auto selfApproval = clerk.changeStatus(id, CaseStatus::Approved);
        QVERIFY(!selfApproval.has_value());
        QVERIFY2(selfApproval.error().message.contains(QLatin1StringView("In review")),
                 selfApproval.error().message.toUtf8().constData());
        QCOMPARE(ws_->cases().caseById(id)->status, CaseStatus::InReview);

        QCOMPARE(leader.changeStatus(id, CaseStatus::Returned)->status, CaseStatus::Returned);
        QCOMPARE(clerk.changeStatus(id, CaseStatus::InProgress)->status, CaseStatus::InProgress);
        QCOMPARE(clerk.changeStatus(id, CaseStatus::InReview)->status, CaseStatus::InReview);
        QCOMPARE(leader.changeStatus(id, CaseStatus::Approved)->status, CaseStatus::Approved);
        QCOMPARE(clerk.changeStatus(id, CaseStatus::Closed)->status, CaseStatus::Closed);
        QVERIFY(!leader.changeStatus(id, CaseStatus::InProgress).has_value());

        int statusEntries = 0;
        const auto history = ws_->cases().history(id).value();
        for (const auto &entry : history) {
            statusEntries += entry.action == QLatin1StringView("case.status") ? 1 : 0;
        }
        QCOMPARE(statusEntries, 7);
    }

    void readersChangeNothing()
    {
        casework::CaseService reader(*ws_, Role::Reader);
        const int before = ws_->cases().countCases({}).value();
        QVERIFY(!reader.createCase(draft()).has_value());
        QCOMPARE(ws_->cases().countCases({}).value(), before);
        auto existing = casework::CaseService(*ws_, Role::Clerk).createCase(draft()).value();
        domain::CaseRecord changed = existing;
        changed.subject = QStringLiteral("geändert");
        QVERIFY(!reader.updateCase(changed).has_value());
        QVERIFY(!reader.addNote(existing.id, QStringLiteral("x")).has_value());
        QVERIFY(!reader.changeStatus(existing.id, CaseStatus::InProgress).has_value());
        QCOMPARE(ws_->cases().caseById(existing.id)->subject, QStringLiteral("Gewerbeanmeldung"));
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
