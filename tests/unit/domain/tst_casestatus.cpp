#include "CaseRecord.h"
#include "CaseStatus.h"

#include <QTest>

using namespace workroom::domain;

class TestCaseStatus : public QObject {
    Q_OBJECT

private slots:
    void keysRoundTrip()
    {
        for (CaseStatus status : allStatuses()) {
            QCOMPARE(statusFromKey(statusKey(status)), status);
            QVERIFY(!statusDisplayName(status).isEmpty());
        }
        QCOMPARE(statusKey(CaseStatus::InReview), QStringLiteral("in_review"));
        QVERIFY(!statusFromKey(QStringLiteral("In_Review")).has_value());
        for (Role role : {Role::Clerk, Role::TeamLeader, Role::Reader}) {
            QCOMPARE(roleFromKey(roleKey(role)), role);
        }
    }

    // Every pair of statuses for every role, against the table in DESIGN.md.
    void transitionsFollowTheDesign()
    {
        using S = CaseStatus;
        const QList<std::pair<S, S>> clerk{{S::New, S::InProgress},
                                           {S::InProgress, S::InReview},
                                           {S::Returned, S::InProgress},
                                           {S::Approved, S::Closed}};
        const QList<std::pair<S, S>> leaderOnly{{S::InReview, S::Approved},
                                                {S::InReview, S::Returned}};
        for (S from : allStatuses()) {
            for (S to : allStatuses()) {
                const bool clerkMay = clerk.contains(std::pair{from, to});
                const bool leaderMay = clerkMay || leaderOnly.contains(std::pair{from, to});
                const QByteArray pair =
                    (statusKey(from) + QStringLiteral(" → ") + statusKey(to)).toUtf8();
                QVERIFY2(StatusRules::mayTransition(from, to, Role::Clerk) == clerkMay, pair);
                QVERIFY2(StatusRules::mayTransition(from, to, Role::TeamLeader) == leaderMay, pair);
                QVERIFY2(!StatusRules::mayTransition(from, to, Role::Reader), pair);
            }
        }
    }

    void nextStatusesListTheAllowedSteps()
    {
        QCOMPARE(StatusRules::nextStatuses(CaseStatus::InReview, Role::Clerk), QList<CaseStatus>{});
        QCOMPARE(StatusRules::nextStatuses(CaseStatus::InReview, Role::TeamLeader),
                 (QList<CaseStatus>{CaseStatus::Approved, CaseStatus::Returned}));
        QCOMPARE(StatusRules::nextStatuses(CaseStatus::Closed, Role::TeamLeader),
                 QList<CaseStatus>{});
    }

    void overdueMeansPastTheDeadlineAndOpen()
    {
        const QDate today(2026, 11, 29);
        QVERIFY(isOverdue(today.addDays(-1), CaseStatus::InReview, today));
        QVERIFY(!isOverdue(today, CaseStatus::InReview, today));
        QVERIFY(!isOverdue(std::nullopt, CaseStatus::New, today));
        QVERIFY(!isOverdue(today.addDays(-30), CaseStatus::Closed, today));
        QVERIFY(isResubmissionDue(today, CaseStatus::New, today));
        QVERIFY(isResubmissionDue(today.addDays(-2), CaseStatus::Returned, today));
        QVERIFY(!isResubmissionDue(today.addDays(1), CaseStatus::New, today));
        QVERIFY(!isResubmissionDue(today, CaseStatus::Closed, today));
    }
};

QTEST_GUILESS_MAIN(TestCaseStatus)
#include "tst_casestatus.moc"
