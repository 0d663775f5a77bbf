#include "BulkCsv.h"
#include "BulkJobList.h"
#include "DemoRegister.h"
#include "Localization.h"
#include "QueryLog.h"
#include "RegisterClient.h"
#include "RegisterCredentialStore.h"
#include "RegisterTestServer.h"
#include "Why.h"
#include "Workspace.h"
#include "registers/BulkQueryWindow.h"
#include "registers/RegisterJobsView.h"
#include "registers/RegisterSignIn.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace workroom;
using widgets::BulkQueryWindow;
using widgets::RegisterJobsView;
using Stage = widgets::BulkQueryWindow::Stage;

namespace {

template <typename T>
T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
}

// The longest time the event loop did not come round, seen through a 1 ms timer: what a user
// would feel as the window hanging.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        timer_.setInterval(1);
        timer_.setTimerType(Qt::PreciseTimer);
        connect(&timer_, &QTimer::timeout, this,
                [this] { longest_ = std::max(longest_, clock_.restart()); });
    }
    void start()
    {
        longest_ = 0;
        clock_.start();
        timer_.start();
    }
    qint64 stop()
    {
        timer_.stop();
        return longest_;
    }
    qint64 longest() const { return longest_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 longest_ = 0;
};

}  // namespace

class TestBulkQueryWindow : public QObject {
    Q_OBJECT

    // The server runs on a thread of its own, as a real service would run elsewhere: what the
    // stall meter sees is the window's own work.
    QThread serverThread_;
    QObject *serverAnchor_ = nullptr;
    tests::RegisterTestServer *server_ = nullptr;
    QList<registers::RegisteredPerson> people_;  // distinct name and date of birth

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<casework::Workspace> workspace_;
    std::unique_ptr<registers::QueryLog> log_;
    std::unique_ptr<registers::BulkJobList> jobs_;
    QNetworkAccessManager network_;
    std::unique_ptr<registers::RegisterClient> client_;

    template <typename F>
    void onServer(F work)
    {
        QMetaObject::invokeMethod(serverAnchor_, work, Qt::BlockingQueuedConnection);
    }

    int serverRequests()
    {
        int count = 0;
        onServer([&] { count = server_->requestCount(); });
        return count;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir_->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

    QByteArray csvOf(int rows) const
    {
        QByteArray csv = "referenz;familienname;vornamen;geburtsdatum\r\n";
        for (int i = 0; i < rows; ++i) {
            const registers::PersonRecord &person = people_.at(i % people_.size()).record;
            csv += QStringLiteral("R%1;%2;%3;%4\r\n")
                       .arg(i + 1)
                       .arg(person.familyName, person.givenNames,
                            person.birthDate.toString(QStringLiteral("dd.MM.yyyy")))
                       .toUtf8();
        }
        return csv;
    }

    std::unique_ptr<BulkQueryWindow> makeWindow()
    {
        auto window = std::make_unique<BulkQueryWindow>(
            *client_, jobs_.get(), registers::QueryOrigin{workspace_->actor(), 1, 0});
        window->setPollInterval(100);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return nullptr;
        }
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        serverThread_.start();
        serverAnchor_ = new QObject;
        serverAnchor_->moveToThread(&serverThread_);
        bool started = false;
        onServer([&] {
            tests::RegisterTestServer::Options options;
            options.populationSize = 30000;
            server_ = new tests::RegisterTestServer(options);
            started = server_->start();
        });
        QVERIFY(started);
        QSet<QString> seen;
        for (const registers::RegisteredPerson &person : server_->population().persons()) {
            const QString key = person.record.familyName + QLatin1Char('|')
                                + person.record.givenNames + QLatin1Char('|')
                                + person.record.birthDate.toString(Qt::ISODate);
            if (!seen.contains(key)) {
                seen.insert(key);
                people_.append(person);
            }
            if (people_.size() == 10000) {
                break;
            }
        }
        QCOMPARE(people_.size(), 10000);
    }

