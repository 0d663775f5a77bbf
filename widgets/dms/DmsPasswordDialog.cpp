#include "DmsPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace workroom::widgets {

DmsPasswordDialog::DmsPasswordDialog(const QString &url, const QString &user, const QString &reason,
                                     bool keychainAvailable, QWidget *parent)
    : QDialog(parent), password_(new QLineEdit(this)),
      remember_(new QCheckBox(tr("&Remember in the keychain"), this))
{
    setObjectName(QStringLiteral("dmsPasswordDialog"));
    setWindowTitle(tr("DMS Password"));
    setMinimumWidth(380);
    auto *intro = new QLabel(tr("The password of %1 for the DMS at %2:").arg(user, url), this);
    intro->setWordWrap(true);
    password_->setEchoMode(QLineEdit::Password);
    password_->setAccessibleName(tr("DMS password"));
    remember_->setVisible(keychainAvailable);
    remember_->setChecked(keychainAvailable);

    auto *layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), password_);
    layout->addLayout(form);
    layout->addWidget(remember_);
    if (!keychainAvailable) {
        auto *note = new QLabel(
            tr("There is no keychain on this computer: the password is asked for each time."),
            this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(password_, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString DmsPasswordDialog::password() const
{
    return password_->text();
}

bool DmsPasswordDialog::remember() const
{
    return !remember_->isHidden() && remember_->isChecked();
}

}  // namespace workroom::widgets
