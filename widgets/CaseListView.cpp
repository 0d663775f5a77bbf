#include "CaseListView.h"

#include "CaseListModel.h"
#include "FileDrop.h"

#include <QDragEnterEvent>
#include <QDropEvent>

namespace workroom::widgets {

CaseListView::CaseListView(QWidget *parent) : QTreeView(parent)
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
}

void CaseListView::setDropsAllowed(bool allowed)
{
    dropsAllowed_ = allowed;
}

qint64 CaseListView::caseAt(const QPoint &position) const
{
    const QModelIndex index = indexAt(position);
    return index.isValid() ? index.data(models::CaseListModel::CaseIdRole).toLongLong() : 0;
}

void CaseListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (dropsAllowed_ && !localPathsIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void CaseListView::dragMoveEvent(QDragMoveEvent *event)
{
    const qint64 caseId = caseAt(event->position().toPoint());
    if (!dropsAllowed_ || caseId == 0 || localPathsIn(event->mimeData()).isEmpty()) {
        event->ignore(rect());
        return;
    }
    // The row under the pointer is the case the files go to: show it as the current one.
    const QModelIndex index = indexAt(event->position().toPoint());
    setCurrentIndex(index);
    event->acceptProposedAction();
}

void CaseListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    event->accept();
}

void CaseListView::dropEvent(QDropEvent *event)
{
    const qint64 caseId = caseAt(event->position().toPoint());
    const QStringList paths = localPathsIn(event->mimeData());
    if (!dropsAllowed_ || caseId == 0 || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(caseId, paths);
}

}  // namespace workroom::widgets
