#include "CaseOverviewTab.h"

#include "CaseListModel.h"
#include "CaseService.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "PartyDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace workroom::widgets {

using domain::CaseStatus;

namespace {

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

// The step to a status, as a clerk would say it.
QString stepText(CaseStatus from, CaseStatus to)
{
    switch (to) {
    case CaseStatus::InProgress:
        return from == CaseStatus::Returned ? CaseOverviewTab::tr("Resume work")
                                            : CaseOverviewTab::tr("Start work");
    case CaseStatus::InReview:
        return CaseOverviewTab::tr("Submit for review");
    case CaseStatus::Approved:
        return CaseOverviewTab::tr("Approve");
    case CaseStatus::Returned:
        return CaseOverviewTab::tr("Return to the clerk");
    case CaseStatus::Closed:
        return CaseOverviewTab::tr("Close case");
    case CaseStatus::New:
        break;
    }
    return CaseOverviewTab::tr("Set to “%1”").arg(domain::statusDisplayName(to));
}

QString dateText(const std::optional<QDate> &date)
{
    return date ? QLocale().toString(*date, QLocale::ShortFormat) : CaseOverviewTab::tr("none");
}

QString partyText(const domain::Party &party)
{
    QString text = party.displayName();
    if (!party.role.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(party.role);
    }
    QStringList address;
    if (!party.street.isEmpty()) {
        address.append(party.street);
    }
    const QString city = QString(party.postalCode + QLatin1Char(' ') + party.city).trimmed();
    if (!city.isEmpty()) {
        address.append(city);
    }
    if (!address.isEmpty()) {
        text += QLatin1Char('\n') + address.join(QStringLiteral(", "));
    }
    return text;
}

}  // namespace

CaseOverviewTab::CaseOverviewTab(casework::Workspace &workspace, casework::CaseService &service,
                                 QAction *edit, QAction *addParty, QWidget *parent)
    : QScrollArea(parent), workspace_(workspace), service_(service)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    removePartyAction_ = new QAction(themedIcon(Icon::Remove), tr("&Remove Party"), this);
    removePartyAction_->setObjectName(QStringLiteral("removePartyAction"));
    connect(removePartyAction_, &QAction::triggered, this, &CaseOverviewTab::removeParty);
    registerQueryAction_ =
        new QAction(themedIcon(Icon::RegisterQueries), tr("Register &Query…"), this);
    registerQueryAction_->setObjectName(QStringLiteral("partyRegisterQueryAction"));
    registerQueryAction_->setToolTip(tr("Ask the civil register about the selected party"));
    connect(registerQueryAction_, &QAction::triggered, this, [this] {
        const QListWidgetItem *item = partyList_->currentItem();
        if (record_ && item != nullptr && item->data(Qt::UserRole).toLongLong() != 0) {
            emit registerQueryRequested(record_->id, item->data(Qt::UserRole).toLongLong());
        }
    });

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);

    statusValue_ = valueLabel(page, tr("Status"));
    statusValue_->setObjectName(QStringLiteral("statusValue"));
    QFont bold = statusValue_->font();
    bold.setBold(true);
    statusValue_->setFont(bold);
    auto *statusRow = new QVBoxLayout;
    statusRow->addWidget(statusValue_);
    statusButtons_ = new FlowLayout;
    statusRow->addLayout(statusButtons_);
    form->addRow(tr("Status:"), statusRow);

    assigneeValue_ = valueLabel(page, tr("Assignee"));
    form->addRow(tr("Assignee:"), assigneeValue_);

    // A due date is marked by an icon and by words, never by colour alone.
    const auto iconAndText = [page](QLabel *&icon, QLabel *&text, const QString &name) {
        auto *row = new QHBoxLayout;
        icon = new QLabel(page);
        text = valueLabel(page, name);
        row->addWidget(icon);
        row->addWidget(text, 1);
        return row;
    };
    form->addRow(tr("Deadline:"), iconAndText(deadlineIcon_, deadlineValue_, tr("Deadline")));
    deadlineValue_->setObjectName(QStringLiteral("deadlineValue"));
    form->addRow(tr("Resubmission:"),
                 iconAndText(resubmissionIcon_, resubmissionValue_, tr("Resubmission")));
    tagsValue_ = valueLabel(page, tr("Tags"));
    form->addRow(tr("Tags:"), tagsValue_);
    recordedValue_ = valueLabel(page, tr("Created and last changed"));
    recordedValue_->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("Recorded:"), recordedValue_);

    auto *partiesLabel = new QLabel(tr("&Parties:"), page);
    partyList_ = new QListWidget(page);
    partyList_->setObjectName(QStringLiteral("partyList"));
    partyList_->setAccessibleName(tr("Parties"));
    partyList_->setWordWrap(true);
    // As tall as its parties, not as tall as the pane.
    partyList_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    partyList_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    partyList_->setMinimumHeight(partyList_->fontMetrics().lineSpacing() * 3);
    partiesLabel->setBuddy(partyList_);
    connect(partyList_, &QListWidget::currentRowChanged, this, &CaseOverviewTab::updateActionState);
    auto *partyButtons = new FlowLayout;
    partyButtons->addWidget(buttonFor(addParty, page));
    partyButtons->addWidget(buttonFor(removePartyAction_, page));
    registerQueryButton_ = buttonFor(registerQueryAction_, page);
    registerQueryButton_->setVisible(false);
    partyButtons->addWidget(registerQueryButton_);
    auto *partyColumn = new QVBoxLayout;
    partyColumn->addWidget(partyList_);
    partyColumn->addLayout(partyButtons);
    form->addRow(partiesLabel, partyColumn);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(buttonFor(edit, page));
    editRow->addStretch(1);
    form->addRow(editRow);

    setWidget(page);
    updateActionState();
}

