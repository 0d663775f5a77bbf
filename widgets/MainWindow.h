#pragma once

#include "AboutDialog.h"

#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace workroom::widgets {

// The main window: the rooms and their views on the left, the case list in the centre, the
// chosen case on the right, sync and background work in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Context {
        QString productVersion{};
        QString workroomName{};  // shown in the switcher and the title; empty: the local one
        QString profilePath{};   // the data directory, shown as the switcher's tool tip
        // Asked when the About dialog opens, so that start-up does not probe the libraries.
        std::function<QList<ComponentVersion>()> components{};
    };

    // The window stores its geometry and splitter state in `settings`, which must outlive it.
    MainWindow(Context context, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The views of a room, in the order of the navigation list.
    enum class View { MyDay, AllCases, Inbox, ReviewQueue, RegisterQueries };
    Q_ENUM(View)

    View currentView() const;
    void setCurrentView(View view);

public slots:
    void showAboutDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void createStatusBar();
    void restoreState();
    void updateViewHeading();

    Context context_;
    QSettings &settings_;
    QSplitter *splitter_ = nullptr;
    QComboBox *workroomSwitcher_ = nullptr;
    QListWidget *viewList_ = nullptr;
    QLabel *viewHeading_ = nullptr;
    QLineEdit *searchField_ = nullptr;
    QTreeView *caseList_ = nullptr;
    QStandardItemModel *caseModel_ = nullptr;
    QLabel *caseListEmpty_ = nullptr;
    QStackedWidget *detailStack_ = nullptr;
    QLabel *connectionLabel_ = nullptr;
};

}  // namespace workroom::widgets
