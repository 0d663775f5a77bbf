#include "CaseDialog.h"

#include "Icons.h"

#include "ui_CaseDialog.h"

#include <QAccessible>
#include <QPushButton>

namespace workroom::widgets {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) {
            tags.append(tag.trimmed());
        }
    }
    return tags;
}

void setOptionalDate(QCheckBox *check, QDateEdit *edit, const std::optional<QDate> &date,
                     const QDate &suggestion)
{
    check->setChecked(date.has_value());
    edit->setDate(date.value_or(suggestion));
    edit->setEnabled(date.has_value());
}

std::optional<QDate> optionalDate(const QCheckBox *check, const QDateEdit *edit)
{
    return check->isChecked() ? std::optional<QDate>(edit->date()) : std::nullopt;
}

}  // namespace

CaseDialog::CaseDialog(Mode mode, const domain::CaseRecord &record, QWidget *parent)
    : QDialog(parent), ui_(new Ui::CaseDialog), mode_(mode), base_(record)
{
    ui_->setupUi(this);
    ui_->errorPanel->hide();
    ui_->errorIcon->setPixmap(themedIcon(Icon::Error).pixmap(22, 22));
    for (QDateEdit *edit : {ui_->deadlineEdit, ui_->resubmissionEdit}) {
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMinimumDate(QDate(1900, 1, 1));
    }

    const QDate today = QDate::currentDate();
    ui_->filePlanCodeEdit->setText(record.filePlanCode);
    ui_->yearSpin->setValue(record.year > 0 ? record.year : today.year());
    ui_->sequenceSpin->setValue(record.sequence);
    ui_->subjectEdit->setText(record.subject);
    ui_->assigneeEdit->setText(record.assignee);
    setOptionalDate(ui_->deadlineCheck, ui_->deadlineEdit, record.deadline, today.addDays(14));
    setOptionalDate(ui_->resubmissionCheck, ui_->resubmissionEdit, record.resubmission,
                    today.addDays(7));
    ui_->tagsEdit->setText(record.tags.join(QStringLiteral(", ")));

    if (mode == Mode::Create) {
        setWindowTitle(tr("New case"));
        ui_->referenceLabel->setText(tr("assigned when the case is saved"));
        ui_->referenceLabel->setForegroundRole(QPalette::PlaceholderText);
        ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create case"));
        ui_->filePlanCodeEdit->setFocus(Qt::OtherFocusReason);
        if (!record.filePlanCode.isEmpty()) {
            ui_->subjectEdit->setFocus(Qt::OtherFocusReason);
        }
    } else {
        setWindowTitle(tr("Edit case %1").arg(record.reference));
        ui_->referenceLabel->setText(record.reference);
        // The reference number is the case's identity; it does not change with an edit.
        ui_->form->setRowVisible(ui_->referencePartsLayout, false);
        ui_->partyGroup->hide();
        ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
        ui_->subjectEdit->setFocus(Qt::OtherFocusReason);
    }
    // Room for a long subject without scrolling; scales with the font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    adjustSize();
}

CaseDialog::~CaseDialog() = default;

domain::CaseRecord CaseDialog::record() const
{
    domain::CaseRecord record = base_;
    if (mode_ == Mode::Create) {
        record.filePlanCode = ui_->filePlanCodeEdit->text().trimmed();
        record.year = ui_->yearSpin->value();
        record.sequence = ui_->sequenceSpin->value();
    }
    record.subject = ui_->subjectEdit->text().trimmed();
    record.assignee = ui_->assigneeEdit->text().trimmed();
    record.deadline = optionalDate(ui_->deadlineCheck, ui_->deadlineEdit);
    record.resubmission = optionalDate(ui_->resubmissionCheck, ui_->resubmissionEdit);
    record.tags = splitTags(ui_->tagsEdit->text());
    return record;
}

QList<domain::Party> CaseDialog::parties() const
{
    if (mode_ != Mode::Create || !ui_->partyGroup->isChecked()) {
        return {};
    }
    return {ui_->partyEditor->party()};
}

void CaseDialog::showError(const QString &message)
{
    ui_->errorLabel->setText(message);
    ui_->errorPanel->show();
    // Grow rather than clip the message.
    if (sizeHint().height() > height()) {
        resize(width(), sizeHint().height());
    }
    // Screen readers hear the problem at once, not only when they reach the label.
    QAccessibleAnnouncementEvent announcement(ui_->errorLabel, message);
    announcement.setPoliteness(QAccessible::AnnouncementPoliteness::Assertive);
    QAccessible::updateAccessibility(&announcement);
}

void CaseDialog::accept()
{
    const domain::CaseRecord values = record();
    if (auto problem = domain::validateCase(values)) {
        showError(*problem);
        ui_->subjectEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (mode_ == Mode::Create && values.filePlanCode.isEmpty()) {
        showError(tr("Enter the file-plan code the case is filed under, such as 32.10."));
        ui_->filePlanCodeEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (mode_ == Mode::Create && ui_->partyGroup->isChecked() && ui_->partyEditor->isEmpty()) {
        showError(tr("Enter the name of the first party, or untick \"First party\"."));
        ui_->partyEditor->focusName();
        return;
    }
    if (saver_) {
        if (auto problem = saver_(*this)) {
            showError(*problem);
            return;
        }
    }
    QDialog::accept();
}

}  // namespace workroom::widgets
