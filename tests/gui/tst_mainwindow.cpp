#include "AboutDialog.h"
#include "ComponentVersions.h"
#include "CryptoRuntime.h"
#include "Localization.h"
#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>
#include <optional>

using workroom::widgets::AboutDialog;
using workroom::widgets::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        settingsDir_.emplace();
        settings_ = std::make_unique<QSettings>(settingsDir_->filePath(QStringLiteral("s.ini")),
                                                QSettings::IniFormat);
    }

    void cleanup()
    {
        settings_.reset();
        settingsDir_.reset();
        localization_.reset();
    }

    void showsTheGermanTitleUnderLangDe()
    {
        localization_ = std::make_unique<workroom::app::Localization>(QStringLiteral("de"));
        MainWindow window({}, *settings_);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Lokales Arbeitszimmer – Workroom"));
        const QStringList menus = menuTitles(window);
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                     QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        auto *views = window.findChild<QListWidget *>(QStringLiteral("viewList"));
        QVERIFY(views);
        QCOMPARE(views->count(), 5);
        QCOMPARE(views->item(0)->text(), QStringLiteral("Mein Tag"));
        QCOMPARE(views->item(1)->text(), QStringLiteral("Alle Vorgänge"));
        saveScreenshot(window, "main-window-de");
    }

    void showsTheEnglishTitleUnderLangEn()
    {
        localization_ = std::make_unique<workroom::app::Localization>(QStringLiteral("en"));
        MainWindow window({.workroomName = QStringLiteral("Bürgeramt")}, *settings_);
        QCOMPARE(window.windowTitle(), QStringLiteral("Bürgeramt – Workroom"));
    }

    void switchesViewsByKeyboard()
    {
        MainWindow window({}, *settings_);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *heading = window.findChild<QLabel *>(QStringLiteral("viewHeading"));
        QVERIFY(heading);
        QCOMPARE(window.currentView(), MainWindow::View::MyDay);
        QCOMPARE(heading->text(), QStringLiteral("My day"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::View::Inbox);
        QCOMPARE(heading->text(), QStringLiteral("Inbox"));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::View::RegisterQueries);

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        QVERIFY(!search->hasFocus());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window({}, *settings_);
        for (const char *name : {"workroomSwitcher", "viewList", "searchField", "caseList",
                                 "caseDetail", "connectionLabel"}) {
            auto *widget = window.findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    void bundledIconsLoad()
    {
        for (const char *file :
             {":/icons/my-day.svg", ":/icons/all-cases.svg", ":/icons/inbox.svg",
              ":/icons/review.svg", ":/icons/register.svg", ":/icons/workroom.svg"}) {
            const QIcon icon(QString::fromLatin1(file));
            QVERIFY2(!icon.pixmap(24, 24).isNull(), file);
        }
    }

    void restoresSplitterSizes()
    {
        QList<int> sizes;
        {
            MainWindow window({}, *settings_);
            window.resize(760, 540);  // inside the offscreen screen, which clamps geometry
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({300, 500, 580});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again({}, *settings_);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(760, 540));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void aboutDialogListsTheComponents()
    {
        const workroom::signing::CryptoRuntime crypto;
        const auto components = workroom::app::componentVersions(crypto);
        AboutDialog dialog(QStringLiteral("1.2.3"), components);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, "about-dialog");
        auto *view = dialog.findChild<QTreeWidget *>(QStringLiteral("componentsView"));
        QVERIFY(view);
        QStringList names;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            names << view->topLevelItem(i)->text(0);
        }
        for (const char *expected : {"Workroom", "Qt", "QCA", "Poppler", "SQLite"}) {
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
        }
        const QString text = dialog.componentsAsText();
        QVERIFY2(text.contains(QLatin1StringView("qca-ossl")), qUtf8Printable(text));
        QVERIFY(text.contains(QLatin1StringView("FTS5")));
    }

    void aboutActionOpensTheDialog()
    {
        bool asked = false;
        MainWindow window({.productVersion = QStringLiteral("9.9"),
                           .components =
                               [&asked] {
                                   asked = true;
                                   return QList<workroom::widgets::ComponentVersion>{
                                       {QStringLiteral("Qt"), QStringLiteral("6")}};
                               }},
                          *settings_);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->menuRole() == QAction::AboutRole) {
                about = action;
            }
        }
        QVERIFY(about);
        QVERIFY(!asked);  // versions are not probed at start-up
        QString title;
        QTimer::singleShot(0, this, [&title] {
            if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                title = dialog->windowTitle();
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY(asked);
        QCOMPARE(title, QStringLiteral("About Workroom"));
    }

private:
    // With WORKROOM_SCREENSHOT_DIR set, tests leave pictures of what they showed there, so
    // that a developer can look at the dialogs as a user sees them.
    static void saveScreenshot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("WORKROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1StringView(name)
                                       + QStringLiteral(".png")));
        }
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions()) {
            titles << action->text();
        }
        return titles;
    }

    std::optional<QTemporaryDir> settingsDir_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<workroom::app::Localization> localization_;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
