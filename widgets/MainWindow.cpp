#include "MainWindow.h"

#include "CaseDetailView.h"
#include "CaseDialog.h"
#include "CaseDocumentsTab.h"
#include "CaseExportJob.h"
#include "CaseExporter.h"
#include "CaseListModel.h"
#include "CaseListPane.h"
#include "CaseListView.h"
#include "CaseOverviewTab.h"
#include "CaseService.h"
#include "DocumentImportJob.h"
#include "DocumentImportProgress.h"
#include "DocumentImporter.h"
#include "DocumentOpener.h"
#include "EditCaseCommand.h"
#include "Icons.h"
#include "NoticeDialog.h"
#include "SigningIdentitiesDialog.h"
#include "Workspace.h"
#include "dms/CaseConflictBanner.h"
#include "dms/SyncActions.h"
#include "dms/SyncController.h"
#include "dms/SyncStatusWidget.h"
#include "pdf/PdfViewer.h"
#include "pdf/PdfViewerWindow.h"
#include "registers/RegisterActions.h"
#include "registers/RegisterJobsView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace workroom::widgets {

using storage::CaseQuery;

namespace {

struct ViewEntry {
    MainWindow::View view;
    Icon icon;
    const char *shortcut;
};

constexpr ViewEntry viewEntries[] = {
    {MainWindow::View::MyDay, Icon::MyDay, "Ctrl+1"},
    {MainWindow::View::AllCases, Icon::AllCases, "Ctrl+2"},
    {MainWindow::View::Inbox, Icon::Inbox, "Ctrl+3"},
    {MainWindow::View::ReviewQueue, Icon::ReviewQueue, "Ctrl+4"},
    {MainWindow::View::RegisterQueries, Icon::RegisterQueries, "Ctrl+5"},
};

QString viewTitle(MainWindow::View view)
{
    switch (view) {
    case MainWindow::View::MyDay:
        return MainWindow::tr("My day");
    case MainWindow::View::AllCases:
        return MainWindow::tr("All cases");
    case MainWindow::View::Inbox:
        return MainWindow::tr("Inbox");
    case MainWindow::View::ReviewQueue:
        return MainWindow::tr("Review queue");
    case MainWindow::View::RegisterQueries:
        return MainWindow::tr("Register queries");
    }
    return {};
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

QString workroomLabel(const domain::Workroom &room)
{
    // The demo room says so wherever it is named, so that nobody mistakes it for real cases.
    const QString mark = MainWindow::tr("(Demo)");
    if (!room.demo || room.name.contains(mark) || room.name.contains(QLatin1StringView("(Demo)"))) {
        return room.name;
    }
    return room.name + QLatin1Char(' ') + mark;
}

constexpr auto geometryKey = "mainWindow/geometry";
constexpr auto stateKey = "mainWindow/state";
constexpr auto splitterKey = "mainWindow/splitter";
constexpr auto headerKey = "mainWindow/caseListHeader";
constexpr auto workroomKey = "mainWindow/workroom";
constexpr auto filePlanCodeKey = "cases/lastFilePlanCode";
constexpr auto exportDirKey = "cases/lastExportDirectory";
constexpr auto importDirKey = "cases/lastImportDirectory";

}  // namespace

MainWindow::MainWindow(Context context, casework::Workspace &workspace,
                       casework::CaseService &service, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), context_(std::move(context)), workspace_(workspace), service_(service),
      settings_(settings), undoStack_(new QUndoStack(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/workroom.svg")));
    createCentralArea();
    createActions();
    createStatusBar();
    restoreState();
    loadWorkrooms();
    setCurrentView(View::MyDay);  // lists the cases
}

MainWindow::~MainWindow()
{
    // Jobs first: their workers must end before the window's models go.
    for (DocumentImportJob *job : std::as_const(imports_)) {
        job->cancel();
    }
    qDeleteAll(imports_);
    imports_.clear();
    qDeleteAll(exports_);
    exports_.clear();
}

models::CaseListModel *MainWindow::caseListModel() const
{
    return casePane_->model();
}

void MainWindow::createActions()
{
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    newCaseAction_ = fileMenu->addAction(themedIcon(Icon::NewCase), tr("&New Case…"),
                                         QKeySequence::New, this, &MainWindow::newCase);
    newCaseAction_->setObjectName(QStringLiteral("newCaseAction"));
    newCaseAction_->setStatusTip(tr("Create a case in this workroom"));
    fileMenu->addSeparator();
    exportZipAction_ =
        fileMenu->addAction(themedIcon(Icon::Export), tr("&Export Case as ZIP Archive…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                            [this] { chooseExportDestination(ExportTarget::Zip); });
    exportZipAction_->setObjectName(QStringLiteral("exportZipAction"));
    exportZipAction_->setStatusTip(
        tr("Write the chosen case with its documents, notes and history to a ZIP archive"));
    exportFolderAction_ = fileMenu->addAction(tr("Export Case to &Folder…"), this, [this] {
        chooseExportDestination(ExportTarget::Folder);
    });
    exportFolderAction_->setObjectName(QStringLiteral("exportFolderAction"));
    fileMenu->addSeparator();
    signingIdentitiesAction_ =
        fileMenu->addAction(themedIcon(Icon::Certificate), tr("Signing &Identities…"), this,
                            &MainWindow::showSigningIdentities);
    signingIdentitiesAction_->setObjectName(QStringLiteral("signingIdentitiesAction"));
    signingIdentitiesAction_->setStatusTip(
        tr("Import, show and remove your signing identities; choose trusted certificates"));
    signingIdentitiesAction_->setEnabled(false);  // until the app hands in where they are
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                        tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoStack_->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(themedIcon(Icon::Undo));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack_->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(themedIcon(Icon::Redo));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                        tr("&Find Cases"), QKeySequence::Find, this, [this] {
                                            // Only the case views have a search field.
                                            if (!viewListsCases()) {
                                                setCurrentView(View::AllCases);
                                            }
                                            casePane_->focusSearch();
                                        });
    find->setStatusTip(tr("Search the cases of this view"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (const ViewEntry &entry : viewEntries) {
        QAction *action = viewMenu->addAction(themedIcon(entry.icon), viewTitle(entry.view));
        action->setShortcut(QKeySequence(QString::fromLatin1(entry.shortcut)));
        action->setCheckable(true);
        action->setData(QVariant::fromValue(entry.view));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, view = entry.view] {
            setCurrentView(view);
            if (view == View::RegisterQueries && registerActions_) {
                registerActions_->jobsView()->setFocus(Qt::ShortcutFocusReason);
                return;
            }
            casePane_->view()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    connect(viewList_, &QListWidget::currentRowChanged, group, [group](int row) {
        if (row >= 0 && row < group->actions().size()) {
            group->actions().at(row)->setChecked(true);
        }
    });

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(detailView_->editAction());
    caseMenu->addAction(detailView_->addDocumentsAction());
    caseMenu->addAction(detailView_->addPartyAction());
    caseMenu->addAction(detailView_->addNoteAction());
    caseMenu->addAction(detailView_->openDocumentAction());
    newNoticeAction_ =
        caseMenu->addAction(tr("New &Notice…"), this, [this] { newNotice(currentCaseId()); });
    newNoticeAction_->setObjectName(QStringLiteral("newNoticeAction"));
    newNoticeAction_->setStatusTip(tr("Create a notice (Bescheid) for this case from a template"));
    if (registerActions_) {
        caseMenu->addSeparator();
        caseMenu->addAction(registerActions_->queryAction());
        caseMenu->addAction(registerActions_->bulkAction());
    }
    caseMenu->addSeparator();
    statusMenu_ = caseMenu->addMenu(themedIcon(Icon::ChangeStatus), tr("Change &Status"));
    statusMenu_->setObjectName(QStringLiteral("statusMenu"));
    // The steps depend on the case and the role; the menu is filled when it opens.
    connect(statusMenu_, &QMenu::aboutToShow, this, [this] {
        statusMenu_->clear();
        statusMenu_->addActions(detailView_->statusActions());
        if (statusMenu_->isEmpty()) {
            statusMenu_->addAction(tr("No step possible"))->setEnabled(false);
        }
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                         tr("&About Workroom"), this, &MainWindow::showAboutDialog);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    toolBar->addAction(newCaseAction_);
    toolBar->addAction(detailView_->editAction());
    toolBar->addAction(detailView_->addDocumentsAction());
    toolBar->addAction(detailView_->addNoteAction());
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    // Their text names the step ("Undo Edit case …") and would make the bar jump; the tool
    // tip says it.
    for (QAction *action : {undo, redo}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
    toolBar->addSeparator();
    toolBar->addAction(exportZipAction_);

    connect(detailView_, &CaseDetailView::statusActionsChanged, this,
            &MainWindow::updateCaseActions);
    updateCaseActions();
}

void MainWindow::createCentralArea()
{
    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->setChildrenCollapsible(false);

    // Left: the workroom switcher and the views of the chosen room.
    auto *navigation = new QWidget(splitter_);
    auto *navigationLayout = new QVBoxLayout(navigation);
    navigationLayout->setContentsMargins(6, 6, 0, 6);
    auto *switcherLabel = new QLabel(tr("&Workroom:"), navigation);
    workroomSwitcher_ = new QComboBox(navigation);
    workroomSwitcher_->setObjectName(QStringLiteral("workroomSwitcher"));
    workroomSwitcher_->setAccessibleName(tr("Workroom"));
    workroomSwitcher_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    workroomSwitcher_->setMinimumContentsLength(12);
    switcherLabel->setBuddy(workroomSwitcher_);
    viewList_ = new QListWidget(navigation);
    viewList_->setObjectName(QStringLiteral("viewList"));
    viewList_->setAccessibleName(tr("Views of the workroom"));
    for (const ViewEntry &entry : viewEntries) {
        auto *item = new QListWidgetItem(themedIcon(entry.icon), viewTitle(entry.view), viewList_);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(
            viewTitle(entry.view),
            QKeySequence(QString::fromLatin1(entry.shortcut)).toString(QKeySequence::NativeText)));
    }
    connect(viewList_, &QListWidget::currentRowChanged, this, &MainWindow::updateView);
    navigationLayout->addWidget(switcherLabel);
    navigationLayout->addWidget(workroomSwitcher_);
    navigationLayout->addWidget(viewList_, 1);

    // Centre: the cases of the chosen view, or what the view will hold once it exists.
    auto *cases = new QWidget(splitter_);
    auto *casesLayout = new QVBoxLayout(cases);
    casesLayout->setContentsMargins(0, 6, 0, 6);
    viewHeading_ = new QLabel(cases);
    viewHeading_->setObjectName(QStringLiteral("viewHeading"));
    QFont headingFont = viewHeading_->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    viewHeading_->setFont(headingFont);
    centreStack_ = new QStackedWidget(cases);
    casePane_ = new CaseListPane(workspace_.cases(), workspace_.actor(), centreStack_);
    casePane_->model()->setIcons(themedIcon(Icon::Overdue), themedIcon(Icon::ResubmissionDue));
    casePane_->setDropsAllowed(service_.role() != domain::Role::Reader);
    connect(casePane_, &CaseListPane::caseChosen, this, &MainWindow::caseChosen);
    connect(casePane_, &CaseListPane::caseActivated, this, [this] {
        detailView_->showTab(CaseDetailView::Tab::Overview);
        detailView_->setFocus(Qt::OtherFocusReason);
    });
    connect(casePane_, &CaseListPane::filesDropped, this, &MainWindow::importFiles);
    connect(casePane_, &CaseListPane::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // Views that arrive with later versions say so honestly instead of showing an empty list.
    placeholder_ = makeHint(QString(), centreStack_);
    placeholder_->setObjectName(QStringLiteral("viewPlaceholder"));
    centreStack_->addWidget(casePane_);
    centreStack_->addWidget(placeholder_);
    if (context_.registers.service && context_.registers.jobs) {
        registerActions_ = new RegisterActions(context_.registers, workspace_, service_, this);
        centreStack_->addWidget(registerActions_->jobsView());
        connect(registerActions_, &RegisterActions::caseChanged, this, &MainWindow::caseChanged);
        connect(registerActions_, &RegisterActions::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    }
    casesLayout->addWidget(viewHeading_);
    casesLayout->addWidget(centreStack_, 1);

    // Right: the chosen case, or a hint while none is chosen.
    detailStack_ = new QStackedWidget(splitter_);
    detailStack_->setObjectName(QStringLiteral("caseDetail"));
    detailStack_->setAccessibleName(tr("Case details"));
    detailStack_->addWidget(makeHint(tr("No case selected.\n\nChoose a case in the list to see "
                                        "its overview, documents, notes and history."),
                                     detailStack_));
    detailView_ = new CaseDetailView(workspace_, service_, detailStack_);
    detailStack_->addWidget(detailView_);
    // Register queries also start where a clerk looks at the parties of the case.
    if (auto *overview = detailView_->overviewTab(); registerActions_) {
        overview->setRegisterQueryAvailable(true);
        connect(overview, &CaseOverviewTab::registerQueryRequested, registerActions_,
                &RegisterActions::openQueryDialogForParty);
    }
    // The detail view has shown its own change already; the list follows.
    connect(detailView_, &CaseDetailView::caseChanged, casePane_, &CaseListPane::refresh);
    connect(detailView_, &CaseDetailView::editRequested, this, &MainWindow::editCase);
    connect(detailView_, &CaseDetailView::addDocumentsRequested, this, &MainWindow::addDocuments);
    connect(detailView_, &CaseDetailView::filesDropped, this, &MainWindow::importFiles);
    detailView_->documentOpener().setPdfViewer(
        [this](const QString &path, const domain::DocumentVersion &version) {
            openPdf(path, version.documentId, version.originalFileName);
        });
    connect(detailView_, &CaseDetailView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    splitter_->addWidget(navigation);
    splitter_->addWidget(cases);
    splitter_->addWidget(detailStack_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 5);
    splitter_->setStretchFactor(2, 3);
    splitter_->setSizes({180, 780, 440});
    setCentralWidget(splitter_);
}

void MainWindow::createStatusBar()
{
    // Background work: what runs and how far it got.
    workLabel_ = new QLabel(this);
    workLabel_->setObjectName(QStringLiteral("workLabel"));
    workLabel_->setAccessibleName(tr("Background work"));
    workProgress_ = new QProgressBar(this);
    workProgress_->setObjectName(QStringLiteral("workProgress"));
    workProgress_->setAccessibleName(tr("Progress of the background work"));
    workProgress_->setMaximumWidth(160);
    workProgress_->setTextVisible(false);
    statusBar()->addPermanentWidget(workLabel_);
    statusBar()->addPermanentWidget(workProgress_);
    updateWorkIndicator();
    // Text, not colour alone, says the state (BITV 2.0).
    connectionLabel_ = new QLabel(tr("Local workroom – not linked to a DMS"), this);
    connectionLabel_->setObjectName(QStringLiteral("connectionLabel"));
    connectionLabel_->setAccessibleName(tr("Sync state"));
    statusBar()->addPermanentWidget(connectionLabel_);
    statusBar()->showMessage(tr("Ready"), 5000);
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(settings_.value(QLatin1StringView(geometryKey)).toByteArray())) {
        resize(1400, 860);
    }
    QMainWindow::restoreState(settings_.value(QLatin1StringView(stateKey)).toByteArray());
    splitter_->restoreState(settings_.value(QLatin1StringView(splitterKey)).toByteArray());
    const QSignalBlocker blocker(casePane_->view()->header());
    casePane_->view()->header()->restoreState(
        settings_.value(QLatin1StringView(headerKey)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (sync_) {
        sync_->shutdown();  // quits promptly: what the sync has not done stays pending
    }
    settings_.setValue(QLatin1StringView(geometryKey), saveGeometry());
    settings_.setValue(QLatin1StringView(stateKey), saveState());
    settings_.setValue(QLatin1StringView(splitterKey), splitter_->saveState());
    settings_.setValue(QLatin1StringView(headerKey), casePane_->view()->header()->saveState());
    settings_.sync();
    event->accept();
}

// --- workrooms and views ------------------------------------------------------------------

void MainWindow::loadWorkrooms()
{
    const QSignalBlocker blocker(workroomSwitcher_);
    workroomSwitcher_->clear();
    auto rooms = workspace_.cases().workrooms();
    if (!rooms) {
        statusBar()->showMessage(rooms.error().message, 10000);
    } else {
        for (const domain::Workroom &room : *rooms) {
            workroomSwitcher_->addItem(themedIcon(Icon::Workroom), workroomLabel(room), room.id);
            workroomSwitcher_->setItemData(
                workroomSwitcher_->count() - 1,
                tr("%1\nData: %2").arg(workroomLabel(room), workspace_.profileDir()),
                Qt::ToolTipRole);
        }
    }
    if (workroomSwitcher_->count() == 0) {
        workroomSwitcher_->addItem(themedIcon(Icon::Workroom), tr("No workroom yet"), 0);
        workroomSwitcher_->setEnabled(false);
    } else {
        workroomSwitcher_->setEnabled(true);
    }
    connect(workroomSwitcher_, &QComboBox::currentIndexChanged, this, &MainWindow::workroomChosen,
            Qt::UniqueConnection);
    const int saved =
        workroomSwitcher_->findData(settings_.value(QLatin1StringView(workroomKey)).toLongLong());
    workroomSwitcher_->setCurrentIndex(saved >= 0 ? saved : 0);
    workroomChosen(workroomSwitcher_->currentIndex());
}

void MainWindow::selectWorkroom(qint64 workroomId)
{
    const int index = workroomSwitcher_->findData(workroomId);
    if (index < 0) {
        loadWorkrooms();  // created after the window was built
    }
    workroomSwitcher_->setCurrentIndex(workroomSwitcher_->findData(workroomId));
}

void MainWindow::workroomChosen(int index)
{
    workroomId_ = workroomSwitcher_->itemData(index).toLongLong();
    if (registerActions_) {
        registerActions_->setWorkroom(workroomId_);
    }
    const QString name =
        workroomId_ != 0 ? workroomSwitcher_->itemText(index) : tr("Local workroom");
    setWindowTitle(tr("%1 – Workroom").arg(name));
    if (workroomId_ != 0) {
        settings_.setValue(QLatin1StringView(workroomKey), workroomId_);
    }
    undoStack_->clear();  // its steps belong to the cases of the room that is left
    caseChosen(0);
    if (viewList_->currentRow() >= 0) {
        updateView();
    }
}

MainWindow::View MainWindow::currentView() const
{
    const int row = viewList_->currentRow();
    return row < 0 ? View::MyDay : viewEntries[row].view;
}

void MainWindow::setCurrentView(View view)
{
    viewList_->setCurrentRow(static_cast<int>(view));
}

bool MainWindow::viewListsCases() const
{
    const View view = currentView();
    return view != View::Inbox && view != View::RegisterQueries;
}

void MainWindow::updateView()
{
    const View view = currentView();
    viewHeading_->setText(viewTitle(view));
    CaseListPane::Scope scope;
    scope.workroomId = workroomId_;
    switch (view) {
    case View::MyDay:
        scope.due = CaseQuery::Due::MyDay;
        scope.fixedDueText = tr("Due today or earlier");
        // What is most overdue first, deadlines and resubmissions alike.
        scope.naturalSort = CaseQuery::Sort::Deadline;
        scope.emptyText = tr("Nothing due today: no overdue deadlines and no resubmissions.");
        break;
    case View::AllCases:
        scope.emptyText =
            tr("No cases yet. Create one with “New Case” (%1).")
                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        break;
    case View::ReviewQueue:
        scope.status = domain::CaseStatus::InReview;
        scope.emptyText = tr("No case is waiting for review.");
        break;
    case View::Inbox:
        placeholder_->setText(
            tr("The inbox will hold what citizens submit through the service portal. It "
               "arrives with the portal connection in a later version; nothing has been "
               "delivered here."));
        break;
    case View::RegisterQueries:
        placeholder_->setText(
            tr("Queries to the civil register (Melderegisterauskunft) will be listed here. "
               "They arrive with the register connection in a later version; no query has "
               "been made."));
        break;
    }
    centreStack_->setCurrentIndex(viewListsCases() ? 0 : 1);
    if (view == View::RegisterQueries && registerActions_) {
        centreStack_->setCurrentWidget(registerActions_->jobsView());
    }
    if (viewListsCases()) {
        casePane_->setScope(scope);
    }
}

// --- the chosen case -----------------------------------------------------------------------

qint64 MainWindow::currentCaseId() const
{
    return detailView_->caseId();
}

void MainWindow::selectCase(qint64 caseId)
{
    casePane_->selectCase(caseId);
    caseChosen(caseId);
}

void MainWindow::caseChosen(qint64 caseId)
{
    if (caseId != detailView_->caseId() || caseId == 0) {
        detailView_->showCase(caseId);
    }
    casePane_->setShownCase(detailView_->caseId());
    detailStack_->setCurrentIndex(detailView_->caseId() != 0 ? 1 : 0);
    updateCaseActions();
}

void MainWindow::caseChanged(qint64 caseId)
{
    casePane_->refresh();
    if (caseId == detailView_->caseId()) {
        detailView_->reload();
    }
}

void MainWindow::updateCaseActions()
{
    const bool shown = detailView_->caseId() != 0;
    newCaseAction_->setEnabled(workroomId_ != 0 && service_.role() != domain::Role::Reader);
    exportZipAction_->setEnabled(shown);
    exportFolderAction_->setEnabled(shown);
    newNoticeAction_->setEnabled(shown && service_.role() != domain::Role::Reader);
    if (registerActions_) {
        registerActions_->setCase(detailView_->record());
    }
    statusMenu_->setEnabled(shown);
    if (syncActions_) {
        syncActions_->setCase(shown ? detailView_->record()->reference : QString());
    }
}

void MainWindow::newCase()
{
    if (workroomId_ == 0 || service_.role() == domain::Role::Reader) {
        return;
    }
    domain::CaseRecord draft;
    draft.workroomId = workroomId_;
    draft.filePlanCode = settings_.value(QLatin1StringView(filePlanCodeKey)).toString();
    draft.year = QDate::currentDate().year();
    draft.assignee = workspace_.actor();
    auto *dialog = new CaseDialog(CaseDialog::Mode::Create, draft, this);
    dialog->setObjectName(QStringLiteral("caseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto created = std::make_shared<domain::CaseRecord>();
    dialog->setSaver([this, created](const CaseDialog &form) -> std::optional<QString> {
        auto saved = service_.createCase(form.record(), form.parties());
        if (!saved) {
            return saved.error().message;
        }
        *created = *saved;
        return std::nullopt;
    });
    connect(dialog, &QDialog::accepted, this, [this, created] {
        settings_.setValue(QLatin1StringView(filePlanCodeKey), created->filePlanCode);
        casePane_->reload();
        selectCase(created->id);
        statusBar()->showMessage(tr("Case %1 created.").arg(created->reference), 8000);
    });
    dialog->open();
}

void MainWindow::editCase(qint64 caseId)
{
    auto before = workspace_.cases().caseById(caseId);
    if (!before) {
        statusBar()->showMessage(before.error().message, 10000);
        return;
    }
    auto *dialog = new CaseDialog(CaseDialog::Mode::Edit, *before, this);
    dialog->setObjectName(QStringLiteral("caseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this, original = *before](const CaseDialog &form) -> std::optional<QString> {
        auto saved = service_.updateCase(form.record());
        if (!saved) {
            return saved.error().message;
        }
        if (saved->revision != original.revision) {
            undoStack_->push(new EditCaseCommand(workspace_, service_, original, *saved,
                                                 [this](qint64 id, const QString &error) {
                                                     if (!error.isEmpty()) {
                                                         statusBar()->showMessage(error, 10000);
                                                     }
                                                     caseChanged(id);
                                                 }));
        }
        return std::nullopt;
    });
    connect(dialog, &QDialog::accepted, this, [this, caseId] {
        caseChanged(caseId);
        statusBar()->showMessage(tr("Changes saved."), 5000);
    });
    dialog->open();
}

// --- documents -----------------------------------------------------------------------------

void MainWindow::addDocuments(qint64 caseId)
{
    const QString start =
        settings_
            .value(QLatin1StringView(importDirKey),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add documents to the case"), start,
        tr("All files (*);;PDF documents (*.pdf);;Text files (*.txt)"));
    if (files.isEmpty()) {
        return;
    }
    settings_.setValue(QLatin1StringView(importDirKey), QFileInfo(files.first()).absolutePath());
    importFiles(caseId, files);
}

void MainWindow::importFiles(qint64 caseId, const QStringList &paths)
{
    if (service_.role() == domain::Role::Reader || paths.isEmpty()) {
        return;
    }
    auto record = workspace_.cases().caseById(caseId);
    if (!record) {
        statusBar()->showMessage(record.error().message, 10000);
        return;
    }
    auto *job =
        new DocumentImportJob(workspace_.profileDir(), workspace_.actor(), caseId, paths, this);
    imports_.append(job);
    auto *progress = new DocumentImportProgress(*job, record->reference, this);
    connect(progress, &DocumentImportProgress::progressed, this, &MainWindow::updateWorkIndicator);
    connect(progress, &DocumentImportProgress::finished, this,
            [this, job](qint64 id, const QString &summary) {
                imports_.removeOne(job);
                job->deleteLater();
                updateWorkIndicator();
                caseChanged(id);
                statusBar()->showMessage(summary, 15000);
                emit importFinished(id);
            });
    job->start();
    updateWorkIndicator(tr("Adding documents to %1…").arg(record->reference), 0, 0);
}

// --- notices -----------------------------------------------------------------------------

void MainWindow::newNotice(qint64 caseId)
{
    if (caseId == 0 || service_.role() == domain::Role::Reader) {
        return;
    }
    NoticeDialog::Config config;
    config.systemDirectories = context_.noticeTemplateDirectories;
    config.profileDirectory =
        notices::NoticeTemplateLibrary::profileDirectory(workspace_.profileDir());
    config.values = context_.noticeValues;
    auto *dialog = new NoticeDialog(workspace_, service_.role(), caseId, config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoticeDialog::noticeFiled, this,
            [this](qint64 id, qint64, const QString &title) {
                caseChanged(id);
                statusBar()->showMessage(tr("Notice \"%1\" filed in the case.").arg(title), 8000);
            });
    dialog->open();
}

// --- signing -------------------------------------------------------------------------------

void MainWindow::setSync(SyncController &controller, DmsLinkSettings linkSettings)
{
    sync_ = &controller;
    syncActions_ =
        new SyncActions(controller, std::move(linkSettings), workspace_.profileDir(), this);
    // Before Help, which stays last.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), syncActions_->menu());
    connectionLabel_->hide();
    statusBar()->addPermanentWidget(syncActions_->statusWidget());
    detailView_->addBanner(syncActions_->caseBanner());
    connect(&controller, &SyncController::casesChangedBySync, this,
            [this] { caseChanged(detailView_->caseId()); });
    updateCaseActions();
}

void MainWindow::setSigningSetup(const SigningSetup &setup)
{
    signingSetup_ = setup;
    signingSetup_.role = service_.role();  // the one role of this user, as the service has it
    detailView_->documentsTab()->setSigningSetup(signingSetup_);
    signingIdentitiesAction_->setEnabled(signingSetup_.isConfigured());
    // A certificate running out is said once at start, not only in the identities dialog.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<signing::SigningIdentity> identities =
        signing::SigningIdentityStore(setup.identityDirectory)
            .list()
            .value_or(QList<signing::SigningIdentity>());
    for (const signing::SigningIdentity &identity : identities) {
        if (identity.certificate.isValidAt(now)
            && identity.expiresWithin(signingSetup_.expiryWarningDays, now)) {
            statusBar()->showMessage(
                tr("The signing certificate of %1 expires in %n day(s); see File › Signing "
                   "Identities.",
                   nullptr, int(identity.certificate.daysUntilExpiry(now)))
                    .arg(identity.name));
            break;
        }
    }
}

void MainWindow::showSigningIdentities()
{
    if (!signingSetup_.isConfigured()) {
        return;
    }
    auto *dialog = new SigningIdentitiesDialog(signingSetup_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- export --------------------------------------------------------------------------------

void MainWindow::chooseExportDestination(ExportTarget target)
{
    const auto &record = detailView_->record();
    if (!record) {
        return;
    }
    const QString start =
        settings_
            .value(QLatin1StringView(exportDirKey),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString destination;
    if (target == ExportTarget::Zip) {
        const QString suggested = casework::CaseExporter::safeFileName(
                                      record->reference + QLatin1Char(' ') + record->subject)
                                  + QStringLiteral(".zip");
        destination = QFileDialog::getSaveFileName(this, tr("Export case as ZIP archive"),
                                                   QDir(start).filePath(suggested),
                                                   tr("ZIP archives (*.zip)"));
        if (!destination.isEmpty()
            && !destination.endsWith(QLatin1StringView(".zip"), Qt::CaseInsensitive)) {
            destination += QStringLiteral(".zip");
        }
    } else {
        destination = QFileDialog::getExistingDirectory(this, tr("Export case to folder"), start);
    }
    if (destination.isEmpty()) {
        return;
    }
    settings_.setValue(QLatin1StringView(exportDirKey), target == ExportTarget::Zip
                                                            ? QFileInfo(destination).absolutePath()
                                                            : destination);
    exportCase(record->id, destination, target == ExportTarget::Zip);
}

void MainWindow::exportCase(qint64 caseId, const QString &destination, bool zip)
{
    auto record = workspace_.cases().caseById(caseId);
    if (!record) {
        statusBar()->showMessage(record.error().message, 10000);
        return;
    }
    const QString reference = record->reference;
    auto *job = new CaseExportJob(workspace_.profileDir(), workspace_.actor(), caseId, destination,
                                  zip, this);
    exports_.append(job);
    connect(job, &CaseExportJob::finished, this,
            [this, job, reference](const QString &path, const QString &error) {
                exports_.removeOne(job);
                job->deleteLater();
                updateWorkIndicator();
                auto *box = new QMessageBox(this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setWindowModality(Qt::NonModal);
                box->setObjectName(QStringLiteral("exportSummary"));
                box->setWindowTitle(tr("Export of %1").arg(reference));
                if (error.isEmpty()) {
                    box->setIcon(QMessageBox::Information);
                    box->setText(tr("The case %1 was exported to:").arg(reference));
                    box->setInformativeText(QDir::toNativeSeparators(path));
                    statusBar()->showMessage(tr("%1 exported.").arg(reference), 8000);
                } else {
                    box->setIcon(QMessageBox::Warning);
                    box->setText(tr("The case %1 could not be exported.").arg(reference));
                    box->setInformativeText(error);
                }
                box->show();
                emit exportFinished(path, error);
            });
    job->start();
    updateWorkIndicator(tr("Exporting %1…").arg(reference), 0, 0);
}

void MainWindow::updateWorkIndicator(const QString &text, int value, int maximum)
{
    const int running = int(imports_.size() + exports_.size());
    if (running == 0) {
        workLabel_->clear();
        workLabel_->hide();
        workProgress_->hide();
        return;
    }
    if (!text.isEmpty()) {
        workLabel_->setText(running > 1 ? tr("%1 (and %n more)", nullptr, running - 1).arg(text)
                                        : text);
    }
    workProgress_->setRange(0, maximum);
    if (value >= 0) {
        workProgress_->setValue(value);
    }
    workLabel_->show();
    workProgress_->show();
}

void MainWindow::showAboutDialog()
{
    AboutDialog dialog(context_.productVersion,
                       context_.components ? context_.components() : QList<ComponentVersion>{},
                       this);
    dialog.exec();
}

void MainWindow::openPdf(const QString &path, qint64 documentId, const QString &fileName)
{
    // One window per copy: opening the same version again brings its window forward.
    for (PdfViewerWindow *open : findChildren<PdfViewerWindow *>()) {
        if (open->viewer()->path() == path) {
            open->show();
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *window = new PdfViewerWindow(this);
    const qint64 caseId = detailView_->caseId();
    if (service_.role() != domain::Role::Reader && caseId != 0) {
        window->viewer()->setFormSaveHandler([this, caseId, documentId](const QString &filled) {
            const QString profile = workspace_.profileDir();
            const QString actor = workspace_.actor();
            auto *watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, caseId] {
                watcher->deleteLater();
                const QString error = watcher->result();
                statusBar()->showMessage(
                    error.isEmpty() ? tr("The filled form was saved as a new version.") : error,
                    10000);
                caseChanged(caseId);
            });
            // The worker's own workspace: a database connection belongs to one thread.
            watcher->setFuture(
                QtConcurrent::run([profile, actor, caseId, documentId, filled]() -> QString {
                    auto workspace = casework::Workspace::open(profile, actor);
                    if (!workspace) {
                        return workspace.error().message;
                    }
                    casework::DocumentImporter importer(**workspace);
                    const auto stored =
                        importer.importFile(caseId, filled, documentId, domain::DocumentKind::Form);
                    return stored ? QString() : stored.error().message;
                }));
        });
    }
    window->openFile(path, fileName);
    window->show();
}

}  // namespace workroom::widgets
