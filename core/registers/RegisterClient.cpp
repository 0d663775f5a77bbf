#include "RegisterClient.h"

#include "BulkCsv.h"
#include "RegisterJson.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QtConcurrentRun>

namespace workroom::registers {

// One HTTP exchange, with its attempts. `complete` gets the final answer (any status) or the
// error after which no retry is allowed.
struct RegisterClient::Call {
    struct Answer {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };

    Ticket ticket = 0;
    bool post = false;
    QString path;  // relative to the base URL, e.g. "v1/massenanfragen"
    QByteArray body;
    QByteArray idempotencyKey;
    int attempt = 0;
    bool timedOut = false;
    bool cancelled = false;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timer;  // timeout of the attempt, or the wait before the next one
    QElapsedTimer clock;
    std::function<void(const Result<Answer> &)> complete;
};

namespace {

RegisterError makeError(RegisterErrorCode code, const QString &message, int status = 0)
{
    RegisterError error;
    error.code = code;
    error.message = message;
    error.httpStatus = status;
    return error;
}

// Retry-After: seconds, or an HTTP date.
int retryAfterSeconds(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok) {
        return qMax(0, seconds);
    }
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at))) : -1;
}

// What the service said in its problem document, for the user (never logged).
QString serviceReason(const QByteArray &body)
{
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    return detail.isEmpty() ? problem.value(QStringLiteral("title")).toString() : detail;
}

QList<FieldProblem> serviceFieldProblems(const QByteArray &body)
{
    QList<FieldProblem> problems;
    const QJsonArray fields =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("fehler")).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        problems.append({field.value(QStringLiteral("feld")).toString(),
                         field.value(QStringLiteral("meldung")).toString()});
    }
    return problems;
}

template <typename T>
Result<T> parseJson(const QByteArray &body, const std::function<Result<T>(const QJsonObject &)> &f)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(makeError(
            RegisterErrorCode::Protocol,
            RegisterText::tr("The register service sent an answer that cannot be read (%1).")
                .arg(parseError.errorString())));
    }
    return f(document.object());
}

// Hands `done` what a call answered with one JSON object: the call's error, or the object read
// by `read` and labelled with the service that answered.
template <typename T, typename Answer>
void deliverJson(const Result<Answer> &answer, const QString &service,
                 Result<T> (*read)(const QJsonObject &), const Callback<T> &done)
{
    if (!answer) {
        done(std::unexpected(answer.error()));
        return;
    }
    Result<T> value = parseJson<T>(answer->body, read);
    if (value) {
        value->serviceLabel = service;
    }
    done(value);
}

}  // namespace

RegisterClient::RegisterClient(ClientConfig config, QNetworkAccessManager *network, QObject *parent)
    : RegisterService(parent), config_(std::move(config)), network_(network)
{
}

RegisterClient::~RegisterClient()
{
    for (const auto &call : std::as_const(calls_)) {
        call->cancelled = true;
        if (call->reply) {
            call->reply->abort();
        }
    }
}

void RegisterClient::setSecret(const QByteArray &secret)
{
    if (config_.user.isEmpty()) {
        config_.bearerToken = secret;
    } else {
        config_.password = secret;
    }
}

bool RegisterClient::needsSecret() const
{
    return config_.user.isEmpty() ? config_.bearerToken.isEmpty() : config_.password.isEmpty();
}

QString RegisterClient::label() const
{
    return config_.baseUrl.host();
}

