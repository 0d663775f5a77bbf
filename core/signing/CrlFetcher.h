#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace workroom::signing {

// A revocation list configured by URL, as the fetcher found it: downloaded now, or an older
// copy from the cache when the download failed, or nothing.
struct FetchedCrl {
    QString url;
    QString file;         // the cached copy to use; empty when there is none
    QDateTime fetchedAt;  // when that copy was downloaded (UTC); invalid when there is none
    std::optional<QDateTime> nextUpdate;  // when the issuer promises the next list
    bool fromCache = false;               // the download failed now; `file` is an older copy
    QString problem;  // why the download failed (translated); empty when it worked

    bool usable() const { return !file.isEmpty(); }
    // Past its next update: a newer list should exist, which may name more certificates.
    bool isStale(const QDateTime &now) const { return nextUpdate && *nextUpdate < now; }
};

// Downloads certificate revocation lists from configured URLs (http, https, file) into a
// cache folder, one `<sha256 of the URL>.crl` with a `.json` beside it (URL, time fetched,
// next update). What is downloaded must parse as a CRL (PEM or DER) before it replaces the
// cached copy, so that a proxy's error page never overwrites a good list. When a download
// fails (offline, server down), the cached copy is used and the result says so; the
// verifier then reports it (see RevocationCheck in Verifier.h).
//
// fetch() blocks while it downloads (with a local event loop and a timeout per URL): call it
// on a worker thread, never on the GUI thread; a QCoreApplication must exist.
class CrlFetcher {
public:
    explicit CrlFetcher(QString cacheDirectory, int timeoutMs = 20000);

    const QString &cacheDirectory() const { return cacheDirectory_; }

    // Downloads each URL. With `reuseSeconds` > 0, a cached copy fetched less than that long
    // ago and not past its next update is used without a download (for the GUI, which
    // verifies often; the CLI always downloads).
    QList<FetchedCrl> fetch(const QStringList &urls, qint64 reuseSeconds = 0) const;
    FetchedCrl fetch(const QString &url, qint64 reuseSeconds = 0) const;
    // What the cache holds for `url`, without a download (for working offline).
    FetchedCrl cached(const QString &url) const;

private:
    QString cachePath(const QString &url, const char *suffix) const;

    QString cacheDirectory_;
    int timeoutMs_;
};

}  // namespace workroom::signing
