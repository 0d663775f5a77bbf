#include "DemoRegister.h"

#include "BulkCsv.h"
#include "RegisterJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QtConcurrentRun>

namespace workroom::registers {

namespace {

const QString demoOwner = QStringLiteral("demo");

bool validJobId(const QString &jobId)
{
    // Used as a file name: letters, digits and dashes only.
    return !jobId.isEmpty() && std::all_of(jobId.cbegin(), jobId.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-');
    });
}

}  // namespace

DemoRegister::DemoRegister(QObject *parent)
    : DemoRegister(SyntheticPopulation::generate(SyntheticPopulation::demoSize), {}, parent)
{
}

DemoRegister::DemoRegister(std::shared_ptr<const SyntheticPopulation> population,
                           RegisterEngine::Clock clock, QObject *parent)
    : RegisterService(parent),
      engine_(std::move(population), QStringLiteral("Demo-Register"), std::move(clock))
{
    worker_.setInterval(10);
    connect(&worker_, &QTimer::timeout, this, [this] {
        engine_.process(rowsPerTick_);
        saveFinishedJobs();
        if (!engine_.hasPendingWork()) {
            worker_.stop();
        }
    });
}

DemoRegister::~DemoRegister() = default;

QString DemoRegister::label() const
{
    // A name, not a sentence: the same in every language so that users and support agree.
    return QStringLiteral("Demo-Register");
}

void DemoRegister::setRowsPerTick(int rows)
{
    rowsPerTick_ = qMax(1, rows);
}

void DemoRegister::setJobDirectory(const QString &directory)
{
    jobDirectory_ = directory;
    // Results hold personal data: what is past its 8 days goes, as it would at the service.
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject job = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("job"))
                                    .toObject();
        file.close();
        const auto parsed = json::toJob(job);
        if (!parsed || engine_.now() >= parsed->expiresAt) {
            QFile::remove(file.fileName());
        }
    }
    engine_.setJobIdPrefix(QStringLiteral("D-%1-").arg(QRandomGenerator::global()->generate(), 8,
                                                       16, QLatin1Char('0')));
}

void DemoRegister::setWorkAtOnce(bool atOnce)
{
    workAtOnce_ = atOnce;
}

void DemoRegister::saveFinishedJobs()
{
    for (auto it = unsaved_.begin(); it != unsaved_.end();) {
        const auto job = engine_.status(*it, demoOwner);
        if (!job || job->state == BulkJobState::Done || job->state == BulkJobState::Failed) {
            saveJob(*it);
            it = unsaved_.erase(it);
        } else {
            ++it;
        }
    }
}

void DemoRegister::saveJob(const QString &jobId)
{
    auto result = engine_.result(jobId, demoOwner);
    if (!result || !QDir().mkpath(jobDirectory_)) {
        return;
    }
    QJsonObject object;
    object.insert(QStringLiteral("job"), json::fromJob(result->job));
    object.insert(QStringLiteral("csv"), QString::fromUtf8(result->csv));
    QSaveFile file(QDir(jobDirectory_).filePath(jobId + QStringLiteral(".json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

Result<BulkResult> DemoRegister::loadJob(const QString &jobId) const
{
    RegisterError unknown;
    unknown.code = RegisterErrorCode::NotFound;
    unknown.httpStatus = 404;
    unknown.message = RegisterText::tr("The register knows no such job.");
    if (jobDirectory_.isEmpty() || !validJobId(jobId)) {
        return std::unexpected(unknown);
    }
    QFile file(QDir(jobDirectory_).filePath(jobId + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(unknown);
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    auto job = json::toJob(object.value(QStringLiteral("job")).toObject());
    if (!job) {
        return std::unexpected(job.error());
    }
    job->serviceLabel = label();
    if (engine_.now() >= job->expiresAt) {
        // The demo deletes what a real service would have deleted.
        QFile::remove(file.fileName());
        RegisterError expired;
        expired.code = RegisterErrorCode::Expired;
        expired.httpStatus = 410;
        expired.message = RegisterText::tr("The results of this bulk query have expired: they "
                                           "could be fetched for 8 days.");
        return std::unexpected(expired);
    }
    BulkResult result;
    result.jobId = jobId;
    result.job = *job;
    result.csv = object.value(QStringLiteral("csv")).toString().toUtf8();
    auto rows = BulkCsv::parseResult(result.csv);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    result.rows = std::move(*rows);
    return result;
}

void DemoRegister::doQuery(Ticket, const QueryRequest &request, Callback<QueryResult> done)
{
    deliverLater<QueryResult>(std::move(done), engine_.answer(request));
}

void DemoRegister::doSubmitBulk(Ticket, const BulkSubmission &submission, Callback<BulkJob> done)
{
    Result<BulkJob> job = engine_.submit(submission, demoOwner);
    if (job && !jobDirectory_.isEmpty() && !unsaved_.contains(job->jobId)) {
        unsaved_.append(job->jobId);
    }
    if (job && workAtOnce_) {
        while (engine_.hasPendingWork()) {
            engine_.process(maxBulkRows);
        }
        saveFinishedJobs();
        job = engine_.status(job->jobId, demoOwner);
    } else if (job && !worker_.isActive()) {
        worker_.start();
    }
    deliverLater<BulkJob>(std::move(done), std::move(job));
}

void DemoRegister::doBulkStatus(Ticket, const QString &jobId, Callback<BulkJob> done)
{
    Result<BulkJob> job = engine_.status(jobId, demoOwner);
    if (!job && job.error().code == RegisterErrorCode::NotFound) {
        const Result<BulkResult> stored = loadJob(jobId);
        job = stored ? Result<BulkJob>(stored->job)
                     : Result<BulkJob>(std::unexpected(stored.error()));
    }
    deliverLater<BulkJob>(std::move(done), std::move(job));
}

void DemoRegister::doFetchBulkResult(Ticket, const QString &jobId, Callback<BulkResult> done)
{
    Result<BulkResult> result = engine_.result(jobId, demoOwner, false);
    if (!result && result.error().code == RegisterErrorCode::NotFound) {
        result = loadJob(jobId);
    }
    if (!result || !result->csv.isEmpty()) {
        deliverLater<BulkResult>(std::move(done), std::move(result));
        return;
    }
    // The CSV of a large job is written off the caller's (GUI) thread.
    QtConcurrent::run([result = std::move(*result)]() mutable {
        result.csv = BulkCsv::writeResult(result.rows);
        return result;
    }).then(this, [done = std::move(done)](const BulkResult &written) { done(written); });
}

}  // namespace workroom::registers
