#include "ApacheDavServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>

namespace {

const QString modules = QStringLiteral("/usr/lib/apache2/modules");
const QString httpd = QStringLiteral("/usr/sbin/apache2");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool runOpenssl(const QString &workDir, const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(workDir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error =
            QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

}  // namespace

ApacheDavServer::ApacheDavServer() = default;

ApacheDavServer::~ApacheDavServer()
{
    stop();
}

bool ApacheDavServer::makeCertificates()
{
    const QString path = dir_->path();
    const QByteArray extensions = "[server]\n"
                                  "basicConstraints = critical, CA:FALSE\n"
                                  "keyUsage = critical, digitalSignature\n"
                                  "extendedKeyUsage = serverAuth\n"
                                  "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                                  "[client]\n"
                                  "basicConstraints = critical, CA:FALSE\n"
                                  "keyUsage = critical, digitalSignature\n"
                                  "extendedKeyUsage = clientAuth\n";
    if (!writeFile(path + QStringLiteral("/tls.cnf"), extensions)) {
        error_ = QStringLiteral("cannot write tls.cnf");
        return false;
    }
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-noenc")};
    if (!runOpenssl(
            path,
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                              QStringLiteral("-out"), QStringLiteral("ca.pem"),
                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                              QStringLiteral("/CN=Workroom DAV Test CA"), QStringLiteral("-addext"),
                              QStringLiteral("basicConstraints=critical,CA:TRUE"),
                              QStringLiteral("-addext"),
                              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            &error_)) {
        return false;
    }
    int serial = 2;
    for (const QString &name : {QStringLiteral("server"), QStringLiteral("client")}) {
        const QString subject = name == QLatin1String("server") ? QStringLiteral("/CN=127.0.0.1")
                                                                : QStringLiteral("/CN=alice");
        if (!runOpenssl(path,
                        QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec
                            + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                          QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                          QStringLiteral("-subj"), subject},
                        &error_)
            || !runOpenssl(path,
                           {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                            QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                            QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                            QString::number(serial++), QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-extfile"), QStringLiteral("tls.cnf"),
                            QStringLiteral("-extensions"), name, QStringLiteral("-out"),
                            name + QStringLiteral(".pem")},
                           &error_)) {
            return false;
        }
    }
    return true;
}

bool ApacheDavServer::writeConfig()
{
    const QString d = dir_->path();
    QDir(d).mkpath(QStringLiteral("dav"));
    QDir(d).mkpath(QStringLiteral("lock"));
    QDir(d).mkpath(QStringLiteral("run"));
    QDir(d).mkpath(QStringLiteral("logs"));

    // {SHA} lines need no htpasswd binary and are quick to check on every request; the weak
    // hash does not matter for a throw-away server.
    QByteArray users;
    for (auto it = options_.users.cbegin(); it != options_.users.cend(); ++it) {
        users +=
            it.key().toUtf8() + ":{SHA}"
            + QCryptographicHash::hash(it.value().toUtf8(), QCryptographicHash::Sha1).toBase64()
            + '\n';
    }
    if (!writeFile(d + QStringLiteral("/htpasswd"), users)) {
        error_ = QStringLiteral("cannot write htpasswd");
        return false;
    }

    QStringList conf;
    const auto load = [&](const char *module, const char *file) {
        conf << QStringLiteral("LoadModule %1 %2/%3")
                    .arg(QLatin1String(module), modules, QLatin1String(file));
    };
    conf << QStringLiteral("ServerRoot \"%1\"").arg(d) << QStringLiteral("ServerName 127.0.0.1")
         << QStringLiteral("PidFile \"%1/run/httpd.pid\"").arg(d)
         << QStringLiteral("DefaultRuntimeDir \"%1/run\"").arg(d)
         << QStringLiteral("ErrorLog \"%1/logs/error.log\"").arg(d)
         << QStringLiteral("LogLevel warn") << QStringLiteral("Timeout 60")
         << QStringLiteral("KeepAlive On") << QStringLiteral("MaxKeepAliveRequests 0")
         << QStringLiteral("Listen 127.0.0.1:%1").arg(httpPort_);
    if (options_.https) {
        conf << QStringLiteral("Listen 127.0.0.1:%1").arg(httpsPort_);
    }
    load("mpm_event_module", "mod_mpm_event.so");
    load("authn_core_module", "mod_authn_core.so");
    load("authn_file_module", "mod_authn_file.so");
    load("authz_core_module", "mod_authz_core.so");
    load("authz_user_module", "mod_authz_user.so");
    load("auth_basic_module", "mod_auth_basic.so");
    load("dav_module", "mod_dav.so");
    load("dav_fs_module", "mod_dav_fs.so");
    load("alias_module", "mod_alias.so");
    load("headers_module", "mod_headers.so");
    load("filter_module", "mod_filter.so");
    load("substitute_module", "mod_substitute.so");
    if (options_.https) {
        load("socache_shmcb_module", "mod_socache_shmcb.so");
        load("ssl_module", "mod_ssl.so");
    }
    if (::geteuid() == 0) {
        // httpd refuses to serve as root; the served tree is handed to the account it drops to.
        const bool wwwData = ::getpwnam("www-data") != nullptr;
        conf << QStringLiteral("User %1").arg(wwwData ? QStringLiteral("www-data")
                                                      : QStringLiteral("nobody"))
             << QStringLiteral("Group %1")
                    .arg(wwwData ? QStringLiteral("www-data") : QStringLiteral("nogroup"));
    }
    if (!options_.locking) {
        load("allowmethods_module", "mod_allowmethods.so");
    }
    conf << QStringLiteral("DavLockDB \"%1/lock/davlock\"").arg(d);
    conf << QStringLiteral("Alias /dav \"%1/dav\"").arg(d)
         << QStringLiteral("<Directory \"%1/dav\">").arg(d) << QStringLiteral("  Dav On")
         << QStringLiteral("  DavDepthInfinity %1")
                .arg(options_.depthInfinity ? QStringLiteral("On") : QStringLiteral("Off"))
         << QStringLiteral("  AuthType Basic") << QStringLiteral("  AuthName \"Workroom DMS\"")
         << QStringLiteral("  AuthBasicProvider file")
         << QStringLiteral("  AuthUserFile \"%1/htpasswd\"").arg(d)
         << QStringLiteral("  Require valid-user");
    if (!options_.locking) {
        // Every method but LOCK and UNLOCK (mod_dav_fs itself needs its lock database).
        conf << QStringLiteral("  AllowMethods GET HEAD POST PUT DELETE OPTIONS PROPFIND PROPPATCH "
                               "MKCOL COPY MOVE");
    }
    if (!options_.etags) {
        conf << QStringLiteral("  Header always unset ETag")
             << QStringLiteral("  SetOutputFilter SUBSTITUTE")
             << QStringLiteral("  Substitute \"s|<([a-zA-Z0-9]+):getetag>[^<]*</[a-zA-Z0-9]+:"
                               "getetag>||\"");
    }
    conf << QStringLiteral("</Directory>");
    if (!options_.conditionals) {
        // "early" runs before mod_dav looks at the request; it is allowed at server level only.
        conf << QStringLiteral("RequestHeader unset If-Match early")
             << QStringLiteral("RequestHeader unset If-None-Match early");
    }
    const auto vhost = [&](const QString &scheme, quint16 port) {
        conf << QStringLiteral("<VirtualHost 127.0.0.1:%1>").arg(port)
             << QStringLiteral("  Redirect 307 /moved %1://127.0.0.1:%2/dav").arg(scheme).arg(port)
             << QStringLiteral("  Redirect 302 /elsewhere %1://127.0.0.2:%2/dav")
                    .arg(scheme)
                    .arg(port);
        if (scheme == QLatin1String("https")) {
            conf << QStringLiteral("  SSLEngine on")
                 << QStringLiteral("  SSLCertificateFile \"%1/server.pem\"").arg(d)
                 << QStringLiteral("  SSLCertificateKeyFile \"%1/server.key\"").arg(d);
            if (options_.requireClientCertificate) {
                conf << QStringLiteral("  SSLCACertificateFile \"%1/ca.pem\"").arg(d)
                     << QStringLiteral("  SSLVerifyClient require")
                     << QStringLiteral("  SSLVerifyDepth 2");
            }
        }
        conf << QStringLiteral("</VirtualHost>");
    };
    vhost(QStringLiteral("http"), httpPort_);
    if (options_.https) {
        vhost(QStringLiteral("https"), httpsPort_);
    }
    conf << options_.extraConfig;
    if (!writeFile(d + QStringLiteral("/httpd.conf"),
                   conf.join(QLatin1Char('\n')).toUtf8() + '\n')) {
        error_ = QStringLiteral("cannot write httpd.conf");
        return false;
    }

    if (::geteuid() == 0) {
        const passwd *account = ::getpwnam("www-data");
        if (account == nullptr) {
            account = ::getpwnam("nobody");
        }
        if (account != nullptr) {
            const QByteArray top = QFile::encodeName(d);
            if (::chown(top.constData(), account->pw_uid, account->pw_gid) != 0) {
                error_ = QStringLiteral("cannot hand %1 to the server account").arg(d);
                return false;
            }
            QDirIterator it(d, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QByteArray entry = QFile::encodeName(it.next());
                if (::chown(entry.constData(), account->pw_uid, account->pw_gid) != 0) {
                    error_ =
                        QStringLiteral("cannot hand %1 to the server account").arg(it.filePath());
                    return false;
                }
            }
        }
    }
    return true;
}

bool ApacheDavServer::waitUntilAnswering()
{
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (process_->state() == QProcess::NotRunning) {
            error_ = QStringLiteral("apache2 exited: %1\n%2")
                         .arg(QString::fromLocal8Bit(process_->readAll()), errorLog());
            return false;
        }
        bool all = true;
        for (quint16 port : {httpPort_, options_.https ? httpsPort_ : quint16(0)}) {
            if (port == 0) {
                continue;
            }
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(200)) {
                all = false;
            }
        }
        if (all) {
            return true;
        }
        process_->waitForFinished(100);
    }
    error_ = QStringLiteral("apache2 did not answer within 15 s\n%1").arg(errorLog());
    return false;
}

