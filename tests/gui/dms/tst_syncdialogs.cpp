// The conflict dialog with two profiles on one real Apache, the link dialog over HTTPS with the
// test CA, and the words the sync's GUI uses for fields and values.
#include "CaseService.h"
#include "MainWindow.h"
#include "SyncTestSupport.h"
#include "dms/CaseConflictBanner.h"
#include "dms/ConflictDialog.h"
#include "dms/DmsLinkDialog.h"
#include "dms/DmsPasswordDialog.h"
#include "dms/SyncActions.h"
#include "dms/SyncController.h"
#include "dms/SyncStatusWidget.h"
#include "dms/SyncTexts.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

using namespace workroom;
using namespace workroom::widgets;
using namespace dmsguitest;

using State = SyncController::State;

namespace {

// Syncs a profile the way `workroomctl dms sync` does, in this thread.
bool syncDirectly(Profile &profile, const QUrl &base, const QString &user, const QString &password)
{
    auto journal = dms::SyncJournal::open(profile.dir + QStringLiteral("/dms-journal.sqlite"));
    if (!journal) {
        return false;
    }
    dms::WorkroomSync sync({profile.workspace->database(), profile.workspace->cases(),
                            profile.workspace->blobs(), **journal, profile.roomId,
                            QStringLiteral("Bürgeramt"), user});
    auto done = sync.run({base, user, password, {}});
    if (!done) {
        qWarning() << done.error().message;
    }
    return done && done->ok();
}

int openConflicts(Profile &profile)
{
    auto journal = dms::SyncJournal::open(profile.dir + QStringLiteral("/dms-journal.sqlite"));
    auto conflicts = journal ? (*journal)->conflicts() : std::unexpected(journal.error());
    return conflicts ? int(conflicts->size()) : -1;
}

}  // namespace

class TestSyncDialogs : public QObject {
    Q_OBJECT

private:
    ApacheDavServer server_;

    QString password(const char *user) const { return server_.password(QString::fromLatin1(user)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(server_.start(), qPrintable(server_.errorString()));
        // Each test links its own collection, as each workroom has one.
        for (const char *room : {"conflict/", "link/", "window/"}) {
            QVERIFY(makeRoom(server_, QString::fromLatin1(room)));
        }
    }

    void fieldsAndValuesInWords()
    {
        QCOMPARE(SyncTexts::fieldName(QStringLiteral("deadline")), QStringLiteral("Deadline"));
        QCOMPARE(SyncTexts::fieldName(QStringLiteral("parties.p1.city")),
                 QStringLiteral("Party: city"));
        const QJsonValue date(QStringLiteral("2026-12-15"));
        QCOMPARE(SyncTexts::displayValue(QStringLiteral("deadline"), date),
                 QLocale().toString(QDate(2026, 12, 15), QLocale::ShortFormat));
        QCOMPARE(SyncTexts::displayValue(QStringLiteral("status"), QStringLiteral("in_review")),
                 QStringLiteral("In review"));
        QCOMPARE(SyncTexts::displayValue(QStringLiteral("subject"), QJsonValue(QString())),
                 QStringLiteral("(empty)"));
        QCOMPARE(SyncTexts::displayValue(QStringLiteral("tags"),
                                         QJsonArray{QStringLiteral("a"), QStringLiteral("b")}),
                 QStringLiteral("a, b"));
        // The merge editor shows what the user reads and takes it back.
        const QString shown = SyncTexts::editText(QStringLiteral("deadline"), date);
        QCOMPARE(SyncTexts::valueFromText(QStringLiteral("deadline"), shown), date);
        QCOMPARE(SyncTexts::valueFromText(QStringLiteral("deadline"), QStringLiteral("15.12.2026")),
                 date);
        QVERIFY(!SyncTexts::valueFromText(QStringLiteral("deadline"), QStringLiteral("bald")));
        QCOMPARE(SyncTexts::valueFromText(QStringLiteral("tags"), QStringLiteral(" a, ,b ")),
                 QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!SyncTexts::mergeable(QStringLiteral("status")));
    }

    void conflictKeepTheDms()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        Profile a;
        Profile b;
        QVERIFY(a.open(dirA.path(), QStringLiteral("alice")));
        QVERIFY(b.open(dirB.path(), QStringLiteral("bob")));
        const QUrl plain = server_.httpUrl(QStringLiteral("conflict/"));
        QVERIFY(a.link(plain, QStringLiteral("alice"), password("alice")));
        QVERIFY(b.link(plain, QStringLiteral("bob"), password("bob")));

        const auto created = a.createCase(QStringLiteral("Bauantrag Gartenhaus"));
        QVERIFY(created.id != 0);
        SyncController controller(dirA.path(), QStringLiteral("alice"));
        controller.setLink({plain, QStringLiteral("alice"), {}});
        controller.setWorkroom(a.roomId, QStringLiteral("Bürgeramt"));
        controller.setUseKeychain(false);
        controller.setSchedule(true, 0);
        controller.setTimings(
            {.pollMs = 100, .quietMs = 200, .firstRetryMs = 400, .maxRetryMs = 2000});
        controller.setPassword(password("alice"), false);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, State::Synced, 20000);
        QVERIFY(syncDirectly(b, plain, QStringLiteral("bob"), password("bob")));

