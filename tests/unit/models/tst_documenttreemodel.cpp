#include "DocumentImporter.h"
#include "DocumentTreeModel.h"
#include "OneCase.h"
#include "Why.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using workroom::casework::Workspace;
using workroom::models::DocumentTreeModel;

// The documents of a case as a tree: a document with its versions beneath it.
class TestDocumentTreeModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsDocumentsWithTheirVersions()
    {
        QTemporaryDir dir;
        auto workspace =
            Workspace::open(dir.filePath(QStringLiteral("profile")), QStringLiteral("a.clerk"));
        QVERIFY2(workspace, why(workspace));
        auto &cases = (*workspace)->cases();
        auto created = createOneCase(cases, QStringLiteral("Mit Unterlagen"));
        QVERIFY2(created, why(created));

        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(bytes);
            }
            return file.fileName();
        };
        workroom::casework::DocumentImporter importer(**workspace);
        auto first = importer.importFile(created->id, write(QStringLiteral("Antrag.txt"), "v1"), 0,
                                         workroom::domain::DocumentKind::Application);
        QVERIFY2(first, why(first));
        auto second =
            importer.importFile(created->id, write(QStringLiteral("Antrag-neu.txt"), "v2"),
                                first->documentId, workroom::domain::DocumentKind::Application);
        QVERIFY2(second, why(second));
        QVERIFY(importer.importFile(created->id, write(QStringLiteral("Foto.txt"), "x"), 0,
                                    workroom::domain::DocumentKind::Attachment));

        DocumentTreeModel model(cases);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCase(created->id);
        QCOMPARE(model.documentCount(), 2);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex application = model.index(0, DocumentTreeModel::Name);
        QCOMPARE(application.data().toString(), QStringLiteral("Antrag (Application)"));
        QCOMPARE(model.rowCount(application), 2);
        const QModelIndex newest = model.index(1, 0, application);
        QCOMPARE(newest.data().toString(), QStringLiteral("Antrag-neu.txt"));
        QCOMPARE(newest.siblingAtColumn(DocumentTreeModel::Version).data().toInt(), 2);
        QCOMPARE(newest.siblingAtColumn(DocumentTreeModel::AddedBy).data().toString(),
                 QStringLiteral("a.clerk"));
        QCOMPARE(newest.siblingAtColumn(DocumentTreeModel::Sha256).data().toString(),
                 second->sha256.left(8));
        QCOMPARE(newest.siblingAtColumn(DocumentTreeModel::Sha256).data(Qt::ToolTipRole),
                 QVariant(second->sha256));
        // A document row stands for its latest version.
        QCOMPARE(model.versionAt(application)->id, second->id);
        QCOMPARE(model.versionAt(newest)->originalFileName, QStringLiteral("Antrag-neu.txt"));
        QVERIFY(!model.versionAt({}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDocumentTreeModel)
#include "tst_documenttreemodel.moc"
