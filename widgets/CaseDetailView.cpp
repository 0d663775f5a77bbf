#include "CaseDetailView.h"

#include "CaseDocumentsTab.h"
#include "CaseHistoryModel.h"
#include "CaseNotesTab.h"
#include "CaseOverviewTab.h"
#include "CaseService.h"
#include "FileDrop.h"
#include "Icons.h"
#include "Workspace.h"

#include <QAccessible>
#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace workroom::widgets {

CaseDetailView::CaseDetailView(casework::Workspace &workspace, casework::CaseService &service,
                               QWidget *parent)
    : QWidget(parent), workspace_(workspace), service_(service),
      history_(new models::CaseHistoryModel(workspace.cases(), this))
{
    setObjectName(QStringLiteral("caseDetailView"));
    setAccessibleName(tr("Chosen case"));
    history_->setRemoteHistory(&workspace.database());
    setAcceptDrops(true);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    referenceTitle_ = new QLabel(this);
    referenceTitle_->setObjectName(QStringLiteral("caseReferenceTitle"));
    referenceTitle_->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    QFont titleFont = referenceTitle_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    referenceTitle_->setFont(titleFont);
    subjectTitle_ = new QLabel(this);
    subjectTitle_->setObjectName(QStringLiteral("caseSubjectTitle"));
    subjectTitle_->setWordWrap(true);
    subjectTitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Problems are said here, next to what caused them, not in a dialog that must be clicked
    // away.
    messageBar_ = new QWidget(this);
    messageBar_->setObjectName(QStringLiteral("caseMessageBar"));
    auto *messageLayout = new QHBoxLayout(messageBar_);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    auto *messageIcon = new QLabel(messageBar_);
    messageIcon->setPixmap(themedIcon(Icon::Error).pixmap(20, 20));
    messageText_ = new QLabel(messageBar_);
    messageText_->setObjectName(QStringLiteral("caseMessage"));
    messageText_->setWordWrap(true);
    messageText_->setAccessibleName(tr("Problem"));
    auto *dismiss = new QToolButton(messageBar_);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the message"));
    connect(dismiss, &QToolButton::clicked, messageBar_, &QWidget::hide);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(messageText_, 1);
    messageLayout->addWidget(dismiss, 0, Qt::AlignTop);
    messageBar_->hide();

    overview_ = new CaseOverviewTab(workspace_, service_, editAction_, addPartyAction_);
    documents_ = new CaseDocumentsTab(workspace_, addDocumentsAction_);
    notes_ = new CaseNotesTab(workspace_, service_);
    connect(addPartyAction_, &QAction::triggered, overview_, &CaseOverviewTab::addParty);
    connect(overview_, &CaseOverviewTab::statusActionsChanged, this,
            &CaseDetailView::statusActionsChanged);
    connect(overview_, &CaseOverviewTab::changed, this, &CaseDetailView::changedHere);
    connect(notes_, &CaseNotesTab::changed, this, &CaseDetailView::changedHere);
    connect(overview_, &CaseOverviewTab::errorOccurred, this, &CaseDetailView::showError);
    connect(documents_, &CaseDocumentsTab::errorOccurred, this, &CaseDetailView::showError);
    // A stored signature is in the audit log: the history shows it at once. No full reload,
    // which would lose the document the clerk has just signed from view.
    connect(documents_, &CaseDocumentsTab::signingFinished, this, [this](bool stored) {
        if (!stored) {
            return;
        }
        history_->refresh();
        updateTabTitles();
        emit caseChanged(caseId());
    });
    connect(notes_, &CaseNotesTab::errorOccurred, this, &CaseDetailView::showError);
    connect(overview_, &CaseOverviewTab::statusMessage, this, &CaseDetailView::statusMessage);
    connect(documents_, &CaseDocumentsTab::statusMessage, this, &CaseDetailView::statusMessage);
    connect(notes_, &CaseNotesTab::statusMessage, this, &CaseDetailView::statusMessage);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("caseTabs"));
    tabs_->setAccessibleName(tr("Parts of the case"));
    tabs_->addTab(overview_, tr("&Overview"));
    tabs_->addTab(documents_, QString());
    tabs_->addTab(notes_, QString());
    tabs_->addTab(createHistoryTab(), tr("&History"));
    updateTabTitles();

    layout->addWidget(referenceTitle_);
    layout->addWidget(subjectTitle_);
    layout->addWidget(messageBar_);
    layout->addWidget(tabs_, 1);
    setFocusProxy(tabs_);

    // Shown over the whole view while files are dragged over it; in the palette's highlight
    // colours, so that it reads on a light and a dark desktop alike.
    dropOverlay_ = new QLabel(this);
    dropOverlay_->setObjectName(QStringLiteral("dropOverlay"));
    dropOverlay_->setAlignment(Qt::AlignCenter);
    dropOverlay_->setWordWrap(true);
    dropOverlay_->setAutoFillBackground(true);
    dropOverlay_->setBackgroundRole(QPalette::Highlight);
    dropOverlay_->setForegroundRole(QPalette::HighlightedText);
    QFont overlayFont = dropOverlay_->font();
    overlayFont.setPointSizeF(overlayFont.pointSizeF() * 1.3);
    dropOverlay_->setFont(overlayFont);
    dropOverlay_->hide();

    connect(history_, &models::CaseHistoryModel::errorOccurred, this, &CaseDetailView::showError);
    updateActionStates();
}

CaseDetailView::~CaseDetailView() = default;

