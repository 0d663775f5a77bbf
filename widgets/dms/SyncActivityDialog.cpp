#include "SyncActivityDialog.h"

#include "SyncController.h"
#include "SyncTexts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace workroom::widgets {

SyncActivityDialog::SyncActivityDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent), controller_(controller), table_(new QTableWidget(this)),
      problemsOnly_(new QCheckBox(tr("&Problems only"), this)), emptyNote_(new QLabel(this))
{
    setObjectName(QStringLiteral("syncActivityDialog"));
    setWindowTitle(tr("Sync Activity"));
    resize(860, 440);

    table_->setColumnCount(4);
    table_->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Item"), tr("Message")});
    table_->setAccessibleName(tr("Sync activity"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    table_->setColumnWidth(2, 150);

    auto *copy = new QAction(tr("Copy"), table_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &SyncActivityDialog::copySelection);
    table_->addAction(copy);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);

    emptyNote_->setForegroundRole(QPalette::PlaceholderText);
    emptyNote_->setText(tr("No sync has run yet in this session."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy Rows"), QDialogButtonBox::ActionRole);
    QPushButton *syncButton = buttons->addButton(tr("&Sync Now"), QDialogButtonBox::ActionRole);
    connect(copyButton, &QPushButton::clicked, this, &SyncActivityDialog::copySelection);
    connect(syncButton, &QPushButton::clicked, &controller_, &SyncController::syncNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    syncButton->setEnabled(controller_.isLinked());

    auto *top = new QHBoxLayout;
    top->addWidget(emptyNote_, 1);
    top->addWidget(problemsOnly_);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);

    connect(problemsOnly_, &QCheckBox::toggled, this, &SyncActivityDialog::reload);
    connect(&controller_, &SyncController::activityChanged, this, &SyncActivityDialog::reload);
    reload();
}

void SyncActivityDialog::reload()
{
    const QLocale locale;
    const bool onlyProblems = problemsOnly_->isChecked();
    table_->setRowCount(0);
    for (const SyncActivityRow &row : controller_.activity()) {
        if (onlyProblems && !row.problem) {
            continue;
        }
        const int r = table_->rowCount();
        table_->insertRow(r);
        const QDateTime local = row.at.toLocalTime();
        auto *time =
            new QTableWidgetItem(local.date() == QDate::currentDate()
                                     ? locale.toString(local.time(), QStringLiteral("HH:mm:ss"))
                                     : locale.toString(local, QLocale::ShortFormat));
        time->setData(Qt::UserRole, row.at);
        auto *kind = new QTableWidgetItem(SyncTexts::kindIcon(row.kind, row.problem),
                                          SyncTexts::kindName(row.kind));
        if (!row.kind && row.problem) {
            kind->setText(tr("Sync problem"));
        }
        auto *message = new QTableWidgetItem(row.message);
        message->setToolTip(row.message);
        table_->setItem(r, 0, time);
        table_->setItem(r, 1, kind);
        table_->setItem(r, 2, new QTableWidgetItem(row.item));
        table_->setItem(r, 3, message);
    }
    emptyNote_->setVisible(controller_.activity().isEmpty());
}

QString SyncActivityDialog::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : table_->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    if (rows.isEmpty()) {
        for (int r = 0; r < table_->rowCount(); ++r) {
            rows.append(r);
        }
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < table_->columnCount(); ++c) {
            const QTableWidgetItem *item = table_->item(r, c);
            cells.append(item ? item->text() : QString());
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void SyncActivityDialog::copySelection()
{
    QApplication::clipboard()->setText(selectedText());
}

}  // namespace workroom::widgets
