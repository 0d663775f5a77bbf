#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace workroom::casework {
class Workspace;
}

namespace workroom::models {
class DocumentTreeModel;
}

namespace workroom::widgets {

class DocumentOpener;

// The Documents tab of a case: each document with its versions (number, file name, size, when
// and by whom added, SHA-256). Enter or a double click opens a read-only copy of a version in
// the system's viewer.
class CaseDocumentsTab : public QWidget {
    Q_OBJECT

public:
    // `addDocuments` is the case's action, shown as a button here.
    CaseDocumentsTab(casework::Workspace &workspace, QAction *addDocuments,
                     QWidget *parent = nullptr);

    void showCase(qint64 caseId);
    int documentCount() const;
    QAction *openAction() const { return openAction_; }
    DocumentOpener &opener() { return *opener_; }

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void openCurrent();
    void updateActionState();

    models::DocumentTreeModel *model_ = nullptr;
    DocumentOpener *opener_ = nullptr;
    QTreeView *tree_ = nullptr;
    QLabel *empty_ = nullptr;
    QAction *openAction_ = nullptr;
};

}  // namespace workroom::widgets
