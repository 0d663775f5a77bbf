#include "AboutDialog.h"
#include "CaseDetailView.h"
#include "CaseDialog.h"
#include "CaseHistoryModel.h"
#include "CaseListModel.h"
#include "CaseService.h"
#include "ComponentVersions.h"
#include "CryptoRuntime.h"
#include "DemoWorkroom.h"
#include "DocumentOpener.h"
#include "Localization.h"
#include "MainWindow.h"
#include "PartyDialog.h"
#include "Why.h"
#include "Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

using workroom::casework::CaseService;
using workroom::casework::Workspace;
using workroom::domain::CaseRecord;
using workroom::models::CaseListModel;
using workroom::widgets::AboutDialog;
using workroom::widgets::CaseDetailView;
using workroom::widgets::CaseDialog;
using workroom::widgets::MainWindow;

namespace {

// Everything a window needs, in a temporary profile of its own.
struct Profile {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CaseService> service;
    std::unique_ptr<QSettings> settings;

    QString path() const { return dir.filePath(QStringLiteral("profile")); }
};

QString text(QWidget *root, const char *name)
{
    if (auto *label = root->findChild<QLabel *>(QString::fromLatin1(name))) {
        return label->text();
    }
    return {};
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        profile_ = std::make_unique<Profile>();
        QVERIFY(profile_->dir.isValid());
        auto opened = Workspace::open(profile_->path(), QStringLiteral("e.muster"));
        QVERIFY2(opened, why(opened));
        profile_->workspace = std::move(*opened);
        profile_->service =
            std::make_unique<CaseService>(*profile_->workspace, workroom::domain::Role::Clerk);
        profile_->settings = std::make_unique<QSettings>(
            profile_->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void cleanup()
    {
        profile_.reset();
        localization_.reset();
    }

    void showsTheGermanTitleUnderLangDe()
    {
        localization_ = std::make_unique<workroom::app::Localization>(QStringLiteral("de"));
        auto window = makeWindow();  // an empty profile: no workroom yet
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->windowTitle(), QStringLiteral("Lokales Arbeitszimmer – Workroom"));
        const QStringList menus = menuTitles(*window);
        QStringList expected{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                             QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")};
        QStringList known;
        for (const QString &title : menus) {
            if (expected.contains(title)) {
                known << title;
            }
        }
        QCOMPARE(known, expected);
        auto *views = window->findChild<QListWidget *>(QStringLiteral("viewList"));
        QVERIFY(views);
        QCOMPARE(views->count(), 5);
        QCOMPARE(views->item(0)->text(), QStringLiteral("Mein Tag"));
        QCOMPARE(views->item(1)->text(), QStringLiteral("Alle Vorgänge"));
        saveScreenshot(*window, "main-window-de");
    }

    void showsTheWorkroomInTheTitle()
    {
        localization_ = std::make_unique<workroom::app::Localization>(QStringLiteral("en"));
        createRoom(QStringLiteral("Bürgeramt"));
        auto window = makeWindow();
        QCOMPARE(window->windowTitle(), QStringLiteral("Bürgeramt – Workroom"));
        auto *switcher = window->findChild<QComboBox *>(QStringLiteral("workroomSwitcher"));
        QVERIFY(switcher);
        QCOMPARE(switcher->currentText(), QStringLiteral("Bürgeramt"));
    }

    void labelsTheDemoWorkroom()
    {
        auto demo = workroom::casework::createDemoWorkroom(*profile_->workspace);
        QVERIFY2(demo, why(demo));
        createRoom(QStringLiteral("Standesamt"));
        auto window = makeWindow();
        window->selectWorkroom(demo->id);
        auto *switcher = window->findChild<QComboBox *>(QStringLiteral("workroomSwitcher"));
        QCOMPARE(switcher->count(), 2);
        QVERIFY2(switcher->currentText().contains(QLatin1StringView("(Demo)")),
                 qUtf8Printable(switcher->currentText()));
        QCOMPARE(switcher->currentText().count(QLatin1StringView("(Demo)")), 1);
        QVERIFY(window->windowTitle().contains(QLatin1StringView("(Demo)")));
    }

    void switchesViewsByKeyboard()
    {
        createRoom(QStringLiteral("Bürgeramt"));
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *heading = window->findChild<QLabel *>(QStringLiteral("viewHeading"));
        QVERIFY(heading);
        QCOMPARE(window->currentView(), MainWindow::View::MyDay);
        QCOMPARE(heading->text(), QStringLiteral("My day"));
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentView(), MainWindow::View::Inbox);
        QCOMPARE(heading->text(), QStringLiteral("Inbox"));
        // Inbox and register queries are honest placeholders until their issues land.
        auto *placeholder = window->findChild<QLabel *>(QStringLiteral("viewPlaceholder"));
        QVERIFY(placeholder && placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QLatin1StringView("later version")));
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window->currentView(), MainWindow::View::RegisterQueries);

        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        QVERIFY(!search->hasFocus());
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QCOMPARE(window->currentView(), MainWindow::View::AllCases);
    }

    void everyControlHasAnAccessibleName()
    {
        createRoom(QStringLiteral("Bürgeramt"));
        auto window = makeWindow();
        for (const char *name :
             {"workroomSwitcher", "viewList", "searchField", "caseList", "caseDetail",
              "connectionLabel", "statusFilter", "assigneeFilter", "dueFilter", "caseCount",
              "caseTabs", "partyList", "documentTree", "noteList", "noteEditor", "historyView",
              "workLabel", "workProgress"}) {
            auto *widget = window->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    void everyCaseActionHasAShortcut()
    {
        createRoom(QStringLiteral("Bürgeramt"));
        auto window = makeWindow();
        for (const char *name :
             {"newCaseAction", "editCaseAction", "addDocumentsAction", "addNoteAction",
              "addPartyAction", "undoAction", "redoAction", "exportZipAction"}) {
            auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
            QVERIFY2(!action->icon().isNull(), name);
        }
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("newCaseAction"))->shortcut(),
                 QKeySequence(QKeySequence::New));
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("editCaseAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_E));
    }

    void bundledIconsLoad()
    {
        for (const char *file :
             {":/icons/my-day.svg",       ":/icons/all-cases.svg",     ":/icons/inbox.svg",
              ":/icons/review.svg",       ":/icons/register.svg",      ":/icons/workroom.svg",
              ":/icons/new-case.svg",     ":/icons/edit-case.svg",     ":/icons/add-documents.svg",
              ":/icons/add-note.svg",     ":/icons/add-party.svg",     ":/icons/remove.svg",
              ":/icons/export.svg",       ":/icons/open-document.svg", ":/icons/undo.svg",
              ":/icons/redo.svg",         ":/icons/change-status.svg", ":/icons/overdue.svg",
              ":/icons/resubmission.svg", ":/icons/error.svg"}) {
            const QIcon icon(QString::fromLatin1(file));
            QVERIFY2(!icon.pixmap(24, 24).isNull(), file);
        }
    }

    void restoresSplitterSizes()
    {
        QList<int> sizes;
        {
            auto window = makeWindow();
            window->resize(760, 540);  // inside the offscreen screen, which clamps geometry
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({300, 500, 580});
            sizes = splitter->sizes();
            window->close();
        }
        auto again = makeWindow();
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QCOMPARE(again->size(), QSize(760, 540));
        QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void createsACaseThroughTheDialog()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord existing = createCase(room, QStringLiteral("Vorhandener Vorgang"));
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setCurrentView(MainWindow::View::AllCases);

        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        CaseDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<CaseDialog *>(QStringLiteral("caseDialog"))));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *filePlan = dialog->findChild<QLineEdit *>(QStringLiteral("filePlanCodeEdit"));
        auto *subject = dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
        auto *sequence = dialog->findChild<QSpinBox *>(QStringLiteral("sequenceSpin"));
        auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("yearSpin"));
        auto *deadline = dialog->findChild<QCheckBox *>(QStringLiteral("deadlineCheck"));
        auto *errorLabel = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(filePlan && subject && sequence && year && deadline && errorLabel);
        QTest::keyClicks(filePlan, QStringLiteral("32.10"));
        year->setValue(2026);

        // Without a subject: the domain's message, and the dialog stays open.
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(errorLabel->isVisible());
        QCOMPARE(errorLabel->text(), QStringLiteral("A case needs a subject."));

        QTest::keyClicks(subject, QStringLiteral("Antrag auf Wohngeld"));
        QTest::mouseClick(deadline, Qt::LeftButton);
        QVERIFY(deadline->isChecked());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("givenNameEdit")),
                         QStringLiteral("Erika"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("familyNameEdit")),
                         QStringLiteral("Mustermann"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("streetEdit")),
                         QStringLiteral("Beispielweg 1"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("postalCodeEdit")),
                         QStringLiteral("66111"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cityEdit")),
                         QStringLiteral("Musterstadt"));

        // A reference number that is taken: the store's message; nothing typed is lost.
        sequence->setValue(existing.sequence);
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorLabel->text().contains(existing.reference),
                 qUtf8Printable(errorLabel->text()));
        QCOMPARE(subject->text(), QStringLiteral("Antrag auf Wohngeld"));
        saveScreenshot(*dialog, "case-dialog-error");

        sequence->setValue(0);  // the next free number
        clickOk(dialog);
        QTRY_VERIFY(!window->findChild<CaseDialog *>(QStringLiteral("caseDialog")));

        auto created =
            profile_->workspace->cases().caseByReference(room, QStringLiteral("32.10-0002/2026"));
        QVERIFY2(created, why(created));
        QCOMPARE(created->subject, QStringLiteral("Antrag auf Wohngeld"));
        QCOMPARE(created->assignee, QStringLiteral("e.muster"));
        QVERIFY(created->deadline.has_value());
        auto parties = profile_->workspace->cases().parties(created->id);
        QVERIFY(parties);
        QCOMPARE(parties->size(), 1);
        QCOMPARE(parties->first().displayName(), QStringLiteral("Mustermann, Erika"));
        QCOMPARE(parties->first().city, QStringLiteral("Musterstadt"));

        // The new case is chosen and shown.
        QCOMPARE(window->currentCaseId(), created->id);
        QCOMPARE(text(window.get(), "caseReferenceTitle"), created->reference);
        QCOMPARE(window->caseListModel()->totalCount(), 2);
        saveScreenshot(*window, "main-window-new-case");
    }

    void addsADocumentByDrop()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord first = createCase(room, QStringLiteral("Antrag auf Meldebescheinigung"));
        const CaseRecord second = createCase(room, QStringLiteral("Gewerbeanmeldung"));
        QTemporaryDir files;
        const QString letter = writeFile(files, QStringLiteral("Anschreiben.txt"),
                                         "Sehr geehrte Damen und Herren, anbei der Antrag.");
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setCurrentView(MainWindow::View::AllCases);
        window->selectCase(first.id);

        // Onto the case detail, which says where the files will go while they hover over it.
        CaseDetailView *detail = window->caseDetailView();
        {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(letter)});
            QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(detail, &enter);
            auto *overlay = detail->findChild<QLabel *>(QStringLiteral("dropOverlay"));
            QVERIFY(overlay && overlay->isVisible());
            QVERIFY(overlay->text().contains(first.reference));
            saveScreenshot(*window, "drop-overlay");
            QDragLeaveEvent leave;
            QApplication::sendEvent(detail, &leave);
            QVERIFY(!overlay->isVisible());
        }
        QVERIFY(drop(detail, QPoint(20, 20), {letter}));
        QTRY_COMPARE(window->runningImports(), 0);
        QTRY_COMPARE(documentCount(first.id), 1);
        auto documents = profile_->workspace->cases().documents(first.id);
        QCOMPARE(documents->first().versions.first().originalFileName,
                 QStringLiteral("Anschreiben.txt"));
        detail->showTab(CaseDetailView::Tab::Documents);
        auto *tree = detail->findChild<QTreeView *>(QStringLiteral("documentTree"));
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        const QModelIndex version = tree->model()->index(0, 0, tree->model()->index(0, 0));
        QCOMPARE(version.data().toString(), QStringLiteral("Anschreiben.txt"));
        saveScreenshot(*window, "case-documents");

        // Enter opens a read-only copy with the original name in the system's viewer.
        QUrl opened;
        detail->documentOpener().setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        tree->setFocus();
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Anschreiben.txt"));
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_VERIFY(opened.isLocalFile());
        const QFileInfo copy(opened.toLocalFile());
        QCOMPARE(copy.fileName(), QStringLiteral("Anschreiben.txt"));
        QVERIFY(
            !(copy.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)));
        QFile copied(copy.filePath());
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), QByteArray("Sehr geehrte Damen und Herren, anbei der Antrag."));

        // The same bytes again: nothing new, and the user is told.
        QVERIFY(drop(detail, QPoint(20, 20), {letter}));
        QTRY_COMPARE(window->runningImports(), 0);
        QCOMPARE(documentCount(first.id), 1);
        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = window->findChild<QMessageBox *>(QStringLiteral("importSummary"))));
        QVERIFY2(summary->text().contains(QLatin1StringView("already in the case")),
                 qUtf8Printable(summary->text()));
        summary->close();

        // A folder onto the other case's row in the list.
        QDir(files.path()).mkdir(QStringLiteral("Unterlagen"));
        writeFile(files, QStringLiteral("Unterlagen/Auszug.txt"), "Auszug aus dem Register");
        writeFile(files, QStringLiteral("Unterlagen/Vollmacht.txt"), "Vollmacht für Frau Muster");
        auto *list = window->findChild<QTreeView *>(QStringLiteral("caseList"));
        const int row = window->caseListModel()->rowOfCase(second.id);
        QVERIFY(row >= 0);
        const QPoint onRow = list->visualRect(list->model()->index(row, 1)).center();
        QVERIFY(drop(list->viewport(), onRow, {files.filePath(QStringLiteral("Unterlagen"))}));
        QTRY_COMPARE(window->runningImports(), 0);
        QTRY_COMPARE(documentCount(second.id), 2);
        QCOMPARE(documentCount(first.id), 1);
        QTRY_VERIFY((summary = window->findChild<QMessageBox *>(QStringLiteral("importSummary"))));
        QVERIFY2(summary->text().contains(QLatin1StringView("2")), qUtf8Printable(summary->text()));
        saveScreenshot(*summary, "import-summary");
        summary->close();

        // The case goes out as a ZIP archive, off the GUI thread.
        QSignalSpy exported(window.get(), &MainWindow::exportFinished);
        const QString zip = files.filePath(QStringLiteral("Vorgang.zip"));
        window->exportCase(second.id, zip, true);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(QFileInfo(zip).size() > 0);
        auto *exportBox = window->findChild<QMessageBox *>(QStringLiteral("exportSummary"));
        QVERIFY(exportBox);
        exportBox->close();
    }

    void cancelsAnImport()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord record = createCase(room, QStringLiteral("Viele Unterlagen"));
        QTemporaryDir files;
        constexpr int fileCount = 60;
        for (int i = 0; i < fileCount; ++i) {
            writeFile(files, QStringLiteral("Blatt-%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                      QByteArray::number(i).repeated(1000).constData());
        }
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->importFiles(record.id, {files.path()});
        auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE(window->runningImports(), 0);
        const int added = documentCount(record.id);
        QVERIFY2(added < fileCount, qUtf8Printable(QString::number(added)));
        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = window->findChild<QMessageBox *>(QStringLiteral("importSummary"))));
        QVERIFY2(summary->text().contains(QLatin1StringView("cancelled")),
                 qUtf8Printable(summary->text()));
        summary->close();
    }

    void undoesAnEditOfTheSubject()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord record = createCase(room, QStringLiteral("Alter Betreff"));
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setCurrentView(MainWindow::View::AllCases);
        window->selectCase(record.id);
        window->findChild<QWidget *>(QStringLiteral("caseList"))->setFocus();

        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        CaseDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<CaseDialog *>(QStringLiteral("caseDialog"))));
        auto *subject = dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
        QCOMPARE(subject->text(), QStringLiteral("Alter Betreff"));
        subject->clear();
        QTest::keyClicks(subject, QStringLiteral("Neuer Betreff"));
        saveScreenshot(*dialog, "case-dialog-edit");
        clickOk(dialog);
        QTRY_VERIFY(!window->findChild<CaseDialog *>(QStringLiteral("caseDialog")));
        QCOMPARE(subjectInStore(record.id), QStringLiteral("Neuer Betreff"));
        QCOMPARE(text(window.get(), "caseSubjectTitle"), QStringLiteral("Neuer Betreff"));
        QCOMPARE(window->undoStack()->count(), 1);

        // The offscreen platform does not hand activation back when a dialog closes.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(subjectInStore(record.id), QStringLiteral("Alter Betreff"));
        QCOMPARE(text(window.get(), "caseSubjectTitle"), QStringLiteral("Alter Betreff"));
        QCOMPARE(window->caseListModel()
                     ->index(window->caseListModel()->rowOfCase(record.id), CaseListModel::Subject)
                     .data()
                     .toString(),
                 QStringLiteral("Alter Betreff"));

        // The audit log keeps both saves: the edit and its undoing.
        auto history = profile_->workspace->cases().history(record.id);
        QVERIFY(history);
        QStringList updates;
        for (const auto &entry : *history) {
            if (entry.action == QLatin1StringView("case.update")) {
                updates << workroom::models::CaseHistoryModel::describe(entry);
            }
        }
        QCOMPARE(updates.size(), 2);
        QVERIFY2(updates.at(0).contains(QLatin1StringView("Neuer Betreff")),
                 qUtf8Printable(updates.at(0)));
        QVERIFY2(updates.at(1).contains(QLatin1StringView("Alter Betreff")),
                 qUtf8Printable(updates.at(1)));

        // Redo saves the edit once more.
        window->undoStack()->redo();
        QCOMPARE(subjectInStore(record.id), QStringLiteral("Neuer Betreff"));
        window->caseDetailView()->showTab(CaseDetailView::Tab::History);
        auto *historyView = window->findChild<QTreeView *>(QStringLiteral("historyView"));
        QVERIFY(historyView);
        QCOMPARE(historyView->model()
                     ->index(0, workroom::models::CaseHistoryModel::What)
                     .data()
                     .toString(),
                 QStringLiteral("Case edited"));
        QCOMPARE(historyView->model()->rowCount(), 4);  // created and three edits
        saveScreenshot(*window, "case-history");
    }

    void searchNarrowsTheList()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        createCase(room, QStringLiteral("Anmeldung einer Wohnung"));
        const CaseRecord wanted = createCase(room, QStringLiteral("Baugenehmigung Gartenhaus"));
        createCase(room, QStringLiteral("Gewerbeanmeldung Bäckerei"));
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setCurrentView(MainWindow::View::AllCases);
        CaseListModel *model = window->caseListModel();
        QCOMPARE(model->rowCount(), 3);

        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("gartenh"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->caseIdAt(0), wanted.id);
        QCOMPARE(model->query().sort, workroom::storage::CaseQuery::Sort::Relevance);
        QVERIFY(text(window.get(), "caseCount").contains(QLatin1Char('1')));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("xyzzy"));
        QTRY_COMPARE(model->rowCount(), 0);
        auto *empty = window->findChild<QLabel *>(QStringLiteral("caseListEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1StringView("xyzzy")));

        search->clear();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->query().sort, workroom::storage::CaseQuery::Sort::Reference);
    }

    void filtersByStatus()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord started = createCase(room, QStringLiteral("In Arbeit"));
        createCase(room, QStringLiteral("Noch neu"));
        QVERIFY(
            profile_->service->changeStatus(started.id, workroom::domain::CaseStatus::InProgress));
        auto window = makeWindow();
        window->setCurrentView(MainWindow::View::AllCases);
        auto *status = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
        QTRY_COMPARE(window->caseListModel()->rowCount(), 1);
        QCOMPARE(window->caseListModel()->caseIdAt(0), started.id);
    }

    void changesTheStatusByItsButton()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord record = createCase(room, QStringLiteral("Ein neuer Vorgang"));
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setCurrentView(MainWindow::View::AllCases);
        window->selectCase(record.id);
        // A clerk may start work on a new case, and nothing else.
        auto buttons = window->caseDetailView()->findChildren<QPushButton *>();
        QStringList steps;
        QPushButton *start = nullptr;
        for (QPushButton *button : buttons) {
            if (button->objectName().startsWith(QLatin1StringView("statusButton_"))
                && button->isVisible()) {
                steps << button->objectName();
                start = button;
            }
        }
        QCOMPARE(steps, QStringList{QStringLiteral("statusButton_in_progress")});
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE(profile_->workspace->cases().caseById(record.id)->status,
                     workroom::domain::CaseStatus::InProgress);
        QTRY_COMPARE(text(window.get(), "statusValue"), QStringLiteral("In progress"));
        saveScreenshot(*window, "case-overview");
    }

    void addsANoteAndAParty()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord record = createCase(room, QStringLiteral("Vorgang mit Notiz"));
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setCurrentView(MainWindow::View::AllCases);
        window->selectCase(record.id);

        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *editor = window->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("Unterlagen nachgefordert."));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        auto notes = profile_->workspace->cases().notes(record.id);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 1);
        QCOMPARE(notes->first().text, QStringLiteral("Unterlagen nachgefordert."));
        QVERIFY(editor->toPlainText().isEmpty());
        saveScreenshot(*window, "case-notes");

        window->caseDetailView()->addPartyAction()->trigger();
        workroom::widgets::PartyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<workroom::widgets::PartyDialog *>()));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->findChild<QWidget *>(QStringLiteral("companyButton"))->setFocus();
        QTest::keyClick(dialog->findChild<QWidget *>(QStringLiteral("companyButton")),
                        Qt::Key_Space);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("companyNameEdit")),
                         QStringLiteral("Muster GmbH"));
        saveScreenshot(*dialog, "party-dialog");
        clickOk(dialog);
        QTRY_VERIFY(!window->findChild<workroom::widgets::PartyDialog *>());
        auto parties = profile_->workspace->cases().parties(record.id);
        QCOMPARE(parties->size(), 1);
        QCOMPARE(parties->first().kind, workroom::domain::PartyKind::Company);
        QCOMPARE(parties->first().displayName(), QStringLiteral("Muster GmbH"));
        auto *partyList = window->findChild<QListWidget *>(QStringLiteral("partyList"));
        QVERIFY(partyList->item(0)->text().startsWith(QLatin1StringView("Muster GmbH")));
    }

    void readersChangeNothing()
    {
        const qint64 room = createRoom(QStringLiteral("Bürgeramt"));
        const CaseRecord record = createCase(room, QStringLiteral("Nur lesen"));
        CaseService reader(*profile_->workspace, workroom::domain::Role::Reader);
        MainWindow window({}, *profile_->workspace, reader, *profile_->settings);
        window.setCurrentView(MainWindow::View::AllCases);
        window.selectCase(record.id);
        for (const char *name :
             {"newCaseAction", "editCaseAction", "addDocumentsAction", "addNoteAction"}) {
            QVERIFY2(!window.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
        }
        QVERIFY(window.caseDetailView()->statusActions().isEmpty());
    }

    void showsTheDemoWorkroom()
    {
        auto demo = workroom::casework::createDemoWorkroom(*profile_->workspace);
        QVERIFY2(demo, why(demo));
        auto window = makeWindow();
        window->resize(1400, 860);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->caseListModel()->rowCount() > 0);  // My day has something due
        saveScreenshot(*window, "demo-my-day");
        window->setCurrentView(MainWindow::View::AllCases);
        // A case with documents, to look at.
        qint64 withDocuments = 0;
        for (int row = 0; row < window->caseListModel()->rowCount() && !withDocuments; ++row) {
            const qint64 id = window->caseListModel()->caseIdAt(row);
            if (documentCount(id) > 0) {
                withDocuments = id;
            }
        }
        QVERIFY(withDocuments);
        window->selectCase(withDocuments);
        saveScreenshot(*window, "demo-overview");
        window->caseDetailView()->showTab(CaseDetailView::Tab::Documents);
        saveScreenshot(*window, "demo-documents");
        window->caseDetailView()->showTab(CaseDetailView::Tab::History);
        saveScreenshot(*window, "demo-history");
    }

    void aboutDialogListsTheComponents()
    {
        const workroom::signing::CryptoRuntime crypto;
        const auto components = workroom::app::componentVersions(crypto);
        AboutDialog dialog(QStringLiteral("1.2.3"), components);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, "about-dialog");
        auto *view = dialog.findChild<QTreeWidget *>(QStringLiteral("componentsView"));
        QVERIFY(view);
        QStringList names;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            names << view->topLevelItem(i)->text(0);
        }
        for (const char *expected : {"Workroom", "Qt", "QCA", "Poppler", "SQLite"}) {
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
        }
        const QString text = dialog.componentsAsText();
        QVERIFY2(text.contains(QLatin1StringView("qca-ossl")), qUtf8Printable(text));
        QVERIFY(text.contains(QLatin1StringView("FTS5")));
    }

    void aboutActionOpensTheDialog()
    {
        bool asked = false;
        MainWindow window({.productVersion = QStringLiteral("9.9"),
                           .components =
                               [&asked] {
                                   asked = true;
                                   return QList<workroom::widgets::ComponentVersion>{
                                       {QStringLiteral("Qt"), QStringLiteral("6")}};
                               }},
                          *profile_->workspace, *profile_->service, *profile_->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->menuRole() == QAction::AboutRole) {
                about = action;
            }
        }
        QVERIFY(about);
        QVERIFY(!asked);  // versions are not probed at start-up
        QString title;
        QTimer::singleShot(0, this, [&title] {
            if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                title = dialog->windowTitle();
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY(asked);
        QCOMPARE(title, QStringLiteral("About Workroom"));
    }

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return std::make_unique<MainWindow>(MainWindow::Context{}, *profile_->workspace,
                                            *profile_->service, *profile_->settings);
    }

    qint64 createRoom(const QString &name)
    {
        auto room = profile_->workspace->cases().createWorkroom(
            name, QStringLiteral("{plan}-{seq:4}/{year}"), false, QStringLiteral("e.muster"));
        if (!room) {
            qWarning("%s", qUtf8Printable(room.error().message));
            return 0;
        }
        return room->id;
    }

    CaseRecord createCase(qint64 room, const QString &subject)
    {
        CaseRecord draft;
        draft.workroomId = room;
        draft.filePlanCode = QStringLiteral("32.10");
        draft.year = 2026;
        draft.subject = subject;
        draft.assignee = QStringLiteral("e.muster");
        auto created = profile_->service->createCase(draft);
        if (!created) {
            qWarning("%s", qUtf8Printable(created.error().message));
            return {};
        }
        return *created;
    }

    QString subjectInStore(qint64 caseId) const
    {
        auto record = profile_->workspace->cases().caseById(caseId);
        return record ? record->subject : QString();
    }

    int documentCount(qint64 caseId) const
    {
        auto documents = profile_->workspace->cases().documents(caseId);
        return documents ? int(documents->size()) : -1;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const char *content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(content);
        return path;
    }

    // A drag that enters `target` and drops `paths` there, as the platform would deliver it.
    static bool drop(QWidget *target, const QPoint &position, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths) {
            urls << QUrl::fromLocalFile(path);
        }
        mime.setUrls(urls);
        QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted()) {
            return false;
        }
        QDragMoveEvent move(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        if (!move.isAccepted()) {
            return false;
        }
        QDropEvent dropEvent(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

    static void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    // With WORKROOM_SCREENSHOT_DIR set, tests leave pictures of what they showed there, so
    // that a developer can look at the dialogs as a user sees them.
    static void saveScreenshot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            // Pending layouts and newly shown widgets first, as the user would see them.
            QTest::qWait(50);
            QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1StringView(name)
                                       + QStringLiteral(".png")));
        }
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions()) {
            titles << action->text();
        }
        return titles;
    }

    std::unique_ptr<Profile> profile_;
    std::unique_ptr<workroom::app::Localization> localization_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
