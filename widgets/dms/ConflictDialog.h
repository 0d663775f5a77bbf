#pragma once

#include "SyncJournal.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace workroom::widgets {

class SyncController;

// The open sync conflicts: a field changed differently here and on the DMS. For the chosen one
// it shows the value last synced, this computer's and the DMS's side by side, and takes one of
// them or a value merged by hand. The choice is applied on the sync's worker thread; the
// controller then syncs so that the other computers drop the conflict too.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(SyncController &controller, QWidget *parent = nullptr);

    // Selects the first conflict of the case with this reference number.
    void selectCase(const QString &reference);

    QListWidget *list() const { return list_; }
    QLineEdit *baseField() const { return base_; }
    QLineEdit *localField() const { return local_; }
    QLineEdit *remoteField() const { return remote_; }
    QLineEdit *mergeField() const { return merged_; }
    QPushButton *keepLocalButton() const { return keepLocal_; }
    QPushButton *keepRemoteButton() const { return keepRemote_; }
    QPushButton *mergeButton() const { return merge_; }
    QPushButton *applyMergeButton() const { return applyMerge_; }
    QLabel *messageLabel() const { return message_; }

private:
    void reload();
    void showCurrent();
    std::optional<dms::SyncJournal::CaseConflict> current() const;
    void apply(const QJsonValue &chosen);
    void applyMerged();
    void resolved(const QString &conflictId, const QString &error);

    SyncController &controller_;
    QListWidget *list_ = nullptr;
    QLabel *heading_ = nullptr;
    QLineEdit *base_ = nullptr;
    QLineEdit *local_ = nullptr;
    QLineEdit *remote_ = nullptr;
    QWidget *mergeRow_ = nullptr;
    QLineEdit *merged_ = nullptr;
    QPushButton *keepLocal_ = nullptr;
    QPushButton *keepRemote_ = nullptr;
    QPushButton *merge_ = nullptr;
    QPushButton *applyMerge_ = nullptr;
    QLabel *message_ = nullptr;
    QString pendingId_;
};

}  // namespace workroom::widgets
