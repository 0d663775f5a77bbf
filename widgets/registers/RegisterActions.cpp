#include "RegisterActions.h"

#include "BulkQueryWindow.h"
#include "CaseService.h"
#include "Icons.h"
#include "RegisterJobsView.h"
#include "RegisterQueryDialog.h"
#include "RegisterSignIn.h"
#include "Workspace.h"

#include <QAction>
#include <QWidget>

namespace workroom::widgets {

RegisterActions::RegisterActions(RegisterContext context, casework::Workspace &workspace,
                                 casework::CaseService &service, QWidget *window)
    : QObject(window), context_(context), workspace_(workspace), service_(service), window_(window)
{
    Q_ASSERT(context_.service && context_.jobs);
    if (context_.signIn) {
        // E.g. the keychain could not remember the secret: said, but not in the way.
        connect(context_.signIn, &RegisterSignIn::statusMessage, this,
                &RegisterActions::statusMessage);
    }
    queryAction_ = new QAction(themedIcon(Icon::RegisterQueries), tr("Register &Query…"), this);
    queryAction_->setObjectName(QStringLiteral("registerQueryAction"));
    queryAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    queryAction_->setStatusTip(
        tr("Ask the civil register about a party of the case (Melderegisterauskunft)"));
    connect(queryAction_, &QAction::triggered, this, &RegisterActions::openQueryDialog);

    bulkAction_ = new QAction(tr("&Bulk Register Query…"), this);
    bulkAction_->setObjectName(QStringLiteral("bulkRegisterQueryAction"));
    bulkAction_->setStatusTip(tr("Ask the register about many people at once from a CSV file"));
    connect(bulkAction_, &QAction::triggered, this, &RegisterActions::openBulkWindow);

    jobsView_ = new RegisterJobsView(*context_.service, *context_.jobs, context_.queue, workspace_,
                                     mayChange());
    connect(jobsView_, &RegisterJobsView::bulkQueryRequested, this,
            &RegisterActions::openBulkWindow);
    connect(jobsView_, &RegisterJobsView::extractAttached, this,
            [this](qint64 caseId) { emit caseChanged(caseId); });
    connect(jobsView_, &RegisterJobsView::statusMessage, this, &RegisterActions::statusMessage);
    setCase(std::nullopt);
}

RegisterActions::~RegisterActions()
{
    delete bulkWindow_;
}

bool RegisterActions::mayChange() const
{
    return service_.role() != domain::Role::Reader;
}

void RegisterActions::setCase(const std::optional<domain::CaseRecord> &record)
{
    record_ = record;
    queryAction_->setEnabled(record_.has_value());
}

void RegisterActions::openQueryDialog()
{
    openQueryDialogForParty(record_ ? record_->id : 0, 0);
}

void RegisterActions::openQueryDialogForParty(qint64 shownCaseId, qint64 partyId)
{
    if (!record_ || record_->id != shownCaseId) {
        return;
    }
    auto *dialog = new RegisterQueryDialog(*context_.service, context_.queue, workspace_, *record_,
                                           mayChange(), window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSignIn(context_.signIn);
    if (partyId != 0) {
        for (int i = 0; i < dialog->persons().size(); ++i) {
            if (dialog->persons().at(i).id == partyId) {
                dialog->choosePerson(i);
                break;
            }
        }
    }
    connect(dialog, &RegisterQueryDialog::extractAttached, this, [this](qint64 caseId) {
        emit caseChanged(caseId);
        emit statusMessage(tr("Register extract filed in the case."));
    });
    connect(dialog, &RegisterQueryDialog::queryQueued, jobsView_, &RegisterJobsView::refresh);
    dialog->open();
}

void RegisterActions::openBulkWindow()
{
    if (bulkWindow_) {
        // One bulk window at a time; a finished one is kept to save its results.
        bulkWindow_->show();
        bulkWindow_->raise();
        bulkWindow_->activateWindow();
        return;
    }
    bulkWindow_ = new BulkQueryWindow(*context_.service, context_.jobs,
                                      {workspace_.actor(), workroomId_, 0}, window_);
    bulkWindow_->setSignIn(context_.signIn);
    if (record_) {
        bulkWindow_->setCaseReference(record_->reference);
    }
    connect(bulkWindow_, &BulkQueryWindow::jobChanged, jobsView_, &RegisterJobsView::refresh);
    bulkWindow_->show();
}

}  // namespace workroom::widgets
