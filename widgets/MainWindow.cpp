#include "MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace workroom::widgets {

namespace {

struct ViewEntry {
    MainWindow::View view;
    const char *themeIcon;
    const char *fallbackIcon;
    const char *shortcut;
};

// Icons come from the platform theme; the bundled SVGs stand in where the theme has none.
constexpr ViewEntry viewEntries[] = {
    {MainWindow::View::MyDay, "x-office-calendar", ":/icons/my-day.svg", "Ctrl+1"},
    {MainWindow::View::AllCases, "folder", ":/icons/all-cases.svg", "Ctrl+2"},
    {MainWindow::View::Inbox, "mail-folder-inbox", ":/icons/inbox.svg", "Ctrl+3"},
    {MainWindow::View::ReviewQueue, "mail-mark-task", ":/icons/review.svg", "Ctrl+4"},
    {MainWindow::View::RegisterQueries, "system-search", ":/icons/register.svg", "Ctrl+5"},
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

QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), QIcon(QString::fromLatin1(fallback)));
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

constexpr auto geometryKey = "mainWindow/geometry";
constexpr auto stateKey = "mainWindow/state";
constexpr auto splitterKey = "mainWindow/splitter";

}  // namespace

MainWindow::MainWindow(Context context, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), context_(std::move(context)), settings_(settings)
{
    if (context_.workroomName.isEmpty()) {
        context_.workroomName = tr("Local workroom");
    }
    setWindowTitle(tr("%1 – Workroom").arg(context_.workroomName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/workroom.svg")));
    createCentralArea();
    createActions();
    createStatusBar();
    restoreState();
    setCurrentView(View::MyDay);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                        tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                        tr("&Find Cases"), QKeySequence::Find, this, [this] {
                                            searchField_->setFocus(Qt::ShortcutFocusReason);
                                            searchField_->selectAll();
                                        });
    find->setStatusTip(tr("Search the cases of this view"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (const ViewEntry &entry : viewEntries) {
        QAction *action = viewMenu->addAction(themedIcon(entry.themeIcon, entry.fallbackIcon),
                                              viewTitle(entry.view));
        action->setShortcut(QKeySequence(QString::fromLatin1(entry.shortcut)));
        action->setCheckable(true);
        action->setData(QVariant::fromValue(entry.view));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, view = entry.view] {
            setCurrentView(view);
            caseList_->setFocus(Qt::ShortcutFocusReason);
        });
    }
    connect(viewList_, &QListWidget::currentRowChanged, group, [group](int row) {
        if (row >= 0 && row < group->actions().size()) {
            group->actions().at(row)->setChecked(true);
        }
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                         tr("&About Workroom"), this, &MainWindow::showAboutDialog);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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
    workroomSwitcher_->addItem(QIcon(QStringLiteral(":/icons/workroom.svg")),
                               context_.workroomName);
    workroomSwitcher_->setItemData(0, context_.profilePath, Qt::ToolTipRole);
    switcherLabel->setBuddy(workroomSwitcher_);
    viewList_ = new QListWidget(navigation);
    viewList_->setObjectName(QStringLiteral("viewList"));
    viewList_->setAccessibleName(tr("Views of the workroom"));
    for (const ViewEntry &entry : viewEntries) {
        auto *item = new QListWidgetItem(themedIcon(entry.themeIcon, entry.fallbackIcon),
                                         viewTitle(entry.view), viewList_);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(
            viewTitle(entry.view),
            QKeySequence(QString::fromLatin1(entry.shortcut)).toString(QKeySequence::NativeText)));
    }
    connect(viewList_, &QListWidget::currentRowChanged, this, &MainWindow::updateViewHeading);
    navigationLayout->addWidget(switcherLabel);
    navigationLayout->addWidget(workroomSwitcher_);
    navigationLayout->addWidget(viewList_, 1);

    // Centre: the cases of the chosen view with a search field.
    auto *cases = new QWidget(splitter_);
    auto *casesLayout = new QVBoxLayout(cases);
    casesLayout->setContentsMargins(0, 6, 0, 6);
    viewHeading_ = new QLabel(cases);
    viewHeading_->setObjectName(QStringLiteral("viewHeading"));
    QFont headingFont = viewHeading_->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    viewHeading_->setFont(headingFont);
    searchField_ = new QLineEdit(cases);
    searchField_->setObjectName(QStringLiteral("searchField"));
    searchField_->setAccessibleName(tr("Search cases"));
    searchField_->setPlaceholderText(
        tr("Search reference numbers, subjects, parties and documents (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    searchField_->setClearButtonEnabled(true);
    caseModel_ = new QStandardItemModel(0, 6, this);
    caseModel_->setHorizontalHeaderLabels({tr("Reference number"), tr("Subject"), tr("Status"),
                                           tr("Assignee"), tr("Deadline"), tr("Resubmission")});
    caseList_ = new QTreeView(cases);
    caseList_->setObjectName(QStringLiteral("caseList"));
    caseList_->setAccessibleName(tr("Cases"));
    caseList_->setModel(caseModel_);
    caseList_->setRootIsDecorated(false);
    caseList_->setUniformRowHeights(true);
    caseList_->setSortingEnabled(true);
    caseList_->setAlternatingRowColors(true);
    caseList_->header()->setStretchLastSection(false);
    caseList_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    // An empty view says so inside the list, where the cases would be.
    caseListEmpty_ = makeHint(QString(), caseList_->viewport());
    caseListEmpty_->setObjectName(QStringLiteral("caseListEmpty"));
    auto *emptyLayout = new QVBoxLayout(caseList_->viewport());
    emptyLayout->addWidget(caseListEmpty_);
    casesLayout->addWidget(viewHeading_);
    casesLayout->addWidget(searchField_);
    casesLayout->addWidget(caseList_, 1);

    // Right: the chosen case; the detail pages take their place here once a case is chosen.
    detailStack_ = new QStackedWidget(splitter_);
    detailStack_->setObjectName(QStringLiteral("caseDetail"));
    detailStack_->setAccessibleName(tr("Case details"));
    detailStack_->addWidget(makeHint(tr("No case selected.\n\nChoose a case in the list to see "
                                        "its overview, documents, notes and history."),
                                     detailStack_));

    splitter_->addWidget(navigation);
    splitter_->addWidget(cases);
    splitter_->addWidget(detailStack_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 3);
    splitter_->setStretchFactor(2, 2);
    splitter_->setSizes({240, 760, 500});
    setCentralWidget(splitter_);
}

void MainWindow::createStatusBar()
{
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings_.setValue(QLatin1StringView(geometryKey), saveGeometry());
    settings_.setValue(QLatin1StringView(stateKey), saveState());
    settings_.setValue(QLatin1StringView(splitterKey), splitter_->saveState());
    settings_.sync();
    event->accept();
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

void MainWindow::updateViewHeading()
{
    const View view = currentView();
    viewHeading_->setText(viewTitle(view));
    caseListEmpty_->setText(view == View::MyDay
                                ? tr("Nothing due today: no overdue deadlines and no "
                                     "resubmissions.")
                                : tr("No cases in this view."));
    caseListEmpty_->setVisible(caseModel_->rowCount() == 0);
}

void MainWindow::showAboutDialog()
{
    AboutDialog dialog(context_.productVersion,
                       context_.components ? context_.components() : QList<ComponentVersion>{},
                       this);
    dialog.exec();
}

}  // namespace workroom::widgets
