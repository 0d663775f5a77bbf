#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

// One client connection and, unless answering canned responses, its connection upstream.
class FaultProxyConnection : public QObject {
public:
    FaultProxyConnection(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy), proxy_(proxy), client_(client), upstream_(new QTcpSocket(this))
    {
        client_->setParent(this);
        connect(client_, &QTcpSocket::readyRead, this, &FaultProxyConnection::fromClient);
        connect(client_, &QTcpSocket::disconnected, this, &FaultProxyConnection::close);
        connect(upstream_, &QTcpSocket::readyRead, this, &FaultProxyConnection::fromUpstream);
        connect(upstream_, &QTcpSocket::disconnected, this, &FaultProxyConnection::close);
        connect(upstream_, &QTcpSocket::connected, this, [this] {
            if (cutting_) {
                flushAndCut();
                return;
            }
            upstream_->write(pendingUpstream_);
            pendingUpstream_.clear();
        });
        generation_ = proxy_->generation_;
    }

private:
    void syncGeneration()
    {
        if (generation_ != proxy_->generation_) {
            generation_ = proxy_->generation_;
            forwarded_ = 0;
        }
    }

    void ensureUpstream()
    {
        if (upstream_->state() == QAbstractSocket::UnconnectedState) {
            upstream_->connectToHost(QHostAddress::LocalHost, proxy_->upstreamPort_);
        }
    }

    void fromClient()
    {
        syncGeneration();
        const QByteArray data = client_->readAll();
        if (proxy_->mode_ == FaultProxy::Mode::Respond) {
            request_ += data;
            answerCompleteRequests();
            return;
        }
        if (proxy_->mode_ == FaultProxy::Mode::CutRequestAfter) {
            const qint64 allowed = proxy_->cutAfter_ - forwarded_;
            if (allowed < data.size()) {
                // The part before the cut reaches the server, then both sides go down.
                ensureUpstream();
                pendingUpstream_ += data.left(qMax<qint64>(allowed, 0));
                forwarded_ = proxy_->cutAfter_;
                cutting_ = true;
                flushAndCut();
                return;
            }
            forwarded_ += data.size();
        }
        if (proxy_->mode_ == FaultProxy::Mode::Pass && !raw_) {
            feedRequests(data);
            return;
        }
        forward(data);
    }

    void forward(const QByteArray &data)
    {
        ensureUpstream();
        if (upstream_->state() == QAbstractSocket::ConnectedState) {
            upstream_->write(data);
        } else {
            pendingUpstream_ += data;
        }
    }

    // Pass-through with rules: the request stream is split into requests (head, then
    // Content-Length bytes of body, streamed) so that a rule can take single ones. QNAM sends
    // one request at a time per connection, so the next answer from upstream is this one's.
    void feedRequests(QByteArray data)
    {
        while (!data.isEmpty() && !cutting_) {
            if (bodyLeft_ > 0) {
                const QByteArray chunk = data.left(bodyLeft_);
                data.remove(0, chunk.size());
                bodyLeft_ -= chunk.size();
                if (!swallow_) {
                    forwardRequestPart(chunk);
                } else if (bodyLeft_ == 0) {
                    answerCanned();
                }
                continue;
            }
            head_ += data;
            data.clear();
            const qsizetype end = head_.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            data = head_.mid(end + 4);
            const QByteArray head = head_.left(end + 4);
            head_.clear();
            startRequest(head);
            if (raw_) {
                forward(head + data);
                return;
            }
            if (swallow_) {
                if (bodyLeft_ == 0) {
                    answerCanned();
                }
            } else {
                forwardRequestPart(head);
            }
        }
    }

