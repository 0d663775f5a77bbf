#include "DavReply.h"

#include "MultistatusParser.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace workroom::dms {

namespace {

// Qt's own read buffer is capped so that a download never sits in memory as a whole, however
// slowly the disk takes it.
constexpr qint64 readBufferBytes = 1024 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
}

}  // namespace

DavReply::DavReply(QNetworkAccessManager *manager, DavRequestSpec spec, QSslConfiguration tls,
                   QByteArray authorization, int transferTimeoutMs, int maxRedirects)
    : manager_(manager), spec_(std::move(spec)), tls_(std::move(tls)),
      authorization_(std::move(authorization)), transferTimeoutMs_(transferTimeoutMs),
      redirectsLeft_(maxRedirects)
{
}

DavReply::~DavReply()
{
    if (reply_) {
        reply_->disconnect(this);
        reply_->abort();
        reply_->deleteLater();
    }
    if (saveFile_) {
        saveFile_->cancelWriting();
    }
}

void DavReply::start()
{
    QNetworkRequest request(spec_.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(transferTimeoutMs_);
    if (spec_.url.scheme() == QLatin1String("https")) {
        request.setSslConfiguration(tls_);
    }
    if (!authorization_.isEmpty()) {
        // Sent up front: a 401 challenge would cost a round trip per request and make a
        // streamed upload start over.
        request.setRawHeader("Authorization", authorization_);
    }
    // Content-Length must count the bytes as stored, so no transfer compression.
    request.setRawHeader("Accept-Encoding", "identity");
    for (const auto &[name, value] : std::as_const(spec_.headers)) {
        request.setRawHeader(name, value);
    }

    // The body belongs to the QNetworkReply that reads it: Qt's upload machinery may still hold
    // queued reads after an abort, so the device must live exactly as long as that reply.
    std::unique_ptr<QIODevice> uploadDevice;
    if (spec_.body == DavRequestSpec::Body::File) {
        auto file = std::make_unique<QFile>(spec_.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            finish(DmsError{DmsErrorCode::LocalIo,
                            DmsText::tr("%1 cannot be read for upload: %2")
                                .arg(spec_.bodyFile, file->errorString()),
                            0});
            return;
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
        uploadDevice = std::move(file);
    } else if (spec_.body == DavRequestSpec::Body::Bytes) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(spec_.bodyBytes);
        buffer->open(QIODevice::ReadOnly);
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec_.bodyBytes.size());
        uploadDevice = std::move(buffer);
    }

    if (spec_.answer == DavRequestSpec::Answer::File) {
        saveFile_ = std::make_unique<QSaveFile>(spec_.targetFile);
        if (!saveFile_->open(QIODevice::WriteOnly)) {
            const QString problem = saveFile_->errorString();
            saveFile_.reset();
            finish(DmsError{DmsErrorCode::LocalIo,
                            DmsText::tr("%1 cannot be written: %2").arg(spec_.targetFile, problem),
                            0});
            return;
        }
        hash_.reset();
    }
    buffer_.clear();
    bytesReceived_ = 0;
    bodyAccepted_ = false;
    statusChecked_ = false;

    reply_ = manager_->sendCustomRequest(request, spec_.method, uploadDevice.get());
    if (uploadDevice) {
        uploadDevice.release()->setParent(reply_);
    }
    reply_->setReadBufferSize(readBufferBytes);
    connect(reply_, &QNetworkReply::readyRead, this, &DavReply::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &DavReply::onFinished);
    connect(reply_, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError; keep the reason.
        if (!errors.isEmpty() && sslProblem_.isEmpty()) {
            sslProblem_ = errors.first().errorString();
        }
    });
    connect(reply_, &QNetworkReply::uploadProgress, this, &DavReply::progress);
    connect(reply_, &QNetworkReply::downloadProgress, this, &DavReply::progress);
}

