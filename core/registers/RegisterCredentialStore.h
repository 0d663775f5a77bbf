#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <expected>
#include <functional>

namespace workroom::registers {

// Why a secret could not be read or written.
enum class CredentialErrorCode {
    NoStoredSecret,  // the keychain works but holds nothing for this key
    NoKeychain,      // no keychain on this computer: ask the user each time
    Keychain,        // the keychain refused or failed
};

struct CredentialError {
    CredentialErrorCode code = CredentialErrorCode::Keychain;
    QString message;  // translated, for the user
};

template <typename T>
using CredentialResult = std::expected<T, CredentialError>;

// The register service's access token or password in the OS keychain through QtKeychain
// (Secret Service, KWallet, macOS Keychain, Windows Credential Manager), like the DMS password.
// There is deliberately no plaintext fallback: without a keychain every call fails with
// NoKeychain, and the GUI asks for the secret each time and keeps it in memory only.
// workroomctl does not use this store: it takes WORKROOM_REGISTER_TOKEN/_PASSWORD.
class RegisterCredentialStore : public QObject {
    Q_OBJECT
public:
    explicit RegisterCredentialStore(QString service = QStringLiteral("Workroom register"),
                                     QObject *parent = nullptr);

    // The entry of the service at `base`: "token@<url>" for the bearer token (empty `user`),
    // "<user>@<url>" for that account's password. User info in `base` never enters the key.
    static QString keyFor(const QUrl &base, const QString &user);

    // Asynchronous, for the GUI thread: `done` runs in this object's thread.
    void readSecret(const QString &key, std::function<void(CredentialResult<QByteArray>)> done);
    void writeSecret(const QString &key, const QByteArray &secret,
                     std::function<void(CredentialResult<void>)> done);
    void removeSecret(const QString &key, std::function<void(CredentialResult<void>)> done);

    // The same, waiting in a local event loop (tests, worker threads).
    CredentialResult<QByteArray> readSecretNow(const QString &key);
    CredentialResult<void> writeSecretNow(const QString &key, const QByteArray &secret);
    CredentialResult<void> removeSecretNow(const QString &key);

private:
    QString service_;
};

}  // namespace workroom::registers
