#include "RegisterTestServer.h"

#include "BulkCsv.h"
#include "RegisterJson.h"

#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace workroom::tests {

using namespace workroom::registers;

namespace {

constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;

QHttpServerResponse problemResponse(int status, const QString &code, const QString &title,
                                    const QString &detail, const QJsonArray &fields = {})
{
    QJsonObject body = json::problem(status, code, title, detail);
    if (!fields.isEmpty()) {
        body.insert(QStringLiteral("fehler"), fields);
    }
    QHttpServerResponse response(QByteArrayLiteral("application/problem+json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QHttpServerResponse::StatusCode(status));
    return response;
}

QHttpServerResponse errorResponse(const RegisterError &error)
{
    const int status = error.httpStatus ? error.httpStatus : 400;
    return problemResponse(status, errorCodeKey(error.code), error.message, error.message);
}

QHttpServerResponse jsonResponse(const QJsonObject &object, int status = 200)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(object).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(status));
}

QJsonArray fieldProblems(const QList<FieldProblem> &problems)
{
    QJsonArray fields;
    for (const FieldProblem &problem : problems) {
        fields.append(QJsonObject{{QStringLiteral("feld"), problem.field},
                                  {QStringLiteral("meldung"), problem.message}});
    }
    return fields;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

}  // namespace

RegisterTestServer::RegisterTestServer(QObject *parent) : RegisterTestServer(Options(), parent) {}

RegisterTestServer::RegisterTestServer(Options options, QObject *parent)
    : QObject(parent), options_(std::move(options))
{
    population_ = options_.population
                      ? options_.population
                      : SyntheticPopulation::generate(options_.populationSize, options_.seed);
    engine_ = std::make_unique<RegisterEngine>(population_, QStringLiteral("Register-Testserver"),
                                               [this] { return now(); });
    http_.setMissingHandler(
        this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            handle(request, responder);
        });
    worker_.setInterval(options_.tickMs);
    connect(&worker_, &QTimer::timeout, this, [this] {
        engine_->process(options_.rowsPerTick);
        if (!engine_->hasPendingWork()) {
            worker_.stop();
        }
    });
}

RegisterTestServer::~RegisterTestServer()
{
    // A delayed answer still waiting holds a responder whose socket belongs to http_: drop it
    // (the connection closes unanswered) while http_ still exists, not after it.
    delayed_.clear();
}

bool RegisterTestServer::start(quint16 port)
{
    if (!options_.certificateFile.isEmpty() && !options_.privateKeyFile.isEmpty()) {
        QFile certFile(options_.certificateFile);
        QFile keyFile(options_.privateKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            return false;
        }
        auto *ssl = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        ssl->setSslConfiguration(configuration);
        tcp_ = ssl;
    } else {
        tcp_ = new QTcpServer(this);
    }
    if (!tcp_->listen(QHostAddress::LocalHost, port) || !http_.bind(tcp_)) {
        return false;
    }
    return true;
}

bool RegisterTestServer::isHttps() const
{
    return qobject_cast<QSslServer *>(tcp_) != nullptr;
}

QUrl RegisterTestServer::url() const
{
    QUrl url;
    url.setScheme(isHttps() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(tcp_ ? tcp_->serverPort() : 0);
    url.setPath(QStringLiteral("/"));
    return url;
}

QDateTime RegisterTestServer::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds_);
}

void RegisterTestServer::advanceClock(qint64 seconds)
{
    clockOffsetSeconds_ += seconds;
}

void RegisterTestServer::setRateLimit(int requests, int windowSeconds, int retryAfterSeconds)
{
    rateRequests_ = requests;
    rateWindowSeconds_ = qMax(1, windowSeconds);
    rateRetryAfter_ = retryAfterSeconds;
    recent_.clear();
}

void RegisterTestServer::injectFault(Fault fault, int times, int delayMs)
{
    for (int i = 0; i < times; ++i) {
        faults_.append({fault, delayMs});
    }
}

