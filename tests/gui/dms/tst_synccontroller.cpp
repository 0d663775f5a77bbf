// The DMS sync of the desktop client against a real Apache: triggers, the state in the status
// bar, offline and back, a refused password, quitting during a sync, and the activity list.
#include "SyncTestSupport.h"
#include "dms/SyncActivityDialog.h"
#include "dms/SyncController.h"
#include "dms/SyncStatusWidget.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace workroom;
using namespace workroom::widgets;
using namespace dmsguitest;

using State = SyncController::State;

class TestSyncController : public QObject {
    Q_OBJECT

private:
    ApacheDavServer server_;
    std::unique_ptr<Relay> relay_;
    QTemporaryDir dir_;
    Profile profile_;
    std::unique_ptr<SyncController> controller_;
    QList<State> states_;

    QString password() const { return server_.password(QStringLiteral("alice")); }

    std::unique_ptr<SyncController> makeController()
    {
        auto controller = std::make_unique<SyncController>(dir_.path(), QStringLiteral("alice"));
        controller->setLink({relay_->url(QStringLiteral("room/")), QStringLiteral("alice"), {}});
        controller->setWorkroom(profile_.roomId, QStringLiteral("Bürgeramt"));
        controller->setUseKeychain(false);
        controller->setSchedule(true, 0);
        controller->setTimings(
            {.pollMs = 100, .quietMs = 300, .firstRetryMs = 400, .maxRetryMs = 3000});
        return controller;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ApacheDavServer::Options options;
        options.https = false;
        QVERIFY2(server_.start(options), qPrintable(server_.errorString()));
        QVERIFY(makeRoom(server_));
        relay_ = std::make_unique<Relay>(server_.httpPort());
        QVERIFY(relay_->up());
        QVERIFY(dir_.isValid());
        QVERIFY(profile_.open(dir_.path(), QStringLiteral("alice")));
        QVERIFY(profile_.link(relay_->url(QStringLiteral("room/")), QStringLiteral("alice"),
                              password()));
    }

    void notLinked()
    {
        SyncController controller(dir_.path(), QStringLiteral("alice"));
        controller.setUseKeychain(false);
        controller.start();
        QCOMPARE(controller.status().state, State::NotLinked);
        SyncStatusWidget widget(controller);
        QCOMPARE(widget.text(), QStringLiteral("Not linked to a DMS"));
        QVERIFY(widget.conflictButton()->isHidden());
    }

    void startAsksForThePasswordThenSyncs()
    {
        controller_ = makeController();
        connect(controller_.get(), &SyncController::statusChanged, this,
                [this] { states_.append(controller_->status().state); });
        QSignalSpy asked(controller_.get(), &SyncController::passwordRequired);
        controller_->start();
        QTRY_COMPARE(asked.size(), 1);
        // No keychain in this test: the checkbox to remember is not offered.
        QCOMPARE(asked.first().at(1).toBool(), false);
        controller_->setPassword(password(), false);
        QTRY_COMPARE(controller_->status().state, State::Synced);
        QVERIFY(states_.contains(State::Syncing));
        QVERIFY(controller_->status().lastSynced.isValid());
    }

