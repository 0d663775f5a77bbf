#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace workroom::widgets {

PassphraseDialog::PassphraseDialog(const signing::PassphraseRequest &request, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Passphrase"));

    auto *intro = new QLabel(
        tr("Enter the passphrase of the signing key “%1”.").arg(request.identityName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!request.subject.isEmpty()) {
        auto *subject = new QLabel(tr("Certificate: %1").arg(request.subject), this);
        subject->setTextFormat(Qt::PlainText);
        subject->setWordWrap(true);
        subject->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(subject);
    }
    if (request.previousWasWrong) {
        // Icon and words: the warning does not rely on colour.
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
        auto *wrong = new QLabel(tr("The passphrase was wrong. Try again (attempt %1 of %2).")
                                     .arg(request.attempt)
                                     .arg(signing::maxPassphraseAttempts),
                                 this);
        wrong->setObjectName(QStringLiteral("wrongPassphrase"));
        wrong->setWordWrap(true);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(wrong, 1);
        layout->addLayout(row);
    }
    auto *form = new QFormLayout;
    edit_ = new QLineEdit(this);
    edit_->setObjectName(QStringLiteral("passphraseEdit"));
    edit_->setEchoMode(QLineEdit::Password);
    edit_->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), edit_);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The passphrase is not stored."), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    edit_->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    edit_->clear();
}

QByteArray PassphraseDialog::takePassphrase()
{
    const QByteArray passphrase = edit_->text().toUtf8();
    edit_->clear();
    return passphrase;
}

signing::PassphraseProvider PassphraseDialog::provider(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const signing::PassphraseRequest &request) -> std::optional<QByteArray> {
        PassphraseDialog dialog(request, owner);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.takePassphrase();
    };
}

}  // namespace workroom::widgets
