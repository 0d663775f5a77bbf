#pragma once

#include "DmsError.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace workroom::dms {

// The DMS password in the OS keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Manager). There is deliberately no plaintext fallback: without a
// keychain every call fails with NoKeychain, and the caller asks the user each time and keeps
// the password in memory only.
class DmsCredentialStore : public QObject {
    Q_OBJECT
public:
    explicit DmsCredentialStore(QString service = QStringLiteral("Workroom DMS"),
                                QObject *parent = nullptr);

    // The keychain entry of `user` on the server of `base` ("alice@https://dms.example/dav/").
    static QString keyFor(const QUrl &base, const QString &user);

    // Asynchronous, for the GUI thread: `done` runs in this object's thread.
    void readPassword(const QString &key, std::function<void(Result<QString>)> done);
    void writePassword(const QString &key, const QString &password,
                       std::function<void(Result<void>)> done);
    void removePassword(const QString &key, std::function<void(Result<void>)> done);

    // The same, waiting in a local event loop: for the command line and worker threads.
    Result<QString> readPasswordNow(const QString &key);
    Result<void> writePasswordNow(const QString &key, const QString &password);
    Result<void> removePasswordNow(const QString &key);

private:
    QString service_;
};

}  // namespace workroom::dms
