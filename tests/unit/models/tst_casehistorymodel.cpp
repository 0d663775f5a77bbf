#include "CaseHistoryModel.h"
#include "OneCase.h"
#include "Why.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using workroom::casework::Workspace;
using workroom::models::CaseHistoryModel;

// The history of a case as the clerk reads it: newest first, with words for what was done.
class TestCaseHistoryModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheNewestFirstInWords()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path(), QStringLiteral("a.clerk"));
        QVERIFY2(workspace, why(workspace));
        auto &cases = (*workspace)->cases();
        auto created = createOneCase(cases, QStringLiteral("Alt"));
        QVERIFY2(created, why(created));
        workroom::domain::CaseRecord changed = *created;
        changed.subject = QStringLiteral("Neu");
        changed.deadline = QDate(2026, 3, 31);
        QVERIFY(cases.updateCase(changed, QStringLiteral("b.clerk")));
        QVERIFY(cases.setStatus(created->id, workroom::domain::CaseStatus::InProgress,
                                QStringLiteral("b.clerk")));

        CaseHistoryModel model(cases);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setCase(created->id);
        QCOMPARE(model.rowCount(), 3);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, CaseHistoryModel::What), QStringLiteral("Status changed"));
        QCOMPARE(cell(0, CaseHistoryModel::Details), QStringLiteral("New → In progress"));
        QCOMPARE(cell(0, CaseHistoryModel::Who), QStringLiteral("b.clerk"));
        QCOMPARE(cell(1, CaseHistoryModel::What), QStringLiteral("Case edited"));
        const QString edit = cell(1, CaseHistoryModel::Details);
        QVERIFY2(edit.contains(QStringLiteral("Subject: „Alt“ → „Neu“")), qUtf8Printable(edit));
        QVERIFY2(edit.contains(QStringLiteral("Deadline: – → ")), qUtf8Printable(edit));
        QCOMPARE(cell(2, CaseHistoryModel::What), QStringLiteral("Case created"));
        QCOMPARE(cell(2, CaseHistoryModel::Who), QStringLiteral("a.clerk"));
        model.setCase(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void namesUnknownActionsByTheirKey()
    {
        QCOMPARE(CaseHistoryModel::actionName(QStringLiteral("signature.add")),
                 QStringLiteral("signature.add"));
        QCOMPARE(CaseHistoryModel::actionName(QStringLiteral("note.add")),
                 QStringLiteral("Note added"));
    }
};

QTEST_GUILESS_MAIN(TestCaseHistoryModel)
#include "tst_casehistorymodel.moc"
