#include "BulkJobList.h"
#include "CaseService.h"
#include "DemoRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "OfflineQueue.h"
#include "QueryLog.h"
#include "RegisterClient.h"
#include "RegisterCredentialStore.h"
#include "RegisterTestServer.h"
#include "Why.h"
#include "Workspace.h"
#include "registers/RegisterActions.h"
#include "registers/RegisterJobsView.h"
#include "registers/RegisterQueryDialog.h"
#include "registers/RegisterSignIn.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace workroom;
using registers::QueryOutcome;
using widgets::RegisterJobsView;
using widgets::RegisterQueryDialog;

namespace {

template <typename T>
T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

QString labelText(QWidget *root, const char *name)
{
    auto *label = child<QLabel>(root, name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
}

// The message box a dialog opened with the given object name, once it is there.
QMessageBox *waitForBox(QWidget *parent, const char *name)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = parent->findChild<QMessageBox *>(QString::fromLatin1(name));
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

}  // namespace

class TestRegisterQueryDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<casework::Workspace> workspace_;
    std::unique_ptr<registers::QueryLog> log_;
    std::unique_ptr<registers::OfflineQueue> queue_;
    std::unique_ptr<tests::RegisterTestServer> server_;
    QNetworkAccessManager network_;
    std::unique_ptr<registers::RegisterClient> client_;
    domain::CaseRecord case_;
    registers::RegisteredPerson found_;    // answers "found" for name and date of birth
    registers::RegisteredPerson blocked_;  // has an information block

    registers::RegisterClient *clientFor(const QUrl &url)
    {
        registers::ClientConfig config;
        config.baseUrl = url;
        config.bearerToken = server_->token();
        config.timeoutMs = 5000;
        config.maxAttempts = 1;
        client_ = std::make_unique<registers::RegisterClient>(config, &network_);
        client_->setQueryLog(log_.get());
        return client_.get();
    }

