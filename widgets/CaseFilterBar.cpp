#include "CaseFilterBar.h"

#include "FlowLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace workroom::widgets {

using storage::CaseQuery;

CaseFilterBar::CaseFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new FlowLayout(this);
    // A filter's label and its box stay together when the row wraps.
    const auto pair = [this, layout](QLabel *label, QComboBox *combo) {
        auto *both = new QWidget(this);
        auto *row = new QHBoxLayout(both);
        row->setContentsMargins(0, 0, 8, 0);
        label->setParent(both);
        combo->setParent(both);
        row->addWidget(label);
        row->addWidget(combo, 1);
        layout->addWidget(both);
    };

    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    status_ = new QComboBox(this);
    status_->setObjectName(QStringLiteral("statusFilter"));
    status_->setAccessibleName(tr("Filter by status"));
    statusLabel->setBuddy(status_);

    auto *assigneeLabel = new QLabel(tr("Assi&gnee:"), this);
    assignee_ = new QComboBox(this);
    assignee_->setObjectName(QStringLiteral("assigneeFilter"));
    assignee_->setAccessibleName(tr("Filter by assignee"));
    assignee_->setEditable(true);
    assignee_->setInsertPolicy(QComboBox::NoInsert);
    assignee_->lineEdit()->setPlaceholderText(tr("Anyone"));
    assignee_->lineEdit()->setClearButtonEnabled(true);
    assigneeLabel->setBuddy(assignee_);

    auto *dueLabel = new QLabel(tr("&Due:"), this);
    due_ = new QComboBox(this);
    due_->setObjectName(QStringLiteral("dueFilter"));
    due_->setAccessibleName(tr("Filter by deadline"));
    due_->addItem(tr("Any time"), QVariant::fromValue(int(CaseQuery::Due::Any)));
    due_->addItem(tr("Overdue"), QVariant::fromValue(int(CaseQuery::Due::Overdue)));
    due_->addItem(tr("Within a week"), QVariant::fromValue(int(CaseQuery::Due::WithinWeek)));
    due_->addItem(tr("No deadline"), QVariant::fromValue(int(CaseQuery::Due::NoDeadline)));
    dueLabel->setBuddy(due_);

    pair(statusLabel, status_);
    pair(assigneeLabel, assignee_);
    pair(dueLabel, due_);

    for (QComboBox *combo : {status_, assignee_, due_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    assignee_->setMinimumContentsLength(10);  // room to type a name before any is known
    setFixedStatus(std::nullopt);
    connect(status_, &QComboBox::currentIndexChanged, this, &CaseFilterBar::changed);
    connect(due_, &QComboBox::currentIndexChanged, this, &CaseFilterBar::changed);
    connect(assignee_, &QComboBox::currentTextChanged, this, &CaseFilterBar::changed);
}

void CaseFilterBar::setFixedStatus(std::optional<domain::CaseStatus> status)
{
    const QSignalBlocker blocker(status_);
    fixedStatus_ = status;
    status_->clear();
    if (status) {
        status_->addItem(domain::statusDisplayName(*status), domain::statusKey(*status));
    } else {
        status_->addItem(tr("Any status"), QString());
        for (domain::CaseStatus each : domain::allStatuses()) {
            status_->addItem(domain::statusDisplayName(each), domain::statusKey(each));
        }
    }
    status_->setEnabled(!status);
}

void CaseFilterBar::setDueFixed(bool fixed, const QString &fixedText)
{
    const QSignalBlocker blocker(due_);
    dueFixed_ = fixed;
    const int fixedIndex = due_->findData(-1);
    if (fixed && fixedIndex < 0) {
        due_->addItem(fixedText, -1);
    } else if (!fixed && fixedIndex >= 0) {
        due_->removeItem(fixedIndex);
    }
    due_->setCurrentIndex(fixed ? due_->findData(-1) : 0);
    due_->setEnabled(!fixed);
}

void CaseFilterBar::setKnownAssignees(const QStringList &names)
{
    const QSignalBlocker blocker(assignee_);
    const QString typed = assignee_->currentText();
    assignee_->clear();
    assignee_->addItems(names);
    assignee_->setCurrentIndex(-1);
    assignee_->setEditText(typed);
}

void CaseFilterBar::clear()
{
    {
        const QSignalBlocker statusBlocker(status_);
        const QSignalBlocker assigneeBlocker(assignee_);
        const QSignalBlocker dueBlocker(due_);
        status_->setCurrentIndex(0);
        assignee_->setEditText(QString());
        if (!dueFixed_) {
            due_->setCurrentIndex(0);
        }
    }
    emit changed();
}

void CaseFilterBar::applyTo(CaseQuery &query) const
{
    if (fixedStatus_) {
        query.statuses = {*fixedStatus_};
    } else if (const auto status = domain::statusFromKey(status_->currentData().toString())) {
        query.statuses = {*status};
    } else {
        query.statuses.clear();
    }
    query.assignee = assignee_->currentText().trimmed();
    if (!dueFixed_) {
        query.due = static_cast<CaseQuery::Due>(due_->currentData().toInt());
    }
}

}  // namespace workroom::widgets
