#pragma once

#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Debian's Apache httpd with mod_dav as a throw-away WebDAV server for tests: a config in a
// temporary directory, 127.0.0.1 on free ports, HTTP and HTTPS (a test CA made with the openssl
// command line at start), Basic auth per user. Its process dies with the test process, even if
// the test crashes (PR_SET_PDEATHSIG), and is stopped by the destructor otherwise.
//
// Fixed paths on every server: /dav/ is the WebDAV collection; /moved/… redirects (307) to
// /dav/… on the same server; /elsewhere/… redirects (302) to /dav/… on 127.0.0.2, another
// host.
class ApacheDavServer {
public:
    struct Options {
        QMap<QString, QString> users{{QStringLiteral("alice"), QStringLiteral("Alice-Passwort-1")},
                                     {QStringLiteral("bob"), QStringLiteral("Bob-Passwort-2")}};
        bool https = true;
        bool requireClientCertificate = false;  // on the HTTPS port
        // A less capable server, for the capability probe and the client's safeguards:
        bool depthInfinity = true;  // false: PROPFIND Depth infinity is refused (403)
        bool locking = true;        // false: LOCK and UNLOCK are refused (405)
        bool conditionals = true;   // false: If-Match / If-None-Match are dropped unread
        bool etags = true;          // false: no ETag header, no DAV:getetag in listings
        QStringList extraConfig;    // more lines for the server config
    };

    ApacheDavServer();
    ~ApacheDavServer();
    ApacheDavServer(const ApacheDavServer &) = delete;
    ApacheDavServer &operator=(const ApacheDavServer &) = delete;

    // Starts the server and waits until it accepts connections; false with errorString().
    bool start(const Options &options);
    bool start() { return start(Options()); }
    void stop();
    bool isRunning() const;
    const QString &errorString() const { return error_; }

    quint16 httpPort() const { return httpPort_; }
    quint16 httpsPort() const { return httpsPort_; }
    // http://127.0.0.1:PORT/dav/ + path (already percent-encoded)
    QUrl httpUrl(const QString &encodedPath = {}) const;
    QUrl httpsUrl(const QString &encodedPath = {}) const;
    // The directory served as /dav/.
    QString davRoot() const;
    QString password(const QString &user) const { return options_.users.value(user); }

    // The test CA that signed the server (and the client) certificate.
    QList<QSslCertificate> caCertificates() const;
    QString clientCertificatePath() const;  // PEM, CN=alice, signed by the test CA
    QString clientKeyPath() const;          // PEM, unencrypted
    QString errorLog() const;

private:
    bool makeCertificates();
    bool writeConfig();
    bool waitUntilAnswering();

    Options options_;
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QProcess> process_;
    quint16 httpPort_ = 0;
    quint16 httpsPort_ = 0;
    QString error_;
};