    void cleanupTestCase()
    {
        client_.reset();
        network_.clearConnectionCache();
        onServer([this] { delete server_; });
        serverThread_.quit();
        serverThread_.wait();
        delete serverAnchor_;
    }

    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        auto opened = casework::Workspace::open(dir_->filePath(QStringLiteral("profile")),
                                                QStringLiteral("e.muster"));
        QVERIFY2(opened, why(opened));
        workspace_ = std::move(*opened);
        log_ = std::make_unique<registers::QueryLog>(workspace_->database());
        jobs_ = std::make_unique<registers::BulkJobList>(workspace_->database());
        registers::ClientConfig config;
        onServer([&] {
            config.baseUrl = server_->url();
            config.bearerToken = server_->token();
            server_->clearRequestLog();
        });
        client_ = std::make_unique<registers::RegisterClient>(config, &network_);
        client_->setQueryLog(log_.get());
    }

    void cleanup()
    {
        client_.reset();
        jobs_.reset();
        log_.reset();
        workspace_.reset();
        dir_.reset();
    }

    void badRowsAreListedAndNothingIsSent()
    {
        const registers::PersonRecord &good = people_.first().record;
        const QString goodLine = QStringLiteral("%1;%2;%3")
                                     .arg(good.familyName, good.givenNames,
                                          good.birthDate.toString(QStringLiteral("dd.MM.yyyy")));
        const QByteArray csv = (QStringLiteral("familienname;vornamen;geburtsdatum\r\n") + goodLine
                                + QStringLiteral("\r\n;Anna;01.02.1980\r\n"
                                                 "Muster;Max;31.02.1980\r\n"
                                                 "Zukunft;Zora;01.01.2999\r\n")
                                + goodLine + QStringLiteral("\r\n"))
                                   .toUtf8();
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy checked(window.get(), &BulkQueryWindow::csvChecked);
        window->openCsv(writeFile(QStringLiteral("bad.csv"), csv));
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(window->stage(), Stage::Checked);
        const registers::BulkCsvReport &report = window->report();
        QVERIFY(!report.ok());
        QVERIFY(report.errorCount() >= 3);

        // Each problem is listed with its line, the problems first.
        auto *issues = child<QTableView>(window.get(), "csvIssueView");
        QVERIFY(issues->isVisible());
        QVERIFY(issues->model()->rowCount() >= 3);
        QStringList lines;
        for (int row = 0; row < issues->model()->rowCount(); ++row) {
            lines << issues->model()->index(row, 1).data().toString();
        }
        for (const char *line : {"3", "4", "5"}) {
            QVERIFY2(lines.contains(QLatin1StringView(line)), qPrintable(lines.join(u',')));
        }
        QVERIFY(
            child<QLabel>(window.get(), "csvSummary")->text().contains(QStringLiteral("error")));
        QVERIFY(child<QLabel>(window.get(), "bulkProblem")->isVisible());
        saveScreenshot(*window, QStringLiteral("bulk-window-errors"));

        auto *submit = child<QPushButton>(window.get(), "submitBulkButton");
        QVERIFY(!submit->isEnabled());
        window->setPurpose(QStringLiteral("Prüfung"));
        window->setCaseReference(QStringLiteral("32.10-0001/2026"));
        window->submit();  // what a stray Return would do
        QTest::qWait(200);
        QCOMPARE(window->stage(), Stage::Checked);
        QCOMPARE(serverRequests(), 0);
        QVERIFY(!window->job().has_value());
    }

    void windows1252AndMissingColumnsAreRead()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy checked(window.get(), &BulkQueryWindow::csvChecked);
        QStringEncoder latin1(QStringEncoder::Latin1);
        const QByteArray cp1252 =
            latin1.encode(QStringLiteral("familienname,vornamen,geburtsdatum\r\n"
                                         "Müller,Jürgen,03.04.1970\r\n"));
        window->openCsv(writeFile(QStringLiteral("cp1252.csv"), cp1252));
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY(window->report().ok());
        auto *rows = child<QTableView>(window.get(), "csvRowView");
        QCOMPARE(rows->model()->rowCount(), 1);
        QCOMPARE(rows->model()->index(0, 2).data().toString(), QStringLiteral("Müller"));
        QVERIFY(child<QLabel>(window.get(), "csvSummary")
                    ->text()
                    .contains(QStringLiteral("Windows-1252")));

        window->openCsv(
            writeFile(QStringLiteral("columns.csv"), "familienname;vornamen\r\nA;B\r\n"));
        QTRY_COMPARE(checked.size(), 2);
        QVERIFY(!window->report().ok());
        QVERIFY(!child<QPushButton>(window.get(), "submitBulkButton")->isEnabled());
    }

    void missingSecretIsAskedForBeforeSubmitting()
    {
        registers::ClientConfig config = client_->config();
        config.bearerToken.clear();
        registers::RegisterClient client(config, &network_);
        registers::RegisterCredentialStore store(QStringLiteral("Workroom register GUI test"));
        widgets::RegisterSignIn signIn(client, store);
        QByteArray token;
        onServer([&] { token = server_->token(); });
        int asked = 0;
        QByteArray answer;  // first a cancel
        signIn.setAsker([&](QWidget *, bool) {
            ++asked;
            return std::pair(answer, false);
        });
        BulkQueryWindow window(client, jobs_.get(),
                               registers::QueryOrigin{workspace_->actor(), 1, 0});
        window.setSignIn(&signIn);
        QSignalSpy checked(&window, &BulkQueryWindow::csvChecked);
        window.openCsv(writeFile(QStringLiteral("few.csv"), csvOf(5)));
        QTRY_COMPARE(checked.size(), 1);
        window.setPurpose(QStringLiteral("Wahlbenachrichtigung"));
        window.setCaseReference(QStringLiteral("12.30-0007/2026"));
        window.submit();
        QCOMPARE(asked, 1);
        QCOMPARE(window.stage(), Stage::Checked);  // cancelled: nothing went out
        QCOMPARE(serverRequests(), 0);
        answer = token;
        window.submit();
        QCOMPARE(asked, 2);
        QTRY_VERIFY(window.job().has_value());
        QVERIFY(serverRequests() >= 1);
        QVERIFY(!client.needsSecret());
        bool ready = false;  // the secret is known now: not asked again
        signIn.ensureSecret(&window, [&](bool known) { ready = known; });
        QVERIFY(ready);
        QCOMPARE(asked, 2);
    }

    void goodFileIsSubmittedFollowedAndSaved()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy checked(window.get(), &BulkQueryWindow::csvChecked);
        window->openCsv(writeFile(QStringLiteral("good.csv"), csvOf(3000)));
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY2(window->report().ok(), qPrintable(window->report().summary()));
        QCOMPARE(child<QTableView>(window.get(), "csvRowView")->model()->rowCount(), 3000);
        auto *submit = child<QPushButton>(window.get(), "submitBulkButton");
        QVERIFY(submit->isEnabled());

        // Purpose and case reference are asked for before anything goes out.
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(
            child<QLabel>(window.get(), "bulkProblem")->text().contains(QStringLiteral("purpose")));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(window.get(), "bulkPurpose"));
        QCOMPARE(serverRequests(), 0);

        onServer([this] { server_->setRowsPerTick(100); });  // slow enough to watch
        window->setPurpose(QStringLiteral("Wahlbenachrichtigung"));
        window->setCaseReference(QStringLiteral("12.30-0007/2026"));
        auto *progress = child<QProgressBar>(window.get(), "bulkProgress");
        QList<int> seen;
        connect(progress, &QProgressBar::valueChanged, this,
                [&seen](int value) { seen.append(value); });
        QSignalSpy jobChanged(window.get(), &BulkQueryWindow::jobChanged);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE(window->stage(), Stage::Running);
        saveScreenshot(*window, QStringLiteral("bulk-window-running"));
        QTRY_COMPARE_WITH_TIMEOUT(window->stage(), Stage::Done, 60000);
        onServer([this] { server_->setRowsPerTick(2000); });
        // Progress came in steps, not only at the end.
        const auto between = std::ranges::count_if(seen, [](int v) { return v > 0 && v < 3000; });
        QVERIFY2(between >= 2, qPrintable(QStringLiteral("%1 steps").arg(between)));
        QVERIFY(jobChanged.size() >= 2);
        QVERIFY(window->result().has_value());
        QCOMPARE(window->result()->rows.size(), 3000);
        QVERIFY(
            child<QLabel>(window.get(), "bulkStatus")->text().contains(QStringLiteral("found")));
        saveScreenshot(*window, QStringLiteral("bulk-window-done"));

        // In the list of my jobs, with its expiry 8 days on.
        auto listed = jobs_->jobs(workspace_->actor());
        QVERIFY2(listed, why(listed));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().jobId, window->job()->jobId);
        QCOMPARE(listed->first().submittedAt.daysTo(listed->first().expiresAt), 8);

        auto *save = child<QPushButton>(window.get(), "saveResultsButton");
        QVERIFY(save->isEnabled());
        QSignalSpy saved(window.get(), &BulkQueryWindow::resultsSaved);
        const QString path = dir_->filePath(QStringLiteral("results.csv"));
        window->saveResults(path);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto parsed = registers::BulkCsv::parseResult(file.readAll());
        QVERIFY2(parsed, why(parsed));
        QCOMPARE(parsed->size(), 3000);
        const auto found = std::ranges::count_if(
            *parsed, [](const auto &row) { return row.outcome == registers::QueryOutcome::Found; });
        QVERIFY(found > 2000);
    }

    void leavingARunningJobKeepsItForLater()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy checked(window.get(), &BulkQueryWindow::csvChecked);
        window->openCsv(writeFile(QStringLiteral("leave.csv"), csvOf(2000)));
        QTRY_COMPARE(checked.size(), 1);
        onServer([this] { server_->setRowsPerTick(5); });
        window->setPurpose(QStringLiteral("Prüfung"));
        window->setCaseReference(QStringLiteral("12.30-0008/2026"));
        window->submit();
        QTRY_COMPARE(window->stage(), Stage::Running);
        auto *cancel = child<QPushButton>(window.get(), "cancelBulkButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(window->stage(), Stage::Failed);
        QVERIFY(child<QLabel>(window.get(), "bulkStatus")
                    ->text()
                    .contains(QStringLiteral("Register queries")));
        QCOMPARE(jobs_->jobs(workspace_->actor())->size(), 1);
        onServer([this] { server_->setRowsPerTick(2000); });
    }

    void jobsViewShowsExpiryAndFetchesAgain()
    {
        const workroom::app::Localization localization(QStringLiteral("de"));
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy checked(window.get(), &BulkQueryWindow::csvChecked);
        window->openCsv(writeFile(QStringLiteral("again.csv"), csvOf(500)));
        QTRY_COMPARE(checked.size(), 1);
        window->setPurpose(QStringLiteral("Prüfung"));
        window->setCaseReference(QStringLiteral("12.30-0009/2026"));
        window->submit();
        QTRY_COMPARE_WITH_TIMEOUT(window->stage(), Stage::Done, 30000);
        const QString jobId = window->job()->jobId;

        RegisterJobsView view(*client_, *jobs_, nullptr, *workspace_, true);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.jobs().size(), 1);
        auto *list = child<QTreeWidget>(&view, "registerJobList");
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("500"));
        QVERIFY(!view.isExpired(view.jobs().first()));
        saveScreenshot(view, QStringLiteral("register-jobs-de"));

        view.selectJob(0);
        QVERIFY(child<QPushButton>(&view, "fetchAgainButton")->isEnabled());
        QSignalSpy fetched(&view, &RegisterJobsView::fetchFinished);
        const QString path = dir_->filePath(QStringLiteral("again-results.csv"));
        view.fetchJob(jobId, path);
        QTRY_COMPARE(fetched.size(), 1);
        QCOMPARE(fetched.first().at(2).toString(), QString());
        QVERIFY(QFile::exists(path));

        // Nine days on the service has deleted the results, and the list says so.
        onServer([this] { server_->advanceClock(9 * 24 * 3600); });
        view.fetchJob(jobId, dir_->filePath(QStringLiteral("late.csv")));
        QTRY_COMPARE(fetched.size(), 2);
        QVERIFY2(fetched.last().at(2).toString().contains(QStringLiteral("abgelaufen"))
                     || fetched.last().at(2).toString().contains(QStringLiteral("expired")),
                 qPrintable(fetched.last().at(2).toString()));
        QVERIFY(view.isExpired(view.jobs().first()));
        QVERIFY(!child<QPushButton>(&view, "fetchAgainButton")->isEnabled());
        QVERIFY(!QFile::exists(dir_->filePath(QStringLiteral("late.csv"))));

        // The local clock alone says so too, without asking the service.
        RegisterJobsView later(*client_, *jobs_, nullptr, *workspace_, true);
        later.setClock([] { return QDateTime::currentDateTimeUtc().addDays(9); });
        later.refresh();
        QVERIFY(later.isExpired(later.jobs().first()));
        later.resize(1000, 500);
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        saveScreenshot(later, QStringLiteral("register-jobs-expired-de"));
        onServer([this] { server_->advanceClock(-9 * 24 * 3600); });
    }

    void windowStaysResponsiveDuringATenThousandRowJob()
    {
        auto window = makeWindow();
        QVERIFY(window);
        const QString path = writeFile(QStringLiteral("big.csv"), csvOf(10000));
        window->setPurpose(QStringLiteral("Wahlbenachrichtigung"));
        window->setCaseReference(QStringLiteral("12.30-0010/2026"));
        QSignalSpy checked(window.get(), &BulkQueryWindow::csvChecked);
        QSignalSpy saved(window.get(), &BulkQueryWindow::resultsSaved);

        StallMeter meter;
        QElapsedTimer total;
        total.start();
        meter.start();
        window->openCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
        const qint64 readStall = meter.stop();
        QVERIFY2(window->report().ok(), qPrintable(window->report().summary()));
        QCOMPARE(window->report().rows.size(), 10000);

        meter.start();
        window->submit();
        QTRY_COMPARE_WITH_TIMEOUT(window->stage(), Stage::Done, 60000);
        const qint64 jobStall = meter.stop();
        QCOMPARE(window->result()->rows.size(), 10000);

        meter.start();
        window->saveResults(dir_->filePath(QStringLiteral("big-results.csv")));
        QTRY_COMPARE(saved.size(), 1);
        const qint64 saveStall = meter.stop();

        const qint64 longest = std::max({readStall, jobStall, saveStall});
        qInfo("10,000-row bulk job end to end in %lld ms; longest event-loop stall: reading "
              "%lld ms, submit/poll/fetch %lld ms, saving %lld ms",
              total.elapsed(), readStall, jobStall, saveStall);
        // The goal is 16 ms (one frame). The server and the client's workers share the cores
        // of a test machine with the window, and on a loaded machine the scheduler alone adds
        // tens of milliseconds; the test fails at four frames, where the window's own work
        // would be to blame (WORKROOM_STALL_LIMIT_MS sets another limit).
        const qint64 limit = qEnvironmentVariableIntValue("WORKROOM_STALL_LIMIT_MS") > 0
                                 ? qEnvironmentVariableIntValue("WORKROOM_STALL_LIMIT_MS")
                                 : 64;
        QVERIFY2(longest <= limit,
                 qPrintable(QStringLiteral("the window stalled for %1 ms").arg(longest)));
    }

    void demoRegisterBulkJobIsMeasuredToo()
    {
        // The built-in demo works its jobs on the window's own thread: how long it holds the
        // window is reported here (the demo's pace is the registers module's to set).
        registers::DemoRegister demo;
        BulkQueryWindow window(demo, jobs_.get(), {workspace_->actor(), 1, 0});
        window.setPollInterval(100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("registerServiceLabel"))
                    ->text()
                    .contains(QStringLiteral("Demo-Register")));
        QSignalSpy checked(&window, &BulkQueryWindow::csvChecked);
        window.openCsv(writeFile(QStringLiteral("demo.csv"), csvOf(10000)));
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
        window.setPurpose(QStringLiteral("Probe"));
        window.setCaseReference(QStringLiteral("12.30-0011/2026"));
        StallMeter meter;
        QElapsedTimer total;
        total.start();
        meter.start();
        window.submit();
        QTRY_COMPARE_WITH_TIMEOUT(window.stage(), Stage::Done, 120000);
        const qint64 stall = meter.stop();
        qInfo("Demo-Register: 10,000-row bulk job in %lld ms; longest event-loop stall %lld ms",
              total.elapsed(), stall);
        QCOMPARE(window.result()->rows.size(), 10000);
        saveScreenshot(window, QStringLiteral("bulk-window-demo"));
    }
};

QTEST_MAIN(TestBulkQueryWindow)
#include "tst_bulkquerywindow.moc"
