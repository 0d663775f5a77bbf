#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace workroom::dms {

// One entry of a PROPFIND answer.
struct DavResource {
    QString path;  // relative to the client's base, decoded; collections end in '/'
    bool isCollection = false;
    qint64 size = -1;  // DAV:getcontentlength, -1 if the server did not list it
    QByteArray etag;   // DAV:getetag as sent (with quotes); empty if the server did not list it
    QDateTime lastModified;
    QString contentType;
    int status = 200;  // the response's own status (a 207 may report members it cannot list)
};

// A write lock held on the server.
struct DavLock {
    QByteArray token;         // the lock token URI, without angle brackets
    int timeoutSeconds = -1;  // as granted by the server; -1 for "Infinite" or not given
};

}  // namespace workroom::dms
