#pragma once

#include "CaseRecord.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTabWidget;
class QTreeView;

namespace workroom::casework {
class CaseService;
class Workspace;
}  // namespace workroom::casework

namespace workroom::models {
class CaseHistoryModel;
}

namespace workroom::widgets {

class CaseDocumentsTab;
class CaseNotesTab;
class CaseOverviewTab;
class DocumentOpener;

// The chosen case on the right of the main window: its reference number and subject above
// the tabs Overview, Documents, Notes and History, and a line for problems. Files and folders
// dropped anywhere on it are handed on to be added to the case.
class CaseDetailView : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Overview, Documents, Notes, History };

    CaseDetailView(casework::Workspace &workspace, casework::CaseService &service,
                   QWidget *parent = nullptr);
    ~CaseDetailView() override;

    qint64 caseId() const { return record_ ? record_->id : 0; }
    const std::optional<domain::CaseRecord> &record() const { return record_; }
    void showCase(qint64 caseId);
    // Reads the shown case again (after a change made elsewhere).
    void reload();
    void showTab(Tab tab);
    // A bar shown under the titles (the DMS sync's conflict banner); the view takes it.
    void addBanner(QWidget *banner);

    // The case's actions, for the window's menus; they work on the shown case.
    QAction *editAction() const { return editAction_; }
    QAction *addDocumentsAction() const { return addDocumentsAction_; }
    QAction *addPartyAction() const { return addPartyAction_; }
    QAction *addNoteAction() const { return addNoteAction_; }
    QAction *openDocumentAction() const;
    // One action per status the user's role may move the shown case to.
    QList<QAction *> statusActions() const;

    // The opener used for documents (a test replaces how URLs are opened).
    DocumentOpener &documentOpener();
    CaseDocumentsTab *documentsTab() const { return documents_; }
    CaseOverviewTab *overviewTab() const { return overview_; }

signals:
    // The case was changed here (status, party, note); lists showing it should refresh.
    void caseChanged(qint64 caseId);
    void statusActionsChanged();
    void editRequested(qint64 caseId);
    void addDocumentsRequested(qint64 caseId);
    void filesDropped(qint64 caseId, const QStringList &paths);
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    QWidget *createHistoryTab();
    void updateTabTitles();
    void updateActionStates();
    void showError(const QString &message);
    void changedHere(qint64 caseId);
    bool mayChange() const;

    casework::Workspace &workspace_;
    casework::CaseService &service_;
    std::optional<domain::CaseRecord> record_;

    QLabel *referenceTitle_ = nullptr;
    QLabel *subjectTitle_ = nullptr;
    QWidget *messageBar_ = nullptr;
    QLabel *messageText_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    CaseOverviewTab *overview_ = nullptr;
    CaseDocumentsTab *documents_ = nullptr;
    CaseNotesTab *notes_ = nullptr;
    QTreeView *historyView_ = nullptr;
    models::CaseHistoryModel *history_ = nullptr;
    QLabel *dropOverlay_ = nullptr;

    QAction *editAction_ = nullptr;
    QAction *addDocumentsAction_ = nullptr;
    QAction *addPartyAction_ = nullptr;
    QAction *addNoteAction_ = nullptr;
};

}  // namespace workroom::widgets
