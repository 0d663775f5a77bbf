#include "DmsCredentialStore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace workroom::dms {

namespace {

DmsError keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {DmsErrorCode::NoStoredPassword,
                DmsText::tr("No password for the DMS is stored in the keychain."), 0};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {DmsErrorCode::NoKeychain,
                DmsText::tr("No keychain is available on this computer, so the DMS password "
                            "cannot be remembered; Workroom will ask for it each time."),
                0};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {DmsErrorCode::Keychain,
                DmsText::tr("The keychain refused access to the DMS password: %1")
                    .arg(job.errorString()),
                0};
    default:
        break;
    }
    // Secret Service reports a missing daemon as OtherError; the message then says so.
    return {DmsErrorCode::NoKeychain,
            DmsText::tr("The keychain could not be used (%1); Workroom will ask for the DMS "
                        "password each time.")
                .arg(job.errorString()),
            0};
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
Result<T> waitFor(Start start)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    start([&](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return std::move(*outcome);
}

}  // namespace

DmsCredentialStore::DmsCredentialStore(QString service, QObject *parent)
    : QObject(parent), service_(std::move(service))
{
}

QString DmsCredentialStore::keyFor(const QUrl &base, const QString &user)
{
    return user + QLatin1Char('@')
           + base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                 .toString(QUrl::FullyEncoded);
}

void DmsCredentialStore::readPassword(const QString &key, std::function<void(Result<QString>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(service_, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(std::unexpected(keychainError(*job)));
        } else {
            done(job->textData());
        }
    });
    job->start();
}

void DmsCredentialStore::writePassword(const QString &key, const QString &password,
                                       std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(service_, key, this);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(std::unexpected(keychainError(*job)));
        } else {
            done({});
        }
    });
    job->start();
}

void DmsCredentialStore::removePassword(const QString &key, std::function<void(Result<void>)> done)
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

Result<QString> DmsCredentialStore::readPasswordNow(const QString &key)
{
    return waitFor<QString>([&](auto finish) { readPassword(key, finish); });
}

Result<void> DmsCredentialStore::writePasswordNow(const QString &key, const QString &password)
{
    return waitFor<void>([&](auto finish) { writePassword(key, password, finish); });
}

Result<void> DmsCredentialStore::removePasswordNow(const QString &key)
{
    return waitFor<void>([&](auto finish) { removePassword(key, finish); });
}

}  // namespace workroom::dms