bool CaseOverviewTab::mayChange() const
{
    return record_ && service_.role() != domain::Role::Reader;
}

void CaseOverviewTab::showCase(const std::optional<domain::CaseRecord> &record)
{
    record_ = record;
    fillFields();
    fillParties();
    rebuildStatusSteps();
    updateActionState();
}

void CaseOverviewTab::fillFields()
{
    if (!record_) {
        return;
    }
    const domain::CaseRecord &c = *record_;
    statusValue_->setText(domain::statusDisplayName(c.status));
    assigneeValue_->setText(c.assignee.isEmpty() ? tr("nobody") : c.assignee);

    const QDate today = QDate::currentDate();
    const bool overdue = domain::isOverdue(c.deadline, c.status, today);
    deadlineValue_->setText(overdue ? tr("%1 – overdue").arg(dateText(c.deadline))
                                    : dateText(c.deadline));
    deadlineIcon_->setPixmap(overdue ? themedIcon(Icon::Overdue).pixmap(16, 16) : QPixmap());
    deadlineIcon_->setVisible(overdue);
    const bool resubmissionDue = domain::isResubmissionDue(c.resubmission, c.status, today);
    resubmissionValue_->setText(resubmissionDue ? tr("%1 – due").arg(dateText(c.resubmission))
                                                : dateText(c.resubmission));
    resubmissionIcon_->setPixmap(resubmissionDue ? themedIcon(Icon::ResubmissionDue).pixmap(16, 16)
                                                 : QPixmap());
    resubmissionIcon_->setVisible(resubmissionDue);
    tagsValue_->setText(c.tags.isEmpty() ? tr("none") : c.tags.join(QStringLiteral(", ")));
    recordedValue_->setText(
        tr("created %1, last changed %2")
            .arg(QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat)));
}

void CaseOverviewTab::setRegisterQueryAvailable(bool available)
{
    // A tool button does not follow its action's visibility.
    registerQueryAction_->setVisible(available);
    registerQueryButton_->setVisible(available);
}