    void localChangeLeadsToSync()
    {
        states_.clear();
        const auto created = profile_.createCase(QStringLiteral("Sondernutzung Straßenfest"));
        QVERIFY(created.id != 0);
        const QString caseJson =
            server_.davRoot() + QStringLiteral("/room/cases/")
            + QString(created.reference).replace(QLatin1Char('/'), QLatin1Char('_'))
            + QStringLiteral("/case.json");
        // Noticed by the worker's poll, synced after the quiet time, without any trigger here.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(caseJson), 15000);
        QTRY_COMPARE(controller_->status().state, State::Synced);
        const int syncing = int(states_.indexOf(State::Syncing));
        QVERIFY(syncing >= 0);
        QVERIFY(states_.indexOf(State::Synced, syncing) > syncing);
        QFile file(caseJson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Sondernutzung Stra\xc3\x9f"
                                        "enfest"));
        SyncStatusWidget widget(*controller_);
        QVERIFY(widget.text().startsWith(QStringLiteral("Synced ")));
        shoot(&widget, QStringLiteral("status-synced.png"));
    }

    void offlineThenBack()
    {
        relay_->down();
        controller_->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller_->status().state, State::Offline, 20000);
        const SyncController::Status offline = controller_->status();
        QVERIFY(!offline.reason.isEmpty());
        QVERIFY(offline.retryAt.isValid());
        SyncStatusWidget widget(*controller_);
        QVERIFY2(widget.text().startsWith(QStringLiteral("Offline – retrying at ")),
                 qPrintable(widget.text()));
        QVERIFY(widget.text().contains(offline.reason));
        QVERIFY(widget.stateButton()->toolTip().contains(QStringLiteral("Last synced")));
        shoot(&widget, QStringLiteral("status-offline.png"));

        // Local work goes on meanwhile and is synced once the server is back.
        const auto created = profile_.createCase(QStringLiteral("Fundsache Fahrrad"));
        QVERIFY(created.id != 0);
        QVERIFY(relay_->up());
        // The retry timer brings it back by itself; no trigger needed.
        QTRY_COMPARE_WITH_TIMEOUT(controller_->status().state, State::Synced, 20000);
        const QString caseJson =
            server_.davRoot() + QStringLiteral("/room/cases/")
            + QString(created.reference).replace(QLatin1Char('/'), QLatin1Char('_'))
            + QStringLiteral("/case.json");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(caseJson), 15000);
        QVERIFY(!controller_->status().retryAt.isValid());
    }

    void activityListsFailures()
    {
        SyncActivityDialog dialog(*controller_);
        dialog.resize(900, 360);
        QTableWidget *table = dialog.table();
        QVERIFY(table->rowCount() >= 3);
        // Newest first: the last sync went through.
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Sync"));
        shoot(&dialog, QStringLiteral("activity.png"));
        dialog.problemsOnly()->setChecked(true);
        QVERIFY(table->rowCount() >= 1);
        // The unreachable server, noted in the journal as something to retry.
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Retry later"));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("cannot be reached")));
        QVERIFY(!table->item(0, 3)->text().isEmpty());
        QVERIFY(table->rowCount() < int(controller_->activity().size()));
        table->selectRow(0);
        const QString copied = dialog.selectedText();
        QVERIFY(copied.contains(QLatin1Char('\t')));
        QVERIFY(copied.contains(table->item(0, 3)->text()));
        shoot(&dialog, QStringLiteral("activity-problems.png"));
    }

    void triggerDuringSyncQueuesOneMore()
    {
        int syncs = 0;
        auto counter = connect(controller_.get(), &SyncController::statusChanged, this,
                               [this, &syncs, last = State::Synced]() mutable {
                                   const State now = controller_->status().state;
                                   if (now == State::Syncing && last != State::Syncing) {
                                       ++syncs;
                                   }
                                   last = now;
                               });
        controller_->syncNow();
        controller_->syncNow();
        controller_->syncNow();
        QTRY_COMPARE(syncs, 2);
        QTRY_COMPARE(controller_->status().state, State::Synced);
        QTest::qWait(500);
        QCOMPARE(syncs, 2);
        disconnect(counter);
    }

    void wrongPasswordAsksAgain()
    {
        controller_.reset();
        auto controller = makeController();
        QSignalSpy asked(controller.get(), &SyncController::passwordRequired);
        controller->start();
        QTRY_COMPARE(asked.size(), 1);
        controller->setPassword(QStringLiteral("falsch"), false);
        QTRY_COMPARE(asked.size(), 2);
        QCOMPARE(controller->status().state, State::Error);
        QVERIFY(!controller->status().reason.isEmpty());
        QVERIFY(!asked.last().at(0).toString().isEmpty());
        SyncStatusWidget widget(*controller);
        QVERIFY(widget.text().startsWith(QStringLiteral("Sync error: ")));
        shoot(&widget, QStringLiteral("status-error.png"));
        controller->setPassword(password(), false);
        QTRY_COMPARE(controller->status().state, State::Synced);
    }

    void quitsPromptlyDuringSync()
    {
        // A document large enough that the slowed relay keeps its upload going for seconds.
        const auto created = profile_.createCase(QStringLiteral("Bauakte mit Plänen"));
        QVERIFY(created.id != 0);
        QByteArray pdf("%PDF-1.4\n% large\n");
        pdf.append(QByteArray(8 * 1024 * 1024, 'x'));
        auto blob = profile_.workspace->blobs().importBytes(pdf);
        QVERIFY(blob);
        storage::CaseRepository::NewVersion version;
        version.caseId = created.id;
        version.title = QStringLiteral("Pläne");
        version.kind = domain::DocumentKind::Attachment;
        version.blob = *blob;
        version.mimeType = QStringLiteral("application/pdf");
        version.originalFileName = QStringLiteral("plaene.pdf");
        QVERIFY(profile_.workspace->cases().addDocumentVersion(version, QStringLiteral("alice")));

        auto controller = makeController();
        controller->setPassword(password(), false);
        relay_->setSlow(true);
        controller->start();
        QTRY_COMPARE(controller->status().state, State::Syncing);
        QTest::qWait(600);
        QCOMPARE(controller->status().state, State::Syncing);
        QElapsedTimer timer;
        timer.start();
        controller->shutdown();
        const qint64 took = timer.elapsed();
        qInfo() << "shutdown during a sync took" << took << "ms";
        QVERIFY2(took < 3000, qPrintable(QString::number(took)));
        controller.reset();
        relay_->setSlow(false);

        // What was not done stays pending: the next sync takes it up.
        auto again = makeController();
        again->setPassword(password(), false);
        again->start();
        QTRY_COMPARE_WITH_TIMEOUT(again->status().state, State::Synced, 30000);
        QVERIFY(again->status().problems == 0);
    }

    void cleanupTestCase() { controller_.reset(); }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
