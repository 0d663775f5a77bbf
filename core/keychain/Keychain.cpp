#include "Keychain.h"

#include <qt6keychain/keychain.h>

namespace workroom::keychain {

namespace {

Failure failureOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {FailureKind::NotFound, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {FailureKind::NoBackend, job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {FailureKind::AccessDenied, job.errorString()};
    default:
        break;
    }
    return {FailureKind::Other, job.errorString()};
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

enum class Missing { IsFailure, IsSuccess };

// Starts `job` and hands `done` either the failure or what `success` makes of the finished job.
template <typename T, typename JobType, typename Success>
void start(JobType *job, QObject *context, std::function<void(Outcome<T>)> done, Success success,
           Missing missing = Missing::IsFailure)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, missing, done = std::move(done), success = std::move(success)] {
                         const bool ok = job->error() == QKeychain::NoError
                                         || (missing == Missing::IsSuccess
                                             && job->error() == QKeychain::EntryNotFound);
                         if (ok) {
                             done(success(*job));
                         } else {
                             done(std::unexpected(failureOf(*job)));
                         }
                     });
    job->start();
}

Outcome<void> nothing(const QKeychain::Job & /*job*/)
{
    return {};
}

}  // namespace

Keychain::Keychain(QString service) : service_(std::move(service)) {}

void Keychain::readText(const QString &key, QObject *context,
                        std::function<void(Outcome<QString>)> done) const
{
    start<QString>(
        makeJob<QKeychain::ReadPasswordJob>(service_, key, context), context, std::move(done),
        [](const QKeychain::ReadPasswordJob &job) { return Outcome<QString>(job.textData()); });
}

void Keychain::readBinary(const QString &key, QObject *context,
                          std::function<void(Outcome<QByteArray>)> done) const
{
    start<QByteArray>(makeJob<QKeychain::ReadPasswordJob>(service_, key, context), context,
                      std::move(done), [](const QKeychain::ReadPasswordJob &job) {
                          return Outcome<QByteArray>(job.binaryData());
                      });
}

void Keychain::writeText(const QString &key, const QString &text, QObject *context,
                         std::function<void(Outcome<void>)> done) const
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(service_, key, context);
    job->setTextData(text);
    start<void>(job, context, std::move(done), nothing);
}

void Keychain::writeBinary(const QString &key, const QByteArray &data, QObject *context,
                           std::function<void(Outcome<void>)> done) const
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(service_, key, context);
    job->setBinaryData(data);
    start<void>(job, context, std::move(done), nothing);
}

void Keychain::remove(const QString &key, QObject *context,
                      std::function<void(Outcome<void>)> done) const
{
    start<void>(makeJob<QKeychain::DeletePasswordJob>(service_, key, context), context,
                std::move(done), nothing, Missing::IsSuccess);
}

QString entryKey(const QString &who, const QUrl &base)
{
    return who + QLatin1Char('@')
           + base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                 .toString(QUrl::FullyEncoded);
}

}  // namespace workroom::keychain
