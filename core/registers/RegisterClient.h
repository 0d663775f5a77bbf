#pragma once

#include "RegisterService.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace workroom::registers {

// How to reach the association's register service.
struct ClientConfig {
    QUrl baseUrl;  // e.g. https://register.example.org/ (the API lives under /v1/)
    // Authentication (docs/register-api.md): a bearer token if set, else HTTP Basic with
    // user and password, else none. The secrets come from the keychain, never from settings.
    QByteArray bearerToken;
    QString user;
    QByteArray password;
    // Extra CA certificates to trust for the service (the association's own CA); the system's
    // CAs are trusted as well.
    QList<QSslCertificate> caCertificates;
    int timeoutMs = 15000;  // per attempt, from sending to the last byte
    int maxAttempts = 4;    // for requests that may be repeated (GET, POST with Idempotency-Key)
    int maxRetryAfterSeconds = 30;  // a longer Retry-After fails with RateLimited at once
    int backoffBaseMs = 250;        // 503 / dropped connection: 250, 500, 1000 … ms (with jitter)
};

// The client of the register service's HTTPS + JSON API (docs/register-api.md).
//
// Retries: every request is safe to repeat — GETs by nature, POSTs because they carry an
// Idempotency-Key (the client request id) that makes the service answer a repeat with the
// first answer instead of running the query or creating the job again. Retried are 429 (after
// Retry-After, if not longer than maxRetryAfterSeconds), 502/503/504 and dropped connections
// (with exponential backoff); not retried are other 4xx, 500 and timeouts of a POST (the
// service may still be working on it: the user decides).
class RegisterClient : public RegisterService {
    Q_OBJECT

public:
    // `network` is not owned; it must outlive the client.
    RegisterClient(ClientConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RegisterClient() override;

    QString label() const override;
    bool isDemo() const override { return false; }
    const ClientConfig &config() const { return config_; }
    // The secret from the keychain or the user's answer, once known (the app asks for it
    // after the client exists): the bearer token, or with an account the password. Calls
    // already under way keep what they sent.
    void setSecret(const QByteArray &secret);
    // True when a secret is needed and none was set yet.
    bool needsSecret() const;

protected:
    void doQuery(Ticket ticket, const QueryRequest &request, Callback<QueryResult> done) override;
    void doSubmitBulk(Ticket ticket, const BulkSubmission &submission,
                      Callback<BulkJob> done) override;
    void doBulkStatus(Ticket ticket, const QString &jobId, Callback<BulkJob> done) override;
    void doFetchBulkResult(Ticket ticket, const QString &jobId, Callback<BulkResult> done) override;
    void doCancel(Ticket ticket) override;

private:
    struct Call;
    void send(std::shared_ptr<Call> call);
    void finished(std::shared_ptr<Call> call, QNetworkReply *reply);
    void retryLater(std::shared_ptr<Call> call, int delayMs);

    ClientConfig config_;
    QNetworkAccessManager *network_;
    QHash<Ticket, std::shared_ptr<Call>> calls_;
};

}  // namespace workroom::registers
