#include "CaseListModel.h"
#include "Why.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using workroom::casework::Workspace;
using workroom::domain::CaseRecord;
using workroom::domain::CaseStatus;
using workroom::models::CaseListModel;
using workroom::storage::CaseQuery;

namespace {

constexpr int caseCount = 1000;
const QStringList assignees{QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("carla")};

}  // namespace

// The case list over a real workspace of 1,000 cases: paging, sorting, filters and search.
class TestCaseListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        auto opened = Workspace::open(dir_.path(), QStringLiteral("tester"));
        QVERIFY2(opened, why(opened));
        workspace_ = std::move(*opened);
        auto room = workspace_->cases().createWorkroom(QStringLiteral("Bürgeramt"),
                                                       QStringLiteral("{plan}-{seq:4}/{year}"),
                                                       false, QStringLiteral("tester"));
        QVERIFY(room);
        roomId_ = room->id;
        // One transaction for all: a thousand separate commits would each wait for the disk.
        auto filled = workspace_->database().write(
            [&]() -> workroom::storage::Result<void> {
                for (int i = 0; i < caseCount; ++i) {
                    CaseRecord draft;
                    draft.workroomId = roomId_;
                    draft.filePlanCode = QStringLiteral("32.10");
                    draft.year = 2026;
                    draft.subject = i == 500
                                        ? QStringLiteral("Baugenehmigung Gartenhaus Quellenweg")
                                        : QStringLiteral("Antrag Nummer %1").arg(i);
                    draft.assignee = assignees.at(i % 3);
                    if (i % 4 == 0) {
                        draft.deadline = today_.addDays(-3 - i % 7);
                    } else if (i % 4 == 1) {
                        draft.deadline = today_.addDays(3);
                    }
                    auto created = workspace_->cases().createCase(draft, {}, QStringLiteral("t"));
                    if (!created) {
                        return std::unexpected(created.error());
                    }
                    if (i % 5 == 0) {
                        auto moved = workspace_->cases().setStatus(
                            created->id, CaseStatus::InReview, QStringLiteral("t"));
                        if (!moved) {
                            return std::unexpected(moved.error());
                        }
                    }
                }
                return {};
            },
            QStringLiteral("filling"));
        QVERIFY2(filled, why(filled));
    }

    void cleanupTestCase() { workspace_.reset(); }

    void loadsInPagesOf200()
    {
        CaseListModel model(workspace_->cases());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QSignalSpy total(&model, &CaseListModel::totalCountChanged);
        model.setQuery(allCases());
        QCOMPARE(model.totalCount(), caseCount);
        QCOMPARE(total.count(), 1);
        QCOMPARE(model.rowCount(), CaseListModel::pageSize);
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
            QCOMPARE(model.rowCount(), std::min(pages * CaseListModel::pageSize, caseCount));
        }
        QCOMPARE(pages, 5);
        QCOMPARE(model.rowCount(), caseCount);
        // Sorted by reference number: the running numbers count up without gaps.
        QCOMPARE(model.index(0, CaseListModel::Reference).data().toString(),
                 QStringLiteral("32.10-0001/2026"));
        QCOMPARE(model.index(caseCount - 1, CaseListModel::Reference).data().toString(),
                 QStringLiteral("32.10-1000/2026"));
    }

    void passesTheModelTester()
    {
        CaseListModel model(workspace_->cases());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(allCases());
        model.fetchMore({});
        model.sort(CaseListModel::Subject, Qt::DescendingOrder);
        CaseQuery search = allCases();
        search.search = QStringLiteral("Gartenhaus");
        model.setQuery(search);
        model.refresh();
    }

    void userRoleIsTheCaseId()
    {
        CaseListModel model(workspace_->cases());
        model.setQuery(allCases());
        const QModelIndex first = model.index(7, CaseListModel::Subject);
        const qint64 id = first.data(CaseListModel::CaseIdRole).toLongLong();
        QCOMPARE(id, model.caseIdAt(7));
        auto record = workspace_->cases().caseById(id);
        QVERIFY(record);
        QCOMPARE(first.data().toString(), record->subject);
        QCOMPARE(model.rowOfCase(id), 7);
        QCOMPARE(model.index(7, CaseListModel::Status).data().toString(),
                 workroom::domain::statusDisplayName(record->status));
    }

    void sortsByColumn()
    {
        CaseListModel model(workspace_->cases());
        model.setQuery(allCases());
        model.sort(CaseListModel::Deadline, Qt::AscendingOrder);
        QCOMPARE(model.query().sort, CaseQuery::Sort::Deadline);
        QCOMPARE(model.rowCount(), CaseListModel::pageSize);
        // The most overdue first; i % 4 == 0 with i % 7 == 6 is nine days late.
        QCOMPARE(model.index(0, CaseListModel::Deadline).data().toString(),
                 QLocale().toString(today_.addDays(-9), QLocale::ShortFormat));
        model.sort(CaseListModel::Subject, Qt::DescendingOrder);
        const QString a = model.index(0, CaseListModel::Subject).data().toString();
        const QString b = model.index(1, CaseListModel::Subject).data().toString();
        QVERIFY2(a.compare(b, Qt::CaseInsensitive) >= 0, qUtf8Printable(a + u" / " + b));
        QCOMPARE(a, QStringLiteral("Baugenehmigung Gartenhaus Quellenweg"));
        QCOMPARE(model.index(caseCount - 1, 0).isValid(), false);  // still lazy after a sort
        model.sort(CaseListModel::Assignee, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CaseListModel::Assignee).data().toString(), QStringLiteral("anna"));
        model.sort(CaseListModel::Assignee, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CaseListModel::Assignee).data().toString(),
                 QStringLiteral("carla"));
    }

    void filtersByStatusAssigneeAndDeadline()
    {
        CaseListModel model(workspace_->cases());
        CaseQuery query = allCases();
        query.statuses = {CaseStatus::InReview};
        model.setQuery(query);
        QCOMPARE(model.totalCount(), caseCount / 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, CaseListModel::Status).data().toString(),
                     workroom::domain::statusDisplayName(CaseStatus::InReview));
        }

        query = allCases();
        query.assignee = QStringLiteral("ben");
        model.setQuery(query);
        QCOMPARE(model.totalCount(), 333);

        query = allCases();
        query.due = CaseQuery::Due::Overdue;
        model.setQuery(query);
        QCOMPARE(model.totalCount(), caseCount / 4);
        query.due = CaseQuery::Due::WithinWeek;
        model.setQuery(query);
        QCOMPARE(model.totalCount(), caseCount / 4);
        query.due = CaseQuery::Due::NoDeadline;
        model.setQuery(query);
        QCOMPARE(model.totalCount(), caseCount / 2);
    }

    void marksOverdueDeadlinesByIconAndText()
    {
        CaseListModel model(workspace_->cases());
        QPixmap pixmap(16, 16);
        pixmap.fill();
        model.setIcons(QIcon(pixmap), QIcon(pixmap));
        CaseQuery query = allCases();
        query.due = CaseQuery::Due::Overdue;
        model.setQuery(query);
        const QModelIndex deadline = model.index(0, CaseListModel::Deadline);
        QVERIFY(deadline.data(CaseListModel::OverdueRole).toBool());
        QVERIFY(!deadline.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(deadline.data(Qt::AccessibleTextRole).toString().contains(u"overdue"),
                 qUtf8Printable(deadline.data(Qt::AccessibleTextRole).toString()));
        QVERIFY(deadline.data(Qt::ToolTipRole).toString().startsWith(u"Overdue"));
        // No colour of its own: the view's palette decides.
        QVERIFY(!deadline.data(Qt::ForegroundRole).isValid());
        QVERIFY(!deadline.data(Qt::BackgroundRole).isValid());

        query.due = CaseQuery::Due::WithinWeek;
        model.setQuery(query);
        const QModelIndex fine = model.index(0, CaseListModel::Deadline);
        QVERIFY(!fine.data(CaseListModel::OverdueRole).toBool());
        QVERIFY(!fine.data(Qt::DecorationRole).isValid());
    }

    void searchNarrowsAndSortsByRelevance()
    {
        CaseListModel model(workspace_->cases());
        QSignalSpy errors(&model, &CaseListModel::errorOccurred);
        CaseQuery query = allCases();
        query.search = QStringLiteral("gartenh");
        query.sort = CaseQuery::Sort::Relevance;
        model.setQuery(query);
        QVERIFY2(errors.isEmpty(),
                 qUtf8Printable(errors.isEmpty() ? QString() : errors.first().first().toString()));
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaseListModel::Subject).data().toString(),
                 QStringLiteral("Baugenehmigung Gartenhaus Quellenweg"));
        // The header's "no column" while searching means relevance, not reference order.
        model.sort(-1);
        QCOMPARE(model.query().sort, CaseQuery::Sort::Relevance);
        query.search = QStringLiteral("Nummer 12");
        model.setQuery(query);
        QVERIFY(model.totalCount() >= 1);
        QVERIFY(model.totalCount() < caseCount);
    }

    void refreshKeepsRowsAndShowsChanges()
    {
        CaseListModel model(workspace_->cases());
        model.setQuery(allCases());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * CaseListModel::pageSize);
        const qint64 id = model.caseIdAt(3);
        auto record = workspace_->cases().caseById(id);
        QVERIFY(record);
        record->subject = QStringLiteral("Geänderter Betreff");
        QVERIFY(workspace_->cases().updateCase(*record, QStringLiteral("t")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(reset.count(), 0);  // same cases in the same order: the selection may stay
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2 * CaseListModel::pageSize);
        QCOMPARE(model.index(3, CaseListModel::Subject).data().toString(),
                 QStringLiteral("Geänderter Betreff"));
    }

private:
    CaseQuery allCases() const
    {
        CaseQuery query;
        query.workroomId = roomId_;
        query.today = today_;
        return query;
    }

    QTemporaryDir dir_;
    std::unique_ptr<Workspace> workspace_;
    qint64 roomId_ = 0;
    const QDate today_ = QDate(2026, 3, 16);
};

QTEST_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
