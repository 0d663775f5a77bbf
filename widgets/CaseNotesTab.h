#pragma once

#include <QWidget>

class QAction;
class QListWidget;
class QPlainTextEdit;

namespace workroom::casework {
class CaseService;
class Workspace;
}  // namespace workroom::casework

namespace workroom::widgets {

// The Notes tab of a case: its notes, newest first, and a box to write the next one
// (Ctrl+Return adds it). A note that cannot be saved stays in the box.
class CaseNotesTab : public QWidget {
    Q_OBJECT

public:
    CaseNotesTab(casework::Workspace &workspace, casework::CaseService &service,
                 QWidget *parent = nullptr);

    // Shows the notes of `caseId` (0: none); `mayWrite` is false for readers.
    void showCase(qint64 caseId, bool mayWrite);
    int noteCount() const { return noteCount_; }
    void focusEditor();

signals:
    void changed(qint64 caseId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void fill();
    void addNote();
    void updateActionState();

    casework::Workspace &workspace_;
    casework::CaseService &service_;
    qint64 caseId_ = 0;
    bool mayWrite_ = false;
    int noteCount_ = 0;
    QListWidget *list_ = nullptr;
    QPlainTextEdit *editor_ = nullptr;
    QAction *addAction_ = nullptr;
};

}  // namespace workroom::widgets
