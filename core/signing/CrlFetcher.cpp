#include "CrlFetcher.h"

#include "SigningError.h"
#include "backend/OpenSsl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

#include <openssl/pem.h>

namespace workroom::signing {

namespace {

// Large CAs publish lists of a few megabytes; anything far beyond is no CRL.
constexpr qint64 maxCrlSize = 64 << 20;

// The next update of the first list in `bytes`, or nothing when `bytes` hold no CRL at all.
// Several PEM lists in one file are allowed; the earliest next update counts.
std::optional<std::optional<QDateTime>> parseCrl(const QByteArray &bytes)
{
    ossl::BioPtr bio = ossl::memoryBio(bytes);
    std::vector<ossl::CrlPtr> crls;
    if (bytes.contains("-----BEGIN X509 CRL-----")) {
        while (X509_CRL *crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr)) {
            crls.emplace_back(crl);
        }
    } else if (X509_CRL *crl = d2i_X509_CRL_bio(bio.get(), nullptr)) {
        crls.emplace_back(crl);
    }
    ossl::clearErrors();
    if (crls.empty()) {
        return std::nullopt;
    }
    std::optional<QDateTime> next;
    for (const ossl::CrlPtr &crl : crls) {
        if (const ASN1_TIME *time = X509_CRL_get0_nextUpdate(crl.get())) {
            const QDateTime at = ossl::toDateTime(time);
            if (at.isValid() && (!next || at < *next)) {
                next = at;
            }
        }
    }
    return next;
}

struct Download {
    QByteArray bytes;
    QString problem;
};

Download download(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, &tooLarge](qint64 received, qint64) {
                         if (received > maxCrlSize) {
                             tooLarge = true;
                             reply->abort();
                         }
                     });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // transferTimeout covers a stalled transfer; this also ends one that trickles forever.
    QTimer::singleShot(timeoutMs * 3, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished()) {
        loop.exec();
    }
    Download result;
    if (tooLarge) {
        result.problem = SigningText::tr("The download is far too large to be a revocation list.");
    } else if (reply->error() != QNetworkReply::NoError) {
        result.problem = reply->errorString();
    } else {
        result.bytes = reply->readAll();
    }
    delete reply;
    return result;
}

}  // namespace

CrlFetcher::CrlFetcher(QString cacheDirectory, int timeoutMs)
    : cacheDirectory_(std::move(cacheDirectory)), timeoutMs_(timeoutMs)
{
}

QString CrlFetcher::cachePath(const QString &url, const char *suffix) const
{
    const QByteArray key = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256);
    return QDir(cacheDirectory_).filePath(QString::fromLatin1(key.toHex() + suffix));
}

FetchedCrl CrlFetcher::cached(const QString &url) const
{
    FetchedCrl result;
    result.url = url;
    QFile meta(cachePath(url, ".json"));
    const QString file = cachePath(url, ".crl");
    if (!meta.open(QIODevice::ReadOnly) || !QFile::exists(file)) {
        return result;
    }
    const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
    // Two URLs never share a file name, but the check costs nothing.
    if (object.value(QStringLiteral("url")).toString() != url) {
        return result;
    }
    result.file = file;
    result.fetchedAt =
        QDateTime::fromString(object.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
    const QDateTime next =
        QDateTime::fromString(object.value(QStringLiteral("nextUpdate")).toString(), Qt::ISODate);
    if (next.isValid()) {
        result.nextUpdate = next;
    }
    return result;
}

FetchedCrl CrlFetcher::fetch(const QString &url, qint64 reuseSeconds) const
{
    if (reuseSeconds > 0) {
        FetchedCrl recent = cached(url);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (recent.usable() && recent.fetchedAt.isValid() && !recent.isStale(now)
            && recent.fetchedAt.secsTo(now) < reuseSeconds) {
            return recent;
        }
    }
    const QUrl parsed(url);
    Download downloaded;
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid()
        || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")
            && scheme != QLatin1StringView("file"))) {
        downloaded.problem = SigningText::tr("Only http, https and file addresses are supported.");
    } else {
        downloaded = download(parsed, timeoutMs_);
    }
    std::optional<std::optional<QDateTime>> next;
    if (downloaded.problem.isEmpty()) {
        next = parseCrl(downloaded.bytes);
        if (!next) {
            downloaded.problem = SigningText::tr("What was downloaded is not a revocation list.");
        }
    }
    if (next) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonObject meta{{QStringLiteral("url"), url},
                         {QStringLiteral("fetchedAt"), now.toString(Qt::ISODate)}};
        if (*next) {
            meta.insert(QStringLiteral("nextUpdate"), (*next)->toUTC().toString(Qt::ISODate));
        }
        QSaveFile crl(cachePath(url, ".crl"));
        QSaveFile info(cachePath(url, ".json"));
        const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        if (QDir().mkpath(cacheDirectory_) && crl.open(QIODevice::WriteOnly)
            && crl.write(downloaded.bytes) == downloaded.bytes.size() && crl.commit()
            && info.open(QIODevice::WriteOnly) && info.write(json) == json.size()
            && info.commit()) {
            qCInfo(lcSigning) << "revocation list downloaded from" << url;
            return cached(url);
        }
        downloaded.problem =
            SigningText::tr("The revocation list could not be saved in %1.").arg(cacheDirectory_);
    }
    FetchedCrl result = cached(url);
    result.fromCache = result.usable();
    result.problem = downloaded.problem;
    if (result.usable()) {
        qCWarning(lcSigning) << "revocation list" << url << "could not be downloaded ("
                             << downloaded.problem << "); using the copy fetched at"
                             << result.fetchedAt;
    } else {
        qCWarning(lcSigning) << "revocation list" << url << "could not be downloaded ("
                             << downloaded.problem << ") and none is cached";
    }
    return result;
}

QList<FetchedCrl> CrlFetcher::fetch(const QStringList &urls, qint64 reuseSeconds) const
{
    QList<FetchedCrl> results;
    for (const QString &url : urls) {
        results.append(fetch(url, reuseSeconds));
    }
    return results;
}

}  // namespace workroom::signing
