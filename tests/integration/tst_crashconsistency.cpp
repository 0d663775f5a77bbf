#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

}  // namespace

// kill -9 at random moments of imports and of the demo-room creation, many times: afterwards the
// store is always consistent (integrity check, no version without its blob, intact audit chain),
// and the garbage collector removes every orphan blob and temporary file.
class TestCrashConsistency : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString profile_;

    Run ctl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(WORKROOMCTL_PATH),
                      QStringList{QStringLiteral("--profile"), profile_} + arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // Starts workroomctl and kills it with SIGKILL after `delayMs`.
    void killAfter(const QStringList &arguments, int delayMs)
    {
        QProcess process;
        process.start(QStringLiteral(WORKROOMCTL_PATH),
                      QStringList{QStringLiteral("--profile"), profile_} + arguments);
        QVERIFY(process.waitForStarted());
        QTest::qWait(delayMs);
        process.kill();  // SIGKILL: no destructor, no flush, no rollback of its own
        process.waitForFinished();
    }

    void verifyConsistent(const QByteArray &when)
    {
        const Run check = ctl({QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, QByteArray(when + ": " + check.err).constData());
    }

    QSet<QString> blobsOnDisk()
    {
        QSet<QString> names;
        QDirIterator it(profile_ + QStringLiteral("/blobs"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QDir(profile_ + QStringLiteral("/blobs"))
                     .relativeFilePath(path)
                     .startsWith(QLatin1StringView("tmp/"))) {
                names.insert(QFileInfo(path).fileName());
            }
        }
        return names;
    }

    int temporaryFiles()
    {
        return int(QDir(profile_ + QStringLiteral("/blobs/tmp")).entryList(QDir::Files).size());
    }

private slots:
    void initTestCase()
    {
        profile_ = tmp_.filePath(QStringLiteral("profile"));
        QCOMPARE(ctl({QStringLiteral("workroom"), QStringLiteral("create"), QStringLiteral("T")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--plan"),
                      QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("Absturz"),
                      QStringLiteral("--year"), QStringLiteral("2026")})
                     .exitCode,
                 0);
    }

    void survivesKilledImports()
    {
        // Files of 64 KiB to 6 MiB, so that kills land in copying, hashing and committing.
        QStringList files;
        for (int i = 0; i < 12; ++i) {
            const QString path = tmp_.filePath(QStringLiteral("in/file-%1.bin").arg(i));
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray chunk(64 * 1024, char('A' + i));
            for (int k = 0; k < 1 + (i * 7) % 96; ++k) {
                chunk[0] = char(k);
                file.write(chunk);
            }
        }
        for (int i = 0; i < 12; ++i) {
            files << tmp_.filePath(QStringLiteral("in/file-%1.bin").arg(i));
        }
        const quint32 seed = QRandomGenerator::system()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator dice(seed);
        for (int round = 0; round < 30; ++round) {
            QStringList batch = files;
            // A fresh file each round, so that there is always new work to be interrupted.
            const QString fresh = tmp_.filePath(QStringLiteral("in/round-%1.bin").arg(round));
            QFile file(fresh);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(3 << 20, char(round)));
            file.close();
            batch.prepend(fresh);
            killAfter(QStringList{QStringLiteral("doc"), QStringLiteral("add"),
                                  QStringLiteral("1-0001/2026")}
                          + batch,
                      int(dice.bounded(20, 600)));
            verifyConsistent("after round " + QByteArray::number(round));
        }
        // Orphans (blobs stored before the kill, never referenced) and temporary files go.
        QCOMPARE(
            ctl({QStringLiteral("gc"), QStringLiteral("--grace"), QStringLiteral("0")}).exitCode,
            0);
        verifyConsistent("after gc");
        QCOMPARE(temporaryFiles(), 0);
        const Run docs = ctl({QStringLiteral("doc"), QStringLiteral("list"),
                              QStringLiteral("1-0001/2026"), QStringLiteral("--json")});
        QSet<QString> referenced;
        for (const QJsonValue &v : QJsonDocument::fromJson(docs.out).array()) {
            referenced.insert(v.toObject().value(QStringLiteral("sha256")).toString());
        }
        QVERIFY(!referenced.isEmpty());
        QCOMPARE(blobsOnDisk(), referenced);
        // Finally a run that is not killed completes the import without duplicates.
        const Run last = ctl(QStringList{QStringLiteral("doc"), QStringLiteral("add"),
                                         QStringLiteral("1-0001/2026"), QStringLiteral("--json")}
                             + files);
        for (const QJsonValue &v : QJsonDocument::fromJson(last.out).array()) {
            QVERIFY(v.toObject().value(QStringLiteral("result")).toString()
                    != QLatin1StringView("failed"));
        }
        const Run all = ctl({QStringLiteral("doc"), QStringLiteral("list"),
                             QStringLiteral("1-0001/2026"), QStringLiteral("--json")});
        QSet<QString> shas;
        const QJsonArray versions = QJsonDocument::fromJson(all.out).array();
        for (const QJsonValue &v : versions) {
            shas.insert(v.toObject().value(QStringLiteral("sha256")).toString());
        }
        QCOMPARE(shas.size(), versions.size());  // each content once
    }

    // The demo room is made in one transaction: killed, there is none; never half of one.
    void demoRoomIsAllOrNothing()
    {
        for (int delay : {30, 80, 150, 250}) {
            killAfter({QStringLiteral("demo")}, delay);
            verifyConsistent("after a killed demo at " + QByteArray::number(delay) + " ms");
            const Run list =
                ctl({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--workroom"),
                     QStringLiteral("Bürgeramt (Demo)"), QStringLiteral("--json")});
            if (list.exitCode == 0) {
                QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 40);
                return;
            }
            QVERIFY2(list.err.contains("no workroom"), list.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
