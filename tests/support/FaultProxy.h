#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A TCP proxy on 127.0.0.1 between a client and a server (Apache), for faults the real server
// cannot be made to produce: cut a connection after N bytes of the server's answer, delay every
// chunk, or answer every request with a canned HTTP response (503, malformed XML, a wrong
// Content-Length …) without asking the server. The mode can change between requests; a kept
// alive connection follows the change. Rules (addRule) aim a fault at single requests, by method
// and path, and let the rest of a sync reach the server. Lives in the test's thread (its event
// loop runs while a request is awaited).
class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class Mode { Pass, CutAfter, CutRequestAfter, Delay, Respond };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return server_.serverPort(); }
    // http://127.0.0.1:PORT/dav/ + path (already percent-encoded)
    QUrl url(const QString &encodedPath = {}) const;

    void passThrough();
    // Forwards `bytes` of each server answer (counted per connection from now), then closes
    // both sides.
    void cutAfter(qint64 bytes);
    // The same for what the client sends: an upload that breaks off after `bytes`.
    void cutRequestAfter(qint64 bytes);
    void delay(int milliseconds);
    // Answers every request with `rawResponse` (status line, headers, body as sent).
    void respond(const QByteArray &rawResponse);
    // A canned answer with this status and no body.
    void respondStatus(int status, const QByteArray &reason);
    static QByteArray statusResponse(int status, const QByteArray &reason);

    // A fault for some requests only; the others reach the server untouched. Rules apply in
    // pass-through mode and are matched against each request's method and target (as sent,
    // percent-encoded); the first rule that matches takes the request.
    struct Rule {
        enum class Action {
            Respond,             // answer `response` without asking the server
            CutResponseAfter,    // forward `bytes` of the server's answer, then close both sides
            CutRequestAfter,     // forward `bytes` of the request, then close both sides
            ShiftContentLength,  // the server's answer with Content-Length off by `bytes`
                                 // (body unchanged), then the connection is closed
        };
        QByteArray method;        // empty: any
        QByteArray pathContains;  // empty: any
        QByteArray pathEndsWith;  // empty: any
        Action action = Action::Respond;
        QByteArray response;
        qint64 bytes = 0;
        int times = -1;  // how many requests it takes; -1: every one
    };
    void addRule(const Rule &rule);
    void clearRules();
    // Requests taken by a rule since the last clearRules().
    int ruleHits() const { return ruleHits_; }

    Mode mode() const { return mode_; }
    int connectionsAccepted() const { return accepted_; }
    int requestsAnswered() const { return answered_; }

private:
    friend class FaultProxyConnection;
    void onNewConnection();
    const Rule *match(const QByteArray &method, const QByteArray &target);

    QTcpServer server_;
    quint16 upstreamPort_;
    Mode mode_ = Mode::Pass;
    qint64 cutAfter_ = 0;
    int delayMs_ = 0;
    QByteArray response_;
    int generation_ = 0;  // bumped on every mode change
    int accepted_ = 0;
    int answered_ = 0;
    QList<Rule> rules_;
    int ruleHits_ = 0;
};
