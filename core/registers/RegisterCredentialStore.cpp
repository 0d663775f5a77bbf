#include "RegisterCredentialStore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include <optional>

namespace workroom::registers {

namespace {

CredentialError keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {CredentialErrorCode::NoStoredSecret,
                RegisterCredentialStore::tr(
                    "No access token or password for the register service is stored in the "
                    "keychain.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {CredentialErrorCode::NoKeychain,
                RegisterCredentialStore::tr(
                    "No keychain is available on this computer, so the register service's "
                    "access data cannot be remembered; Workroom will ask for it each time.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {CredentialErrorCode::Keychain,
                RegisterCredentialStore::tr(
                    "The keychain refused access to the register service's access data: %1")
                    .arg(job.errorString())};
    default:
        break;
    }
    // Secret Service reports a missing daemon as OtherError; the message then says so.
    return {CredentialErrorCode::NoKeychain,
            RegisterCredentialStore::tr("The keychain could not be used (%1); Workroom will ask "
                                        "for the register service's access data each time.")
                .arg(job.errorString())};
}

template <typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setKey(key);
    // Never write the secret to a settings file when no keychain answers.
    job->setInsecureFallback(false);
    return job;
}

template <typename T, typename Start>
CredentialResult<T> waitFor(Start start)
{
    std::optional<CredentialResult<T>> outcome;
    QEventLoop loop;
    start([&](CredentialResult<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return std::move(*outcome);
}

}  // namespace

RegisterCredentialStore::RegisterCredentialStore(QString service, QObject *parent)
    : QObject(parent), service_(std::move(service))
{
}

QString RegisterCredentialStore::keyFor(const QUrl &base, const QString &user)
{
    const QString who = user.isEmpty() ? QStringLiteral("token") : user;
    return who + QLatin1Char('@')
           + base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                 .toString(QUrl::FullyEncoded);
}

void RegisterCredentialStore::readSecret(const QString &key,
                                         std::function<void(CredentialResult<QByteArray>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(service_, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(std::unexpected(keychainError(*job)));
        } else {
            done(job->binaryData());
        }
    });
    job->start();
}

void RegisterCredentialStore::writeSecret(const QString &key, const QByteArray &secret,
                                          std::function<void(CredentialResult<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(service_, key, this);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(std::unexpected(keychainError(*job)));
        } else {
            done({});
        }
    });
    job->start();
}

void RegisterCredentialStore::removeSecret(const QString &key,
                                           std::function<void(CredentialResult<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(service_, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        // Removing what is not there is what was wanted.
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(std::unexpected(keychainError(*job)));
        } else {
            done({});
        }
    });
    job->start();
}

CredentialResult<QByteArray> RegisterCredentialStore::readSecretNow(const QString &key)
{
    return waitFor<QByteArray>([&](auto finish) { readSecret(key, finish); });
}

CredentialResult<void> RegisterCredentialStore::writeSecretNow(const QString &key,
                                                               const QByteArray &secret)
{
    return waitFor<void>([&](auto finish) { writeSecret(key, secret, finish); });
}

CredentialResult<void> RegisterCredentialStore::removeSecretNow(const QString &key)
{
    return waitFor<void>([&](auto finish) { removeSecret(key, finish); });
}

}  // namespace workroom::registers
