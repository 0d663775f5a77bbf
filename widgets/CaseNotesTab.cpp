#include "CaseNotesTab.h"

#include "CaseService.h"
#include "Icons.h"
#include "Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace workroom::widgets {

CaseNotesTab::CaseNotesTab(casework::Workspace &workspace, casework::CaseService &service,
                           QWidget *parent)
    : QWidget(parent), workspace_(workspace), service_(service)
{
    auto *layout = new QVBoxLayout(this);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("noteList"));
    list_->setAccessibleName(tr("Notes, newest first"));
    list_->setWordWrap(true);
    list_->setAlternatingRowColors(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *editorLabel = new QLabel(tr("New &note:"), this);
    editor_ = new QPlainTextEdit(this);
    editor_->setObjectName(QStringLiteral("noteEditor"));
    editor_->setAccessibleName(tr("Text of the new note"));
    editor_->setPlaceholderText(tr("What should the next person to open this case know?"));
    editor_->setTabChangesFocus(true);
    editor_->setMaximumHeight(editor_->fontMetrics().lineSpacing() * 6);
    // Files dropped on the text box go to the case, not into the note as paths.
    editor_->setAcceptDrops(false);
    editorLabel->setBuddy(editor_);

    addAction_ = new QAction(themedIcon(Icon::AddNote), tr("Add Note"), this);
    addAction_->setObjectName(QStringLiteral("saveNoteAction"));
    addAction_->setToolTip(
        tr("Add the note to the case (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    connect(addAction_, &QAction::triggered, this, &CaseNotesTab::addNote);
    auto *shortcut = new QAction(editor_);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    shortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(shortcut, &QAction::triggered, addAction_, &QAction::trigger);
    editor_->addAction(shortcut);
    connect(editor_, &QPlainTextEdit::textChanged, this, &CaseNotesTab::updateActionState);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("saveNoteButton"));
    add->setDefaultAction(addAction_);
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->addWidget(add);

    layout->addWidget(list_, 1);
    layout->addWidget(editorLabel);
    layout->addWidget(editor_);
    layout->addLayout(buttons);
    updateActionState();
}

void CaseNotesTab::showCase(qint64 caseId, bool mayWrite)
{
    if (caseId != caseId_) {
        editor_->clear();  // a half-written note belongs to the case it was written for
    }
    caseId_ = caseId;
    mayWrite_ = mayWrite;
    editor_->setReadOnly(!mayWrite);
    fill();
    updateActionState();
}

void CaseNotesTab::focusEditor()
{
    editor_->setFocus(Qt::ShortcutFocusReason);
}

void CaseNotesTab::fill()
{
    list_->clear();
    noteCount_ = 0;
    if (caseId_ == 0) {
        return;
    }
    auto notes = workspace_.cases().notes(caseId_);
    if (!notes) {
        emit errorOccurred(notes.error().message);
        return;
    }
    noteCount_ = int(notes->size());
    for (auto it = notes->crbegin(); it != notes->crend(); ++it) {
        const QString heading = tr("%1, %2").arg(
            it->author, QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(heading + QLatin1Char('\n') + it->text, list_);
        item->setData(Qt::AccessibleTextRole, tr("Note by %1: %2").arg(heading, it->text));
    }
    if (noteCount_ == 0) {
        auto *item = new QListWidgetItem(tr("No notes yet."), list_);
        item->setFlags(Qt::NoItemFlags);
    }
}

void CaseNotesTab::updateActionState()
{
    addAction_->setEnabled(mayWrite_ && caseId_ != 0
                           && !editor_->toPlainText().trimmed().isEmpty());
}

void CaseNotesTab::addNote()
{
    const QString text = editor_->toPlainText().trimmed();
    if (caseId_ == 0 || text.isEmpty()) {
        return;
    }
    auto added = service_.addNote(caseId_, text);
    if (!added) {
        emit errorOccurred(added.error().message);  // the text stays in the box
        return;
    }
    editor_->clear();
    fill();
    emit changed(caseId_);
    emit statusMessage(tr("Note added."));
}

}  // namespace workroom::widgets
