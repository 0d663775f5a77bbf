#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace workroom::widgets {

class SyncController;

// What the syncs did and what failed, newest first: time, kind (icon and word), item, message.
// Non-modal; follows the controller while open. "Problems only" hides what went through;
// selected rows are copied as tab-separated text (Ctrl+C or the button) for a support ticket.
class SyncActivityDialog : public QDialog {
    Q_OBJECT
public:
    explicit SyncActivityDialog(SyncController &controller, QWidget *parent = nullptr);

    QTableWidget *table() const { return table_; }
    QCheckBox *problemsOnly() const { return problemsOnly_; }
    // The selected rows (all shown rows when none is selected), as copied.
    QString selectedText() const;

public Q_SLOTS:
    void copySelection();

private:
    void reload();

    SyncController &controller_;
    QTableWidget *table_ = nullptr;
    QCheckBox *problemsOnly_ = nullptr;
    QLabel *emptyNote_ = nullptr;
};

}  // namespace workroom::widgets