    void startRequest(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        bodyLeft_ = 0;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:")) {
                bodyLeft_ = lower.mid(15).trimmed().toLongLong();
            } else if (lower.startsWith("transfer-encoding:")) {
                raw_ = true;  // not needed by the tests: passed on untouched from here
            }
        }
        swallow_ = false;
        requestSent_ = 0;
        requestCut_ = -1;
        responseRule_.reset();
        responseSeen_ = 0;
        responseHead_.clear();
        responseBodyLeft_ = -1;
        const FaultProxy::Rule *rule = proxy_->match(requestLine.value(0), requestLine.value(1));
        if (rule == nullptr) {
            return;
        }
        switch (rule->action) {
        case FaultProxy::Rule::Action::Respond:
            swallow_ = true;
            canned_ = rule->response;
            break;
        case FaultProxy::Rule::Action::CutRequestAfter:
            requestCut_ = rule->bytes;
            break;
        default:
            responseRule_ = *rule;
        }
    }

    void forwardRequestPart(const QByteArray &part)
    {
        if (requestCut_ >= 0 && requestSent_ + part.size() > requestCut_) {
            ensureUpstream();
            pendingUpstream_ += part.left(qMax<qint64>(requestCut_ - requestSent_, 0));
            cutting_ = true;
            flushAndCut();
            return;
        }
        requestSent_ += part.size();
        forward(part);
    }

    void answerCanned()
    {
        ++proxy_->answered_;
        client_->write(canned_);
        if (canned_.toLower().contains("connection: close")) {
            client_->disconnectFromHost();
        }
    }

    // An answer from upstream to a request a rule took: cut, or sent with a wrong length.
    bool faultResponse(const QByteArray &data)
    {
        if (!responseRule_) {
            return false;
        }
        if (responseRule_->action == FaultProxy::Rule::Action::CutResponseAfter) {
            const qint64 allowed = responseRule_->bytes - responseSeen_;
            if (allowed < data.size()) {
                client_->write(data.left(qMax<qint64>(allowed, 0)));
                client_->flush();
                responseRule_.reset();
                upstream_->abort();
                client_->disconnectFromHost();
                return true;
            }
            responseSeen_ += data.size();
            client_->write(data);
            return true;
        }
        QByteArray rest = data;
        if (responseBodyLeft_ < 0) {
            responseHead_ += rest;
            const qsizetype end = responseHead_.indexOf("\r\n\r\n");
            if (end < 0) {
                return true;
            }
            rest = responseHead_.mid(end + 4);
            QList<QByteArray> lines = responseHead_.left(end).split('\n');
            responseBodyLeft_ = 0;
            for (QByteArray &line : lines) {
                if (line.trimmed().toLower().startsWith("content-length:")) {
                    responseBodyLeft_ = line.trimmed().mid(15).trimmed().toLongLong();
                    line = "Content-Length: "
                           + QByteArray::number(responseBodyLeft_ + responseRule_->bytes) + '\r';
                }
            }
            client_->write(lines.join('\n') + "\r\n\r\n");
        }
        const QByteArray body = rest.left(responseBodyLeft_);
        responseBodyLeft_ -= body.size();
        client_->write(body);
        if (responseBodyLeft_ == 0) {
            // Whatever the client makes of the length, this connection is done.
            client_->flush();
            responseRule_.reset();
            upstream_->abort();
            client_->disconnectFromHost();
        }
        return true;
    }

    // A request is complete once its headers and Content-Length bytes of body have arrived;
    // answering earlier would close a socket with unread data, and the client could lose the
    // answer to a reset.
    void answerCompleteRequests()
    {
        for (;;) {
            const qsizetype headerEnd = request_.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            qint64 length = 0;
            for (const QByteArray &line : request_.left(headerEnd).split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (trimmed.toLower().startsWith("content-length:")) {
                    length = trimmed.mid(15).trimmed().toLongLong();
                }
            }
            if (request_.size() < headerEnd + 4 + length) {
                return;
            }
            request_.remove(0, headerEnd + 4 + length);
            ++proxy_->answered_;
            client_->write(proxy_->response_);
            if (proxy_->response_.toLower().contains("connection: close")) {
                client_->disconnectFromHost();
                return;
            }
        }
    }

    void flushAndCut()
    {
        if (upstream_->state() != QAbstractSocket::ConnectedState) {
            return;  // the connected handler writes and comes back here
        }
        upstream_->write(pendingUpstream_);
        pendingUpstream_.clear();
        upstream_->flush();
        upstream_->abort();
        client_->abort();
    }

    void fromUpstream()
    {
        syncGeneration();
        QByteArray data = upstream_->readAll();
        switch (proxy_->mode_) {
        case FaultProxy::Mode::CutAfter: {
            const qint64 allowed = proxy_->cutAfter_ - forwarded_;
            if (allowed < data.size()) {
                client_->write(data.left(qMax<qint64>(allowed, 0)));
                client_->flush();
                forwarded_ = proxy_->cutAfter_;
                upstream_->abort();
                client_->disconnectFromHost();
                return;
            }
            forwarded_ += data.size();
            client_->write(data);
            return;
        }
        case FaultProxy::Mode::Delay: {
            QPointer<QTcpSocket> client = client_;
            QTimer::singleShot(proxy_->delayMs_, this, [client, data] {
                if (client) {
                    client->write(data);
                }
            });
            return;
        }
        default:
            if (!faultResponse(data)) {
                client_->write(data);
            }
        }
    }

    void close()
    {
        if (closing_) {
            return;
        }
        closing_ = true;
        upstream_->disconnectFromHost();
        client_->disconnectFromHost();
        deleteLater();
    }

    FaultProxy *proxy_;
    QTcpSocket *client_;
    QTcpSocket *upstream_;
    QByteArray pendingUpstream_;
    QByteArray request_;
    qint64 forwarded_ = 0;
    int generation_ = 0;
    bool closing_ = false;
    bool cutting_ = false;
    // Pass-through with rules (feedRequests):
    bool raw_ = false;
    QByteArray head_;
    qint64 bodyLeft_ = 0;
    bool swallow_ = false;
    QByteArray canned_;
    qint64 requestSent_ = 0;
    qint64 requestCut_ = -1;
    std::optional<FaultProxy::Rule> responseRule_;
    qint64 responseSeen_ = 0;
    QByteArray responseHead_;
    qint64 responseBodyLeft_ = -1;
};

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent), upstreamPort_(upstreamPort)
{
    connect(&server_, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return server_.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url(const QString &encodedPath) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/%2").arg(port()).arg(encodedPath),
                QUrl::StrictMode);
}

