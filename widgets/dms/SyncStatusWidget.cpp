#include "SyncStatusWidget.h"

#include "SyncController.h"
#include "SyncTexts.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace workroom::widgets {

namespace {

constexpr int kMaxTextWidth = 460;  // pixels; the tooltip has the whole reason

}  // namespace

SyncStatusWidget::SyncStatusWidget(SyncController &controller, QWidget *parent)
    : QWidget(parent), controller_(controller), stateButton_(new QToolButton(this)),
      conflictButton_(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QToolButton *button : {conflictButton_, stateButton_}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        // Status bar widgets are skipped by Tab unless they ask for it.
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
    }
    stateButton_->setObjectName(QStringLiteral("syncStateButton"));
    stateButton_->setAccessibleName(tr("Sync state"));
    conflictButton_->setObjectName(QStringLiteral("syncConflictButton"));
    conflictButton_->setIcon(SyncTexts::kindIcon(dms::SyncActivity::Kind::Conflict, true));
    conflictButton_->setToolTip(tr("Show the conflicts and decide which value counts"));
    connect(stateButton_, &QToolButton::clicked, this, &SyncStatusWidget::activityRequested);
    connect(conflictButton_, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(&controller_, &SyncController::statusChanged, this, &SyncStatusWidget::update);
    update();
}

QString SyncStatusWidget::text() const
{
    return fullText_;
}

void SyncStatusWidget::update()
{
    const SyncController::Status &status = controller_.status();
    fullText_ = SyncTexts::stateText(status);
    stateButton_->setIcon(SyncTexts::stateIcon(status.state));
    stateButton_->setText(
        stateButton_->fontMetrics().elidedText(fullText_, Qt::ElideRight, kMaxTextWidth));
    const QString details =
        SyncTexts::stateDetails(status, controller_.link().url.toDisplayString());
    stateButton_->setToolTip(details);
    stateButton_->setAccessibleDescription(details);
    const int conflicts = status.openConflicts;
    conflictButton_->setVisible(conflicts > 0);
    conflictButton_->setText(tr("%n conflict(s)", nullptr, conflicts));
    conflictButton_->setAccessibleName(tr("%n conflict(s)", nullptr, conflicts));
}

}  // namespace workroom::widgets
