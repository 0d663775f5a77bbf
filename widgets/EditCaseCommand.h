#pragma once

#include "CaseRecord.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace workroom::casework {
class CaseService;
class Workspace;
}  // namespace workroom::casework

namespace workroom::widgets {

// One edit of a case's metadata on the undo stack. The edit itself was saved by the dialog
// before the command is pushed; undo and redo are new saves through CaseService, so the audit
// log records every one of them. Each save starts from the case's current revision and writes
// back only the fields this edit changed, so a later change to other fields survives an undo.
class EditCaseCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(workroom::widgets::EditCaseCommand)

public:
    // Told after each undo or redo: the case, and an error message if the save failed.
    using Notify = std::function<void(qint64 caseId, const QString &error)>;

    EditCaseCommand(casework::Workspace &workspace, casework::CaseService &service,
                    domain::CaseRecord before, domain::CaseRecord after, Notify notify);

    void undo() override;
    void redo() override;

private:
    void apply(const domain::CaseRecord &target);

    casework::Workspace &workspace_;
    casework::CaseService &service_;
    domain::CaseRecord before_;
    domain::CaseRecord after_;
    Notify notify_;
    bool saved_ = true;  // the first redo() is the save the dialog made
};

}  // namespace workroom::widgets