void RegisterClient::send(std::shared_ptr<Call> call)
{
    if (call->cancelled) {
        return;
    }
    if (!config_.baseUrl.isValid() || config_.baseUrl.host().isEmpty()) {
        call->complete(std::unexpected(
            makeError(RegisterErrorCode::NotConfigured,
                      RegisterText::tr("No address of the register service is configured."))));
        return;
    }
    ++call->attempt;
    call->timedOut = false;
    QUrl base = config_.baseUrl;
    if (!base.path().endsWith(QLatin1Char('/'))) {
        base.setPath(base.path() + QLatin1Char('/'));
    }
    QNetworkRequest request(base.resolved(QUrl(call->path)));
    request.setRawHeader("Accept", "application/json, text/csv, application/problem+json");
    request.setRawHeader("User-Agent", "Workroom");
    if (!config_.bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + config_.bearerToken);
    } else if (!config_.user.isEmpty()) {
        request.setRawHeader(
            "Authorization",
            "Basic " + QByteArray(config_.user.toUtf8() + ':' + config_.password).toBase64());
    }
    if (!call->idempotencyKey.isEmpty()) {
        request.setRawHeader("Idempotency-Key", call->idempotencyKey);
    }
    if (!config_.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(config_.caCertificates);
        request.setSslConfiguration(ssl);
    }
    call->clock.start();
    if (call->post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        call->reply = network_->post(request, call->body);
    } else {
        call->reply = network_->get(request);
    }
    auto *timer = new QTimer(call->reply);
    timer->setSingleShot(true);
    call->timer = timer;
    connect(timer, &QTimer::timeout, this, [call] {
        call->timedOut = true;
        if (call->reply) {
            call->reply->abort();
        }
    });
    timer->start(config_.timeoutMs);
    QNetworkReply *reply = call->reply;
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void RegisterClient::retryLater(std::shared_ptr<Call> call, int delayMs)
{
    qCInfo(lcRegisters) << "retrying" << call->path.section(QLatin1Char('/'), 0, 1) << "in"
                        << delayMs << "ms, attempt" << call->attempt + 1;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    call->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, call, timer] {
        timer->deleteLater();
        send(call);
    });
    timer->start(delayMs);
}

