#include "RegisterSignIn.h"

#include "RegisterClient.h"
#include "RegisterCredentialStore.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSignIn, "workroom.registers.signin")

namespace workroom::widgets {

RegisterSignIn::RegisterSignIn(registers::RegisterClient &client,
                               registers::RegisterCredentialStore &store, QObject *parent)
    : QObject(parent), client_(client), store_(store),
      key_(
          registers::RegisterCredentialStore::keyFor(client.config().baseUrl, client.config().user))
{
}

void RegisterSignIn::loadStored()
{
    if (!client_.needsSecret()) {
        return;
    }
    loading_ = true;
    store_.readSecret(key_, [this](const registers::CredentialResult<QByteArray> &secret) {
        loading_ = false;
        if (secret) {
            // Only if the user has not typed one meanwhile.
            if (client_.needsSecret()) {
                client_.setSecret(*secret);
            }
        } else if (secret.error().code != registers::CredentialErrorCode::NoStoredSecret) {
            qCInfo(lcSignIn) << "register secret not read from the keychain:"
                             << int(secret.error().code);
        }
    });
}

void RegisterSignIn::ensureSecret(QWidget *parent, std::function<void(bool)> ready)
{
    if (!client_.needsSecret()) {
        ready(true);
        return;
    }
    if (loading_) {
        // The keychain has not answered yet: ask only if it has nothing.
        store_.readSecret(key_,
                          [this, parent = QPointer<QWidget>(parent), ready = std::move(ready)](
                              const registers::CredentialResult<QByteArray> &secret) mutable {
                              if (secret && client_.needsSecret()) {
                                  client_.setSecret(*secret);
                              }
                              if (!client_.needsSecret()) {
                                  ready(true);
                              } else {
                                  ask(parent, false, std::move(ready));
                              }
                          });
        return;
    }
    ask(parent, false, std::move(ready));
}

void RegisterSignIn::secretRefused(QWidget *parent, std::function<void(bool)> ready)
{
    client_.setSecret({});
    ask(parent, true, std::move(ready));
}

void RegisterSignIn::ask(QWidget *parent, bool refused, std::function<void(bool)> ready)
{
    const auto [secret, remember] =
        asker_ ? asker_(parent, refused) : askWithDialog(parent, refused);
    if (secret.isEmpty()) {
        ready(false);
        return;
    }
    client_.setSecret(secret);
    if (remember) {
        store_.writeSecret(key_, secret, [this](const registers::CredentialResult<void> &written) {
            if (!written) {
                emit statusMessage(written.error().message);
            }
        });
    } else {
        // A refused secret that was remembered must not come back at the next start.
        store_.removeSecret(key_, [](const registers::CredentialResult<void> &) {});
    }
    ready(true);
}

std::pair<QByteArray, bool> RegisterSignIn::askWithDialog(QWidget *parent, bool refused)
{
    const bool token = client_.config().user.isEmpty();
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Sign In to the Register Service"));
    auto *layout = new QVBoxLayout(&dialog);
    QString text = token ? tr("The register service %1 needs an access token.")
                               .arg(client_.config().baseUrl.host())
                         : tr("The register service %1 needs the password of the account %2.")
                               .arg(client_.config().baseUrl.host(), client_.config().user);
    if (refused) {
        text = (token ? tr("The register service refused the access token.")
                      : tr("The register service refused the password."))
               + QLatin1Char(' ') + text;
    }
    auto *intro = new QLabel(text, &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *secretEdit = new QLineEdit(&dialog);
    secretEdit->setEchoMode(QLineEdit::Password);
    secretEdit->setAccessibleName(token ? tr("Access token") : tr("Password"));
    form->addRow(token ? tr("Access &token:") : tr("&Password:"), secretEdit);
    layout->addLayout(form);
    auto *remember = new QCheckBox(tr("&Remember in the keychain"), &dialog);
    remember->setChecked(true);
    layout->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(secretEdit, &QLineEdit::textChanged, buttons, [buttons](const QString &value) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!value.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    return {secretEdit->text().toUtf8(), remember->isChecked()};
}

}  // namespace workroom::widgets
