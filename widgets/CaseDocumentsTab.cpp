#include "CaseDocumentsTab.h"

#include "DocumentOpener.h"
#include "DocumentTreeModel.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "Workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace workroom::widgets {

using models::DocumentTreeModel;

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

}  // namespace

CaseDocumentsTab::CaseDocumentsTab(casework::Workspace &workspace, QAction *addDocuments,
                                   QWidget *parent)
    : QWidget(parent), model_(new DocumentTreeModel(workspace.cases(), this)),
      opener_(new DocumentOpener(workspace.blobs().root(), this))
{
    openAction_ = new QAction(themedIcon(Icon::OpenDocument), tr("&Open Document"), this);
    openAction_->setObjectName(QStringLiteral("openDocumentAction"));
    openAction_->setStatusTip(
        tr("Open a read-only copy of the chosen version in the system's viewer"));
    connect(openAction_, &QAction::triggered, this, &CaseDocumentsTab::openCurrent);

    auto *layout = new QVBoxLayout(this);
    auto *buttons = new FlowLayout;
    buttons->addWidget(buttonFor(addDocuments, this));
    buttons->addWidget(buttonFor(openAction_, this));

    tree_ = new QTreeView(this);
    tree_->setObjectName(QStringLiteral("documentTree"));
    tree_->setAccessibleName(tr("Documents and their versions"));
    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(DocumentTreeModel::Name, QHeaderView::Stretch);
    for (int column = DocumentTreeModel::Version; column < DocumentTreeModel::ColumnCount;
         ++column) {
        tree_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Enter and double-click both "activate": open the version.
    connect(tree_, &QTreeView::activated, this, &CaseDocumentsTab::openCurrent);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CaseDocumentsTab::updateActionState);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        tree_->expandAll();
        // The newest document's latest version is current, so that Enter opens it at once.
        const int last = model_->rowCount() - 1;
        if (last >= 0) {
            const QModelIndex document = model_->index(last, 0);
            const int versions = model_->rowCount(document);
            tree_->setCurrentIndex(versions > 0 ? model_->index(versions - 1, 0, document)
                                                : document);
        }
        empty_->setVisible(model_->rowCount() == 0);
        updateActionState();
    });
    connect(model_, &DocumentTreeModel::errorOccurred, this, &CaseDocumentsTab::errorOccurred);

    empty_ = new QLabel(tr("No documents yet. Add them with “Add Documents…” or drop "
                           "files and folders here."),
                        tree_->viewport());
    empty_->setObjectName(QStringLiteral("documentsEmpty"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    empty_->setMargin(16);
    auto *emptyLayout = new QVBoxLayout(tree_->viewport());
    emptyLayout->addWidget(empty_);

    auto *dropHint =
        new QLabel(tr("Files and folders dropped onto the case are added to it."), this);
    dropHint->setWordWrap(true);
    dropHint->setForegroundRole(QPalette::PlaceholderText);

    connect(opener_, &DocumentOpener::failed, this, &CaseDocumentsTab::errorOccurred);
    connect(opener_, &DocumentOpener::opened, this, [this](const QString &path) {
        emit statusMessage(tr("Opened a read-only copy: %1").arg(path));
    });

    layout->addLayout(buttons);
    layout->addWidget(tree_, 1);
    layout->addWidget(dropHint);
    updateActionState();
}

void CaseDocumentsTab::showCase(qint64 caseId)
{
    model_->setCase(caseId);
}

int CaseDocumentsTab::documentCount() const
{
    return model_->documentCount();
}

void CaseDocumentsTab::updateActionState()
{
    openAction_->setEnabled(model_->versionAt(tree_->currentIndex()).has_value());
}

void CaseDocumentsTab::openCurrent()
{
    const auto version = model_->versionAt(tree_->currentIndex());
    if (!version) {
        return;
    }
    emit statusMessage(tr("Opening %1…").arg(version->originalFileName));
    opener_->open(*version);
}

}  // namespace workroom::widgets
