#pragma once

#include "ApacheDavServer.h"
#include "SyncJournal.h"
#include "WebDavClient.h"
#include "WorkroomSync.h"
#include "Workspace.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

namespace dmsguitest {

// A TCP relay on a fixed local port in front of Apache, so that "the server goes away" and
// "comes back" keep the same address (restarting Apache itself would bring new ports and an
// empty DAV root). Down: the port is closed and open connections are cut, as when the server
// stops. Slow: the client's bytes are passed on in small portions, so that an upload lasts.
class Relay : public QObject {
public:
    explicit Relay(quint16 upstream) : upstream_(upstream)
    {
        connect(&server_, &QTcpServer::newConnection, this, &Relay::accept);
        pump_.setInterval(20);
        connect(&pump_, &QTimer::timeout, this, &Relay::pumpSlow);
    }

    bool up()
    {
        return server_.listen(QHostAddress::LocalHost, port_) && (port_ = server_.serverPort());
    }

    void down()
    {
        server_.close();
        for (const auto &pair : std::as_const(pairs_)) {
            if (pair.first) {
                pair.first->abort();
            }
            if (pair.second) {
                pair.second->abort();
            }
        }
        pairs_.clear();
    }

    void setSlow(bool slow)
    {
        slow_ = slow;
        slow ? pump_.start() : pump_.stop();
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/%2").arg(port_).arg(path));
    }

private:
    void accept()
    {
        while (QTcpSocket *client = server_.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            client->setReadBufferSize(slow_ ? 64 * 1024 : 0);
            pairs_.append({QPointer(client), QPointer(upstream)});
            connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
                if (!slow_ && upstream->state() == QAbstractSocket::ConnectedState) {
                    upstream->write(client->readAll());
                }
            });
            connect(upstream, &QTcpSocket::connected, this, [this, client, upstream] {
                if (!slow_) {
                    upstream->write(client->readAll());
                }
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, [client] {
                client->disconnectFromHost();
                client->deleteLater();
            });
            connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
            upstream->connectToHost(QHostAddress::LocalHost, upstream_);
        }
    }

    void pumpSlow()
    {
        for (const auto &pair : std::as_const(pairs_)) {
            if (pair.first && pair.second
                && pair.second->state() == QAbstractSocket::ConnectedState) {
                pair.second->write(pair.first->read(16 * 1024));
            }
        }
    }

    quint16 upstream_;
    quint16 port_ = 0;
    bool slow_ = false;
    QTcpServer server_;
    QTimer pump_;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> pairs_;
};

inline const QString kPattern = QStringLiteral("{plan}-{seq:4}/{year}");

// A profile as the desktop app has it: the GUI thread's workspace and one workroom; the link's
// capabilities probed and kept in the journal as "Link to DMS…" does.
struct Profile {
    QString dir;
    std::unique_ptr<workroom::casework::Workspace> workspace;
    qint64 roomId = 0;

    bool open(const QString &path, const QString &user)
    {
        dir = path;
        auto ws = workroom::casework::Workspace::open(dir, user);
        if (!ws) {
            return false;
        }
        workspace = std::move(*ws);
        auto room =
            workspace->cases().createWorkroom(QStringLiteral("Bürgeramt"), kPattern, false, user);
        if (!room) {
            return false;
        }
        roomId = room->id;
        return true;
    }

    bool link(const QUrl &base, const QString &user, const QString &password)
    {
        workroom::dms::WebDavClient::Options options;
        options.baseUrl = base;
        options.credentials = {user, password};
        workroom::dms::WebDavClient client(options);
        auto caps = workroom::dms::DavCapabilities::probe(client);
        auto journal =
            workroom::dms::SyncJournal::open(dir + QStringLiteral("/dms-journal.sqlite"));
        return caps && journal
               && workroom::dms::WorkroomSync::storeCapabilities(**journal, *caps).has_value();
    }

    workroom::domain::CaseRecord createCase(const QString &subject)
    {
        workroom::domain::CaseRecord draft;
        draft.workroomId = roomId;
        draft.filePlanCode = QStringLiteral("32.10");
        draft.year = 2026;
        draft.subject = subject;
        auto created = workspace->cases().createCase(draft, {}, workspace->actor());
        return created ? *created : workroom::domain::CaseRecord{};
    }
};

// A workroom's collection on the server ("room/"), made as IT would before linking.
inline bool makeRoom(const ApacheDavServer &server, const QString &name = QStringLiteral("room/"))
{
    workroom::dms::WebDavClient::Options setup;
    setup.baseUrl = server.httpUrl();
    setup.credentials = {QStringLiteral("alice"), server.password(QStringLiteral("alice"))};
    workroom::dms::WebDavClient root(setup);
    auto made = root.mkcol(name);
    made->waitForFinished();
    return made->ok();
}

// Widget grabs for a look at the GUI, when WORKROOM_SHOT_DIR names a folder.
inline void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WORKROOM_SHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name, "PNG");
    }
}

}  // namespace dmsguitest
