#pragma once

#include "CaseRecord.h"
#include "RegisterContext.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace workroom::casework {
class CaseService;
class Workspace;
}  // namespace workroom::casework

namespace workroom::widgets {

class BulkQueryWindow;
class RegisterJobsView;

// The register queries of the main window in one place: the action that opens the query
// dialog for the shown case, the "Register queries" view, and the bulk window. The window
// only places them and says which case and room are shown.
class RegisterActions : public QObject {
    Q_OBJECT

public:
    // `context.service` and `context.jobs` must be set. `window` parents the dialogs.
    RegisterActions(RegisterContext context, casework::Workspace &workspace,
                    casework::CaseService &service, QWidget *window);
    ~RegisterActions() override;

    // "Register Query…" for the shown case.
    QAction *queryAction() const { return queryAction_; }
    // "Bulk Register Query…".
    QAction *bulkAction() const { return bulkAction_; }
    RegisterJobsView *jobsView() const { return jobsView_; }

    void setCase(const std::optional<domain::CaseRecord> &record);
    void setWorkroom(qint64 workroomId) { workroomId_ = workroomId; }

public slots:
    void openQueryDialog();
    // The query dialog for the shown case, prefilled with its party `partyId` (from the
    // case overview's party list).
    void openQueryDialogForParty(qint64 shownCaseId, qint64 partyId);
    void openBulkWindow();

signals:
    // A register extract was filed in the case.
    void caseChanged(qint64 caseId);
    void statusMessage(const QString &message);

private:
    bool mayChange() const;

    RegisterContext context_;
    casework::Workspace &workspace_;
    casework::CaseService &service_;
    QWidget *window_;
    std::optional<domain::CaseRecord> record_;
    qint64 workroomId_ = 0;
    QAction *queryAction_ = nullptr;
    QAction *bulkAction_ = nullptr;
    RegisterJobsView *jobsView_ = nullptr;
    QPointer<BulkQueryWindow> bulkWindow_;
};

}  // namespace workroom::widgets
