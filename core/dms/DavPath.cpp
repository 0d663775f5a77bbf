#include "DavPath.h"

namespace workroom::dms::DavPath {

QUrl normalizedBase(const QUrl &base)
{
    QUrl result = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString path = result.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/'))) {
        result.setPath(path + QLatin1Char('/'), QUrl::StrictMode);
    }
    return result;
}

QByteArray encode(const QString &relativePath)
{
    const QStringList segments = relativePath.split(QLatin1Char('/'));
    QByteArray encoded;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0) {
            encoded += '/';
        }
        // Everything but RFC 3986's unreserved characters is encoded, so that a name never
        // reads as a query, fragment or escape sequence.
        encoded += QUrl::toPercentEncoding(segments.at(i));
    }
    return encoded;
}

QUrl resolve(const QUrl &base, const QString &relativePath)
{
    QUrl url = normalizedBase(base);
    QString path = relativePath;
    while (path.startsWith(QLatin1Char('/'))) {
        path.remove(0, 1);
    }
    url.setPath(url.path(QUrl::FullyEncoded) + QString::fromLatin1(encode(path)), QUrl::StrictMode);
    return url;
}

std::optional<QString> relativeTo(const QUrl &base, const QString &href)
{
    const QUrl normalized = normalizedBase(base);
    // Some servers send raw UTF-8 instead of escapes; TolerantMode accepts both.
    const QUrl url = QUrl(href.trimmed(), QUrl::TolerantMode);
    if (!url.isValid()) {
        return std::nullopt;
    }
    if (!url.isRelative()) {
        if (url.scheme() != normalized.scheme() || url.host() != normalized.host()
            || url.port(normalized.scheme() == QLatin1String("https") ? 443 : 80)
                   != normalized.port(normalized.scheme() == QLatin1String("https") ? 443 : 80)) {
            return std::nullopt;
        }
    }
    const QString basePath = normalized.path(QUrl::FullyDecoded);
    const QString path = url.path(QUrl::FullyDecoded);
    if (path + QLatin1Char('/') == basePath) {
        return QString();
    }
    if (!path.startsWith(basePath)) {
        return std::nullopt;
    }
    return path.mid(basePath.size());
}

bool isValidName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        return false;
    }
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

QString parentOf(const QString &relativePath)
{
    QString path = relativePath;
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}

}  // namespace workroom::dms::DavPath
