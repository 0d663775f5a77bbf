#include "DemoWorkroom.h"
#include "SearchIndex.h"
#include "Why.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace workroom;

namespace {

// What a user sees of the room: every case's reference, subject, status and dates.
QStringList describe(casework::Workspace &ws)
{
    QStringList lines;
    const auto rows = ws.cases().listCases({}, 0, 1000).value();
    for (const auto &row : rows) {
        lines << QStringList{row.reference,
                             row.subject,
                             domain::statusKey(row.status),
                             row.assignee,
                             row.deadline ? row.deadline->toString(Qt::ISODate) : QString(),
                             row.resubmission ? row.resubmission->toString(Qt::ISODate) : QString()}
                     .join(QLatin1Char('|'));
    }
    return lines;
}

}  // namespace

class TestDemoWorkroom : public QObject {
    Q_OBJECT

private slots:
    void isRealisticAndTheSameEveryTime()
    {
        const QDate today(2026, 11, 29);
        QTemporaryDir a;
        QTemporaryDir b;
        auto first = casework::Workspace::open(a.path(), QStringLiteral("x")).value();
        auto second = casework::Workspace::open(b.path(), QStringLiteral("y")).value();
        auto room = casework::createDemoWorkroom(*first, today);
        QVERIFY2(room.has_value(), why(room).constData());
        QVERIFY(room->demo);
        QCOMPARE(room->name, QStringLiteral("Bürgeramt (Demo)"));
        QVERIFY(casework::createDemoWorkroom(*second, today).has_value());
        QCOMPARE(describe(*first), describe(*second));
        QCOMPARE(first->blobs().list(), second->blobs().list());

        storage::CaseRepository &repo = first->cases();
        QCOMPARE(repo.countCases({}).value(), 40);
        storage::CaseQuery overdue{.today = today};
        overdue.due = storage::CaseQuery::Due::Overdue;
        QVERIFY(repo.countCases(overdue).value() >= 3);
        storage::CaseQuery review{.today = today};
        review.statuses = {domain::CaseStatus::InReview};
        QVERIFY(repo.countCases(review).value() >= 3);
        storage::CaseQuery myDay{.today = today};
        myDay.due = storage::CaseQuery::Due::MyDay;
        QVERIFY(repo.countCases(myDay).value() >= 5);
        QVERIFY(first->blobs().list().size() >= 5);
        // The PDFs are real: their text was extracted and is searchable.
        QVERIFY(!storage::SearchIndex(first->database())
                     .search(QStringLiteral("fiktives Demo-Dokument"))
                     .value()
                     .isEmpty());
        QVERIFY(first->checkConsistency().has_value());

        // Asking again finds the room instead of making a second one.
        QCOMPARE(casework::createDemoWorkroom(*first, today)->id, room->id);
        QCOMPARE(repo.workrooms()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkroom)
#include "tst_demoworkroom.moc"
