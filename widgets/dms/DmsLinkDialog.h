#pragma once

#include "DavCapabilities.h"
#include "DmsError.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace workroom::dms {
class DmsCredentialStore;
}

namespace workroom::widgets {

class SyncController;

// Where the link is kept: the app's settings (widgets do not read them) and whether IT fixed it.
struct DmsLinkSettings {
    QString url;
    QString user;
    QString caFile;
    bool locked = false;
    // Writes the link; false when it could not be written.
    std::function<bool(const QString &url, const QString &user, const QString &caFile)> store;
};

// File › Link to DMS…: the collection's address, the account, the password and an optional CA
// file. "Test and link" tries the server off the GUI thread (a throw-away collection is made
// and removed), says what it supports or why it cannot be used, and then keeps the link in the
// settings and the password in the keychain (when there is one and the user wants it).
class DmsLinkDialog : public QDialog {
    Q_OBJECT
public:
    DmsLinkDialog(SyncController &controller, DmsLinkSettings settings, QString profileDir,
                  QWidget *parent = nullptr);
    ~DmsLinkDialog() override;

    QLineEdit *urlField() const { return url_; }
    QLineEdit *userField() const { return user_; }
    QLineEdit *passwordField() const { return password_; }
    QLineEdit *caFileField() const { return caFile_; }
    QPushButton *testButton() const { return test_; }
    QLabel *resultLabel() const { return result_; }
    bool isTesting() const { return testing_; }
    bool linked() const { return linked_; }

    // Texts for the user about a failed probe: what went wrong and what to do.
    static QString explain(const dms::DmsError &error);
    static QString describe(const dms::DavCapabilities &caps);

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void chooseCaFile();
    void testAndLink();
    void probed(const dms::Result<dms::DavCapabilities> &result);
    void setBusy(bool busy);

    SyncController &controller_;
    DmsLinkSettings settings_;
    QString profileDir_;
    dms::DmsCredentialStore *credentials_ = nullptr;
    QLineEdit *url_ = nullptr;
    QLineEdit *user_ = nullptr;
    QLineEdit *password_ = nullptr;
    QLineEdit *caFile_ = nullptr;
    QPushButton *browse_ = nullptr;
    QCheckBox *remember_ = nullptr;
    QPushButton *test_ = nullptr;
    QProgressBar *busy_ = nullptr;
    QLabel *result_ = nullptr;
    bool testing_ = false;
    bool linked_ = false;
    QUrl testedUrl_;
};

}  // namespace workroom::widgets
