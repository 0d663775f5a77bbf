#pragma once

#include <QTreeView>

namespace workroom::widgets {

// The case list: a QTreeView that also takes files and folders dropped onto a case's row and
// asks for them to be added to that case.
class CaseListView : public QTreeView {
    Q_OBJECT

public:
    explicit CaseListView(QWidget *parent = nullptr);

    // Whether drops are taken (readers cannot add documents).
    void setDropsAllowed(bool allowed);

signals:
    void filesDropped(qint64 caseId, const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    qint64 caseAt(const QPoint &position) const;

    bool dropsAllowed_ = true;
};

}  // namespace workroom::widgets
