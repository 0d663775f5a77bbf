#pragma once

#include "DavResource.h"
#include "DmsError.h"
#include "Sha256.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace workroom::dms {

// What a DavReply sends and how it treats the answer; built by WebDavClient.
struct DavRequestSpec {
    enum class Body { None, Bytes, File };
    enum class Answer { Discard, Buffer, File, Multistatus, Lock };

    QByteArray method;
    QUrl url;
    QString what;  // the item for messages: the decoded path relative to the base
    QList<std::pair<QByteArray, QByteArray>> headers;
    Body body = Body::None;
    QByteArray bodyBytes;
    QString bodyFile;
    Answer answer = Answer::Discard;
    qint64 maxBufferedBytes = 16 * 1024 * 1024;
    QString targetFile;         // Answer::File: written through a temporary file, then renamed
    QByteArray expectedSha256;  // Answer::File: hex; empty = do not check
    QUrl base;                  // Answer::Multistatus: hrefs are made relative to this
    bool multistatusIsFailure = false;  // DELETE and MOVE: a 207 lists members that failed
};

// One WebDAV request in flight and, once finished(), its outcome. Redirects within the same
// server (scheme, host and port) are followed by sending the same request again; a redirect
// anywhere else is refused. A reply belongs to the thread of its WebDavClient.
class DavReply : public QObject {
    Q_OBJECT
public:
    ~DavReply() override;

    bool isFinished() const { return finished_; }
    // Runs a local event loop until the reply finishes; for worker threads and tests.
    void waitForFinished();
    // Aborts the request; finished() follows with DmsErrorCode::Cancelled.
    void cancel();

    bool ok() const { return finished_ && !error_; }
    const std::optional<DmsError> &error() const { return error_; }
    Result<void> result() const;

    int httpStatus() const { return httpStatus_; }
    QByteArray etag() const { return etag_; }  // the ETag response header, if any
    QByteArray rawHeader(const QByteArray &name) const;
    const QList<DavResource> &resources() const { return resources_; }  // PROPFIND
    const DavLock &lock() const { return lock_; }                       // LOCK
    const QByteArray &body() const { return buffer_; }                  // getBytes
    QByteArray sha256Hex() const { return sha256Hex_; }                 // get to a file
    qint64 bytesReceived() const { return bytesReceived_; }
    const QUrl &finalUrl() const { return spec_.url; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    friend class WebDavClient;
    DavReply(QNetworkAccessManager *manager, DavRequestSpec spec, QSslConfiguration tls,
             QByteArray authorization, int transferTimeoutMs, int maxRedirects);
    void start();
    void onReadyRead();
    void onFinished();
    bool followRedirect(const QUrl &location);
    void finish(std::optional<DmsError> error);
    DmsError networkError(int code, const QString &detail) const;

    QNetworkAccessManager *manager_;
    DavRequestSpec spec_;
    QSslConfiguration tls_;
    QByteArray authorization_;
    int transferTimeoutMs_;
    int redirectsLeft_;

    QPointer<QNetworkReply> reply_;
    std::unique_ptr<QSaveFile> saveFile_;
    storage::Sha256 hash_;
    QString sslProblem_;
    bool cancelled_ = false;
    bool bodyAccepted_ = false;
    bool statusChecked_ = false;

    bool finished_ = false;
    std::optional<DmsError> error_;
    int httpStatus_ = 0;
    QByteArray etag_;
    QList<std::pair<QByteArray, QByteArray>> responseHeaders_;
    QList<DavResource> resources_;
    DavLock lock_;
    QByteArray buffer_;
    QByteArray sha256Hex_;
    qint64 bytesReceived_ = 0;
};

}  // namespace workroom::dms
