#pragma once

#include "DavResource.h"
#include "DmsError.h"

#include <QList>
#include <QUrl>

namespace workroom::dms {

// Reads RFC 4918 XML answers (207 Multi-Status, LOCK's DAV:prop). Namespace-aware: the DAV:
// namespace may use any prefix, unknown elements are skipped, and anything that is not
// well-formed XML or not a multistatus is a MalformedResponse naming line and column.
namespace MultistatusParser {

// The entries of a multistatus answer whose href lies below `base`; `what` names the request
// for error messages. Properties reported with a non-2xx propstat status are left unset.
Result<QList<DavResource>> parse(const QByteArray &xml, const QUrl &base, const QString &what);

// The lock granted by a LOCK answer (its DAV:lockdiscovery); `token` is the Lock-Token header
// if the server sent one, and is preferred over the body's.
Result<DavLock> parseLock(const QByteArray &xml, const QByteArray &tokenHeader,
                          const QString &what);

}  // namespace MultistatusParser

}  // namespace workroom::dms
