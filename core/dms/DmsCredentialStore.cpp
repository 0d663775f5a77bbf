#include "DmsCredentialStore.h"

#include "Keychain.h"

namespace workroom::dms {

namespace {

DmsError keychainError(const keychain::Failure &failure)
{
    switch (failure.kind) {
    case keychain::FailureKind::NotFound:
        return {DmsErrorCode::NoStoredPassword,
                DmsText::tr("No password for the DMS is stored in the keychain."), 0};
    case keychain::FailureKind::NoBackend:
        return {DmsErrorCode::NoKeychain,
                DmsText::tr("No keychain is available on this computer, so the DMS password "
                            "cannot be remembered; Workroom will ask for it each time."),
                0};
    case keychain::FailureKind::AccessDenied:
        return {
            DmsErrorCode::Keychain,
            DmsText::tr("The keychain refused access to the DMS password: %1").arg(failure.detail),
            0};
    case keychain::FailureKind::Other:
        break;
    }
    // Secret Service reports a missing daemon as OtherError; the message then says so.
    return {DmsErrorCode::NoKeychain,
            DmsText::tr("The keychain could not be used (%1); Workroom will ask for the DMS "
                        "password each time.")
                .arg(failure.detail),
            0};
}

// `done`, fed with the keychain's outcome in this module's error type.
template <typename T>
std::function<void(keychain::Outcome<T>)> withDmsError(std::function<void(Result<T>)> done)
{
    return [done = std::move(done)](keychain::Outcome<T> outcome) {
        done(std::move(outcome).transform_error(keychainError));
    };
}

}  // namespace

DmsCredentialStore::DmsCredentialStore(QString service, QObject *parent)
    : QObject(parent), service_(std::move(service))
{
}

QString DmsCredentialStore::keyFor(const QUrl &base, const QString &user)
{
    return keychain::entryKey(user, base);
}

void DmsCredentialStore::readPassword(const QString &key, std::function<void(Result<QString>)> done)
{
    keychain::Keychain(service_).readText(key, this, withDmsError(std::move(done)));
}

void DmsCredentialStore::writePassword(const QString &key, const QString &password,
                                       std::function<void(Result<void>)> done)
{
    keychain::Keychain(service_).writeText(key, password, this, withDmsError(std::move(done)));
}

void DmsCredentialStore::removePassword(const QString &key, std::function<void(Result<void>)> done)
{
    keychain::Keychain(service_).remove(key, this, withDmsError(std::move(done)));
}

Result<QString> DmsCredentialStore::readPasswordNow(const QString &key)
{
    return keychain::waitFor<Result<QString>>([&](auto finish) { readPassword(key, finish); });
}

Result<void> DmsCredentialStore::writePasswordNow(const QString &key, const QString &password)
{
    return keychain::waitFor<Result<void>>(
        [&](auto finish) { writePassword(key, password, finish); });
}

Result<void> DmsCredentialStore::removePasswordNow(const QString &key)
{
    return keychain::waitFor<Result<void>>([&](auto finish) { removePassword(key, finish); });
}

}  // namespace workroom::dms
