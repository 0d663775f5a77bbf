#include "EditCaseCommand.h"

#include "CaseService.h"
#include "Workspace.h"

namespace workroom::widgets {

EditCaseCommand::EditCaseCommand(casework::Workspace &workspace, casework::CaseService &service,
                                 domain::CaseRecord before, domain::CaseRecord after, Notify notify)
    : workspace_(workspace), service_(service), before_(std::move(before)),
      after_(std::move(after)), notify_(std::move(notify))
{
    setText(tr("Edit case %1").arg(after_.reference));
}

void EditCaseCommand::undo()
{
    apply(before_);
}

void EditCaseCommand::redo()
{
    if (saved_) {
        saved_ = false;
        return;
    }
    apply(after_);
}

void EditCaseCommand::apply(const domain::CaseRecord &target)
{
    auto current = workspace_.cases().caseById(after_.id);
    QString error;
    if (current) {
        domain::CaseRecord changed = *current;  // keeps the current revision
        if (before_.subject != after_.subject) {
            changed.subject = target.subject;
        }
        if (before_.assignee != after_.assignee) {
            changed.assignee = target.assignee;
        }
        if (before_.deadline != after_.deadline) {
            changed.deadline = target.deadline;
        }
        if (before_.resubmission != after_.resubmission) {
            changed.resubmission = target.resubmission;
        }
        if (before_.tags != after_.tags) {
            changed.tags = target.tags;
        }
        if (auto saved = service_.updateCase(changed); !saved) {
            error = saved.error().message;
        }
    } else {
        error = current.error().message;
    }
    if (!error.isEmpty()) {
        // The stack must not pretend the change happened: drop this step.
        setObsolete(true);
    }
    if (notify_) {
        notify_(after_.id, error);
    }
}

}  // namespace workroom::widgets