void FaultProxy::passThrough()
{
    mode_ = Mode::Pass;
    ++generation_;
}

void FaultProxy::cutAfter(qint64 bytes)
{
    mode_ = Mode::CutAfter;
    cutAfter_ = bytes;
    ++generation_;
}

void FaultProxy::cutRequestAfter(qint64 bytes)
{
    mode_ = Mode::CutRequestAfter;
    cutAfter_ = bytes;
    ++generation_;
}

void FaultProxy::delay(int milliseconds)
{
    mode_ = Mode::Delay;
    delayMs_ = milliseconds;
    ++generation_;
}

void FaultProxy::respond(const QByteArray &rawResponse)
{
    mode_ = Mode::Respond;
    response_ = rawResponse;
    ++generation_;
}

void FaultProxy::respondStatus(int status, const QByteArray &reason)
{
    respond(statusResponse(status, reason));
}

QByteArray FaultProxy::statusResponse(int status, const QByteArray &reason)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

void FaultProxy::addRule(const Rule &rule)
{
    rules_.append(rule);
}

void FaultProxy::clearRules()
{
    rules_.clear();
    ruleHits_ = 0;
}

const FaultProxy::Rule *FaultProxy::match(const QByteArray &method, const QByteArray &target)
{
    for (Rule &rule : rules_) {
        if (rule.times == 0 || (!rule.method.isEmpty() && rule.method != method)
            || (!rule.pathContains.isEmpty() && !target.contains(rule.pathContains))
            || (!rule.pathEndsWith.isEmpty() && !target.endsWith(rule.pathEndsWith))) {
            continue;
        }
        if (rule.times > 0) {
            --rule.times;
        }
        ++ruleHits_;
        return &rule;
    }
    return nullptr;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = server_.nextPendingConnection()) {
        ++accepted_;
        new FaultProxyConnection(this, client);
    }
}
