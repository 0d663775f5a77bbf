#pragma once

#include "DavReply.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace workroom::dms {

struct DavCredentials {
    QString user;
    QString password;  // handed in by the caller (from the keychain or a prompt); never stored
};

struct DavTlsOptions {
    // Trusted in addition to the system's authorities (for an association's own CA). Server
    // certificates are always verified; there is no switch to ignore errors.
    QList<QSslCertificate> extraCaCertificates;
    QSslCertificate clientCertificate;  // optional TLS client authentication
    QSslKey clientKey;
};

enum class DavDepth { Zero, One, Infinity };

struct PutOptions {
    QByteArray ifMatch;        // only overwrite this version (an ETag as the server sent it)
    bool ifNoneMatch = false;  // only create: refuse if anything exists under the name
    QByteArray lockToken;      // the lock held on the resource, if any
    QByteArray contentType = "application/octet-stream";
};

struct GetOptions {
    QByteArray expectedSha256;  // hex; a download with other content is discarded
};

// A WebDAV (RFC 4918) client for one base collection on one server, on QNetworkAccessManager:
// connections are kept alive and up to six requests run side by side. Every operation returns
// a DavReply at once; its finished() signal (or waitForFinished()) gives the outcome. Paths are
// relative to the base and decoded (see DavPath). Lives in one thread.
class WebDavClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl baseUrl;
        DavCredentials credentials;
        DavTlsOptions tls;
        int transferTimeoutMs = 60'000;  // without any progress for this long, a request fails
        int maxRedirects = 5;
        QByteArray userAgent = "Workroom-DMS/1";
    };

    explicit WebDavClient(Options options, QObject *parent = nullptr);
    ~WebDavClient() override;

    QUrl baseUrl() const { return options_.baseUrl; }
    QUrl urlOf(const QString &path) const;

    std::unique_ptr<DavReply> options(const QString &path);
    // Lists the resource and, for Depth One or Infinity, its members: type, size, ETag,
    // modification time.
    std::unique_ptr<DavReply> propfind(const QString &path, DavDepth depth);
    // Streams the content into `localFile` through a temporary file that is renamed only when
    // complete (and, if asked, of the expected SHA-256); never leaves a partial file.
    std::unique_ptr<DavReply> get(const QString &path, const QString &localFile,
                                  const GetOptions &options = {});
    // Small files (metadata) into memory, at most `maxBytes`.
    std::unique_ptr<DavReply> getBytes(const QString &path, qint64 maxBytes = 16 * 1024 * 1024);
    // Streams `localFile` up without reading it into memory.
    std::unique_ptr<DavReply> put(const QString &path, const QString &localFile,
                                  const PutOptions &options = {});
    std::unique_ptr<DavReply> putBytes(const QString &path, const QByteArray &data,
                                       const PutOptions &options = {});
    std::unique_ptr<DavReply> mkcol(const QString &path);
    std::unique_ptr<DavReply> move(const QString &from, const QString &to, bool overwrite = false,
                                   const QByteArray &lockToken = {});
    std::unique_ptr<DavReply> remove(const QString &path, const QByteArray &ifMatch = {},
                                     const QByteArray &lockToken = {});
    // An exclusive write lock on `path` (Depth 0) for `timeoutSeconds`; `owner` identifies this
    // client to others who find the resource locked.
    std::unique_ptr<DavReply> lock(const QString &path, int timeoutSeconds, const QString &owner);
    std::unique_ptr<DavReply> refreshLock(const QString &path, const QByteArray &token,
                                          int timeoutSeconds);
    std::unique_ptr<DavReply> unlock(const QString &path, const QByteArray &token);

private:
    std::unique_ptr<DavReply> send(DavRequestSpec spec);
    DavRequestSpec makeSpec(const QByteArray &method, const QString &path) const;

    Options options_;
    QNetworkAccessManager *manager_;
    QSslConfiguration tls_;
    QByteArray authorization_;
};

}  // namespace workroom::dms