void DavReply::onReadyRead()
{
    if (!statusChecked_) {
        statusChecked_ = true;
        const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Only a successful answer's body is the content; error pages and redirects are not.
        bodyAccepted_ = status >= 200 && status < 300;
    }
    if (!bodyAccepted_) {
        reply_->skip(reply_->bytesAvailable());
        return;
    }
    while (reply_->bytesAvailable() > 0) {
        const QByteArray chunk = reply_->read(readBufferBytes);
        if (chunk.isEmpty()) {
            break;
        }
        bytesReceived_ += chunk.size();
        if (spec_.answer == DavRequestSpec::Answer::File) {
            hash_.addData(chunk);
            if (saveFile_->write(chunk) != chunk.size()) {
                const QString problem = saveFile_->errorString();
                finish(DmsError{
                    DmsErrorCode::LocalIo,
                    DmsText::tr("%1 cannot be written: %2").arg(spec_.targetFile, problem), 0});
                return;
            }
        } else if (spec_.answer != DavRequestSpec::Answer::Discard) {
            if (buffer_.size() + chunk.size() > spec_.maxBufferedBytes) {
                finish(DmsError{
                    DmsErrorCode::MalformedResponse,
                    DmsText::tr("The DMS sent more data for %1 than expected.").arg(spec_.what),
                    0});
                return;
            }
            buffer_ += chunk;
        }
    }
}

bool DavReply::followRedirect(const QUrl &location)
{
    const QUrl target = spec_.url.resolved(location);
    if (!sameServer(spec_.url, target)) {
        finish(DmsError{
            DmsErrorCode::RedirectRefused,
            DmsText::tr("The DMS redirected the request for %1 to another server "
                        "(%2); Workroom only follows redirects within the same "
                        "server.")
                .arg(spec_.what,
                     target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                         .toDisplayString()),
            0});
        return false;
    }
    if (redirectsLeft_-- <= 0) {
        finish(DmsError{
            DmsErrorCode::RedirectRefused,
            DmsText::tr("The DMS redirected the request for %1 too many times.").arg(spec_.what),
            0});
        return false;
    }
    if (spec_.answer == DavRequestSpec::Answer::Multistatus) {
        // Listed hrefs name the redirected location: move the base along with the request.
        const QByteArray from = spec_.url.toEncoded();
        const QByteArray base = spec_.base.toEncoded();
        const QByteArray to = target.toEncoded();
        if (from.startsWith(base) && to.endsWith(from.mid(base.size()))) {
            spec_.base = QUrl::fromEncoded(to.left(to.size() - (from.size() - base.size())));
        }
    }
    spec_.url = target;
    if (saveFile_) {
        saveFile_->cancelWriting();
        saveFile_.reset();
    }
    start();
    return true;
}

void DavReply::onFinished()
{
    QNetworkReply *reply = reply_;
    if (!reply || finished_) {
        return;
    }
    reply->deleteLater();
    reply_ = nullptr;
    if (reply->bytesAvailable() > 0) {
        // Data left after the last readyRead (possible when finished arrives first).
        reply_ = reply;
        onReadyRead();
        reply_ = nullptr;
        if (finished_) {
            return;
        }
    }

    httpStatus_ = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    responseHeaders_ = reply->rawHeaderPairs();
    etag_ = reply->rawHeader("ETag");

    if (cancelled_) {
        finish(DmsError{DmsErrorCode::Cancelled,
                        DmsText::tr("The transfer of %1 was cancelled.").arg(spec_.what), 0});
        return;
    }
    if (isRedirect(httpStatus_)) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isValid() && !location.isEmpty()) {
            followRedirect(location);
            return;
        }
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (httpStatus_ == 0
        || (httpStatus_ >= 200 && httpStatus_ < 300 && netError != QNetworkReply::NoError)) {
        finish(networkError(netError, reply->errorString()));
        return;
    }
    if (httpStatus_ >= 300 && !(httpStatus_ == 207 && !spec_.multistatusIsFailure)) {
        if (httpStatus_ == 207) {
            // A partial failure: name the first member that failed.
            auto members = MultistatusParser::parse(buffer_, spec_.base, spec_.what);
            if (members) {
                for (const DavResource &member : std::as_const(*members)) {
                    if (member.status >= 400) {
                        finish(errorForStatus(member.status, member.path));
                        return;
                    }
                }
            }
            finish(errorForStatus(httpStatus_, spec_.what));
            return;
        }
        finish(errorForStatus(httpStatus_, spec_.what));
        return;
    }

    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (spec_.answer != DavRequestSpec::Answer::Discard && declared.isValid()
        && declared.toLongLong() != bytesReceived_) {
        finish(DmsError{DmsErrorCode::MalformedResponse,
                        DmsText::tr("The DMS announced %1 bytes for %2 but sent %3; the "
                                    "transfer was discarded.")
                            .arg(declared.toLongLong())
                            .arg(spec_.what)
                            .arg(bytesReceived_),
                        httpStatus_});
        return;
    }

    switch (spec_.answer) {
    case DavRequestSpec::Answer::File: {
        sha256Hex_ = hash_.hexResult();
        if (!spec_.expectedSha256.isEmpty() && sha256Hex_ != spec_.expectedSha256.toLower()) {
            finish(DmsError{DmsErrorCode::IntegrityMismatch,
                            DmsText::tr("%1 on the DMS does not have the expected content "
                                        "(SHA-256 differs); it was not kept.")
                                .arg(spec_.what),
                            httpStatus_});
            return;
        }
        if (!saveFile_->commit()) {
            const QString problem = saveFile_->errorString();
            saveFile_.reset();
            finish(DmsError{DmsErrorCode::LocalIo,
                            DmsText::tr("%1 cannot be written: %2").arg(spec_.targetFile, problem),
                            httpStatus_});
            return;
        }
        saveFile_.reset();
        break;
    }
    case DavRequestSpec::Answer::Multistatus: {
        if (httpStatus_ != 207) {
            finish(DmsError{DmsErrorCode::MalformedResponse,
                            DmsText::tr("The DMS answered the listing of %1 with HTTP status %2 "
                                        "instead of a multistatus.")
                                .arg(spec_.what)
                                .arg(httpStatus_),
                            httpStatus_});
            return;
        }
        auto parsed = MultistatusParser::parse(buffer_, spec_.base, spec_.what);
        if (!parsed) {
            finish(parsed.error());
            return;
        }
        resources_ = std::move(*parsed);
        break;
    }
    case DavRequestSpec::Answer::Lock: {
        auto parsed =
            MultistatusParser::parseLock(buffer_, reply->rawHeader("Lock-Token"), spec_.what);
        if (!parsed) {
            finish(parsed.error());
            return;
        }
        lock_ = *parsed;
        break;
    }
    case DavRequestSpec::Answer::Buffer:
    case DavRequestSpec::Answer::Discard:
        break;
    }
    finish(std::nullopt);
}