        // The same field changed differently on both computers; B is first on the DMS.
        auto onB = b.workspace->cases().caseByReference(b.roomId, created.reference);
        QVERIFY(onB);
        onB->subject = QStringLiteral("Bauantrag Gartenhaus mit Carport");
        QVERIFY(b.workspace->cases().updateCase(*onB, QStringLiteral("bob")));
        QVERIFY(syncDirectly(b, plain, QStringLiteral("bob"), password("bob")));
        auto onA = a.workspace->cases().caseById(created.id);
        QVERIFY(onA);
        onA->subject = QStringLiteral("Bauantrag Gartenhütte");
        QVERIFY(a.workspace->cases().updateCase(*onA, QStringLiteral("alice")));
        controller.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().openConflicts, 1, 20000);
        QTRY_COMPARE(controller.status().state, State::Synced);

        SyncStatusWidget status(controller);
        QVERIFY(!status.conflictButton()->isHidden());
        QCOMPARE(status.conflictButton()->text(), QStringLiteral("1 conflict(s)"));
        shoot(&status, QStringLiteral("status-conflict.png"));

        ConflictDialog dialog(controller);
        dialog.resize(860, 380);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.list()->item(0)->text(), created.reference + QStringLiteral(" – Subject"));
        QCOMPARE(dialog.baseField()->text(), QStringLiteral("Bauantrag Gartenhaus"));
        QCOMPARE(dialog.localField()->text(), QStringLiteral("Bauantrag Gartenhütte"));
        QCOMPARE(dialog.remoteField()->text(), QStringLiteral("Bauantrag Gartenhaus mit Carport"));
        QVERIFY(dialog.baseField()->isReadOnly() && dialog.remoteField()->isReadOnly());
        dialog.mergeButton()->click();
        QCOMPARE(dialog.mergeField()->text(), QStringLiteral("Bauantrag Gartenhütte"));
        QVERIFY(!dialog.mergeField()->isReadOnly());
        shoot(&dialog, QStringLiteral("conflict-dialog.png"));

        QSignalSpy resolved(&controller, &SyncController::conflictResolved);
        dialog.keepRemoteButton()->click();
        QTRY_COMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().at(1).toString(), QString());
        auto local = a.workspace->cases().caseById(created.id);
        QVERIFY(local);
        QCOMPARE(local->subject, QStringLiteral("Bauantrag Gartenhaus mit Carport"));
        QTRY_COMPARE(dialog.list()->count(), 0);
        QTRY_COMPARE(controller.status().openConflicts, 0);
        QVERIFY(status.conflictButton()->isHidden());
        // The resolution went to the DMS with the sync that followed; B drops the conflict too.
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, State::Synced, 20000);
        QVERIFY(syncDirectly(b, plain, QStringLiteral("bob"), password("bob")));
        QCOMPARE(openConflicts(b), 0);
        auto finalOnB = b.workspace->cases().caseByReference(b.roomId, created.reference);
        QVERIFY(finalOnB);
        QCOMPARE(finalOnB->subject, QStringLiteral("Bauantrag Gartenhaus mit Carport"));
        shoot(&dialog, QStringLiteral("conflict-dialog-done.png"));
        controller.shutdown();
    }

    void linkDialogExplainsAndLinks()
    {
        QTemporaryDir dir;
        Profile profile;
        QVERIFY(profile.open(dir.path(), QStringLiteral("alice")));
        const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
        {
            QFile pem(caFile);
            QVERIFY(pem.open(QIODevice::WriteOnly));
            for (const QSslCertificate &cert : server_.caCertificates()) {
                pem.write(cert.toPem());
            }
        }
        SyncController controller(dir.path(), QStringLiteral("alice"));
        controller.setUseKeychain(false);
        controller.setWorkroom(profile.roomId, QStringLiteral("Bürgeramt"));
        controller.setSchedule(false, 0);
        controller.start();
        QStringList stored;
        DmsLinkSettings settings;
        settings.store = [&stored](const QString &url, const QString &user, const QString &ca) {
            stored = {url, user, ca};
            return true;
        };
        DmsLinkDialog dialog(controller, settings, dir.path());
        QSignalSpy finished(&dialog, &DmsLinkDialog::testFinished);
        dialog.urlField()->setText(server_.httpsUrl(QStringLiteral("link")).toString());
        dialog.userField()->setText(QStringLiteral("alice"));

        // Without the CA: the certificate is not trusted, and the dialog says what to do.
        dialog.passwordField()->setText(password("alice"));
        dialog.testButton()->click();
        QVERIFY(dialog.isTesting());
        QVERIFY(!dialog.testButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("not trusted")),
                 qPrintable(dialog.resultLabel()->text()));

        // A wrong password.
        dialog.caFileField()->setText(caFile);
        dialog.passwordField()->setText(QStringLiteral("falsch"));
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("refused")),
                 qPrintable(dialog.resultLabel()->text()));
        QVERIFY(stored.isEmpty());

        // Right: linked, kept in the settings, capabilities in the journal, the sync starts.
        dialog.passwordField()->setText(password("alice"));
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.linked());
        const QString url = server_.httpsUrl(QStringLiteral("link/")).toString();
        QCOMPARE(stored, (QStringList{url, QStringLiteral("alice"), caFile}));
        QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("Linked to")));
        QCOMPARE(controller.link().url.toString(), url);
        QVERIFY(controller.isLinked());
        shoot(&dialog, QStringLiteral("link-dialog.png"));
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, State::Synced, 20000);
        auto journal = dms::SyncJournal::open(dir.filePath(QStringLiteral("dms-journal.sqlite")));
        QVERIFY(journal);
        auto caps = dms::WorkroomSync::storedCapabilities(**journal);
        QVERIFY(caps && caps->conditionalWrites());
        controller.shutdown();
    }

    void mainWindowSyncByKeyboard()
    {
        QTemporaryDir dir;
        Profile profile;
        QVERIFY(profile.open(dir.path(), QStringLiteral("alice")));
        const QUrl plain = server_.httpUrl(QStringLiteral("window/"));
        QVERIFY(profile.link(plain, QStringLiteral("alice"), password("alice")));
        const auto created = profile.createCase(QStringLiteral("Gewerbeanmeldung Imbiss"));
        QVERIFY(created.id != 0);
        // A conflict as a merge on another day left it in the journal.
        {
            auto journal =
                dms::SyncJournal::open(dir.filePath(QStringLiteral("dms-journal.sqlite")));
            QVERIFY(journal);
            QVERIFY((*journal)->recordConflict(
                QString(created.reference).replace(QLatin1Char('/'), QLatin1Char('_')),
                created.reference,
                QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                            {QStringLiteral("field"), QStringLiteral("deadline")},
                            {QStringLiteral("base"), QString()},
                            {QStringLiteral("local"), QStringLiteral("2026-12-01")},
                            {QStringLiteral("remote"), QStringLiteral("2026-12-15")},
                            {QStringLiteral("at"), QStringLiteral("2026-11-30T08:00:00Z")}}));
        }
        casework::CaseService service(*profile.workspace, domain::Role::Clerk);
        QSettings settings(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        SyncController controller(dir.path(), QStringLiteral("alice"));
        controller.setLink({plain, QStringLiteral("alice"), {}});
        controller.setWorkroom(profile.roomId, QStringLiteral("Bürgeramt"));
        controller.setUseKeychain(false);
        controller.setSchedule(false, 0);
        MainWindow window({}, *profile.workspace, service, settings);
        window.setSync(controller, {});
        window.selectWorkroom(profile.roomId);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        SyncActions *actions = window.syncActions();
        QVERIFY(actions);
        QVERIFY(window.menuBar()->actions().contains(actions->menu()->menuAction()));
        QVERIFY(actions->syncNowAction()->shortcuts().contains(QKeySequence(Qt::Key_F9)));
        QVERIFY(window.statusBar()->isAncestorOf(actions->statusWidget()));
        QCOMPARE(actions->statusWidget()->stateButton()->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!actions->statusWidget()->stateButton()->accessibleName().isEmpty());

        // No keychain here: the window asks for the password, and the sync runs with it.
        controller.start();
        DmsPasswordDialog *asked = nullptr;
        QTRY_VERIFY((asked = window.findChild<DmsPasswordDialog *>()) && asked->isVisible());
        shoot(asked, QStringLiteral("password-dialog.png"));
        QTest::keyClicks(asked->passwordField(), password("alice"));
        QTest::keyClick(asked->passwordField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, State::Synced, 20000);
        QCOMPARE(controller.status().openConflicts, 1);
        for (const SyncActivityRow &row : controller.activity()) {
            if (row.problem) {
                qWarning() << "problem:" << row.item << row.message;
            }
        }
        QCOMPARE(controller.status().problems, 0);

        // The case shows its conflict; "Resolve…" opens the dialog at it.
        window.selectCase(created.id);
        CaseConflictBanner *banner = actions->caseBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Deadline")));
        banner->resolveButton()->click();
        ConflictDialog *dialog = window.findChild<ConflictDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->list()->currentRow(), 0);
        QCOMPARE(dialog->localField()->text(),
                 QLocale().toString(QDate(2026, 12, 1), QLocale::ShortFormat));
        QCOMPARE(dialog->remoteField()->text(),
                 QLocale().toString(QDate(2026, 12, 15), QLocale::ShortFormat));
        QCOMPARE(dialog->baseField()->text(), QStringLiteral("(empty)"));
        shoot(&window, QStringLiteral("mainwindow-sync.png"));

        // A merged date typed by hand.
        dialog->mergeButton()->click();
        dialog->mergeField()->setText(QStringLiteral("10.12.2026"));
        QSignalSpy resolved(&controller, &SyncController::conflictResolved);
        dialog->applyMergeButton()->click();
        QTRY_COMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().at(1).toString(), QString());
        auto local = profile.workspace->cases().caseById(created.id);
        QVERIFY(local && local->deadline);
        QCOMPARE(*local->deadline, QDate(2026, 12, 10));
        QTRY_VERIFY(!banner->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, State::Synced, 20000);
        window.close();
        QCOMPARE(controller.status().state, State::Synced);
    }

    void linkDialogLockedByIt()
    {
        QTemporaryDir dir;
        SyncController controller(dir.path(), QStringLiteral("alice"));
        DmsLinkSettings settings;
        settings.url = QStringLiteral("https://dms.example.org/dav/room/");
        settings.user = QStringLiteral("alice");
        settings.locked = true;
        DmsLinkDialog dialog(controller, settings, dir.path());
        QVERIFY(dialog.urlField()->isReadOnly());
        QVERIFY(dialog.userField()->isReadOnly());
        QVERIFY(!dialog.passwordField()->isReadOnly());
        QCOMPARE(dialog.urlField()->text(), settings.url);
    }
};

QTEST_MAIN(TestSyncDialogs)
#include "tst_syncdialogs.moc"
