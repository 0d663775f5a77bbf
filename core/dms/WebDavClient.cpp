#include "WebDavClient.h"

#include "DavPath.h"

#include <QNetworkAccessManager>

namespace workroom::dms {

namespace {

QByteArray ifHeader(const QByteArray &lockToken)
{
    return "(<" + lockToken + ">)";
}

}  // namespace

WebDavClient::WebDavClient(Options options, QObject *parent)
    : QObject(parent), options_(std::move(options)), manager_(new QNetworkAccessManager(this))
{
    options_.baseUrl = DavPath::normalizedBase(options_.baseUrl);
    // Credentials travel in the Authorization header only, never in URLs or logs.
    options_.baseUrl.setUserInfo(QString());
    tls_ = QSslConfiguration::defaultConfiguration();
    tls_.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options_.tls.extraCaCertificates.isEmpty()) {
        tls_.addCaCertificates(options_.tls.extraCaCertificates);
    }
    if (!options_.tls.clientCertificate.isNull()) {
        tls_.setLocalCertificate(options_.tls.clientCertificate);
        tls_.setPrivateKey(options_.tls.clientKey);
    }
    if (!options_.credentials.user.isEmpty()) {
        authorization_ =
            "Basic "
            + (options_.credentials.user + QLatin1Char(':') + options_.credentials.password)
                  .toUtf8()
                  .toBase64();
        if (options_.baseUrl.scheme() != QLatin1String("https")) {
            qCWarning(lcDms) << "Basic authentication over plain HTTP: the password travels "
                                "unencrypted";
        }
    }
    manager_->setAutoDeleteReplies(false);
}

WebDavClient::~WebDavClient() = default;

QUrl WebDavClient::urlOf(const QString &path) const
{
    return DavPath::resolve(options_.baseUrl, path);
}

DavRequestSpec WebDavClient::makeSpec(const QByteArray &method, const QString &path) const
{
    DavRequestSpec spec;
    spec.method = method;
    spec.url = urlOf(path);
    spec.what = path.isEmpty() ? DmsText::tr("the workroom collection") : path;
    spec.base = options_.baseUrl;
    spec.headers.emplaceBack("User-Agent", options_.userAgent);
    return spec;
}

std::unique_ptr<DavReply> WebDavClient::send(DavRequestSpec spec)
{
    std::unique_ptr<DavReply> reply(new DavReply(manager_, std::move(spec), tls_, authorization_,
                                                 options_.transferTimeoutMs,
                                                 options_.maxRedirects));
    reply->start();
    return reply;
}

std::unique_ptr<DavReply> WebDavClient::options(const QString &path)
{
    return send(makeSpec("OPTIONS", path));
}

