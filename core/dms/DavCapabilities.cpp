#include "DavCapabilities.h"

#include "WebDavClient.h"

#include <QUuid>

namespace workroom::dms {

namespace {

// Runs one request to its end.
std::unique_ptr<DavReply> run(std::unique_ptr<DavReply> reply)
{
    reply->waitForFinished();
    return reply;
}

}  // namespace

QString DavCapabilities::summary() const
{
    const auto yesNo = [](bool value) {
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    };
    return QStringLiteral("etags-in-propfind=%1 etag-on-put=%2 if-match=%3 if-none-match=%4 "
                          "depth-infinity=%5 locking=%6 locks-enforced=%7")
        .arg(yesNo(etagsInPropfind), yesNo(etagOnPut), yesNo(ifMatchHonoured),
             yesNo(ifNoneMatchHonoured), yesNo(depthInfinity), yesNo(locking),
             yesNo(locksEnforced));
}

Result<DavCapabilities> DavCapabilities::probe(WebDavClient &client, const QString &scratchParent)
{
    DavCapabilities caps;
    QString parent = scratchParent;
    if (!parent.isEmpty() && !parent.endsWith(QLatin1Char('/'))) {
        parent += QLatin1Char('/');
    }
    const QString dir = parent + QStringLiteral(".workroom-probe-")
                        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('/');
    const QString file = dir + QStringLiteral("probe.txt");

    if (auto made = run(client.mkcol(dir)); !made->ok()) {
        return std::unexpected(*made->error());
    }

    PutOptions create;
    create.ifNoneMatch = true;
    auto first = run(client.putBytes(file, "first", create));
    if (!first->ok()) {
        const DmsError error = *first->error();
        run(client.remove(dir));
        return std::unexpected(error);
    }
    caps.etagOnPut = !first->etag().isEmpty();

    auto listing = run(client.propfind(dir, DavDepth::One));
    QByteArray listedEtag;
    if (listing->ok()) {
        for (const DavResource &resource : listing->resources()) {
            if (resource.path == file) {
                listedEtag = resource.etag;
            }
        }
    }
    caps.etagsInPropfind = !listedEtag.isEmpty();

    auto again = run(client.putBytes(file, "second", create));
    caps.ifNoneMatchHonoured = again->httpStatus() == 412;

    // A made-up ETag that cannot match: a server that honours If-Match must refuse.
    PutOptions stale;
    stale.ifMatch = "\"workroom-probe-stale\"";
    auto conditional = run(client.putBytes(file, "third", stale));
    caps.ifMatchHonoured = conditional->httpStatus() == 412;

    auto deep = run(client.propfind(dir, DavDepth::Infinity));
    caps.depthInfinity = deep->ok();

    auto locked = run(client.lock(file, 60, QStringLiteral("Workroom capability probe")));
    if (locked->ok() && !locked->lock().token.isEmpty()) {
        caps.locking = true;
        auto intruder = run(client.putBytes(file, "intruder"));
        caps.locksEnforced = intruder->httpStatus() == 423;
        run(client.unlock(file, locked->lock().token));
    }

    if (auto removed = run(client.remove(dir)); !removed->ok()) {
        qCWarning(lcDms) << "the capability probe could not remove its scratch collection";
    }
    qCInfo(lcDms).noquote() << "server capabilities:" << caps.summary();
    return caps;
}

}  // namespace workroom::dms
