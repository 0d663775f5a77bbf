#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace workroom::registers {
class RegisterClient;
class RegisterCredentialStore;
}  // namespace workroom::registers

namespace workroom::widgets {

// The access token or password of a configured register service in the GUI. It comes from
// the keychain when one is stored there; otherwise, and when the service refuses it (401), the
// user is asked (RegisterSecretDialog) and may let the keychain remember it. Without a
// keychain the secret stays in memory only and is asked for once per run.
class RegisterSignIn : public QObject {
    Q_OBJECT

public:
    // Neither is owned; both must outlive this object.
    RegisterSignIn(registers::RegisterClient &client, registers::RegisterCredentialStore &store,
                   QObject *parent = nullptr);

    // Reads the stored secret into the client (asynchronously; at start-up).
    void loadStored();

    // Calls `ready(true)` at once when the client has a secret, else asks the user in a
    // dialog over `parent` and then calls ready(true), or ready(false) if the user cancelled.
    void ensureSecret(QWidget *parent, std::function<void(bool)> ready);
    // The service refused the secret: ask again (saying so), then as ensureSecret.
    void secretRefused(QWidget *parent, std::function<void(bool)> ready);

    // For tests: answers instead of the dialog (the secret, remember?); an empty secret is a
    // cancel.
    using Asker = std::function<std::pair<QByteArray, bool>(QWidget *parent, bool refused)>;
    void setAsker(Asker asker) { asker_ = std::move(asker); }

signals:
    // The keychain could not store the secret (shown in the status bar).
    void statusMessage(const QString &message);

private:
    void ask(QWidget *parent, bool refused, std::function<void(bool)> ready);
    std::pair<QByteArray, bool> askWithDialog(QWidget *parent, bool refused);

    registers::RegisterClient &client_;
    registers::RegisterCredentialStore &store_;
    QString key_;
    bool loading_ = false;
    Asker asker_;
};

}  // namespace workroom::widgets
