#include "CaseService.h"
#include "MainWindow.h"
#include "NoticeDialog.h"
#include "NoticeService.h"
#include "NoticeWebSandbox.h"
#include "OneCase.h"
#include "Why.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace workroom;

namespace {

const QString hostile = QStringLiteral("<script>alert(1)</script> & \"Müller\"");

QString plainText(QWebEnginePage *page)
{
    std::optional<QString> text;
    page->toPlainText([&](const QString &t) { text = t; });
    QDeadlineTimer deadline(20000);
    while (!text && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return text.value_or(QString());
}

void saveScreenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget.grab().save(dir + QLatin1Char('/') + QLatin1StringView(name));
    }
}

}  // namespace

class TestNoticeDialog : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    std::unique_ptr<casework::Workspace> workspace_;
    qint64 caseId_ = 0;

    widgets::NoticeDialog::Config config() const
    {
        auto values = casework::NoticeService::demoAuthority();
        values.insert(QStringLiteral("clerk.name"), QStringLiteral("Erika Beispiel"));
        // A folder that does not exist: only bundled and profile templates.
        return {{tmp_.filePath(QStringLiteral("no-system-templates"))},
                tmp_.filePath(QStringLiteral("profile/notices")),
                values};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        auto opened = casework::Workspace::open(tmp_.filePath(QStringLiteral("profile")),
                                                QStringLiteral("e.beispiel"));
        QVERIFY2(opened, why(opened));
        workspace_ = std::move(*opened);
        auto created = createOneCase(workspace_->cases(), hostile);
        QVERIFY2(created, why(created));
        caseId_ = created->id;
        domain::Party applicant;
        applicant.role = QStringLiteral("Antragsteller/in");
        applicant.givenName = QStringLiteral("Käthe");
        applicant.familyName = QStringLiteral("Großmuster");
        applicant.street = QStringLiteral("Beispielweg 7");
        applicant.postalCode = QStringLiteral("01067");
        applicant.city = QStringLiteral("Musterstadt");
        QVERIFY(workspace_->cases().addParty(caseId_, applicant, QStringLiteral("x")));

        QVERIFY(QDir(tmp_.path()).mkpath(QStringLiteral("profile/notices")));
        QFile custom(tmp_.filePath(QStringLiteral("profile/notices/entwurf.html")));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("<html><head><title>Entwurf</title></head><body>"
                     "<p>{{case.reference}} {{applicant.vorname}} {{authority.fax}}</p>"
                     "</body></html>");
    }

    void previewShowsTheFilledNoticeSafely()
    {
        widgets::NoticeDialog dialog(*workspace_, domain::Role::Clerk, caseId_, config());
        QSignalSpy loaded(&dialog, &widgets::NoticeDialog::previewLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("noticeTemplateList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 4);
        QVERIFY(dialog.selectTemplate(QStringLiteral("meldebescheinigung")));
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY(loaded.last().first().toBool());
        QVERIFY2(dialog.missingValues().isEmpty(), qPrintable(dialog.missingValues().join(u',')));
        QVERIFY(dialog.unknownValues().isEmpty());

        QWebEnginePage *page = dialog.previewView()->page();
        QVERIFY(!page->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QVERIFY(
            !page->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
        const QString text = plainText(page);
        QVERIFY2(text.contains(hostile), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Käthe Großmuster")));
        QVERIFY(text.contains(QStringLiteral("Stadt Musterstadt")));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createNoticeButton"));
        QVERIFY(create && create->isEnabled());
        QTest::qWait(300);  // let the view paint before the picture
        saveScreenshot(dialog, "notice-dialog.png");
    }

    void unknownAndMissingValuesAreShown()
    {
        widgets::NoticeDialog dialog(*workspace_, domain::Role::Clerk, caseId_, config());
        QSignalSpy loaded(&dialog, &widgets::NoticeDialog::previewLoaded);
        dialog.show();
        QVERIFY(dialog.selectTemplate(QStringLiteral("entwurf")));
        QCOMPARE(dialog.unknownValues(), (QStringList{QStringLiteral("applicant.vorname"),
                                                      QStringLiteral("authority.fax")}));
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("noticeProblems"));
        QVERIFY(problems && problems->isVisibleTo(&dialog));
        QVERIFY(problems->text().contains(QStringLiteral("applicant.vorname")));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createNoticeButton"));
        QVERIFY(!create->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        const QString text = plainText(dialog.previewView()->page());
        QVERIFY2(text.contains(QStringLiteral("unknown: applicant.vorname")), qPrintable(text));
        saveScreenshot(dialog, "notice-dialog-unknown.png");

        // A reader may look but not create.
        widgets::NoticeDialog readerDialog(*workspace_, domain::Role::Reader, caseId_, config());
        QVERIFY(!readerDialog.findChild<QPushButton *>(QStringLiteral("createNoticeButton"))
                     ->isEnabled());
    }

    void mainWindowOffersNewNoticeForTheCase()
    {
        casework::CaseService service(*workspace_, domain::Role::Clerk);
        QSettings settings(tmp_.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        widgets::MainWindow window({.noticeValues = casework::NoticeService::demoAuthority()},
                                   *workspace_, service, settings);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("newNoticeAction"));
        QVERIFY(action);
        window.selectCase(0);
        QVERIFY(!action->isEnabled());
        window.selectCase(caseId_);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<widgets::NoticeDialog *>(QStringLiteral("noticeDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("noticeTemplateList"))->count(),
                 4);
        dialog->reject();
    }

    void createsAndFilesTheNotice()
    {
        widgets::NoticeDialog dialog(*workspace_, domain::Role::Clerk, caseId_, config());
        QSignalSpy filed(&dialog, &widgets::NoticeDialog::noticeFiled);
        QSignalSpy failed(&dialog, &widgets::NoticeDialog::failed);
        dialog.show();
        QVERIFY(dialog.selectTemplate(QStringLiteral("gewerbeanmeldung")));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createNoticeButton"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog.isBusy());  // the click returned at once; the work goes on
        QTRY_VERIFY_WITH_TIMEOUT(!filed.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(filed.first().at(0).toLongLong(), caseId_);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto documents = workspace_->cases().documents(caseId_);
        QVERIFY(documents);
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().kind, domain::DocumentKind::Notice);
        QCOMPARE(documents->first().title, QStringLiteral("Bestätigung der Gewerbeanmeldung"));
        QCOMPARE(documents->first().versions.first().id, filed.first().at(1).toLongLong());
    }
};

int main(int argc, char *argv[])
{
    workroom::notices::prepareWebEngineProcess(true);
    QApplication app(argc, argv);
    TestNoticeDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_noticedialog.moc"
