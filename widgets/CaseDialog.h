#pragma once

#include "CaseRecord.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class CaseDialog;
}

namespace workroom::widgets {

// Creates a case (file-plan code, year, subject, assignee, dates, tags and a first party) or
// edits the metadata of one. Saving is the caller's: the dialog hands its values to a saver
// and stays open with the saver's message when saving fails, so that nothing typed is lost.
class CaseDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit };
    // Saves what the dialog holds; returns the problem to show, or nothing once saved.
    using Saver = std::function<std::optional<QString>(const CaseDialog &dialog)>;

    // `record` gives the workroom and the starting values (for Create: the defaults).
    CaseDialog(Mode mode, const domain::CaseRecord &record, QWidget *parent = nullptr);
    ~CaseDialog() override;

    Mode mode() const { return mode_; }
    // The starting record with the values of the form.
    domain::CaseRecord record() const;
    // The first party of a new case, if one is entered.
    QList<domain::Party> parties() const;

    void setSaver(Saver saver) { saver_ = std::move(saver); }
    void showError(const QString &message);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::CaseDialog> ui_;
    Mode mode_;
    domain::CaseRecord base_;
    Saver saver_;
};

}  // namespace workroom::widgets