void RegisterClient::finished(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->cancelled) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool attemptsLeft = call->attempt < config_.maxAttempts;
    // Every request may be repeated: GETs by nature, POSTs by their Idempotency-Key.
    const bool repeatable = !call->post || !call->idempotencyKey.isEmpty();
    const int backoff = config_.backoffBaseMs * (1 << qMin(call->attempt - 1, 6))
                        + int(QRandomGenerator::global()->bounded(config_.backoffBaseMs / 2 + 1));
    qCDebug(lcRegisters) << (call->post ? "POST" : "GET")
                         << call->path.section(QLatin1Char('/'), 0, 1) << status << networkError
                         << call->clock.elapsed() << "ms";

    if (status == 0) {
        if (call->timedOut) {
            if (!call->post && attemptsLeft) {
                retryLater(call, backoff);
                return;
            }
            call->complete(std::unexpected(makeError(
                RegisterErrorCode::Timeout,
                RegisterText::tr("The register service did not answer within %n second(s). "
                                 "It may still have received the query; try again later.",
                                 nullptr, qMax(1, config_.timeoutMs / 1000)))));
            return;
        }
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            // QNetworkAccessManager would keep the failed TLS set-up of the host: once IT has
            // given the right CA, the next attempt must start afresh.
            network_->clearConnectionCache();
            call->complete(std::unexpected(makeError(
                RegisterErrorCode::Tls,
                RegisterText::tr("The certificate of the register service %1 is not trusted "
                                 "(%2). Ask IT for the service's CA certificate.")
                    .arg(label(), reply->errorString()))));
            return;
        }
        if (repeatable && attemptsLeft) {
            retryLater(call, backoff);
            return;
        }
        call->complete(std::unexpected(makeError(
            RegisterErrorCode::Network,
            RegisterText::tr("The register service %1 cannot be reached (%2). Check the network "
                             "connection, or queue the query to send it later.")
                .arg(label(), reply->errorString()))));
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        Call::Answer answer;
        answer.status = status;
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.body = body;
        call->complete(answer);
        return;
    }
    const QString reason = serviceReason(body);
    const int retryAfter = reply->hasRawHeader("Retry-After")
                               ? retryAfterSeconds(reply->rawHeader("Retry-After"))
                               : -1;
    if (status == 429) {
        if (repeatable && attemptsLeft && retryAfter >= 0
            && retryAfter <= config_.maxRetryAfterSeconds) {
            retryLater(call, qMax(retryAfter * 1000, 50));
            return;
        }
        RegisterError error = makeError(
            RegisterErrorCode::RateLimited,
            retryAfter > 0
                ? RegisterText::tr("The register service is busy with too many queries. Try "
                                   "again in %n second(s).",
                                   nullptr, retryAfter)
                : RegisterText::tr("The register service is busy with too many queries. Try "
                                   "again later."),
            status);
        error.retryAfterSeconds = qMax(0, retryAfter);
        call->complete(std::unexpected(error));
        return;
    }
    if (status == 502 || status == 503 || status == 504) {
        if (repeatable && attemptsLeft && retryAfter <= config_.maxRetryAfterSeconds) {
            retryLater(call, retryAfter > 0 ? retryAfter * 1000 : backoff);
            return;
        }
        RegisterError error = makeError(
            RegisterErrorCode::ServiceUnavailable,
            RegisterText::tr("The register service is not available at the moment (HTTP %1). "
                             "Try again later.")
                .arg(status),
            status);
        error.retryAfterSeconds = qMax(0, retryAfter);
        call->complete(std::unexpected(error));
        return;
    }
    RegisterError error;
    error.httpStatus = status;
    switch (status) {
    case 401:
    case 403:
        error.code = RegisterErrorCode::Unauthorized;
        error.message = status == 401
                            ? RegisterText::tr("The register service did not accept the sign-in "
                                               "(HTTP 401). Check the access token or password.")
                            : RegisterText::tr("The register service refused the query: this "
                                               "account may not make it (HTTP 403).");
        break;
    case 404:
        error.code = RegisterErrorCode::NotFound;
        error.message = RegisterText::tr("The register service knows no such job.");
        break;
    case 409:
        error.code = RegisterErrorCode::NotReady;
        error.message = RegisterText::tr("The bulk query is not finished yet.");
        break;
    case 410:
        error.code = RegisterErrorCode::Expired;
        error.message = RegisterText::tr("The results have expired: the register service keeps "
                                         "the results of a bulk query for 8 days after it was "
                                         "submitted. Submit the query again if you still need "
                                         "them.");
        break;
    default:
        if (status >= 500) {
            error.code = RegisterErrorCode::ServerError;
            error.message = RegisterText::tr("The register service failed to answer (HTTP %1). "
                                             "Try again later; if it keeps failing, tell IT.")
                                .arg(status);
        } else {
            error.code = RegisterErrorCode::Rejected;
            error.problems = serviceFieldProblems(body);
            error.message =
                reason.isEmpty()
                    ? RegisterText::tr("The register service refused the query "
                                       "(HTTP %1).")
                          .arg(status)
                    : RegisterText::tr("The register service refused the query: %1").arg(reason);
        }
        break;
    }
    call->complete(std::unexpected(error));
}

void RegisterClient::doQuery(Ticket ticket, const QueryRequest &request, Callback<QueryResult> done)
{
    auto call = std::make_shared<Call>();
    call->ticket = ticket;
    call->post = true;
    call->path = request.kind == QueryKind::Authority ? QStringLiteral("v1/auskuenfte/behoerde")
                                                      : QStringLiteral("v1/auskuenfte/einfach");
    call->body = QJsonDocument(json::fromRequest(request)).toJson(QJsonDocument::Compact);
    call->idempotencyKey = request.clientRequestId.toLatin1();
    const QString service = label();
    call->complete = [this, ticket, service,
                      done = std::move(done)](const Result<Call::Answer> &answer) {
        calls_.remove(ticket);
        deliverJson<QueryResult>(answer, service, json::toResult, done);
    };
    calls_.insert(ticket, call);
    send(call);
}

