#include "ConflictDialog.h"

#include "SyncController.h"
#include "SyncTexts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace workroom::widgets {

namespace {

QString idOf(const dms::SyncJournal::CaseConflict &conflict)
{
    return conflict.conflict.value(QStringLiteral("id")).toString();
}

QString fieldOf(const dms::SyncJournal::CaseConflict &conflict)
{
    return conflict.conflict.value(QStringLiteral("field")).toString();
}

QLineEdit *readOnlyField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    return field;
}

}  // namespace

ConflictDialog::ConflictDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent), controller_(controller), list_(new QListWidget(this)),
      heading_(new QLabel(this)), message_(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Sync Conflicts"));
    resize(820, 400);

    list_->setAccessibleName(tr("Open conflicts"));
    list_->setMinimumWidth(240);

    auto *values = new QGroupBox(tr("Values"), this);
    base_ = readOnlyField(tr("Value last synced"), values);
    local_ = readOnlyField(tr("Value on this computer"), values);
    remote_ = readOnlyField(tr("Value on the DMS"), values);
    auto *form = new QFormLayout(values);
    form->addRow(tr("Last synced:"), base_);
    form->addRow(tr("This computer:"), local_);
    form->addRow(tr("DMS:"), remote_);

    keepLocal_ = new QPushButton(tr("Keep &this computer's"), this);
    keepRemote_ = new QPushButton(tr("Keep the &DMS's"), this);
    merge_ = new QPushButton(tr("&Merge…"), this);
    keepLocal_->setObjectName(QStringLiteral("keepLocal"));
    keepRemote_->setObjectName(QStringLiteral("keepRemote"));
    merge_->setObjectName(QStringLiteral("merge"));
    auto *choices = new QHBoxLayout;
    choices->addWidget(keepLocal_);
    choices->addWidget(keepRemote_);
    choices->addWidget(merge_);
    choices->addStretch(1);

    mergeRow_ = new QWidget(this);
    merged_ = new QLineEdit(mergeRow_);
    merged_->setAccessibleName(tr("Merged value"));
    applyMerge_ = new QPushButton(tr("&Apply Merged Value"), mergeRow_);
    auto *mergeLabel = new QLabel(tr("M&erged value:"), mergeRow_);
    mergeLabel->setBuddy(merged_);
    auto *mergeLayout = new QHBoxLayout(mergeRow_);
    mergeLayout->setContentsMargins(0, 0, 0, 0);
    mergeLayout->addWidget(mergeLabel);
    mergeLayout->addWidget(merged_, 1);
    mergeLayout->addWidget(applyMerge_);
    mergeRow_->hide();

    heading_->setWordWrap(true);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    message_->setWordWrap(true);
    message_->setObjectName(QStringLiteral("conflictMessage"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(heading_);
    rightLayout->addWidget(values);
    rightLayout->addLayout(choices);
    rightLayout->addWidget(mergeRow_);
    rightLayout->addWidget(message_);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(list_);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(list_, &QListWidget::currentRowChanged, this, &ConflictDialog::showCurrent);
    connect(keepLocal_, &QPushButton::clicked, this, [this] {
        if (const auto conflict = current()) {
            apply(conflict->conflict.value(QStringLiteral("local")));
        }
    });
    connect(keepRemote_, &QPushButton::clicked, this, [this] {
        if (const auto conflict = current()) {
            apply(conflict->conflict.value(QStringLiteral("remote")));
        }
    });
    connect(merge_, &QPushButton::clicked, this, [this] {
        mergeRow_->show();
        merged_->setFocus();
        merged_->selectAll();
    });
    connect(applyMerge_, &QPushButton::clicked, this, &ConflictDialog::applyMerged);
    connect(merged_, &QLineEdit::returnPressed, this, &ConflictDialog::applyMerged);
    connect(&controller_, &SyncController::conflictsChanged, this, &ConflictDialog::reload);
    connect(&controller_, &SyncController::conflictResolved, this, &ConflictDialog::resolved);
    reload();
}

void ConflictDialog::reload()
{
    const auto previous = current();
    const QString previousId = previous ? idOf(*previous) : QString();
    const QSignalBlocker blocker(list_);
    list_->clear();
    int select = 0;
    const auto &conflicts = controller_.conflicts();
    for (int i = 0; i < conflicts.size(); ++i) {
        const auto &conflict = conflicts.at(i);
        auto *item = new QListWidgetItem(
            tr("%1 – %2").arg(conflict.reference, SyncTexts::fieldName(fieldOf(conflict))), list_);
        item->setData(Qt::UserRole, idOf(conflict));
        if (idOf(conflict) == previousId) {
            select = i;
        }
    }
    list_->setCurrentRow(conflicts.isEmpty() ? -1 : select);
    showCurrent();
}

void ConflictDialog::selectCase(const QString &reference)
{
    const auto &conflicts = controller_.conflicts();
    for (int i = 0; i < conflicts.size(); ++i) {
        if (conflicts.at(i).reference == reference) {
            list_->setCurrentRow(i);
            return;
        }
    }
}

std::optional<dms::SyncJournal::CaseConflict> ConflictDialog::current() const
{
    const QListWidgetItem *item = list_->currentItem();
    if (!item) {
        return std::nullopt;
    }
    const QString id = item->data(Qt::UserRole).toString();
    for (const auto &conflict : controller_.conflicts()) {
        if (idOf(conflict) == id) {
            return conflict;
        }
    }
    return std::nullopt;
}

void ConflictDialog::showCurrent()
{
    const auto conflict = current();
    const bool busy = !pendingId_.isEmpty();
    for (QWidget *widget : {static_cast<QWidget *>(keepLocal_), static_cast<QWidget *>(keepRemote_),
                            static_cast<QWidget *>(merge_), static_cast<QWidget *>(applyMerge_)}) {
        widget->setEnabled(conflict.has_value() && !busy);
    }
    mergeRow_->hide();
    if (!conflict) {
        heading_->setText(controller_.conflicts().isEmpty() ? tr("There are no open conflicts.")
                                                            : QString());
        for (QLineEdit *field : {base_, local_, remote_, merged_}) {
            field->clear();
        }
        return;
    }
    const QString field = fieldOf(*conflict);
    const QJsonObject &c = conflict->conflict;
    const QDateTime found =
        QDateTime::fromString(c.value(QStringLiteral("at")).toString(), Qt::ISODate);
    heading_->setText(found.isValid()
                          ? tr("%1 of case %2 was changed here and on the DMS (noticed %3).")
                                .arg(SyncTexts::fieldName(field), conflict->reference,
                                     QLocale().toString(found.toLocalTime(), QLocale::ShortFormat))
                          : tr("%1 of case %2 was changed here and on the DMS.")
                                .arg(SyncTexts::fieldName(field), conflict->reference));
    base_->setText(SyncTexts::displayValue(field, c.value(QStringLiteral("base"))));
    local_->setText(SyncTexts::displayValue(field, c.value(QStringLiteral("local"))));
    remote_->setText(SyncTexts::displayValue(field, c.value(QStringLiteral("remote"))));
    merged_->setText(SyncTexts::editText(field, c.value(QStringLiteral("local"))));
    merge_->setEnabled(!busy && SyncTexts::mergeable(field));
    applyMerge_->setEnabled(!busy && SyncTexts::mergeable(field));
}

void ConflictDialog::applyMerged()
{
    const auto conflict = current();
    if (!conflict) {
        return;
    }
    const auto value = SyncTexts::valueFromText(fieldOf(*conflict), merged_->text());
    if (!value) {
        message_->setText(tr("\"%1\" is not a valid value for %2.")
                              .arg(merged_->text(), SyncTexts::fieldName(fieldOf(*conflict))));
        return;
    }
    apply(*value);
}

void ConflictDialog::apply(const QJsonValue &chosen)
{
    const auto conflict = current();
    if (!conflict || !pendingId_.isEmpty()) {
        return;
    }
    pendingId_ = idOf(*conflict);
    message_->setText(tr("Applying…"));
    showCurrent();
    controller_.resolveConflict(*conflict, chosen);
}

void ConflictDialog::resolved(const QString &conflictId, const QString &error)
{
    if (conflictId != pendingId_) {
        return;
    }
    pendingId_.clear();
    message_->setText(error.isEmpty() ? tr("Resolved; the choice goes to the DMS with the next "
                                           "sync.")
                                      : tr("Could not resolve the conflict: %1").arg(error));
    showCurrent();
}

}  // namespace workroom::widgets
