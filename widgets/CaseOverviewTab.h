#pragma once

#include "CaseRecord.h"

#include <QScrollArea>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QToolButton;

namespace workroom::casework {
class CaseService;
class Workspace;
}  // namespace workroom::casework

namespace workroom::widgets {

class FlowLayout;

// The Overview tab of a case: its metadata, the status steps the user's role allows (as
// buttons), and its parties with adding and removing.
class CaseOverviewTab : public QScrollArea {
    Q_OBJECT

public:
    // `edit` and `addParty` are the case's actions, shown as buttons here.
    CaseOverviewTab(casework::Workspace &workspace, casework::CaseService &service, QAction *edit,
                    QAction *addParty, QWidget *parent = nullptr);

    void showCase(const std::optional<domain::CaseRecord> &record);
    // One action per status the user's role may move the case to.
    QList<QAction *> statusActions() const { return statusActions_; }
    // Shows "Register Query…" under the parties (when the app has a register); it asks
    // registerQueryRequested for the selected party.
    void setRegisterQueryAvailable(bool available);

public slots:
    void addParty();

signals:
    void changed(qint64 caseId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    void statusActionsChanged();
    void registerQueryRequested(qint64 caseId, qint64 partyId);

private:
    void fillFields();
    void fillParties();
    void rebuildStatusSteps();
    void changeStatus(domain::CaseStatus to);
    void removeParty();
    void updateActionState();
    bool mayChange() const;

    casework::Workspace &workspace_;
    casework::CaseService &service_;
    std::optional<domain::CaseRecord> record_;
    QList<QAction *> statusActions_;
    QAction *removePartyAction_ = nullptr;
    QAction *registerQueryAction_ = nullptr;
    QToolButton *registerQueryButton_ = nullptr;

    QLabel *statusValue_ = nullptr;
    FlowLayout *statusButtons_ = nullptr;
    QLabel *assigneeValue_ = nullptr;
    QLabel *deadlineIcon_ = nullptr;
    QLabel *deadlineValue_ = nullptr;
    QLabel *resubmissionIcon_ = nullptr;
    QLabel *resubmissionValue_ = nullptr;
    QLabel *tagsValue_ = nullptr;
    QLabel *recordedValue_ = nullptr;
    QListWidget *partyList_ = nullptr;
};

}  // namespace workroom::widgets