    std::unique_ptr<RegisterQueryDialog> makeDialog(registers::RegisterService &service,
                                                    bool mayAttach = true)
    {
        auto dialog = std::make_unique<RegisterQueryDialog>(service, queue_.get(), *workspace_,
                                                            case_, mayAttach);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get())) {
            return nullptr;
        }
        return dialog;
    }

    int logEntries()
    {
        auto entries = log_->entries();
        return entries ? int(entries->size()) : -1;
    }

    // Fills the search data of `person` by name and date of birth, as the user would.
    static void typeSearch(RegisterQueryDialog &dialog, const registers::PersonRecord &person)
    {
        dialog.choosePerson(-1);
        // Typed text with umlauts cannot go through QTest's ASCII key events.
        child<QLineEdit>(&dialog, "familyName")->setText(person.familyName);
        child<QLineEdit>(&dialog, "givenNames")->setText(person.givenNames);
        child<QRadioButton>(&dialog, "searchByBirthDate")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(&dialog, "birthDate"),
                         person.birthDate.toString(QStringLiteral("dd.MM.yyyy")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        tests::RegisterTestServer::Options options;
        options.populationSize = 20000;
        server_ = std::make_unique<tests::RegisterTestServer>(options);
        QVERIFY(server_->start());
        const registers::RegisterMatcher &matcher = server_->engine().matcher();
        for (const registers::RegisteredPerson &person : server_->population().persons()) {
            registers::SearchCriteria criteria;
            criteria.familyName = person.record.familyName;
            criteria.givenNames = person.record.givenNames;
            criteria.birthDate = person.record.birthDate;
            const QueryOutcome outcome = matcher.match(criteria).outcome;
            if (found_.id == 0 && outcome == QueryOutcome::Found && !person.record.deceased
                && !person.record.address.isEmpty()) {
                found_ = person;
            }
            if (blocked_.id == 0 && outcome == QueryOutcome::Blocked) {
                blocked_ = person;
            }
            if (found_.id != 0 && blocked_.id != 0) {
                break;
            }
        }
        QVERIFY2(found_.id != 0 && blocked_.id != 0, "the population has no suitable people");
    }

    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        auto opened = casework::Workspace::open(dir_->filePath(QStringLiteral("profile")),
                                                QStringLiteral("e.muster"));
        QVERIFY2(opened, why(opened));
        workspace_ = std::move(*opened);
        log_ = std::make_unique<registers::QueryLog>(workspace_->database());
        queue_ = std::make_unique<registers::OfflineQueue>(workspace_->database(), log_.get());
        auto room = workspace_->cases().createWorkroom(QStringLiteral("Bürgeramt"),
                                                       QStringLiteral("{plan}-{seq:4}/{year}"),
                                                       false, QStringLiteral("e.muster"));
        QVERIFY2(room, why(room));
        domain::CaseRecord draft;
        draft.workroomId = room->id;
        draft.filePlanCode = QStringLiteral("32.10");
        draft.year = 2026;
        draft.subject = QStringLiteral("Ummeldung");
        domain::Party applicant;
        applicant.role = QStringLiteral("Antragsteller/in");
        applicant.givenName = QStringLiteral("Käthe");
        applicant.familyName = QStringLiteral("Großmuster");
        applicant.street = QStringLiteral("Musterweg 3a");
        applicant.postalCode = QStringLiteral("66111");
        applicant.city = QStringLiteral("Musterstadt");
        domain::Party company;
        company.kind = domain::PartyKind::Company;
        company.companyName = QStringLiteral("Beispiel GmbH");
        domain::Party witness;
        witness.givenName = found_.record.givenNames;
        witness.familyName = found_.record.familyName;
        auto created = workspace_->cases().createCase(draft, {applicant, company, witness},
                                                      QStringLiteral("e.muster"));
        QVERIFY2(created, why(created));
        case_ = *created;
        server_->clearRequestLog();
        server_->clearFaults();
        clientFor(server_->url());
    }

    void cleanupTestCase()
    {
        // Connections of the server and the network manager end before either goes.
        client_.reset();
        network_.clearConnectionCache();
        QTest::qWait(20);
        server_.reset();
    }

    void cleanup()
    {
        client_.reset();
        queue_.reset();
        log_.reset();
        workspace_.reset();
        dir_.reset();
    }

    void prefillsFromTheChosenParty()
    {
        auto dialog = makeDialog(*client_);
        QVERIFY(dialog);
        // People only: the company is not in the civil register.
        QCOMPARE(dialog->persons().size(), 2);
        auto *chooser = child<QComboBox>(dialog.get(), "personChooser");
        QCOMPARE(chooser->count(), 3);  // two people and "someone else"
        QCOMPARE(child<QLineEdit>(dialog.get(), "familyName")->text(),
                 QStringLiteral("Großmuster"));
        QCOMPARE(child<QLineEdit>(dialog.get(), "givenNames")->text(), QStringLiteral("Käthe"));
        // The case knows the address, so it is searched as a previous address, street and
        // number apart.
        QVERIFY(child<QRadioButton>(dialog.get(), "searchByAddress")->isChecked());
        QCOMPARE(child<QLineEdit>(dialog.get(), "street")->text(), QStringLiteral("Musterweg"));
        QCOMPARE(child<QLineEdit>(dialog.get(), "houseNumber")->text(), QStringLiteral("3a"));
        QCOMPARE(child<QLineEdit>(dialog.get(), "postalCode")->text(), QStringLiteral("66111"));
        QVERIFY(!child<QLineEdit>(dialog.get(), "birthDate")->isEnabled());

        // Chosen by keyboard: the next party, who has no address.
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(chooser->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(dialog.get(), "familyName")->text(), found_.record.familyName);
        QVERIFY(child<QRadioButton>(dialog.get(), "searchByBirthDate")->isChecked());
        QVERIFY(child<QLineEdit>(dialog.get(), "birthDate")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog.get(), "street")->text().isEmpty());

        // The register in use is named.
        QVERIFY(labelText(dialog.get(), "registerServiceLabel").contains(client_->label()));
        QVERIFY(!labelText(dialog.get(), "registerServiceLabel").contains(QStringLiteral("Demo")));
        QCOMPARE(child<QLineEdit>(dialog.get(), "caseReference")->text(), case_.reference);
    }

    void authorityQueryNeedsPurposeAndReferenceBeforeSending()
    {
        auto dialog = makeDialog(*client_);
        QVERIFY(dialog);
        typeSearch(*dialog, found_.record);
        QTest::mouseClick(child<QRadioButton>(dialog.get(), "authorityQuery"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(dialog.get(), "purpose")->isEnabled());
        child<QLineEdit>(dialog.get(), "caseReference")->clear();
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendQueryButton"), Qt::LeftButton);

        QVERIFY(!dialog->isBusy());
        QVERIFY(child<QWidget>(dialog.get(), "problemPanel")->isVisible());
        const QString problem = labelText(dialog.get(), "problemText");
        QVERIFY2(problem.contains(QStringLiteral("purpose")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("case reference")), qPrintable(problem));
        // The first missing field has the focus, so the user can type at once.
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), "purpose"));
        QTest::qWait(100);
        QCOMPARE(server_->requestCount(), 0);
        QCOMPARE(logEntries(), 0);
        QVERIFY(!child<QWidget>(dialog.get(), "resultPanel")->isVisible());

        // With both, the query goes out and comes back with the extended data.
        QTest::keyClicks(child<QLineEdit>(dialog.get(), "purpose"),
                         QStringLiteral("Zustellung eines Bescheids"));
        QTest::keyClicks(child<QLineEdit>(dialog.get(), "caseReference"), case_.reference);
        QTest::keyClick(child<QLineEdit>(dialog.get(), "caseReference"), Qt::Key_Return);
        QTRY_VERIFY(dialog->result().has_value());
        QCOMPARE(server_->requestCount(), 1);
        QCOMPARE(dialog->result()->outcome, QueryOutcome::Found);
        QVERIFY(dialog->result()->person->birthDate.isValid());  // an extended data group
        QCOMPARE(logEntries(), 1);
    }

    void badDateIsSaidBeforeSending()
    {
        auto dialog = makeDialog(*client_);
        QVERIFY(dialog);
        dialog->choosePerson(1);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), "birthDate"), QStringLiteral("31.02.19"));
        dialog->send();
        QVERIFY(!dialog->isBusy());
        QVERIFY(labelText(dialog.get(), "problemText").contains(QStringLiteral("DD.MM.YYYY")));
        QCOMPARE(server_->requestCount(), 0);
    }

    void foundAnswerIsShownAndAttachedToTheCase()
    {
        auto dialog = makeDialog(*client_);
        QVERIFY(dialog);
        QSignalSpy attached(dialog.get(), &RegisterQueryDialog::extractAttached);
        typeSearch(*dialog, found_.record);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "sendQueryButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->result().has_value());
        QCOMPARE(labelText(dialog.get(), "outcomeTitle"),
                 registers::outcomeText(QueryOutcome::Found));
        auto *data = child<QWidget>(dialog.get(), "resultData");
        QVERIFY(data->isVisible());
        QStringList shown;
        for (QLabel *label : data->findChildren<QLabel *>()) {
            shown << label->text();
        }
        QVERIFY2(shown.join(QLatin1Char('|')).contains(found_.record.address.street),
                 qPrintable(shown.join(QLatin1Char('|'))));
        // A simple query gives no extended data groups.
        QVERIFY(!dialog->result()->person->birthDate.isValid());
        saveScreenshot(*dialog, QStringLiteral("register-query-found"));

        auto *attach = child<QPushButton>(dialog.get(), "attachButton");
        QVERIFY(attach->isEnabled());
        QCOMPARE(QApplication::focusWidget(), attach);
        QTest::keyClick(attach, Qt::Key_Space);
        QCOMPARE(attached.size(), 1);
        QVERIFY(!attach->isEnabled());
        auto documents = workspace_->cases().documents(case_.id);
        QVERIFY2(documents, why(documents));
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().kind, domain::DocumentKind::RegisterExtract);
        QCOMPARE(documents->first().versions.size(), 1);
        QCOMPARE(attached.first().at(1).toLongLong(), documents->first().versions.first().id);
        QVERIFY(labelText(dialog.get(), "registerNote").contains(case_.reference));
    }

    void informationBlockSaysNothingElse()
    {
        auto dialog = makeDialog(*client_);
        QVERIFY(dialog);
        typeSearch(*dialog, blocked_.record);
        dialog->send();
        QTRY_VERIFY(dialog->result().has_value());
        QCOMPARE(dialog->result()->outcome, QueryOutcome::Blocked);
        QCOMPARE(labelText(dialog.get(), "outcomeTitle"),
                 registers::outcomeText(QueryOutcome::Blocked));
        QCOMPARE(labelText(dialog.get(), "outcomeText"),
                 QStringLiteral("No information may be given."));
        QVERIFY(!child<QWidget>(dialog.get(), "resultData")->isVisible());
        saveScreenshot(*dialog, QStringLiteral("register-query-blocked"));
    }

    void notFoundIsSaidPlainly()
    {
        auto dialog = makeDialog(*client_);
        QVERIFY(dialog);
        registers::PersonRecord nobody;
        nobody.familyName = QStringLiteral("Xylophonwerfer");
        nobody.givenNames = QStringLiteral("Quirinus");
        nobody.birthDate = QDate(1901, 1, 1);
        typeSearch(*dialog, nobody);
        dialog->send();
        QTRY_VERIFY(dialog->result().has_value());
        QCOMPARE(dialog->result()->outcome, QueryOutcome::NotFound);
        QVERIFY(labelText(dialog.get(), "outcomeText").contains(QStringLiteral("Nobody")));
    }

    void runningQueryShowsBusyAndCanBeCancelled()
    {
        server_->injectFault(tests::RegisterTestServer::Fault::Delay, 1, 800);
        auto dialog = makeDialog(*client_);
        QVERIFY(dialog);
        typeSearch(*dialog, found_.record);
        QSignalSpy finished(dialog.get(), &RegisterQueryDialog::queryFinished);
        dialog->send();
        QVERIFY(dialog->isBusy());
        QVERIFY(child<QProgressBar>(dialog.get(), "busyIndicator")->isVisible());
        QVERIFY(!child<QPushButton>(dialog.get(), "sendQueryButton")->isEnabled());
        auto *cancel = child<QPushButton>(dialog.get(), "cancelQueryButton");
        QCOMPARE(QApplication::focusWidget(), cancel);
        saveScreenshot(*dialog, QStringLiteral("register-query-busy"));
        QTest::keyClick(cancel, Qt::Key_Space);
        QVERIFY(!dialog->isBusy());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!child<QProgressBar>(dialog.get(), "busyIndicator")->isVisible());
        QVERIFY(labelText(dialog.get(), "registerNote").contains(QStringLiteral("cancelled")));
        // The answer arrives after all, and is not shown. (Waiting for it also keeps the
        // server from being torn down with an answer still pending.)
        QTest::qWait(1200);
        QVERIFY(!dialog->result().has_value());
    }

    void offlineQueryIsQueuedOnlyWhenTheUserAgrees()
    {
        // A port where nobody listens: the register cannot be reached.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto *offline = clientFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        auto dialog = makeDialog(*offline);
        QVERIFY(dialog);
        typeSearch(*dialog, found_.record);

        // Declined: nothing waits.
        dialog->send();
        QMessageBox *box = waitForBox(dialog.get(), "queueQuestion");
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(box, "doNotQueueButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>(dialog.get(), "problemPanel")->isVisible());
        QCOMPARE(queue_->count().value_or(-1), 0);

        // Agreed, for an authority query: it waits and will ask again before it goes.
        QTest::mouseClick(child<QRadioButton>(dialog.get(), "authorityQuery"), Qt::LeftButton);
        child<QLineEdit>(dialog.get(), "purpose")->setText(QStringLiteral("Prüfung"));
        QSignalSpy queued(dialog.get(), &RegisterQueryDialog::queryQueued);
        dialog->send();
        QTRY_VERIFY((box = waitForBox(dialog.get(), "queueQuestion")) != nullptr);
        QVERIFY(box->informativeText().contains(QStringLiteral("confirmed")));
        saveScreenshot(*box, QStringLiteral("register-queue-question"));
        QTest::mouseClick(child<QPushButton>(box, "queueButton"), Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);
        auto pending = queue_->pending();
        QVERIFY2(pending, why(pending));
        QCOMPARE(pending->size(), 1);
        QVERIFY(pending->first().needsConfirmation());
        QVERIFY(labelText(dialog.get(), "registerNote").contains(QStringLiteral("queue")));
    }

    void queuedAuthorityQueryIsSentOnlyAfterConfirmation()
    {
        registers::QueryRequest request;
        request.kind = registers::QueryKind::Authority;
        request.criteria.familyName = found_.record.familyName;
        request.criteria.givenNames = found_.record.givenNames;
        request.criteria.birthDate = found_.record.birthDate;
        request.purpose = QStringLiteral("Zustellung");
        request.caseReference = case_.reference;
        request.origin = {workspace_->actor(), case_.workroomId, case_.id};
        auto queued = queue_->enqueue(request);
        QVERIFY2(queued, why(queued));
        const int logged = logEntries();

        registers::BulkJobList jobs(workspace_->database());
        RegisterJobsView view(*client_, jobs, queue_.get(), *workspace_, true);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.queuedQueries().size(), 1);
        view.selectQueued(0);
        auto *send = child<QPushButton>(&view, "sendQueuedButton");
        QVERIFY(send->isEnabled());

        // Kept: nothing was sent.
        QTest::mouseClick(send, Qt::LeftButton);
        QMessageBox *box = waitForBox(&view, "confirmAuthorityQuery");
        QVERIFY2(box, "an authority query went out without asking");
        QVERIFY(box->informativeText().contains(QStringLiteral("Zustellung")));
        QCOMPARE(box->defaultButton(), child<QPushButton>(box, "keepQueuedButton"));
        QTest::mouseClick(child<QPushButton>(box, "keepQueuedButton"), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(server_->requestCount(), 0);
        QCOMPARE(queue_->count().value_or(-1), 1);

        // Confirmed: sent, answered, and the answer can be filed in its case.
        QSignalSpy sent(&view, &RegisterJobsView::queuedQuerySent);
        view.selectQueued(0);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY((box = waitForBox(&view, "confirmAuthorityQuery")) != nullptr);
        QTest::mouseClick(child<QPushButton>(box, "confirmSendButton"), Qt::LeftButton);
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(1).toString(), QString());
        QCOMPARE(server_->requestCount(), 1);
        QCOMPARE(queue_->count().value_or(-1), 0);
        QVERIFY(logEntries() > logged);
        QMessageBox *answer = waitForBox(&view, "queuedAnswer");
        QVERIFY(answer);
        QCOMPARE(answer->text(), registers::outcomeText(QueryOutcome::Found));
        QTest::mouseClick(child<QPushButton>(answer, "attachQueuedAnswerButton"), Qt::LeftButton);
        QTRY_COMPARE(workspace_->cases().documents(case_.id)->size(), 1);
    }

    void demoRegisterIsLabelledAsSuch()
    {
        registers::DemoRegister demo;
        auto dialog = makeDialog(demo);
        QVERIFY(dialog);
        const QString label = labelText(dialog.get(), "registerServiceLabel");
        QVERIFY2(label.contains(QStringLiteral("Demo-Register")), qPrintable(label));
        QVERIFY(child<QLabel>(dialog.get(), "registerServiceLabel")->font().bold());
        saveScreenshot(*dialog, QStringLiteral("register-query-demo"));
    }

    void readersCannotAttach()
    {
        auto dialog = makeDialog(*client_, false);
        QVERIFY(dialog);
        typeSearch(*dialog, found_.record);
        dialog->send();
        QTRY_VERIFY(dialog->result().has_value());
        QVERIFY(!child<QPushButton>(dialog.get(), "attachButton")->isEnabled());
        dialog->attachToCase();
        QCOMPARE(workspace_->cases().documents(case_.id)->size(), 0);
    }

    void secretIsAskedForAndAskedAgainWhenRefused()
    {
        registers::ClientConfig config;
        config.baseUrl = server_->url();
        config.timeoutMs = 5000;
        config.maxAttempts = 1;
        registers::RegisterClient client(config, &network_);
        QVERIFY(client.needsSecret());
        registers::RegisterCredentialStore store(QStringLiteral("Workroom register GUI test"));
        widgets::RegisterSignIn signIn(client, store);
        QList<bool> asked;  // `refused` of each question
        QList<QByteArray> answers{server_->token()};
        signIn.setAsker([&](QWidget *, bool refused) {
            asked.append(refused);
            return std::pair(answers.isEmpty() ? QByteArray() : answers.takeFirst(), false);
        });
        auto dialog = makeDialog(client);
        QVERIFY(dialog);
        dialog->setSignIn(&signIn);
        typeSearch(*dialog, found_.record);
        auto *send = child<QPushButton>(dialog.get(), "sendQueryButton");

        // No secret yet: asked once before anything is sent.
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(dialog->result().has_value());
        QCOMPARE(asked, QList<bool>{false});
        QCOMPARE(server_->requestCount(), 1);

        // The service refuses the secret: asked again, saying so, and the query is repeated.
        client.setSecret("outdated");
        answers = {server_->token()};
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy() && dialog->result().has_value());
        QCOMPARE(asked, (QList<bool>{false, true}));
        QCOMPARE(server_->requestCount(), 3);  // the refused one and its repetition

        // Cancelled: nothing is sent and the refusal is said.
        client.setSecret("outdated again");
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        QTRY_COMPARE(server_->requestCount(), 4);
        QCOMPARE(asked, (QList<bool>{false, true, true}));
        QVERIFY(!dialog->result().has_value());
        QVERIFY(client.needsSecret());
    }

    void partyListOffersAPrefilledQuery()
    {
        casework::CaseService service(*workspace_, domain::Role::Clerk);
        QSettings settings(dir_->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        registers::DemoRegister demo;
        registers::BulkJobList jobs(workspace_->database());
        widgets::MainWindow window({.registers = {&demo, queue_.get(), &jobs}}, *workspace_,
                                   service, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectWorkroom(case_.workroomId);
        window.setCurrentView(widgets::MainWindow::View::AllCases);
        window.selectCase(case_.id);
        auto *parties = child<QListWidget>(&window, "partyList");
        QVERIFY(parties);
        auto *action = window.findChild<QAction *>(QStringLiteral("partyRegisterQueryAction"));
        QVERIFY(action);
        QVERIFY(action->isVisible());
        parties->setCurrentRow(-1);
        QVERIFY(!action->isEnabled());  // no party chosen
        // The third party is the one the register knows by name.
        parties->setCurrentRow(2);
        QVERIFY(action->isEnabled());
        saveScreenshot(window, QStringLiteral("party-register-query"));
        action->trigger();
        QPointer<RegisterQueryDialog> dialog = window.findChild<RegisterQueryDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(child<QComboBox>(dialog, "personChooser")->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(dialog, "familyName")->text(), found_.record.familyName);
        dialog->reject();
    }

    void mainWindowOpensTheDialogAndTheJobsView()
    {
        const workroom::app::Localization localization(QStringLiteral("de"));
        casework::CaseService service(*workspace_, domain::Role::Clerk);
        QSettings settings(dir_->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        registers::DemoRegister demo;
        registers::BulkJobList jobs(workspace_->database());
        widgets::MainWindow window({.registers = {&demo, queue_.get(), &jobs}}, *workspace_,
                                   service, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.registerActions());
        QAction *query = window.registerActions()->queryAction();
        QVERIFY(!query->isEnabled());  // no case shown
        window.selectWorkroom(case_.workroomId);
        window.setCurrentView(widgets::MainWindow::View::AllCases);
        window.selectCase(case_.id);
        QVERIFY(query->isEnabled());
        query->trigger();
        QPointer<RegisterQueryDialog> dialog = window.findChild<RegisterQueryDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->persons().size(), 2);
        QVERIFY(
            labelText(dialog, "registerServiceLabel").contains(QStringLiteral("Demo-Register")));
        saveScreenshot(*dialog, QStringLiteral("register-query-de"));
        dialog->reject();

        // Ctrl+5 leads to the view, and the keyboard lands in its list.
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        auto *jobsView = window.registerActions()->jobsView();
        QTRY_VERIFY(jobsView->isVisible());
        QCOMPARE(window.currentView(), widgets::MainWindow::View::RegisterQueries);
        QTRY_COMPARE(QApplication::focusWidget(), jobsView->focusProxy());
        saveScreenshot(window, QStringLiteral("register-jobs-view-de"));
    }
};

QTEST_MAIN(TestRegisterQueryDialog)
#include "tst_registerquerydialog.moc"
