#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace workroom::widgets {

class SyncController;

// Under the title of a case with an open sync conflict: what is in conflict and "Resolve…",
// which opens the conflict dialog at this case. Hidden for every other case.
class CaseConflictBanner : public QFrame {
    Q_OBJECT
public:
    explicit CaseConflictBanner(SyncController &controller, QWidget *parent = nullptr);

    // The reference number of the shown case; empty: none.
    void setCase(const QString &reference);
    QPushButton *resolveButton() const { return resolve_; }
    QString text() const;

Q_SIGNALS:
    void resolveRequested(const QString &reference);

private:
    void update();

    SyncController &controller_;
    QString reference_;
    QLabel *text_ = nullptr;
    QPushButton *resolve_ = nullptr;
};

}  // namespace workroom::widgets
