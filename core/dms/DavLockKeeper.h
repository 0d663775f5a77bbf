#pragma once

#include "DavResource.h"
#include "DmsError.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace workroom::dms {

class DavReply;
class WebDavClient;

// Keeps a granted WebDAV lock alive: refreshes it when half of the granted timeout has passed,
// for as long as the holder works on the locked resource (writing case.json on a server without
// conditional writes). If a refresh fails the lock counts as lost and the holder must re-read
// before writing. Lives in the client's thread.
class DavLockKeeper : public QObject {
    Q_OBJECT
public:
    DavLockKeeper(WebDavClient &client, QString path, DavLock lock, QObject *parent = nullptr);
    ~DavLockKeeper() override;

    const DavLock &lock() const { return lock_; }
    bool isHeld() const { return held_; }

    // Stops refreshing and unlocks; the reply says whether the server agreed.
    std::unique_ptr<DavReply> release();

Q_SIGNALS:
    void refreshed();
    void lost(const workroom::dms::DmsError &error);

private:
    void refresh();
    void schedule();

    WebDavClient &client_;
    QString path_;
    DavLock lock_;
    QTimer timer_;
    std::unique_ptr<DavReply> pending_;
    bool held_ = true;
};

}  // namespace workroom::dms
