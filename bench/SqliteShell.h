#pragma once

#include <QList>
#include <QString>

namespace workroom::bench {

// The sqlite3 command-line tool as the floor: what SQLite itself needs for the same work,
// without Qt SQL, the repository, the audit chain or the blob store on top.
class SqliteShell {
public:
    explicit SqliteShell(QString program) : program_(std::move(program)) {}

    struct Run {
        bool ok = false;
        QString error;                 // sqlite3's complaint when !ok
        double wallMs = 0;             // the whole process, start to exit
        QList<double> statementMs;     // one per statement when the script has ".timer on"
        QList<double> statementCpuMs;  // user + sys of each: finer than the 1 ms steps of real
    };

    // Runs sqlite3 on `database` with the script file as its input; stops at the first error
    // (-bail), so that a failing insert is not mistaken for a fast one.
    Run runScript(const QString &database, const QString &scriptPath) const;

    // The version line of the tool, for the table.
    QString version() const;

private:
    QString program_;
};

// Drops a file's pages from the operating system's page cache (after writing back the dirty
// ones), so that the next reader pays for the disk: what the first start after a reboot sees.
// Returns the share of the file that was still cached afterwards (0 … 1), or -1 on failure.
double evictFromPageCache(const QString &path);

// The share of a file's pages in the page cache (0 … 1), or -1 on failure.
double residentShare(const QString &path);

}  // namespace workroom::bench