DmsError DavReply::networkError(int code, const QString &detail) const
{
    switch (static_cast<QNetworkReply::NetworkError>(code)) {
    case QNetworkReply::SslHandshakeFailedError:
        return {DmsErrorCode::Tls,
                DmsText::tr("The secure connection to the DMS failed: %1")
                    .arg(sslProblem_.isEmpty() ? detail : sslProblem_),
                0};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Qt reports its transfer timeout as a cancellation.
        return {DmsErrorCode::Timeout,
                DmsText::tr("The DMS did not answer in time for %1.").arg(spec_.what), 0};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return {DmsErrorCode::Network, DmsText::tr("The DMS cannot be reached: %1").arg(detail), 0};
    default:
        if (!sslProblem_.isEmpty()) {
            return {DmsErrorCode::Tls,
                    DmsText::tr("The secure connection to the DMS failed: %1").arg(sslProblem_), 0};
        }
        return {
            DmsErrorCode::Network,
            DmsText::tr("The connection to the DMS broke during %1: %2").arg(spec_.what, detail),
            httpStatus_};
    }
}

void DavReply::finish(std::optional<DmsError> error)
{
    if (finished_) {
        return;
    }
    if (reply_) {
        QNetworkReply *reply = reply_;
        reply_ = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (saveFile_) {
        // Nothing partial ever appears under the final name.
        saveFile_->cancelWriting();
        saveFile_.reset();
    }
    finished_ = true;
    error_ = std::move(error);
    if (error_) {
        qCInfo(lcDms).noquote() << spec_.method << "failed:" << int(error_->code) << "status"
                                << error_->httpStatus;
    }
    Q_EMIT finished();
}

void DavReply::waitForFinished()
{
    if (finished_) {
        return;
    }
    QEventLoop loop;
    connect(this, &DavReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void DavReply::cancel()
{
    if (finished_) {
        return;
    }
    cancelled_ = true;
    if (reply_) {
        reply_->abort();
    } else {
        finish(DmsError{DmsErrorCode::Cancelled,
                        DmsText::tr("The transfer of %1 was cancelled.").arg(spec_.what), 0});
    }
}

Result<void> DavReply::result() const
{
    if (!finished_) {
        return std::unexpected(
            DmsError{DmsErrorCode::Cancelled, DmsText::tr("The request has not finished."), 0});
    }
    if (error_) {
        return std::unexpected(*error_);
    }
    return {};
}

QByteArray DavReply::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : responseHeaders_) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

}  // namespace workroom::dms
