#pragma once

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QUrl>

#include <expected>
#include <functional>
#include <optional>

namespace workroom::keychain {

// Why the keychain did not do what was asked, in words free of QtKeychain. Each credential store
// turns this into its own module's error, with a message that names what the secret is for.
enum class FailureKind {
    NotFound,      // the keychain works but holds nothing under the key
    NoBackend,     // there is no keychain on this computer
    AccessDenied,  // the keychain (or the user, asked by it) refused
    Other,         // anything else; Secret Service reports a missing daemon this way
};

struct Failure {
    FailureKind kind = FailureKind::Other;
    QString detail;  // the keychain's own message, untranslated; never contains the secret
};

template <typename T>
using Outcome = std::expected<T, Failure>;

// The entries of one service name in the OS keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager). There is deliberately no plaintext fallback.
//
// Text and binary entries are stored differently by some backends (Secret Service keeps binary
// data base64-encoded), so an entry must be read the way it was written.
class Keychain {
public:
    explicit Keychain(QString service);

    // Asynchronous: the job is a child of `context`, and `done` runs in its thread.
    void readText(const QString &key, QObject *context,
                  std::function<void(Outcome<QString>)> done) const;
    void readBinary(const QString &key, QObject *context,
                    std::function<void(Outcome<QByteArray>)> done) const;
    void writeText(const QString &key, const QString &text, QObject *context,
                   std::function<void(Outcome<void>)> done) const;
    void writeBinary(const QString &key, const QByteArray &data, QObject *context,
                     std::function<void(Outcome<void>)> done) const;
    // Succeeds when nothing was stored under `key`: that is what removing wants.
    void remove(const QString &key, QObject *context,
                std::function<void(Outcome<void>)> done) const;

private:
    QString service_;
};

// "<who>@<base>", with user info, query and fragment dropped from `base` so that credentials in
// a configured address never become part of a keychain entry's name.
QString entryKey(const QString &who, const QUrl &base);

// Calls `start(finish)` and waits in a local event loop until `finish(result)` has run: the
// blocking form of an asynchronous call, for the command line, tests and worker threads.
template <typename R, typename Start>
R waitFor(Start start)
{
    std::optional<R> outcome;
    QEventLoop loop;
    start([&](R result) {
        outcome = std::move(result);
        loop.quit();
    });
    // A backend may answer synchronously; then there is nothing to wait for.
    if (!outcome) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return std::move(*outcome);
}

}  // namespace workroom::keychain
