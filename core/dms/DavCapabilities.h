#pragma once

#include "DmsError.h"

#include <QString>

namespace workroom::dms {

class WebDavClient;

// What the WebDAV server behind a client really does, found out by trying it in a scratch
// collection rather than trusting what it advertises. The sync engine chooses its safeguards
// from this (docs/dms-layout.md, "What the client needs from a server").
struct DavCapabilities {
    bool etagsInPropfind = false;      // PROPFIND lists DAV:getetag for files
    bool etagOnPut = false;            // a PUT answers with the new ETag
    bool ifMatchHonoured = false;      // PUT with a stale If-Match is refused with 412
    bool ifNoneMatchHonoured = false;  // PUT with If-None-Match: * over an existing file → 412
    bool depthInfinity = false;        // PROPFIND Depth: infinity is allowed
    bool locking = false;              // LOCK/UNLOCK work
    bool locksEnforced = false;        // a PUT without the lock token is refused with 423

    // Whether a mutable file can be replaced safely without a lock: conditional writes work.
    bool conditionalWrites() const { return etagsInPropfind && ifMatchHonoured; }
    // A short description for logs and `workroomctl dms status`.
    QString summary() const;

    // Tries each feature in a fresh collection below `scratchParent` (relative to the client's
    // base; it must exist), which is removed afterwards. Runs the requests one after another
    // in a local event loop: call it from a worker thread or the command line. Fails only if the
    // scratch collection cannot be made or the server cannot be reached at all.
    static Result<DavCapabilities> probe(WebDavClient &client, const QString &scratchParent = {});
};

}  // namespace workroom::dms
