#pragma once

#include "RegisterEngine.h"
#include "SyntheticPopulation.h"

#include <QDateTime>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>

class QTcpServer;

namespace workroom::tests {

// The register service of docs/register-api.md on 127.0.0.1, over a synthetic population
// (Qt HTTP Server). For tests and benchmarks of the client, the CLI and the GUI:
// - a clock that tests move forward (advanceClock), so that the 8-day expiry (410) can be tried;
// - rate limiting: 429 with Retry-After once more requests arrive in a window than allowed;
// - faults for the next requests: 500, 503 (with Retry-After), a delayed answer, a dropped
//   connection;
// - HTTP, or HTTPS with a certificate and key given in Options (tests make them with openssl).
class RegisterTestServer : public QObject {
    Q_OBJECT

public:
    struct Options {
        int populationSize = registers::SyntheticPopulation::testServerSize;
        quint64 seed = registers::SyntheticPopulation::defaultSeed;
        // A population to share between servers (then size and seed are not used).
        std::shared_ptr<const registers::SyntheticPopulation> population;
        QByteArray token = "test-token";  // Authorization: Bearer <token>
        QString basicUser;                // and/or Basic with these, when set
        QByteArray basicPassword;
        int rowsPerTick = 2000;  // bulk rows worked per tick of tickMs
        int tickMs = 5;
        // HTTPS when both are set (PEM files).
        QString certificateFile;
        QString privateKeyFile;
    };

    enum class Fault {
        Status500,  // 500 with a problem document
        Status503,  // 503 with Retry-After: 1
        Delay,      // the answer comes after delayMs
        Drop,       // the connection is closed without an answer
    };

    explicit RegisterTestServer(QObject *parent = nullptr);
    explicit RegisterTestServer(Options options, QObject *parent = nullptr);
    ~RegisterTestServer() override;

    // Listens on 127.0.0.1 on a free port (or `port`). False if it cannot.
    bool start(quint16 port = 0);
    QUrl url() const;  // http(s)://127.0.0.1:<port>/
    QByteArray token() const { return options_.token; }
    bool isHttps() const;

    registers::RegisterEngine &engine() { return *engine_; }
    const registers::SyntheticPopulation &population() const { return *population_; }
    std::shared_ptr<const registers::SyntheticPopulation> sharedPopulation() const
    {
        return population_;
    }

    // The server's clock: the real time plus what tests added.
    QDateTime now() const;
    void advanceClock(qint64 seconds);

    // At most `requests` in any `windowSeconds`; beyond: 429 with Retry-After: retryAfter.
    // 0 requests: no limit (the default).
    void setRateLimit(int requests, int windowSeconds, int retryAfterSeconds);
    // The next `times` requests meet `fault` (faults queue up in the order given).
    void injectFault(Fault fault, int times = 1, int delayMs = 0);
    void clearFaults();
    void setRowsPerTick(int rows);

    // What arrived, for tests: "POST /v1/auskuenfte/einfach" per request, oldest first.
    QStringList requestLines() const { return requestLines_; }
    int requestCount() const { return int(requestLines_.size()); }
    void clearRequestLog()
    {
        requestLines_.clear();
        requestBodies_.clear();
    }
    // The raw bodies of the POSTs (to check what the client sends).
    QList<QByteArray> requestBodies() const { return requestBodies_; }

private:
    struct PendingFault {
        Fault fault;
        int delayMs = 0;
    };
    struct DelayedAnswer {
        std::unique_ptr<QHttpServerResponder> responder;
        std::unique_ptr<QHttpServerResponse> response;
    };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    QHttpServerResponse dispatch(const QHttpServerRequest &request);
    bool authorized(const QHttpServerRequest &request, QString &owner) const;
    void dropConnection(const QHttpServerRequest &request);

    Options options_;
    std::shared_ptr<const registers::SyntheticPopulation> population_;
    std::unique_ptr<registers::RegisterEngine> engine_;
    QHttpServer http_;
    QTcpServer *tcp_ = nullptr;
    QTimer worker_;
    qint64 clockOffsetSeconds_ = 0;
    int rateRequests_ = 0;
    int rateWindowSeconds_ = 1;
    int rateRetryAfter_ = 1;
    QList<QDateTime> recent_;
    QList<PendingFault> faults_;
    // Answers of Fault::Delay not sent yet, by a running number.
    std::map<quint64, DelayedAnswer> delayed_;
    quint64 lastDelayedId_ = 0;
    QStringList requestLines_;
    QList<QByteArray> requestBodies_;
};

}  // namespace workroom::tests
