#include "PartyEditor.h"

#include "ui_PartyEditor.h"

namespace workroom::widgets {

PartyEditor::PartyEditor(QWidget *parent) : QWidget(parent), ui_(new Ui::PartyEditor)
{
    ui_->setupUi(this);
    // Suggestions only: the role is free text and shown as typed.
    ui_->roleCombo->addItems({tr("Applicant"), tr("Authorised representative"), tr("Company"),
                              tr("Witness"), tr("Other party")});
    ui_->roleCombo->setCurrentIndex(0);
    ui_->postalCodeEdit->setMaxLength(10);
    connect(ui_->personButton, &QRadioButton::toggled, this, &PartyEditor::updateKind);
    updateKind();
}

PartyEditor::~PartyEditor() = default;

void PartyEditor::updateKind()
{
    const bool person = ui_->personButton->isChecked();
    ui_->form->setRowVisible(ui_->givenNameEdit, person);
    ui_->form->setRowVisible(ui_->familyNameEdit, person);
    ui_->form->setRowVisible(ui_->companyNameEdit, !person);
}

domain::Party PartyEditor::party() const
{
    domain::Party party;
    const bool person = ui_->personButton->isChecked();
    party.kind = person ? domain::PartyKind::Person : domain::PartyKind::Company;
    party.role = ui_->roleCombo->currentText().trimmed();
    if (person) {
        party.givenName = ui_->givenNameEdit->text().trimmed();
        party.familyName = ui_->familyNameEdit->text().trimmed();
    } else {
        party.companyName = ui_->companyNameEdit->text().trimmed();
    }
    party.street = ui_->streetEdit->text().trimmed();
    party.postalCode = ui_->postalCodeEdit->text().trimmed();
    party.city = ui_->cityEdit->text().trimmed();
    return party;
}

void PartyEditor::setParty(const domain::Party &party)
{
    const bool person = party.kind == domain::PartyKind::Person;
    ui_->personButton->setChecked(person);
    ui_->companyButton->setChecked(!person);
    ui_->roleCombo->setCurrentText(party.role);
    ui_->givenNameEdit->setText(party.givenName);
    ui_->familyNameEdit->setText(party.familyName);
    ui_->companyNameEdit->setText(party.companyName);
    ui_->streetEdit->setText(party.street);
    ui_->postalCodeEdit->setText(party.postalCode);
    ui_->cityEdit->setText(party.city);
}

bool PartyEditor::isEmpty() const
{
    return party().displayName().trimmed().isEmpty();
}

void PartyEditor::focusName()
{
    if (ui_->personButton->isChecked()) {
        ui_->givenNameEdit->setFocus(Qt::OtherFocusReason);
    } else {
        ui_->companyNameEdit->setFocus(Qt::OtherFocusReason);
    }
}

}  // namespace workroom::widgets
