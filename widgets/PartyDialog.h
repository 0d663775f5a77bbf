#pragma once

#include "CaseRecord.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class PartyDialog;
}

namespace workroom::widgets {

// Adds a party to a case. Like CaseDialog it stays open with the saver's message when saving
// fails.
class PartyDialog : public QDialog {
    Q_OBJECT

public:
    using Saver = std::function<std::optional<QString>(const domain::Party &party)>;

    explicit PartyDialog(QWidget *parent = nullptr);
    ~PartyDialog() override;

    domain::Party party() const;
    void setSaver(Saver saver) { saver_ = std::move(saver); }
    void showError(const QString &message);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::PartyDialog> ui_;
    Saver saver_;
};

}  // namespace workroom::widgets
