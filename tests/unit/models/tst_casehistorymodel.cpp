#include "CaseHistoryModel.h"
#include "OneCase.h"
#include "SignatureRepository.h"
#include "Why.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
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

    // Signatures and the newer actions (notices, forms, registers) read as words, not keys.
    void namesSignaturesAndNewerActions()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path(), QStringLiteral("a.clerk"));
        QVERIFY2(workspace, why(workspace));
        auto &cases = (*workspace)->cases();
        auto created = createOneCase(cases, QStringLiteral("Signiert"));
        QVERIFY2(created, why(created));
        workroom::storage::AuditLog log((*workspace)->database());
        const auto add = [&](const QString &action, const QJsonObject &detail) {
            return (*workspace)
                ->database()
                .write(
                    [&]() -> workroom::storage::Result<void> {
                        auto entry = log.append(QStringLiteral("b.lead"), action,
                                                created->workroomId, created->id, detail);
                        if (!entry) {
                            return std::unexpected(entry.error());
                        }
                        return {};
                    },
                    QStringLiteral("test"));
        };
        // The detail keys as SignatureRepository, FormService and QueryLog write them.
        QVERIFY(add(QStringLiteral("signature.add"),
                    {{QStringLiteral("role"), QStringLiteral("co_signed")},
                     {QStringLiteral("version"), 2},
                     {QStringLiteral("signer"), QStringLiteral("ab12")},
                     {QStringLiteral("origin"), QStringLiteral("local")}}));
        QVERIFY(add(QStringLiteral("signature.add"),
                    {{QStringLiteral("role"), QStringLiteral("final")},
                     {QStringLiteral("version"), 3},
                     {QStringLiteral("origin"), QStringLiteral("imported")}}));
        QVERIFY(add(QStringLiteral("form.fill"),
                    {{QStringLiteral("version"), 4}, {QStringLiteral("fields"), 7}}));
        QVERIFY(add(QStringLiteral("register.bulk.fetch"),
                    {{QStringLiteral("purpose"), QStringLiteral("Anhörung")},
                     {QStringLiteral("rows"), 12},
                     {QStringLiteral("service"), QStringLiteral("Melderegister")}}));

        CaseHistoryModel model(cases);
        model.setCase(created->id);
        QCOMPARE(model.rowCount(), 5);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, CaseHistoryModel::What), QStringLiteral("Bulk register results fetched"));
        const QString bulk = cell(0, CaseHistoryModel::Details);
        QVERIFY2(bulk.contains(QStringLiteral("Purpose: Anhörung")), qUtf8Printable(bulk));
        QVERIFY2(bulk.contains(QStringLiteral("12")), qUtf8Printable(bulk));
        QCOMPARE(cell(1, CaseHistoryModel::What), QStringLiteral("Form filled in"));
        QCOMPARE(cell(1, CaseHistoryModel::Details), QStringLiteral("version 4"));
        QCOMPARE(cell(2, CaseHistoryModel::What), QStringLiteral("Signature imported"));
        QCOMPARE(cell(2, CaseHistoryModel::Details), workroom::storage::signatureRoleDisplayName(
                                                         workroom::storage::SignatureRole::Final)
                                                         + QStringLiteral(", version 3"));
        QCOMPARE(cell(3, CaseHistoryModel::What), QStringLiteral("Signature added"));
        QCOMPARE(cell(3, CaseHistoryModel::Details), workroom::storage::signatureRoleDisplayName(
                                                         workroom::storage::SignatureRole::CoSigned)
                                                         + QStringLiteral(", version 2"));
        for (const char *key :
             {"notice.create", "register.extract", "register.query.simple",
              "register.query.authority", "register.query.queued", "register.bulk.submit"}) {
            const QString action = QString::fromLatin1(key);
            QVERIFY2(CaseHistoryModel::actionName(action) != action, key);
        }
    }

    void namesUnknownActionsByTheirKey()
    {
        QCOMPARE(CaseHistoryModel::actionName(QStringLiteral("future.thing")),
                 QStringLiteral("future.thing"));
        QCOMPARE(CaseHistoryModel::actionName(QStringLiteral("note.add")),
                 QStringLiteral("Note added"));
    }
};

QTEST_GUILESS_MAIN(TestCaseHistoryModel)
#include "tst_casehistorymodel.moc"
