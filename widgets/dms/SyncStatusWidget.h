#pragma once

#include <QWidget>

class QToolButton;

namespace workroom::widgets {

class SyncController;

// The sync's place in the status bar: an icon and a sentence for the state (never colour
// alone), the details in the tooltip; a click (or Space on it) opens the activity list. When
// conflicts are open, a second button says how many and opens the conflict dialog.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController &controller, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *stateButton() const { return stateButton_; }
    QToolButton *conflictButton() const { return conflictButton_; }

Q_SIGNALS:
    void activityRequested();
    void conflictsRequested();

private:
    void update();

    SyncController &controller_;
    QToolButton *stateButton_ = nullptr;
    QToolButton *conflictButton_ = nullptr;
    QString fullText_;
};

}  // namespace workroom::widgets
