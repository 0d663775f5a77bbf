#include "SyncActions.h"

#include "CaseConflictBanner.h"
#include "ConflictDialog.h"
#include "DmsPasswordDialog.h"
#include "SyncActivityDialog.h"
#include "SyncController.h"
#include "SyncStatusWidget.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QWidget>

namespace workroom::widgets {

SyncActions::SyncActions(SyncController &controller, DmsLinkSettings linkSettings,
                         QString profileDir, QWidget *window)
    : QObject(window), controller_(controller), linkSettings_(std::move(linkSettings)),
      profileDir_(std::move(profileDir)), window_(window)
{
    menu_ = new QMenu(tr("S&ync"), window);
    menu_->setObjectName(QStringLiteral("syncMenu"));
    linkAction_ = menu_->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                                   tr("&Link to DMS…"), this, &SyncActions::openLinkDialog);
    syncNowAction_ = menu_->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                      tr("&Sync Now"), &controller_, &SyncController::syncNow);
    // F9 is free in the window; Ctrl+Shift+S as well, for keyboards without function keys.
    syncNowAction_->setShortcuts(
        {QKeySequence(Qt::Key_F9), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    activityAction_ = menu_->addAction(tr("Sync &Activity…"), this, &SyncActions::openActivity);
    conflictsAction_ = menu_->addAction(tr("&Conflicts…"), this, [this] { openConflicts(); });
    for (QAction *action : {linkAction_, syncNowAction_, activityAction_, conflictsAction_}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window_->addAction(action);
    }

    statusWidget_ = new SyncStatusWidget(controller_, window);
    connect(statusWidget_, &SyncStatusWidget::activityRequested, this, &SyncActions::openActivity);
    connect(statusWidget_, &SyncStatusWidget::conflictsRequested, this,
            [this] { openConflicts(); });
    caseBanner_ = new CaseConflictBanner(controller_, window);
    connect(caseBanner_, &CaseConflictBanner::resolveRequested, this,
            [this](const QString &reference) { openConflicts(reference); });
    connect(&controller_, &SyncController::passwordRequired, this, &SyncActions::askPassword);
    connect(&controller_, &SyncController::statusChanged, this, &SyncActions::updateActions);
    updateActions();
}

SyncActions::~SyncActions() = default;

void SyncActions::updateActions()
{
    const bool linked = controller_.isLinked();
    syncNowAction_->setEnabled(linked);
    conflictsAction_->setEnabled(controller_.status().openConflicts > 0);
}

void SyncActions::setCase(const QString &reference)
{
    caseBanner_->setCase(reference);
}

void SyncActions::openLinkDialog()
{
    if (!link_) {
        DmsLinkSettings settings = linkSettings_;
        settings.url = controller_.link().url.toString();
        settings.user = controller_.link().user;
        settings.caFile = controller_.link().caFile;
        link_ = new DmsLinkDialog(controller_, settings, profileDir_, window_);
        link_->setAttribute(Qt::WA_DeleteOnClose);
    }
    link_->show();
    link_->raise();
    link_->activateWindow();
}

void SyncActions::openActivity()
{
    if (!activity_) {
        activity_ = new SyncActivityDialog(controller_, window_);
        activity_->setAttribute(Qt::WA_DeleteOnClose);
    }
    activity_->show();
    activity_->raise();
    activity_->activateWindow();
}

void SyncActions::openConflicts(const QString &reference)
{
    if (!conflicts_) {
        conflicts_ = new ConflictDialog(controller_, window_);
        conflicts_->setAttribute(Qt::WA_DeleteOnClose);
    }
    controller_.refreshConflicts();
    if (!reference.isEmpty()) {
        conflicts_->selectCase(reference);
    }
    conflicts_->show();
    conflicts_->raise();
    conflicts_->activateWindow();
}

void SyncActions::askPassword(const QString &reason, bool keychainAvailable)
{
    if (password_) {
        return;  // one request at a time
    }
    password_ = new DmsPasswordDialog(controller_.link().url.toDisplayString(),
                                      controller_.link().user, reason, keychainAvailable, window_);
    password_->setAttribute(Qt::WA_DeleteOnClose);
    connect(password_, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            controller_.setPassword(password_->password(), password_->remember());
        } else {
            controller_.passwordDeclined();
        }
    });
    // Window-modal and opened, not exec'd: the window keeps painting and syncing stays queued.
    password_->setWindowModality(Qt::WindowModal);
    password_->open();
}

}  // namespace workroom::widgets