void RegisterTestServer::clearFaults()
{
    faults_.clear();
}

void RegisterTestServer::setRowsPerTick(int rows)
{
    options_.rowsPerTick = qMax(1, rows);
}

void RegisterTestServer::dropConnection(const QHttpServerRequest &request)
{
    // The socket of this request is the one whose peer port is the request's remote port.
    QList<QTcpSocket *> sockets = http_.findChildren<QTcpSocket *>();
    sockets += tcp_->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : std::as_const(sockets)) {
        if (socket->peerPort() == request.remotePort()) {
            socket->abort();
            return;
        }
    }
}

void RegisterTestServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    requestLines_.append(methodName(request.method()) + QLatin1Char(' ') + request.url().path());
    if (request.method() == QHttpServerRequest::Method::Post) {
        requestBodies_.append(request.body());
    }
    if (!faults_.isEmpty()) {
        const PendingFault fault = faults_.takeFirst();
        switch (fault.fault) {
        case Fault::Status500:
            responder.sendResponse(problemResponse(500, QStringLiteral("server_error"),
                                                   QStringLiteral("Interner Fehler"),
                                                   QStringLiteral("Injected fault")));
            return;
        case Fault::Status503: {
            QHttpServerResponse response = problemResponse(
                503, QStringLiteral("service_unavailable"),
                QStringLiteral("Dienst nicht verfügbar"), QStringLiteral("Injected fault"));
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, "1");
            response.setHeaders(std::move(headers));
            responder.sendResponse(response);
            return;
        }
        case Fault::Drop:
            dropConnection(request);
            return;
        case Fault::Delay: {
            // Answer later. The server keeps the responder, not the timer's callback, so that
            // the destructor can drop pending answers before the HTTP server goes away.
            const quint64 id = ++lastDelayedId_;
            delayed_.emplace(
                id, DelayedAnswer{std::make_unique<QHttpServerResponder>(std::move(responder)),
                                  std::make_unique<QHttpServerResponse>(dispatch(request))});
            QTimer::singleShot(fault.delayMs, this, [this, id] {
                const auto it = delayed_.find(id);
                if (it == delayed_.end()) {
                    return;
                }
                DelayedAnswer answer = std::move(it->second);
                delayed_.erase(it);
                answer.responder->sendResponse(std::move(*answer.response));
            });
            return;
        }
        }
    }
    responder.sendResponse(dispatch(request));
}

bool RegisterTestServer::authorized(const QHttpServerRequest &request, QString &owner) const
{
    const QByteArray header = request.value("authorization");
    if (header.startsWith("Bearer ") && !options_.token.isEmpty()) {
        if (header.mid(7) == options_.token) {
            owner = QStringLiteral("token");
            return true;
        }
        return false;
    }
    if (header.startsWith("Basic ") && !options_.basicUser.isEmpty()) {
        const QByteArray pair = QByteArray::fromBase64(header.mid(6));
        if (pair == options_.basicUser.toUtf8() + ':' + options_.basicPassword) {
            owner = QStringLiteral("user:") + options_.basicUser;
            return true;
        }
    }
    return false;
}

