// bench_signing: Workroom's side of the signing benchmark (issue 5, Performance), driven by
// bench/run-sign-bench.sh, which also runs the openssl side on the same files and keys.
//
//   bench_signing throughput PKI_DIR FILES_DIR OUT_DIR IDENTITY   sign and verify every file
//   bench_signing memory PKI_DIR BIG_FILE OUT_DIR IDENTITY        peak memory of one big file
//
// IDENTITY is a signer of the test PKI (signer-rsa, signer-ec): its .p12 is imported once,
// the key opened once, and then every file is signed (detached CMS, written as .p7s) and
// verified through the library, in one process, as the app does. Prints one TSV line per
// measurement: side, operation, identity, files, seconds, files/s (or KiB figures).

#include "CryptoRuntime.h"
#include "Signer.h"
#include "SigningIdentityStore.h"
#include "TrustStore.h"
#include "Verifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace workroom::signing;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "bench_signing: %s\n", qUtf8Printable(message));
    return 1;
}

// A line of /proc/self/status in KiB ("VmRSS", "VmHWM").
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

struct Opened {
    std::unique_ptr<SigningIdentityStore> store;
    std::optional<Signer> signer;
    QString error;
};

Opened openSigner(const QString &pki, const QString &identity, const QString &storeDir)
{
    Opened opened;
    QFile passphraseFile(pki + QStringLiteral("/passphrase.txt"));
    if (!passphraseFile.open(QIODevice::ReadOnly)) {
        opened.error = QStringLiteral("no passphrase.txt in ") + pki;
        return opened;
    }
    const QByteArray passphrase = passphraseFile.readAll();
    const PassphraseProvider ask = [passphrase](const PassphraseRequest &request) {
        return request.attempt == 1 ? std::optional(passphrase) : std::nullopt;
    };
    opened.store = std::make_unique<SigningIdentityStore>(storeDir);
    if (!opened.store->identity(identity)) {
        auto imported = opened.store->importPkcs12(
            pki + QLatin1Char('/') + identity + QStringLiteral(".p12"), identity, ask);
        if (!imported) {
            opened.error = imported.error().message;
            return opened;
        }
    }
    auto signer = Signer::open(*opened.store, identity, ask);
    if (!signer) {
        opened.error = signer.error().message;
        return opened;
    }
    opened.signer.emplace(std::move(*signer));
    return opened;
}

// User and system CPU seconds of this process so far: on a machine shared with others' builds
// the wall time says more about them than about us.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void row(const char *operation, const QString &identity, qsizetype files, double seconds,
         double cpu)
{
    std::printf("workroom\t%s\t%s\t%lld\t%.3f\t%.1f\t%.3f\t%.1f\n", operation,
                qUtf8Printable(identity), static_cast<long long>(files), seconds,
                seconds > 0 ? files / seconds : 0.0, cpu, cpu > 0 ? files / cpu : 0.0);
    std::fflush(stdout);
}

int throughput(const QString &pki, const QString &filesDir, const QString &outDir,
               const QString &identity)
{
    const QDir dir(filesDir);
    const QStringList names = dir.entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        return failWith(QStringLiteral("no *.bin files in ") + filesDir);
    }
    QDir().mkpath(outDir);
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    Opened opened = openSigner(pki, identity, outDir + QStringLiteral("/identities"));
    if (!opened.signer) {
        return failWith(opened.error);
    }
    for (const QString &name : names) {
        auto signature = opened.signer->signFile(dir.filePath(name));
        QSaveFile out(QDir(outDir).filePath(name + QStringLiteral(".p7s")));
        if (!signature || !out.open(QIODevice::WriteOnly)
            || out.write(*signature) != signature->size() || !out.commit()) {
            return failWith(signature ? out.errorString() : signature.error().message);
        }
    }
    row("sign", identity, names.size(), double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu);

    timer.restart();
    cpu = cpuSeconds();
    const QString trustDir = outDir + QStringLiteral("/trust");
    QDir().mkpath(trustDir);
    QFile::remove(trustDir + QStringLiteral("/root.pem"));
    QFile::copy(pki + QStringLiteral("/root.pem"), trustDir + QStringLiteral("/root.pem"));
    auto verifier = Verifier::create(TrustStore(trustDir, {}));
    if (!verifier) {
        return failWith(verifier.error().message);
    }
    for (const QString &name : names) {
        auto result = verifier->verifyDetached(
            dir.filePath(name), QDir(outDir).filePath(name + QStringLiteral(".p7s")));
        if (!result || !result->isValid()) {
            return failWith(QStringLiteral("%1 did not verify: %2")
                                .arg(name, result ? result->reason : result.error().message));
        }
    }
    row("verify", identity, names.size(), double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu);
    return 0;
}

int memory(const QString &pki, const QString &bigFile, const QString &outDir,
           const QString &identity)
{
    QDir().mkpath(outDir);
    Opened opened = openSigner(pki, identity, outDir + QStringLiteral("/identities"));
    if (!opened.signer) {
        return failWith(opened.error);
    }
    // The baseline: the process with the key open, before the big file. VmHWM restarts from
    // the current resident size (Linux 4.0 and later), so the peak is that of the signing.
    const qint64 baselineRss = statusKiB("VmRSS");
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    const bool reset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    clearRefs.close();
    const qint64 baselineHwm = statusKiB("VmHWM");
    QElapsedTimer timer;
    timer.start();
    auto signature = opened.signer->signFile(bigFile);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!signature) {
        return failWith(signature.error().message);
    }
    const qint64 peak = statusKiB("VmHWM");
    const qint64 after = statusKiB("VmRSS");
    std::printf("workroom\tmemory\t%s\t%lld\t%.3f\tbaseline_rss_kib=%lld hwm_reset=%d "
                "baseline_hwm_kib=%lld peak_hwm_kib=%lld after_rss_kib=%lld "
                "peak_over_baseline_kib=%lld\n",
                qUtf8Printable(identity), static_cast<long long>(QFileInfo(bigFile).size()),
                seconds, static_cast<long long>(baselineRss), int(reset),
                static_cast<long long>(baselineHwm), static_cast<long long>(peak),
                static_cast<long long>(after), static_cast<long long>(peak - baselineRss));
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    CryptoRuntime crypto;
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 5 && args.at(0) == QLatin1StringView("throughput")) {
        return throughput(args.at(1), args.at(2), args.at(3), args.at(4));
    }
    if (args.size() == 5 && args.at(0) == QLatin1StringView("memory")) {
        return memory(args.at(1), args.at(2), args.at(3), args.at(4));
    }
    std::fprintf(stderr, "usage: bench_signing throughput PKI_DIR FILES_DIR OUT_DIR IDENTITY\n"
                         "       bench_signing memory PKI_DIR BIG_FILE OUT_DIR IDENTITY\n");
    return 2;
}