void CaseDetailView::createActions()
{
    editAction_ = new QAction(themedIcon(Icon::EditCase), tr("&Edit Case…"), this);
    editAction_->setObjectName(QStringLiteral("editCaseAction"));
    editAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editAction_->setStatusTip(tr("Change the subject, assignee, dates and tags of the case"));
    connect(editAction_, &QAction::triggered, this, [this] {
        if (record_) {
            emit editRequested(record_->id);
        }
    });

    addDocumentsAction_ = new QAction(themedIcon(Icon::AddDocuments), tr("Add &Documents…"), this);
    addDocumentsAction_->setObjectName(QStringLiteral("addDocumentsAction"));
    addDocumentsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addDocumentsAction_->setStatusTip(
        tr("Add files to the case; you can also drop files and folders onto it"));
    connect(addDocumentsAction_, &QAction::triggered, this, [this] {
        if (record_) {
            emit addDocumentsRequested(record_->id);
        }
    });

    addPartyAction_ = new QAction(themedIcon(Icon::AddParty), tr("Add &Party…"), this);
    addPartyAction_->setObjectName(QStringLiteral("addPartyAction"));
    addPartyAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addPartyAction_->setStatusTip(tr("Add a person or a company to the case"));

    addNoteAction_ = new QAction(themedIcon(Icon::AddNote), tr("Add &Note"), this);
    addNoteAction_->setObjectName(QStringLiteral("addNoteAction"));
    addNoteAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addNoteAction_->setStatusTip(tr("Write a note on the case"));
    connect(addNoteAction_, &QAction::triggered, this, [this] {
        showTab(Tab::Notes);
        notes_->focusEditor();
    });
}

QWidget *CaseDetailView::createHistoryTab()
{
    historyView_ = new QTreeView;
    historyView_->setObjectName(QStringLiteral("historyView"));
    historyView_->setAccessibleName(tr("History of the case, newest first"));
    historyView_->setModel(history_);
    historyView_->setRootIsDecorated(false);
    historyView_->setUniformRowHeights(true);
    historyView_->setAlternatingRowColors(true);
    for (int column : {models::CaseHistoryModel::When, models::CaseHistoryModel::Who,
                       models::CaseHistoryModel::What}) {
        historyView_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    return historyView_;
}

QAction *CaseDetailView::openDocumentAction() const
{
    return documents_->openAction();
}

QList<QAction *> CaseDetailView::statusActions() const
{
    return overview_->statusActions();
}

DocumentOpener &CaseDetailView::documentOpener()
{
    return documents_->opener();
}

bool CaseDetailView::mayChange() const
{
    return record_ && service_.role() != domain::Role::Reader;
}

void CaseDetailView::showCase(qint64 caseId)
{
    messageBar_->hide();
    record_.reset();
    if (caseId != 0) {
        auto record = workspace_.cases().caseById(caseId);
        if (record) {
            record_ = *record;
        } else {
            showError(record.error().message);
        }
    }
    referenceTitle_->setText(record_ ? record_->reference : QString());
    subjectTitle_->setText(record_ ? record_->subject : QString());
    overview_->showCase(record_);
    documents_->showCase(this->caseId());
    notes_->showCase(this->caseId(), mayChange());
    history_->setCase(this->caseId());
    updateTabTitles();
    updateActionStates();
}

void CaseDetailView::reload()
{
    const int tab = tabs_->currentIndex();
    const bool messageShown = messageBar_->isVisibleTo(this);
    const QString message = messageText_->text();
    showCase(caseId());
    tabs_->setCurrentIndex(tab);
    if (messageShown) {
        showError(message);
    }
}

void CaseDetailView::addBanner(QWidget *banner)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(messageBar_), banner);
}

void CaseDetailView::showTab(Tab tab)
{
    tabs_->setCurrentIndex(static_cast<int>(tab));
}

void CaseDetailView::changedHere(qint64 caseId)
{
    if (caseId == this->caseId()) {
        reload();
    }
    emit caseChanged(caseId);
}

void CaseDetailView::updateTabTitles()
{
    const int documents = documents_->documentCount();
    tabs_->setTabText(static_cast<int>(Tab::Documents),
                      documents ? tr("&Documents (%1)").arg(documents) : tr("&Documents"));
    const int notes = notes_->noteCount();
    tabs_->setTabText(static_cast<int>(Tab::Notes),
                      notes ? tr("No&tes (%1)").arg(notes) : tr("No&tes"));
}

void CaseDetailView::updateActionStates()
{
    for (QAction *action : {editAction_, addDocumentsAction_, addPartyAction_, addNoteAction_}) {
        action->setEnabled(mayChange());
    }
}

void CaseDetailView::showError(const QString &message)
{
    messageText_->setText(message);
    messageBar_->show();
    QAccessibleAnnouncementEvent announcement(messageText_, message);
    announcement.setPoliteness(QAccessible::AnnouncementPoliteness::Assertive);
    QAccessible::updateAccessibility(&announcement);
}

void CaseDetailView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!mayChange() || localPathsIn(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    dropOverlay_->setText(tr("Drop to add the files to %1").arg(record_->reference));
    dropOverlay_->setGeometry(rect());
    dropOverlay_->raise();
    dropOverlay_->show();
    event->acceptProposedAction();
}

void CaseDetailView::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void CaseDetailView::dragLeaveEvent(QDragLeaveEvent *event)
{
    dropOverlay_->hide();
    event->accept();
}

void CaseDetailView::dropEvent(QDropEvent *event)
{
    dropOverlay_->hide();
    const QStringList paths = localPathsIn(event->mimeData());
    if (!mayChange() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(record_->id, paths);
}

void CaseDetailView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    dropOverlay_->setGeometry(rect());
}

}  // namespace workroom::widgets
