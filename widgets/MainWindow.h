#pragma once

#include "AboutDialog.h"
#include "SigningSetup.h"
#include "dms/DmsLinkDialog.h"
#include "registers/RegisterContext.h"

#include <QHash>
#include <QMainWindow>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace workroom::casework {
class CaseService;
class Workspace;
}  // namespace workroom::casework

namespace workroom::models {
class CaseListModel;
}

namespace workroom::widgets {

class CaseDetailView;
class CaseExportJob;
class CaseListPane;
class DocumentImportJob;
class RegisterActions;
class SyncActions;
class SyncController;

// The main window: the rooms and their views on the left, the case list in the centre, the
// chosen case on the right, sync and background work in the status bar. It wires these
// together and owns the actions, the undo stack and the background jobs.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Context {
        QString productVersion{};
        // Asked when the About dialog opens, so that start-up does not probe the libraries.
        std::function<QList<ComponentVersion>()> components{};
        // Notice template folders set by IT (empty: the default ones) and configured
        // placeholder values (authority.*, clerk.*).
        QStringList noticeTemplateDirectories{};
        QHash<QString, QString> noticeValues{};
        // The civil register; without a service the window offers no register queries.
        RegisterContext registers{};
    };

    // `workspace` and `service` are the GUI thread's; the window stores its geometry and
    // splitter state in `settings`. All three must outlive it.
    MainWindow(Context context, casework::Workspace &workspace, casework::CaseService &service,
               QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The views of a room, in the order of the navigation list.
    enum class View { MyDay, AllCases, Inbox, ReviewQueue, RegisterQueries };
    Q_ENUM(View)

    View currentView() const;
    void setCurrentView(View view);

    qint64 currentWorkroomId() const { return workroomId_; }
    void selectWorkroom(qint64 workroomId);
    // Shows the case on the right and selects its row if the list has it.
    void selectCase(qint64 caseId);
    qint64 currentCaseId() const;

    QUndoStack *undoStack() const { return undoStack_; }
    models::CaseListModel *caseListModel() const;
    CaseDetailView *caseDetailView() const { return detailView_; }
    // Null when no register service was handed in.
    RegisterActions *registerActions() const { return registerActions_; }
    // Imports still running in the background.
    int runningImports() const { return int(imports_.size()); }

    // Where signing identities and trust anchors are; enables signing in the document view
    // and File › Signing Identities….
    void setSigningSetup(const SigningSetup &setup);
    // The DMS sync: adds the Sync menu, its status bar widget and the case's conflict banner.
    // `controller` must outlive the window; the window cancels its sync when it closes.
    void setSync(SyncController &controller, DmsLinkSettings linkSettings);
    // Null until setSync().
    SyncActions *syncActions() const { return syncActions_; }

public slots:
    void showAboutDialog();
    void showSigningIdentities();
    void newCase();
    void editCase(qint64 caseId);
    void addDocuments(qint64 caseId);
    // Opens the notice dialog for the case.
    void newNotice(qint64 caseId);
    // Adds files and folders to a case in the background, with progress and a summary.
    void importFiles(qint64 caseId, const QStringList &paths);
    // Exports a case in the background to a ZIP archive at `destination`, or into a new
    // folder inside the folder `destination`.
    void exportCase(qint64 caseId, const QString &destination, bool zip);

signals:
    // An import ended (also when it was cancelled or could not start).
    void importFinished(qint64 caseId);
    // An export ended: the path written, or the error.
    void exportFinished(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class ExportTarget { Zip, Folder };

    void createActions();
    void createCentralArea();
    void createStatusBar();
    void restoreState();
    void loadWorkrooms();
    void workroomChosen(int index);
    void updateView();
    bool viewListsCases() const;
    void caseChosen(qint64 caseId);
    void caseChanged(qint64 caseId);
    // A PDF document version in Workroom's viewer; a filled form is saved as its next version.
    void openPdf(const QString &path, qint64 documentId, const QString &fileName);
    void updateCaseActions();
    void chooseExportDestination(ExportTarget target);
    void updateWorkIndicator(const QString &text = {}, int value = -1, int maximum = 0);

    Context context_;
    casework::Workspace &workspace_;
    casework::CaseService &service_;
    QSettings &settings_;
    qint64 workroomId_ = 0;

    QUndoStack *undoStack_ = nullptr;
    QSplitter *splitter_ = nullptr;
    QComboBox *workroomSwitcher_ = nullptr;
    QListWidget *viewList_ = nullptr;
    QLabel *viewHeading_ = nullptr;
    QStackedWidget *centreStack_ = nullptr;
    CaseListPane *casePane_ = nullptr;
    QLabel *placeholder_ = nullptr;
    QStackedWidget *detailStack_ = nullptr;
    CaseDetailView *detailView_ = nullptr;
    QLabel *connectionLabel_ = nullptr;
    QLabel *workLabel_ = nullptr;
    QProgressBar *workProgress_ = nullptr;
    QAction *newCaseAction_ = nullptr;
    QAction *exportZipAction_ = nullptr;
    QAction *exportFolderAction_ = nullptr;
    QAction *signingIdentitiesAction_ = nullptr;
    SigningSetup signingSetup_;
    QAction *newNoticeAction_ = nullptr;
    QMenu *statusMenu_ = nullptr;
    QList<DocumentImportJob *> imports_;
    QList<CaseExportJob *> exports_;
    RegisterActions *registerActions_ = nullptr;
    SyncController *sync_ = nullptr;
    SyncActions *syncActions_ = nullptr;
};

}  // namespace workroom::widgets
