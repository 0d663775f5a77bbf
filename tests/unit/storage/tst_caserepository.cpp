#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::storage;
using workroom::domain::CaseRecord;
using workroom::domain::CaseStatus;
using workroom::domain::Party;

class TestCaseRepository : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<CaseRepository> repo_;
    qint64 room_ = 0;
    const QDate today_{2026, 11, 29};

    CaseRecord draft(const QString &subject, const QString &plan = QStringLiteral("32.10"))
    {
        CaseRecord c;
        c.workroomId = room_;
        c.filePlanCode = plan;
        c.year = 2026;
        c.subject = subject;
        c.assignee = QStringLiteral("a.becker");
        return c;
    }

private slots:
    void init()
    {
        repo_.reset();
        db_.reset();
        QFile::remove(tmp_.filePath(QStringLiteral("r.sqlite")));
        db_ = std::move(Database::open(tmp_.filePath(QStringLiteral("r.sqlite"))).value());
        repo_ = std::make_unique<CaseRepository>(*db_);
        room_ = repo_
                    ->createWorkroom(QStringLiteral("Bürgeramt"),
                                     QStringLiteral("{plan}-{seq:4}/{year}"), false,
                                     QStringLiteral("admin"))
                    .value()
                    .id;
    }

    void numbersCasesPerPlanAndYear()
    {
        QCOMPARE(repo_->createCase(draft(QStringLiteral("A")), {}, QStringLiteral("t"))->reference,
                 QStringLiteral("32.10-0001/2026"));
        QCOMPARE(repo_->createCase(draft(QStringLiteral("B")), {}, QStringLiteral("t"))->reference,
                 QStringLiteral("32.10-0002/2026"));
        QCOMPARE(repo_
                     ->createCase(draft(QStringLiteral("C"), QStringLiteral("32.30")), {},
                                  QStringLiteral("t"))
                     ->reference,
                 QStringLiteral("32.30-0001/2026"));
        CaseRecord nextYear = draft(QStringLiteral("D"));
        nextYear.year = 2027;
        QCOMPARE(repo_->createCase(nextYear, {}, QStringLiteral("t"))->reference,
                 QStringLiteral("32.10-0001/2027"));
    }

    void refusesATakenReferenceNumber()
    {
        CaseRecord explicitNumber = draft(QStringLiteral("Übernommen"));
        explicitNumber.sequence = 7;
        QVERIFY(repo_->createCase(explicitNumber, {}, QStringLiteral("t")).has_value());
        auto again = repo_->createCase(explicitNumber, {}, QStringLiteral("t"));
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code, StorageErrorCode::Duplicate);
        QVERIFY(again.error().message.contains(QLatin1StringView("32.10-0007/2026")));
        // Automatic numbering continues after the highest number.
        QCOMPARE(repo_->createCase(draft(QStringLiteral("Neu")), {}, QStringLiteral("t"))->sequence,
                 8);
        QCOMPARE(repo_->countCases({.workroomId = room_}).value(), 2);
    }

    void refusesInvalidInputWithoutWriting()
    {
        CaseRecord noSubject = draft(QStringLiteral("   "));
        QCOMPARE(repo_->createCase(noSubject, {}, QStringLiteral("t")).error().code,
                 StorageErrorCode::Invalid);
        CaseRecord badDate = draft(QStringLiteral("X"));
        badDate.deadline = QDate(2026, 2, 31);
        QCOMPARE(repo_->createCase(badDate, {}, QStringLiteral("t")).error().code,
                 StorageErrorCode::Invalid);
        CaseRecord badPlan = draft(QStringLiteral("X"), QStringLiteral("32/10"));
        QCOMPARE(repo_->createCase(badPlan, {}, QStringLiteral("t")).error().code,
                 StorageErrorCode::Invalid);
        Party nameless;
        auto withNameless =
            repo_->createCase(draft(QStringLiteral("X")), {nameless}, QStringLiteral("t"));
        QCOMPARE(withNameless.error().code, StorageErrorCode::Invalid);
        // Nothing of the failed attempts remains: no case, no party, no audit entry.
        QCOMPARE(repo_->countCases({}).value(), 0);
        QCOMPARE(AuditLog(*db_).verify().value().entries, 1);  // the workroom only
    }

    void keepsPartiesNotesAndHistory()
    {
        Party anna;
        anna.givenName = QStringLiteral("Anna");
        anna.familyName = QStringLiteral("Muster");
        anna.city = QStringLiteral("Musterstadt");
        Party shop;
        shop.kind = workroom::domain::PartyKind::Company;
        shop.companyName = QStringLiteral("Probe Bäckerei e. K.");
        auto created = repo_->createCase(draft(QStringLiteral("Gewerbe")), {anna, shop},
                                         QStringLiteral("a.becker"));
        QVERIFY(created.has_value());
        const auto parties = repo_->parties(created->id).value();
        QCOMPARE(parties.size(), 2);
        QCOMPARE(parties.at(0).displayName(), QStringLiteral("Muster, Anna"));
        QCOMPARE(parties.at(1).displayName(), QStringLiteral("Probe Bäckerei e. K."));
        QVERIFY(repo_
                    ->addNote(created->id, QStringLiteral("Rückfrage gestellt"),
                              QStringLiteral("a.becker"))
                    .has_value());
        QVERIFY(repo_->removeParty(parties.at(1).id, QStringLiteral("a.becker")).has_value());
        QCOMPARE(repo_->parties(created->id).value().size(), 1);
        const auto history = repo_->history(created->id).value();
        QStringList actions;
        for (const AuditEntry &e : history) {
            actions << e.action;
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("case.create"), QStringLiteral("party.add"),
                                       QStringLiteral("party.add"), QStringLiteral("note.add"),
                                       QStringLiteral("party.remove")}));
        // Names are personal data: the audit log does not hold them.
        for (const AuditEntry &e : history) {
            QVERIFY(!QJsonDocument(e.detail).toJson().contains("Anna"));
        }
    }

    void refusesAStaleEdit()
    {
        auto created =
            repo_->createCase(draft(QStringLiteral("Alt")), {}, QStringLiteral("t")).value();
        CaseRecord mine = created;
        CaseRecord theirs = created;
        theirs.subject = QStringLiteral("Von anderer Seite geändert");
        QVERIFY(repo_->updateCase(theirs, QStringLiteral("other")).has_value());
        mine.subject = QStringLiteral("Meine Änderung");
        auto stale = repo_->updateCase(mine, QStringLiteral("me"));
        QVERIFY(!stale.has_value());
        QCOMPARE(stale.error().code, StorageErrorCode::Conflict);
        QCOMPARE(repo_->caseById(created.id)->subject, theirs.subject);
        auto history = repo_->history(created.id).value();
        QCOMPARE(history.last().action, QStringLiteral("case.update"));
        QCOMPARE(history.last().detail.value(QStringLiteral("subject")).toArray().at(0).toString(),
                 QStringLiteral("Alt"));
    }

    void listsInPagesWithFiltersAndOrder()
    {
        for (int i = 0; i < 250; ++i) {
            CaseRecord c = draft(QStringLiteral("Vorgang %1").arg(i, 3, 10, QLatin1Char('0')));
            c.assignee = i % 2 ? QStringLiteral("a.becker") : QStringLiteral("m.schneider");
            if (i % 10 == 0) {
                c.deadline = today_.addDays(-1);  // 25 overdue
            } else if (i % 10 == 1) {
                c.deadline = today_.addDays(3);  // 25 due within a week
            }
            if (i == 7) {
                c.resubmission = today_;
            }
            QVERIFY(repo_->createCase(c, {}, QStringLiteral("t")).has_value());
        }
        CaseQuery all{.workroomId = room_, .today = today_};
        QCOMPARE(repo_->countCases(all).value(), 250);
        QList<qint64> seen;
        for (int offset = 0; offset < 250; offset += 100) {
            const auto page = repo_->listCases(all, offset, 100).value();
            for (const auto &row : page) {
                seen << row.id;
            }
        }
        QCOMPARE(seen.size(), 250);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 250);

        CaseQuery overdue = all;
        overdue.due = CaseQuery::Due::Overdue;
        QCOMPARE(repo_->countCases(overdue).value(), 25);
        CaseQuery week = all;
        week.due = CaseQuery::Due::WithinWeek;
        QCOMPARE(repo_->countCases(week).value(), 25);
        CaseQuery myDay = all;
        myDay.due = CaseQuery::Due::MyDay;
        myDay.sort = CaseQuery::Sort::Deadline;
        QCOMPARE(repo_->countCases(myDay).value(), 26);
        const auto day = repo_->listCases(myDay, 0, 50).value();
        QVERIFY(day.first().deadline.has_value() && *day.first().deadline < today_);
        QCOMPARE(day.last().resubmission, std::optional<QDate>(today_));
        CaseQuery mine = all;
        mine.assignee = QStringLiteral("a.becker");
        QCOMPARE(repo_->countCases(mine).value(), 125);

        CaseQuery bySubject = all;
        bySubject.sort = CaseQuery::Sort::Subject;
        bySubject.order = Qt::DescendingOrder;
        QCOMPARE(repo_->listCases(bySubject, 0, 1)->first().subject, QStringLiteral("Vorgang 249"));

        QVERIFY(
            repo_->setStatus(seen.at(3), CaseStatus::InReview, QStringLiteral("t")).has_value());
        CaseQuery review = all;
        review.statuses = {CaseStatus::InReview};
        QCOMPARE(repo_->listCases(review, 0, 10)->size(), 1);

        CaseQuery search = all;
        search.search = QStringLiteral("vorgang 042");
        search.sort = CaseQuery::Sort::Relevance;
        const auto found = repo_->listCases(search, 0, 10).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().subject, QStringLiteral("Vorgang 042"));
        search.search = QStringLiteral("§$%");
        QCOMPARE(repo_->countCases(search).value(), 0);
    }

    void recordsDocumentVersions()
    {
        auto c = repo_->createCase(draft(QStringLiteral("Mit Dokument")), {}, QStringLiteral("t"))
                     .value();
        CaseRepository::NewVersion v;
        v.caseId = c.id;
        v.title = QStringLiteral("Antrag");
        v.kind = workroom::domain::DocumentKind::Application;
        v.blob = {QString(64, QLatin1Char('a')), 10, false};
        v.mimeType = QStringLiteral("application/pdf");
        v.originalFileName = QStringLiteral("antrag.pdf");
        v.text = QStringLiteral("Meldebescheinigung erste Fassung");
        auto first = repo_->addDocumentVersion(v, QStringLiteral("t"));
        QVERIFY(first.has_value());
        v.documentId = first->documentId;
        v.blob.sha256 = QString(64, QLatin1Char('b'));
        v.text = QStringLiteral("Meldebescheinigung zweite Fassung");
        auto second = repo_->addDocumentVersion(v, QStringLiteral("t"));
        QVERIFY(second.has_value());
        QCOMPARE(second->number, 2);
        const auto documents = repo_->documents(c.id).value();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().versions.size(), 2);
        QCOMPARE(repo_->referencedBlobs().value(),
                 (QSet<QString>{QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))}));
        // Only the newest version's text is searchable.
        SearchIndex index(*db_);
        QCOMPARE(index.matchingCases(QStringLiteral("zweite"), 5).value(), QList<qint64>{c.id});
        QCOMPARE(index.matchingCases(QStringLiteral("erste"), 5).value(), QList<qint64>{});
        QCOMPARE(repo_->documentsWithContent(c.id, QString(64, QLatin1Char('b')))->size(), 1);
        v.blob.sha256 = QStringLiteral("not-a-hash");
        QCOMPARE(repo_->addDocumentVersion(v, QStringLiteral("t")).error().code,
                 StorageErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
