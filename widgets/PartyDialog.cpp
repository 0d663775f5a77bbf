#include "PartyDialog.h"

#include "Icons.h"

#include "ui_PartyDialog.h"

#include <QAccessible>
#include <QPushButton>

namespace workroom::widgets {

PartyDialog::PartyDialog(QWidget *parent) : QDialog(parent), ui_(new Ui::PartyDialog)
{
    ui_->setupUi(this);
    ui_->errorPanel->hide();
    ui_->errorIcon->setPixmap(themedIcon(Icon::Error).pixmap(22, 22));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add party"));
    ui_->partyEditor->focusName();
    adjustSize();
}

PartyDialog::~PartyDialog() = default;

domain::Party PartyDialog::party() const
{
    return ui_->partyEditor->party();
}

void PartyDialog::showError(const QString &message)
{
    ui_->errorLabel->setText(message);
    ui_->errorPanel->show();
    // Grow rather than clip the message.
    if (sizeHint().height() > height()) {
        resize(width(), sizeHint().height());
    }
    QAccessibleAnnouncementEvent announcement(ui_->errorLabel, message);
    announcement.setPoliteness(QAccessible::AnnouncementPoliteness::Assertive);
    QAccessible::updateAccessibility(&announcement);
}

void PartyDialog::accept()
{
    if (ui_->partyEditor->isEmpty()) {
        showError(tr("Enter the name of the person or the company."));
        ui_->partyEditor->focusName();
        return;
    }
    if (saver_) {
        if (auto problem = saver_(party())) {
            showError(*problem);
            return;
        }
    }
    QDialog::accept();
}

}  // namespace workroom::widgets