std::unique_ptr<DavReply> WebDavClient::propfind(const QString &path, DavDepth depth)
{
    DavRequestSpec spec = makeSpec("PROPFIND", path);
    spec.headers.emplaceBack("Depth", depth == DavDepth::Zero  ? QByteArray("0")
                                      : depth == DavDepth::One ? QByteArray("1")
                                                               : QByteArray("infinity"));
    spec.headers.emplaceBack("Content-Type", "application/xml; charset=utf-8");
    // Only what sync needs: asking for allprop makes some servers compute expensive properties.
    spec.body = DavRequestSpec::Body::Bytes;
    spec.bodyBytes = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                     "<D:propfind xmlns:D=\"DAV:\"><D:prop>"
                     "<D:resourcetype/><D:getcontentlength/><D:getetag/>"
                     "<D:getlastmodified/><D:getcontenttype/>"
                     "</D:prop></D:propfind>";
    spec.answer = DavRequestSpec::Answer::Multistatus;
    spec.maxBufferedBytes = 256 * 1024 * 1024;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::get(const QString &path, const QString &localFile,
                                            const GetOptions &options)
{
    DavRequestSpec spec = makeSpec("GET", path);
    spec.answer = DavRequestSpec::Answer::File;
    spec.targetFile = localFile;
    spec.expectedSha256 = options.expectedSha256;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::getBytes(const QString &path, qint64 maxBytes)
{
    DavRequestSpec spec = makeSpec("GET", path);
    spec.answer = DavRequestSpec::Answer::Buffer;
    spec.maxBufferedBytes = maxBytes;
    return send(std::move(spec));
}

namespace {

void addPutHeaders(DavRequestSpec &spec, const PutOptions &options)
{
    spec.headers.emplaceBack("Content-Type", options.contentType);
    if (!options.ifMatch.isEmpty()) {
        spec.headers.emplaceBack("If-Match", options.ifMatch);
    }
    if (options.ifNoneMatch) {
        spec.headers.emplaceBack("If-None-Match", "*");
    }
    if (!options.lockToken.isEmpty()) {
        spec.headers.emplaceBack("If", ifHeader(options.lockToken));
    }
}

}  // namespace

std::unique_ptr<DavReply> WebDavClient::put(const QString &path, const QString &localFile,
                                            const PutOptions &options)
{
    DavRequestSpec spec = makeSpec("PUT", path);
    addPutHeaders(spec, options);
    spec.body = DavRequestSpec::Body::File;
    spec.bodyFile = localFile;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::putBytes(const QString &path, const QByteArray &data,
                                                 const PutOptions &options)
{
    DavRequestSpec spec = makeSpec("PUT", path);
    addPutHeaders(spec, options);
    spec.body = DavRequestSpec::Body::Bytes;
    spec.bodyBytes = data;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::mkcol(const QString &path)
{
    return send(makeSpec("MKCOL", path));
}

std::unique_ptr<DavReply> WebDavClient::move(const QString &from, const QString &to, bool overwrite,
                                             const QByteArray &lockToken)
{
    DavRequestSpec spec = makeSpec("MOVE", from);
    spec.headers.emplaceBack("Destination", urlOf(to).toEncoded());
    spec.headers.emplaceBack("Overwrite", overwrite ? "T" : "F");
    if (!lockToken.isEmpty()) {
        spec.headers.emplaceBack("If", ifHeader(lockToken));
    }
    spec.answer = DavRequestSpec::Answer::Buffer;
    spec.multistatusIsFailure = true;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::remove(const QString &path, const QByteArray &ifMatch,
                                               const QByteArray &lockToken)
{
    DavRequestSpec spec = makeSpec("DELETE", path);
    if (!ifMatch.isEmpty()) {
        spec.headers.emplaceBack("If-Match", ifMatch);
    }
    if (!lockToken.isEmpty()) {
        spec.headers.emplaceBack("If", ifHeader(lockToken));
    }
    spec.answer = DavRequestSpec::Answer::Buffer;
    spec.multistatusIsFailure = true;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::lock(const QString &path, int timeoutSeconds,
                                             const QString &owner)
{
    DavRequestSpec spec = makeSpec("LOCK", path);
    spec.headers.emplaceBack("Depth", "0");
    spec.headers.emplaceBack("Timeout", "Second-" + QByteArray::number(timeoutSeconds));
    spec.headers.emplaceBack("Content-Type", "application/xml; charset=utf-8");
    spec.body = DavRequestSpec::Body::Bytes;
    spec.bodyBytes = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                     "<D:lockinfo xmlns:D=\"DAV:\">"
                     "<D:lockscope><D:exclusive/></D:lockscope>"
                     "<D:locktype><D:write/></D:locktype><D:owner>"
                     + owner.toHtmlEscaped().toUtf8() + "</D:owner></D:lockinfo>";
    spec.answer = DavRequestSpec::Answer::Lock;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::refreshLock(const QString &path, const QByteArray &token,
                                                    int timeoutSeconds)
{
    // RFC 4918 9.10.2: a refresh is a LOCK without a body, naming the lock in the If header.
    DavRequestSpec spec = makeSpec("LOCK", path);
    spec.headers.emplaceBack("Timeout", "Second-" + QByteArray::number(timeoutSeconds));
    spec.headers.emplaceBack("If", ifHeader(token));
    spec.answer = DavRequestSpec::Answer::Lock;
    return send(std::move(spec));
}

std::unique_ptr<DavReply> WebDavClient::unlock(const QString &path, const QByteArray &token)
{
    DavRequestSpec spec = makeSpec("UNLOCK", path);
    spec.headers.emplaceBack("Lock-Token", "<" + token + ">");
    return send(std::move(spec));
}

}  // namespace workroom::dms