void RegisterClient::doSubmitBulk(Ticket ticket, const BulkSubmission &submission,
                                  Callback<BulkJob> done)
{
    auto call = std::make_shared<Call>();
    call->ticket = ticket;
    call->post = true;
    call->path = QStringLiteral("v1/massenanfragen");
    call->idempotencyKey = submission.clientRequestId.toLatin1();
    const QString service = label();
    call->complete = [this, ticket, service,
                      done = std::move(done)](const Result<Call::Answer> &answer) {
        calls_.remove(ticket);
        deliverJson<BulkJob>(answer, service, json::toJob, done);
    };
    calls_.insert(ticket, call);
    // 10,000 rows make a few MB of JSON: written off the caller's (GUI) thread.
    QtConcurrent::run([submission] {
        return QJsonDocument(json::fromSubmission(submission)).toJson(QJsonDocument::Compact);
    }).then(this, [this, call](const QByteArray &body) {
        call->body = body;
        send(call);
    });
}

void RegisterClient::doBulkStatus(Ticket ticket, const QString &jobId, Callback<BulkJob> done)
{
    auto call = std::make_shared<Call>();
    call->ticket = ticket;
    call->path =
        QStringLiteral("v1/massenanfragen/") + QString::fromLatin1(QUrl::toPercentEncoding(jobId));
    const QString service = label();
    call->complete = [this, ticket, service,
                      done = std::move(done)](const Result<Call::Answer> &answer) {
        calls_.remove(ticket);
        deliverJson<BulkJob>(answer, service, json::toJob, done);
    };
    calls_.insert(ticket, call);
    send(call);
}

void RegisterClient::doFetchBulkResult(Ticket ticket, const QString &jobId,
                                       Callback<BulkResult> done)
{
    // The job first: its case reference and purpose go into the query log with the fetch, and
    // an unfinished job is told apart from an expired one.
    doBulkStatus(ticket, jobId, [this, ticket, jobId, done](const Result<BulkJob> &job) {
        if (!job) {
            done(std::unexpected(job.error()));
            return;
        }
        if (job->state != BulkJobState::Done) {
            RegisterError error = makeError(
                job->state == BulkJobState::Failed ? RegisterErrorCode::ServerError
                                                   : RegisterErrorCode::NotReady,
                job->state == BulkJobState::Failed
                    ? RegisterText::tr("The register service could not finish the bulk query.")
                    : RegisterText::tr("The bulk query is not finished yet (%1 of %2 rows).")
                          .arg(job->processed)
                          .arg(job->total));
            done(std::unexpected(error));
            return;
        }
        auto call = std::make_shared<Call>();
        call->ticket = ticket;
        call->path = QStringLiteral("v1/massenanfragen/")
                     + QString::fromLatin1(QUrl::toPercentEncoding(jobId))
                     + QStringLiteral("/ergebnis");
        call->complete = [this, ticket, jobId, job = *job,
                          done](const Result<Call::Answer> &answer) {
            if (!answer) {
                calls_.remove(ticket);
                done(std::unexpected(answer.error()));
                return;
            }
            // Parsed off the caller's (GUI) thread; cancel() meanwhile still silences `done`.
            const QByteArray csv = answer->body;
            QtConcurrent::run([csv] { return BulkCsv::parseResult(csv); })
                .then(this, [this, ticket, jobId, job, csv,
                             done](const Result<QList<BulkResultRow>> &rows) {
                    calls_.remove(ticket);
                    if (!rows) {
                        done(std::unexpected(rows.error()));
                        return;
                    }
                    BulkResult result;
                    result.jobId = jobId;
                    result.job = job;
                    result.rows = *rows;
                    result.csv = csv;
                    done(result);
                });
        };
        calls_.insert(ticket, call);
        send(call);
    });
}

void RegisterClient::doCancel(Ticket ticket)
{
    const std::shared_ptr<Call> call = calls_.take(ticket);
    if (!call) {
        return;
    }
    call->cancelled = true;
    if (call->timer) {
        call->timer->stop();
    }
    if (call->reply) {
        call->reply->abort();
    }
}

}  // namespace workroom::registers
