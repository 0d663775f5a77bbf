#pragma once

#include "DmsLinkDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace workroom::widgets {

class CaseConflictBanner;
class ConflictDialog;
class DmsPasswordDialog;
class SyncActivityDialog;
class SyncController;
class SyncStatusWidget;

// The DMS sync in the main window: the "Sync" menu (Link to DMS…, Sync Now, Sync Activity…,
// Conflicts…), the status bar widget, the non-modal dialogs, and the password request. The
// window only places the menu and the widget.
class SyncActions : public QObject {
    Q_OBJECT
public:
    // `linkSettings` gives the current link and stores a new one; `window` parents the dialogs.
    SyncActions(SyncController &controller, DmsLinkSettings linkSettings, QString profileDir,
                QWidget *window);
    ~SyncActions() override;

    QMenu *menu() const { return menu_; }
    SyncStatusWidget *statusWidget() const { return statusWidget_; }
    // For the case view: shown while the case has an open conflict.
    CaseConflictBanner *caseBanner() const { return caseBanner_; }
    // The reference number of the shown case (empty: none).
    void setCase(const QString &reference);
    QAction *linkAction() const { return linkAction_; }
    QAction *syncNowAction() const { return syncNowAction_; }
    QAction *activityAction() const { return activityAction_; }
    QAction *conflictsAction() const { return conflictsAction_; }

public Q_SLOTS:
    void openLinkDialog();
    void openActivity();
    // `reference` empty: the first conflict; else the first of that case.
    void openConflicts(const QString &reference = {});

private:
    void askPassword(const QString &reason, bool keychainAvailable);
    void updateActions();

    SyncController &controller_;
    DmsLinkSettings linkSettings_;
    QString profileDir_;
    QWidget *window_;
    QMenu *menu_ = nullptr;
    SyncStatusWidget *statusWidget_ = nullptr;
    CaseConflictBanner *caseBanner_ = nullptr;
    QAction *linkAction_ = nullptr;
    QAction *syncNowAction_ = nullptr;
    QAction *activityAction_ = nullptr;
    QAction *conflictsAction_ = nullptr;
    QPointer<SyncActivityDialog> activity_;
    QPointer<ConflictDialog> conflicts_;
    QPointer<DmsLinkDialog> link_;
    QPointer<DmsPasswordDialog> password_;
};

}  // namespace workroom::widgets
