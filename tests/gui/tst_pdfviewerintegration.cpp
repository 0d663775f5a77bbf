#include "BlobStore.h"
#include "CaseDetailView.h"
#include "CaseService.h"
#include "DocumentImporter.h"
#include "DocumentOpener.h"
#include "MainWindow.h"
#include "OneCase.h"
#include "PdfCorpus.h"
#include "PdfForm.h"
#include "Why.h"
#include "Workspace.h"
#include "pdf/FormFieldEditorFactory.h"
#include "pdf/PdfFormOverlay.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"
#include "pdf/PdfViewerWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace workroom;
using namespace workroom::testing;

// A PDF of a case opens in Workroom's viewer from the documents tab; a filled form comes back
// as the document's next version; other viewers stay one action away.
class TestPdfViewerIntegration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensACasesPdfInTheViewerAndSavesTheFormAsANewVersion();
};

void TestPdfViewerIntegration::opensACasesPdfInTheViewerAndSavesTheFormAsANewVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace = casework::Workspace::open(dir.filePath(QStringLiteral("profile")),
                                               QStringLiteral("e.muster"));
    QVERIFY2(workspace, why(workspace));
    casework::CaseService service(**workspace, domain::Role::Clerk);
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const auto record = createOneCase((*workspace)->cases(), QStringLiteral("Meldebescheinigung"),
                                      QStringLiteral("e.muster"));
    QVERIFY2(record, why(record));
    const QString form = dir.filePath(QStringLiteral("Antrag.pdf"));
    QVERIFY(writeFile(form, formPdf(2)));
    casework::DocumentImporter importer(**workspace);
    const auto imported = importer.importFile(record->id, form, 0, domain::DocumentKind::Form);
    QVERIFY2(imported, why(imported));

    widgets::MainWindow window({}, **workspace, service, settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectWorkroom(record->workroomId);
    window.selectCase(record->id);
    widgets::CaseDetailView *detail = window.caseDetailView();
    detail->showTab(widgets::CaseDetailView::Tab::Documents);
    int external = 0;
    detail->documentOpener().setUrlOpener([&external](const QUrl &) {
        ++external;
        return true;
    });
    auto *tree = detail->findChild<QTreeView *>(QStringLiteral("documentTree"));
    QVERIFY(tree);
    QTRY_VERIFY(tree->currentIndex().isValid());
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Antrag.pdf"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);

    widgets::PdfViewerWindow *viewerWindow = nullptr;
    QTRY_VERIFY((viewerWindow = window.findChild<widgets::PdfViewerWindow *>()));
    widgets::PdfViewer *viewer = viewerWindow->viewer();
    QTRY_COMPARE(viewer->state(), widgets::PdfViewer::State::Showing);
    QCOMPARE(viewer->view()->pageCount(), 2);
    QCOMPARE(viewer->displayName(), QStringLiteral("Antrag.pdf"));
    QVERIFY(viewerWindow->windowTitle().contains(QStringLiteral("Antrag.pdf")));
    QCOMPARE(external, 0);

    // Opening it again brings the same window forward.
    QTest::keyClick(tree, Qt::Key_Return);
    QTest::qWait(200);
    QCOMPARE(window.findChildren<widgets::PdfViewerWindow *>().size(), 1);

    // The system's viewer is still there as a second action.
    auto *externally = detail->findChild<QAction *>(QStringLiteral("openExternallyAction"));
    QVERIFY(externally);
    externally->trigger();
    QTRY_COMPARE(external, 1);

    QTRY_VERIFY_WITH_TIMEOUT(viewer->form()->hasFields(), 20'000);
    auto *name =
        qobject_cast<QLineEdit *>(viewer->form()->editorsOf(QStringLiteral("p1_feld1")).value(0));
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Mustermann"));
    viewer->saveFormAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        (*workspace)->cases().documents(record->id)->first().versions.size() == 2, 30'000);
    const domain::DocumentVersion second =
        (*workspace)->cases().documents(record->id)->first().versions.last();
    QCOMPARE(second.number, 2);
    QCOMPARE(second.originalFileName, QStringLiteral("Antrag.pdf"));
    const auto saved = pdf::PdfForm::open((*workspace)->blobs().pathOf(second.sha256));
    QVERIFY2(saved, why(saved));
    QCOMPARE(saved->field(QStringLiteral("p1_feld1"))->value.text(), QStringLiteral("Mustermann"));
    viewerWindow->close();
}

QTEST_MAIN(TestPdfViewerIntegration)
#include "tst_pdfviewerintegration.moc"