QHttpServerResponse RegisterTestServer::dispatch(const QHttpServerRequest &request)
{
    QString owner;
    if (!authorized(request, owner)) {
        QHttpServerResponse response =
            problemResponse(401, QStringLiteral("unauthorized"), QStringLiteral("Nicht angemeldet"),
                            QStringLiteral("Bearer token or Basic credentials required."));
        QHttpHeaders headers = response.headers();
        headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer realm=\"register\"");
        response.setHeaders(std::move(headers));
        return response;
    }
    if (rateRequests_ > 0) {
        const QDateTime current = QDateTime::currentDateTimeUtc();
        while (!recent_.isEmpty() && recent_.first().secsTo(current) >= rateWindowSeconds_) {
            recent_.removeFirst();
        }
        if (recent_.size() >= rateRequests_) {
            QHttpServerResponse response = problemResponse(
                429, QStringLiteral("rate_limited"), QStringLiteral("Zu viele Anfragen"),
                QStringLiteral("Try again after %1 s.").arg(rateRetryAfter_));
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::RetryAfter,
                           QByteArray::number(rateRetryAfter_));
            response.setHeaders(std::move(headers));
            return response;
        }
        recent_.append(current);
    }

    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (parts.size() < 2 || parts.at(0) != QLatin1StringView("v1")) {
        return problemResponse(404, QStringLiteral("not_found"), QStringLiteral("Unbekannt"), path);
    }
    const QString clientRequestId = QString::fromLatin1(request.value("idempotency-key"));

    QJsonObject body;
    if (post) {
        if (request.body().size() > maxBodyBytes) {
            return problemResponse(413, QStringLiteral("too_large"),
                                   QStringLiteral("Anfrage zu groß"), QString());
        }
        if (!request.value("content-type").startsWith("application/json")) {
            return problemResponse(415, QStringLiteral("unsupported_media_type"),
                                   QStringLiteral("JSON erwartet"), QString());
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return problemResponse(400, QStringLiteral("bad_request"),
                                   QStringLiteral("Ungültiges JSON"), parseError.errorString());
        }
        body = document.object();
    }

    if (parts.at(1) == QLatin1StringView("auskuenfte") && parts.size() == 3 && post) {
        const bool authority = parts.at(2) == QLatin1StringView("behoerde");
        if (!authority && parts.at(2) != QLatin1StringView("einfach")) {
            return problemResponse(404, QStringLiteral("not_found"), QStringLiteral("Unbekannt"),
                                   path);
        }
        QueryRequest query =
            json::toRequest(body, authority ? QueryKind::Authority : QueryKind::Simple);
        query.clientRequestId = clientRequestId.isEmpty() ? QString() : owner + clientRequestId;
        if (const QList<FieldProblem> problems = validate(query); !problems.isEmpty()) {
            return problemResponse(422, QStringLiteral("invalid"),
                                   QStringLiteral("Ungültige Suchdaten"), problems.first().message,
                                   fieldProblems(problems));
        }
        const QueryResult result = engine_->answer(query);
        return jsonResponse(json::fromResult(result, query.kind));
    }
    if (parts.at(1) == QLatin1StringView("massenanfragen")) {
        if (parts.size() == 2 && post) {
            BulkSubmission submission = json::toSubmission(body);
            submission.clientRequestId = clientRequestId;
            if (const QList<FieldProblem> problems = validate(submission); !problems.isEmpty()) {
                const int status = submission.rows.size() > maxBulkRows ? 413 : 422;
                return problemResponse(status, QStringLiteral("invalid"),
                                       QStringLiteral("Ungültige Massenanfrage"),
                                       problems.first().message, fieldProblems(problems));
            }
            Result<BulkJob> job = engine_->submit(submission, owner);
            if (!job) {
                return errorResponse(job.error());
            }
            if (!worker_.isActive()) {
                worker_.start();
            }
            QHttpServerResponse response = jsonResponse(json::fromJob(*job), 202);
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::Location,
                           "/v1/massenanfragen/" + job->jobId.toUtf8());
            response.setHeaders(std::move(headers));
            return response;
        }
        if (parts.size() == 3 && get) {
            Result<BulkJob> job = engine_->status(parts.at(2), owner);
            return job ? jsonResponse(json::fromJob(*job)) : errorResponse(job.error());
        }
        if (parts.size() == 4 && get && parts.at(3) == QLatin1StringView("ergebnis")) {
            Result<BulkResult> result = engine_->result(parts.at(2), owner);
            if (!result) {
                return errorResponse(result.error());
            }
            return QHttpServerResponse(QByteArrayLiteral("text/csv; charset=utf-8"), result->csv);
        }
    }
    return problemResponse(post || get ? 404 : 405, QStringLiteral("not_found"),
                           QStringLiteral("Unbekannt"), path);
}

}  // namespace workroom::tests
