#include "AuditLog.h"
#include "CaseHistoryModel.h"
#include "OneCase.h"
#include "RemoteAuditLog.h"
#include "Why.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using workroom::casework::Workspace;
using workroom::models::CaseHistoryModel;
using namespace workroom::storage;

// The History tab with entries that other computers' audit segments brought: interleaved by
// time with the local ones, under their original actor, marked as from another computer.
class TestRemoteHistoryModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsOtherComputersEntriesInterleaved()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path(), QStringLiteral("b.clerk"));
        QVERIFY2(workspace, why(workspace));
        auto &cases = (*workspace)->cases();
        auto created = createOneCase(cases, QStringLiteral("Alt"));
        QVERIFY2(created, why(created));
        workroom::domain::CaseRecord changed = *created;
        changed.subject = QStringLiteral("Neu");
        QVERIFY(cases.updateCase(changed, QStringLiteral("b.clerk")));
        auto local = cases.history(created->id);
        QVERIFY(local && local->size() == 2);

        // One entry from before the case was created here, one from after the edit.
        const auto remote = [&](qint64 seq, const QDateTime &at, const QString &action) {
            RemoteAuditEntry entry;
            entry.clientId = QStringLiteral("computer-a");
            entry.workroomId = created->workroomId;
            entry.caseReference = created->reference;
            entry.entry.seq = seq;
            entry.entry.at = at;
            entry.entry.actor = QStringLiteral("Anna Schmidt");
            entry.entry.action = action;
            entry.entry.workroomId = 4;
            entry.entry.caseId = 9;
            entry.entry.prevHash = QString(64, QLatin1Char('0'));
            entry.entry.hash = AuditLog::computeHash(entry.entry);
            return entry;
        };
        RemoteAuditLog log((*workspace)->database());
        const QDateTime first = local->first().at;
        const QDateTime last = local->last().at;
        QVERIFY(log.appendBatch({remote(1, first.addSecs(-3600), QStringLiteral("case.create")),
                                 remote(2, last.addSecs(3600), QStringLiteral("note.add"))}));

        CaseHistoryModel model(cases);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCase(created->id);
        QCOMPARE(model.rowCount(), 2);  // without the remote log: only the local entries
        model.setRemoteHistory(&(*workspace)->database());
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(0, CaseHistoryModel::What), QStringLiteral("Note added"));
        QCOMPARE(cell(0, CaseHistoryModel::Who), QStringLiteral("Anna Schmidt (other computer)"));
        QVERIFY(cell(0, CaseHistoryModel::Who, Qt::ToolTipRole).contains(QStringLiteral("DMS")));
        QCOMPARE(cell(1, CaseHistoryModel::What), QStringLiteral("Case edited"));
        QCOMPARE(cell(1, CaseHistoryModel::Who), QStringLiteral("b.clerk"));
        QCOMPARE(cell(2, CaseHistoryModel::What), QStringLiteral("Case created"));
        QCOMPARE(cell(2, CaseHistoryModel::Who), QStringLiteral("a.clerk"));
        QCOMPARE(cell(3, CaseHistoryModel::What), QStringLiteral("Case created"));
        QCOMPARE(cell(3, CaseHistoryModel::Who), QStringLiteral("Anna Schmidt (other computer)"));
    }
};

QTEST_MAIN(TestRemoteHistoryModel)
#include "tst_remotehistorymodel.moc"