bool ApacheDavServer::start(const Options &options)
{
    stop();
    options_ = options;
    error_.clear();
    if (!QFile::exists(httpd)) {
        error_ = QStringLiteral("%1 is missing (Debian package apache2)").arg(httpd);
        return false;
    }
    // Another program may take a free port between probing and binding: try a few times.
    for (int attempt = 0; attempt < 3; ++attempt) {
        dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                               + QStringLiteral("/workroom-dav-XXXXXX"));
        if (!dir_->isValid()) {
            error_ = QStringLiteral("cannot make a temporary directory");
            return false;
        }
        httpPort_ = freePort();
        httpsPort_ = freePort();
        if (httpPort_ == 0 || httpsPort_ == 0 || httpPort_ == httpsPort_) {
            continue;
        }
        if ((options_.https && !makeCertificates()) || !writeConfig()) {
            return false;
        }
        process_ = std::make_unique<QProcess>();
        process_->setProcessChannelMode(QProcess::MergedChannels);
        process_->setChildProcessModifier([] {
            // The server must not outlive a crashed or killed test. SIGTERM, not SIGKILL: httpd
            // then stops its worker processes, which would otherwise linger as orphans.
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        process_->setProcessEnvironment(env);
        process_->start(httpd, {QStringLiteral("-f"), dir_->filePath(QStringLiteral("httpd.conf")),
                                QStringLiteral("-DFOREGROUND")});
        if (!process_->waitForStarted(10'000)) {
            error_ = QStringLiteral("apache2 did not start: %1").arg(process_->errorString());
            return false;
        }
        if (waitUntilAnswering()) {
            return true;
        }
        const bool portTaken = error_.contains(QLatin1String("Address already in use"));
        stop();
        if (!portTaken) {
            return false;
        }
    }
    return false;
}

void ApacheDavServer::stop()
{
    if (process_ && process_->state() != QProcess::NotRunning) {
        process_->terminate();  // SIGTERM: httpd stops its children and exits
        if (!process_->waitForFinished(10'000)) {
            process_->kill();
            process_->waitForFinished(5'000);
        }
    }
    process_.reset();
}

bool ApacheDavServer::isRunning() const
{
    return process_ && process_->state() == QProcess::Running;
}

QUrl ApacheDavServer::httpUrl(const QString &encodedPath) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/%2").arg(httpPort_).arg(encodedPath),
                QUrl::StrictMode);
}

QUrl ApacheDavServer::httpsUrl(const QString &encodedPath) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/dav/%2").arg(httpsPort_).arg(encodedPath),
                QUrl::StrictMode);
}

QString ApacheDavServer::davRoot() const
{
    return dir_ ? dir_->filePath(QStringLiteral("dav")) : QString();
}

QList<QSslCertificate> ApacheDavServer::caCertificates() const
{
    return dir_ ? QSslCertificate::fromPath(dir_->filePath(QStringLiteral("ca.pem")))
                : QList<QSslCertificate>();
}

QString ApacheDavServer::clientCertificatePath() const
{
    return dir_ ? dir_->filePath(QStringLiteral("client.pem")) : QString();
}

QString ApacheDavServer::clientKeyPath() const
{
    return dir_ ? dir_->filePath(QStringLiteral("client.key")) : QString();
}

QString ApacheDavServer::errorLog() const
{
    if (!dir_) {
        return {};
    }
    QFile log(dir_->filePath(QStringLiteral("logs/error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}
