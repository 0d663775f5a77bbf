#include "MultistatusParser.h"

#include "DavPath.h"

#include <QLocale>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace workroom::dms::MultistatusParser {

namespace {

const QString davNs = QStringLiteral("DAV:");

bool isDav(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.namespaceUri() == davNs && xml.name() == name;
}

DmsError malformed(const QXmlStreamReader &xml, const QString &what, const QString &detail)
{
    return {DmsErrorCode::MalformedResponse,
            DmsText::tr("The DMS sent an answer to %1 that cannot be read (line %2, column %3: "
                        "%4).")
                .arg(what)
                .arg(xml.lineNumber())
                .arg(xml.columnNumber())
                .arg(detail),
            0};
}

// "HTTP/1.1 200 OK" → 200; 0 if unreadable.
int statusCode(const QString &line)
{
    const QStringList parts = line.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// RFC 1123 dates as in DAV:getlastmodified ("Sun, 29 Nov 2026 22:29:25 GMT").
QDateTime httpDate(const QString &text)
{
    QDateTime parsed = QLocale::c().toDateTime(text.simplified(),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (parsed.isValid()) {
        parsed.setTimeZone(QTimeZone::UTC);
    }
    return parsed;
}

struct PropValues {
    bool isCollection = false;
    qint64 size = -1;
    QByteArray etag;
    QDateTime lastModified;
    QString contentType;
    bool hasCollectionFlag = false;
};

// Reads the children of DAV:prop up to its end element.
void readProp(QXmlStreamReader &xml, PropValues &values)
{
    while (xml.readNextStartElement()) {
        if (isDav(xml, QLatin1StringView("resourcetype"))) {
            while (xml.readNextStartElement()) {
                if (isDav(xml, QLatin1StringView("collection"))) {
                    values.isCollection = true;
                }
                xml.skipCurrentElement();
            }
        } else if (isDav(xml, QLatin1StringView("getcontentlength"))) {
            bool ok = false;
            const qint64 size = xml.readElementText().trimmed().toLongLong(&ok);
            values.size = ok && size >= 0 ? size : -1;
        } else if (isDav(xml, QLatin1StringView("getetag"))) {
            values.etag = xml.readElementText().trimmed().toUtf8();
        } else if (isDav(xml, QLatin1StringView("getlastmodified"))) {
            values.lastModified = httpDate(xml.readElementText());
        } else if (isDav(xml, QLatin1StringView("getcontenttype"))) {
            values.contentType = xml.readElementText().trimmed();
        } else {
            xml.skipCurrentElement();
        }
    }
}

}  // namespace

Result<QList<DavResource>> parse(const QByteArray &data, const QUrl &base, const QString &what)
{
    QXmlStreamReader xml(data);
    QList<DavResource> resources;
    if (!xml.readNextStartElement()) {
        return std::unexpected(malformed(
            xml, what, xml.hasError() ? xml.errorString() : DmsText::tr("the answer is empty")));
    }
    if (!isDav(xml, QLatin1StringView("multistatus"))) {
        return std::unexpected(malformed(
            xml, what, DmsText::tr("expected DAV:multistatus, found %1").arg(xml.name())));
    }
    while (xml.readNextStartElement()) {
        if (!isDav(xml, QLatin1StringView("response"))) {
            xml.skipCurrentElement();
            continue;
        }
        QString href;
        int responseStatus = 0;
        PropValues values;
        bool anyProps = false;
        while (xml.readNextStartElement()) {
            if (isDav(xml, QLatin1StringView("href"))) {
                // A response may repeat href (RFC 4918 allows it for status-only answers); the
                // first names the resource.
                const QString text = xml.readElementText().trimmed();
                if (href.isEmpty()) {
                    href = text;
                }
            } else if (isDav(xml, QLatin1StringView("status"))) {
                responseStatus = statusCode(xml.readElementText());
            } else if (isDav(xml, QLatin1StringView("propstat"))) {
                PropValues found;
                int propStatus = 0;
                while (xml.readNextStartElement()) {
                    if (isDav(xml, QLatin1StringView("prop"))) {
                        readProp(xml, found);
                    } else if (isDav(xml, QLatin1StringView("status"))) {
                        propStatus = statusCode(xml.readElementText());
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (propStatus >= 200 && propStatus < 300) {
                    values = found;
                    anyProps = true;
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError()) {
            break;
        }
        if (href.isEmpty()) {
            return std::unexpected(
                malformed(xml, what, DmsText::tr("a response without DAV:href")));
        }
        const std::optional<QString> relative = DavPath::relativeTo(base, href);
        if (!relative) {
            // Entries outside the requested collection are not ours to act on.
            qCWarning(lcDms) << "ignoring a multistatus entry outside the base collection";
            continue;
        }
        DavResource resource;
        resource.status = responseStatus != 0 ? responseStatus : (anyProps ? 200 : 0);
        resource.isCollection = values.isCollection;
        resource.size = values.size;
        resource.etag = values.etag;
        resource.lastModified = values.lastModified;
        resource.contentType = values.contentType;
        resource.path = *relative;
        // The resource type decides, not the server's spelling of the href.
        if (resource.isCollection && !resource.path.isEmpty()
            && !resource.path.endsWith(QLatin1Char('/'))) {
            resource.path += QLatin1Char('/');
        } else if (!resource.isCollection && resource.path.endsWith(QLatin1Char('/')) && anyProps) {
            resource.path.chop(1);
        }
        resources.append(resource);
    }
    if (xml.hasError()) {
        return std::unexpected(malformed(xml, what, xml.errorString()));
    }
    // Anything after the root element must be whitespace or comments.
    while (!xml.atEnd()) {
        xml.readNext();
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        return std::unexpected(malformed(xml, what, xml.errorString()));
    }
    return resources;
}

Result<DavLock> parseLock(const QByteArray &data, const QByteArray &tokenHeader,
                          const QString &what)
{
    DavLock lock;
    QByteArray header = tokenHeader.trimmed();
    if (header.startsWith('<') && header.endsWith('>')) {
        header = header.mid(1, header.size() - 2);
    }
    lock.token = header;
    QXmlStreamReader xml(data);
    bool inActiveLock = false;
    QByteArray bodyToken;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isDav(xml, QLatin1StringView("activelock"))) {
                inActiveLock = true;
            } else if (inActiveLock && isDav(xml, QLatin1StringView("timeout"))) {
                const QString text = xml.readElementText().trimmed();
                if (text.startsWith(QLatin1String("Second-"), Qt::CaseInsensitive)) {
                    bool ok = false;
                    const int seconds = text.mid(7).toInt(&ok);
                    lock.timeoutSeconds = ok ? seconds : -1;
                }
            } else if (inActiveLock && isDav(xml, QLatin1StringView("locktoken"))) {
                while (xml.readNextStartElement()) {
                    if (isDav(xml, QLatin1StringView("href")) && bodyToken.isEmpty()) {
                        bodyToken = xml.readElementText().trimmed().toUtf8();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            }
        } else if (xml.isEndElement() && isDav(xml, QLatin1StringView("activelock"))) {
            inActiveLock = false;
        }
    }
    if (xml.hasError()) {
        return std::unexpected(malformed(xml, what, xml.errorString()));
    }
    if (lock.token.isEmpty()) {
        lock.token = bodyToken;
    }
    if (lock.token.isEmpty()) {
        return std::unexpected(
            malformed(xml, what, DmsText::tr("the server granted a lock without a token")));
    }
    return lock;
}

}  // namespace workroom::dms::MultistatusParser
