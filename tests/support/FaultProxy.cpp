#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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
        ensureUpstream();
        if (upstream_->state() == QAbstractSocket::ConnectedState) {
            upstream_->write(data);
        } else {
            pendingUpstream_ += data;
        }
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
            client_->write(data);
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
    respond("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = server_.nextPendingConnection()) {
        ++accepted_;
        new FaultProxyConnection(this, client);
    }
}