void CaseOverviewTab::fillParties()
{
    partyList_->clear();
    if (!record_) {
        return;
    }
    auto parties = workspace_.cases().parties(record_->id);
    if (!parties) {
        emit errorOccurred(parties.error().message);
        return;
    }
    for (const domain::Party &party : std::as_const(*parties)) {
        auto *item = new QListWidgetItem(partyText(party), partyList_);
        item->setData(Qt::UserRole, party.id);
    }
    if (parties->isEmpty()) {
        auto *item = new QListWidgetItem(tr("No parties yet."), partyList_);
        item->setFlags(Qt::NoItemFlags);
    }
}

void CaseOverviewTab::rebuildStatusSteps()
{
    // Later, not now: this runs from the triggered() of one of these very actions.
    for (QAction *action : std::as_const(statusActions_)) {
        action->deleteLater();
    }
    statusActions_.clear();
    while (QLayoutItem *item = statusButtons_->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (record_) {
        // The rule table decides which steps there are; this only shows them.
        const QList<CaseStatus> next =
            domain::StatusRules::nextStatuses(record_->status, service_.role());
        QWidget *page = statusValue_->parentWidget();
        for (CaseStatus to : next) {
            auto *action =
                new QAction(themedIcon(Icon::ChangeStatus), stepText(record_->status, to), this);
            action->setObjectName(QStringLiteral("statusAction_") + domain::statusKey(to));
            action->setStatusTip(tr("Set the status to “%1”").arg(domain::statusDisplayName(to)));
            connect(action, &QAction::triggered, this, [this, to] { changeStatus(to); });
            statusActions_.append(action);
            auto *button = new QPushButton(action->icon(), action->text(), page);
            button->setObjectName(QStringLiteral("statusButton_") + domain::statusKey(to));
            button->setToolTip(action->statusTip());
            connect(button, &QPushButton::clicked, action, &QAction::trigger);
            statusButtons_->addWidget(button);
        }
        if (next.isEmpty() && service_.role() != domain::Role::Reader
            && record_->status != CaseStatus::Closed) {
            auto *waiting = new QLabel(tr("The next step is the team leader's."), page);
            waiting->setForegroundRole(QPalette::PlaceholderText);
            statusButtons_->addWidget(waiting);
        }
    }
    emit statusActionsChanged();
}

void CaseOverviewTab::updateActionState()
{
    const QListWidgetItem *party = partyList_->currentItem();
    removePartyAction_->setEnabled(mayChange() && party != nullptr
                                   && party->data(Qt::UserRole).toLongLong() != 0);
    // Asking is reading, so it does not need the right to change the case.
    registerQueryAction_->setEnabled(party != nullptr
                                     && party->data(Qt::UserRole).toLongLong() != 0);
}

void CaseOverviewTab::changeStatus(CaseStatus to)
{
    if (!record_) {
        return;
    }
    const qint64 id = record_->id;
    auto moved = service_.changeStatus(id, to);
    if (!moved) {
        emit errorOccurred(moved.error().message);
        return;
    }
    emit statusMessage(
        tr("%1 is now “%2”.").arg(moved->reference, domain::statusDisplayName(moved->status)));
    emit changed(id);
}

void CaseOverviewTab::addParty()
{
    if (!mayChange()) {
        return;
    }
    const qint64 id = record_->id;
    auto *dialog = new PartyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this, id](const domain::Party &party) -> std::optional<QString> {
        auto added = service_.addParty(id, party);
        if (!added) {
            return added.error().message;
        }
        return std::nullopt;
    });
    connect(dialog, &QDialog::accepted, this, [this, id] { emit changed(id); });
    dialog->open();
}

void CaseOverviewTab::removeParty()
{
    const QListWidgetItem *item = partyList_->currentItem();
    if (!mayChange() || item == nullptr) {
        return;
    }
    const qint64 partyId = item->data(Qt::UserRole).toLongLong();
    if (partyId == 0) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove party"),
        tr("Remove %1 from the case %2? The history keeps a record of the removal.")
            .arg(item->text().section(QLatin1Char('\n'), 0, 0), record_->reference),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const qint64 id = record_->id;
    if (auto removed = service_.removeParty(partyId); !removed) {
        emit errorOccurred(removed.error().message);
        return;
    }
    emit changed(id);
}

}  // namespace workroom::widgets
