#include "SqliteShell.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace workroom::bench {

SqliteShell::Run SqliteShell::runScript(const QString &database, const QString &scriptPath) const
{
    Run run;
    QProcess process;
    process.setProgram(program_);
    process.setArguments({QStringLiteral("-bail"), database});
    process.setStandardInputFile(scriptPath);
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(10'000)) {
        run.error = QStringLiteral("%1 did not start: %2").arg(program_, process.errorString());
        return run;
    }
    // The big insert script takes minutes; -1 waits as long as it takes.
    process.waitForFinished(-1);
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !err.isEmpty()) {
        run.error = err.isEmpty() ? QStringLiteral("sqlite3 exited with %1").arg(process.exitCode())
                                  : err.left(2000);
        return run;
    }
    // ".timer on" prints "Run Time: real 0.012 user 0.011000 sys 0.001000" after each
    // statement, to stdout even when the rows go to /dev/null.
    static const QRegularExpression timing(
        QStringLiteral(R"(^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+))"),
        QRegularExpression::MultilineOption);
    for (const auto &match : timing.globalMatch(out)) {
        run.statementMs.append(match.captured(1).toDouble() * 1000.0);
        run.statementCpuMs.append((match.captured(2).toDouble() + match.captured(3).toDouble())
                                  * 1000.0);
    }
    run.ok = true;
    return run;
}

QString SqliteShell::version() const
{
    QProcess process;
    process.start(program_, {QStringLiteral("-version")});
    if (!process.waitForFinished(10'000)) {
        return QStringLiteral("(unknown)");
    }
    return QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 1);
}

double evictFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    // Dirty pages are not dropped, only written back: write them first, then drop.
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
    return residentShare(path);
}

double residentShare(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || info.st_size == 0) {
        ::close(fd);
        return info.st_size == 0 ? 0 : -1;
    }
    void *map = ::mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) {
        return -1;
    }
    const long page = ::sysconf(_SC_PAGESIZE);
    const size_t pages = (size_t(info.st_size) + size_t(page) - 1) / size_t(page);
    std::vector<unsigned char> resident(pages);
    double share = -1;
    // mincore only asks; mapping the file does not read it.
    if (::mincore(map, size_t(info.st_size), resident.data()) == 0) {
        size_t in = 0;
        for (unsigned char r : resident) {
            in += r & 1;
        }
        share = double(in) / double(pages);
    }
    ::munmap(map, size_t(info.st_size));
    return share;
}

}  // namespace workroom::bench
