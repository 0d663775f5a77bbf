#include "RegisterCredentialStore.h"

#include "Keychain.h"

namespace workroom::registers {

namespace {

CredentialError keychainError(const keychain::Failure &failure)
{
    switch (failure.kind) {
    case keychain::FailureKind::NotFound:
        return {CredentialErrorCode::NoStoredSecret,
                RegisterCredentialStore::tr(
                    "No access token or password for the register service is stored in the "
                    "keychain.")};
    case keychain::FailureKind::NoBackend:
        return {CredentialErrorCode::NoKeychain,
                RegisterCredentialStore::tr(
                    "No keychain is available on this computer, so the register service's "
                    "access data cannot be remembered; Workroom will ask for it each time.")};
    case keychain::FailureKind::AccessDenied:
        return {CredentialErrorCode::Keychain,
                RegisterCredentialStore::tr(
                    "The keychain refused access to the register service's access data: %1")
                    .arg(failure.detail)};
    case keychain::FailureKind::Other:
        break;
    }
    // Secret Service reports a missing daemon as OtherError; the message then says so.
    return {CredentialErrorCode::NoKeychain,
            RegisterCredentialStore::tr("The keychain could not be used (%1); Workroom will ask "
                                        "for the register service's access data each time.")
                .arg(failure.detail)};
}

// `done`, fed with the keychain's outcome in this store's error type.
template <typename T>
std::function<void(keychain::Outcome<T>)>
withCredentialError(std::function<void(CredentialResult<T>)> done)
{
    return [done = std::move(done)](keychain::Outcome<T> outcome) {
        done(std::move(outcome).transform_error(keychainError));
    };
}

}  // namespace

RegisterCredentialStore::RegisterCredentialStore(QString service, QObject *parent)
    : QObject(parent), service_(std::move(service))
{
}

QString RegisterCredentialStore::keyFor(const QUrl &base, const QString &user)
{
    return keychain::entryKey(user.isEmpty() ? QStringLiteral("token") : user, base);
}

void RegisterCredentialStore::readSecret(const QString &key,
                                         std::function<void(CredentialResult<QByteArray>)> done)
{
    keychain::Keychain(service_).readBinary(key, this, withCredentialError(std::move(done)));
}

void RegisterCredentialStore::writeSecret(const QString &key, const QByteArray &secret,
                                          std::function<void(CredentialResult<void>)> done)
{
    keychain::Keychain(service_).writeBinary(key, secret, this,
                                             withCredentialError(std::move(done)));
}

void RegisterCredentialStore::removeSecret(const QString &key,
                                           std::function<void(CredentialResult<void>)> done)
{
    keychain::Keychain(service_).remove(key, this, withCredentialError(std::move(done)));
}

CredentialResult<QByteArray> RegisterCredentialStore::readSecretNow(const QString &key)
{
    return keychain::waitFor<CredentialResult<QByteArray>>(
        [&](auto finish) { readSecret(key, finish); });
}

CredentialResult<void> RegisterCredentialStore::writeSecretNow(const QString &key,
                                                               const QByteArray &secret)
{
    return keychain::waitFor<CredentialResult<void>>(
        [&](auto finish) { writeSecret(key, secret, finish); });
}

CredentialResult<void> RegisterCredentialStore::removeSecretNow(const QString &key)
{
    return keychain::waitFor<CredentialResult<void>>(
        [&](auto finish) { removeSecret(key, finish); });
}

}  // namespace workroom::registers
