#pragma once

#include "CaseRecord.h"
#include "RegisterService.h"
#include "RegisterTypes.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QWidget;

namespace workroom::casework {
class Workspace;
}

namespace workroom::registers {
class OfflineQueue;
}

namespace workroom::widgets {

class RegisterSignIn;

// Asks the civil register about one person, from a case: the search data come from one of the
// case's parties (or are typed), the query is simple or an authority query (then purpose and
// case reference are required before anything is sent). The query runs in the background
// with a busy indicator and can be cancelled; the answer is said in plain words and can be
// filed in the case as a register extract. When the register cannot be reached, the query can
// be queued to be sent later, if the user agrees.
class RegisterQueryDialog : public QDialog {
    Q_OBJECT

public:
    // `queue` may be null (then nothing is offered for later). `mayAttach`: the user may add
    // documents to the case. All references must outlive the dialog.
    RegisterQueryDialog(registers::RegisterService &service, registers::OfflineQueue *queue,
                        casework::Workspace &workspace, const domain::CaseRecord &record,
                        bool mayAttach, QWidget *parent = nullptr);
    ~RegisterQueryDialog() override;

    // The persons among the case's parties, in the order of the party chooser.
    const QList<domain::Party> &persons() const { return persons_; }
    // Fills the search data from the party (-1: clears them for someone else).
    void choosePerson(int index);
    // The request the form describes now.
    registers::QueryRequest request() const;
    bool isBusy() const { return ticket_ != 0 || signingIn_; }
    // With a configured service: the secret is asked for before the first query and again
    // when the service refuses it (then the query is sent once more).
    void setSignIn(RegisterSignIn *signIn) { signIn_ = signIn; }
    const std::optional<registers::QueryResult> &result() const { return result_; }

public slots:
    // Checks the form and, if it is complete, sends the query.
    void send();
    void cancelQuery();
    // Files the shown answer in the case as a register extract.
    void attachToCase();
    // Cancels a running query before closing.
    void reject() override;

signals:
    // A query ended: with an answer, an error, or cancelled.
    void queryFinished();
    void extractAttached(qint64 caseId, qint64 versionId);
    // The user chose to send the query later; it waits in the offline queue.
    void queryQueued(qint64 queueId);

private:
    void buildForm();
    void updateKind();
    void updateSearchMode();
    bool checkForm();
    void showProblems(const QList<registers::FieldProblem> &problems);
    void clearProblems();
    void setBusy(bool busy);
    void sendNow();
    void queryDone(const registers::QueryRequest &sent,
                   const registers::Result<registers::QueryResult> &answer);
    void showResult(const registers::QueryResult &result);
    void offerQueue(const registers::QueryRequest &sent, const QString &reason);
    void showNote(const QString &text);
    QWidget *widgetForField(const QString &field) const;

    registers::RegisterService &service_;
    registers::OfflineQueue *queue_;
    casework::Workspace &workspace_;
    domain::CaseRecord record_;
    bool mayAttach_;
    QList<domain::Party> persons_;

    registers::RegisterService::Ticket ticket_ = 0;
    RegisterSignIn *signIn_ = nullptr;
    bool signingIn_ = false;
    bool retriedAfterRefusal_ = false;  // one new attempt per secret the user typed
    std::optional<registers::QueryRequest> sentRequest_;
    std::optional<registers::QueryResult> result_;
    bool attached_ = false;

    QComboBox *personChooser_ = nullptr;
    QLineEdit *familyName_ = nullptr;
    QLineEdit *givenNames_ = nullptr;
    QRadioButton *byBirthDate_ = nullptr;
    QRadioButton *byAddress_ = nullptr;
    QLineEdit *birthDate_ = nullptr;
    QWidget *addressBox_ = nullptr;
    QLineEdit *street_ = nullptr;
    QLineEdit *houseNumber_ = nullptr;
    QLineEdit *postalCode_ = nullptr;
    QLineEdit *city_ = nullptr;
    QRadioButton *simpleKind_ = nullptr;
    QRadioButton *authorityKind_ = nullptr;
    QLineEdit *purpose_ = nullptr;
    QLineEdit *caseReference_ = nullptr;
    QWidget *authorityBox_ = nullptr;
    QWidget *formArea_ = nullptr;

    QWidget *problemPanel_ = nullptr;
    QLabel *problemText_ = nullptr;
    QWidget *busyPanel_ = nullptr;
    QProgressBar *busyBar_ = nullptr;
    QPushButton *cancelQueryButton_ = nullptr;
    QWidget *resultPanel_ = nullptr;
    QLabel *outcomeTitle_ = nullptr;
    QLabel *outcomeText_ = nullptr;
    QWidget *dataBox_ = nullptr;
    QFormLayout *dataForm_ = nullptr;
    QLabel *note_ = nullptr;
    QPushButton *sendButton_ = nullptr;
    QPushButton *attachButton_ = nullptr;
    QPushButton *closeButton_ = nullptr;
};

}  // namespace workroom::widgets
