#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace workroom::widgets {

// Asks for the DMS password when the keychain has none (or there is no keychain, or the DMS
// refused the stored one). "Remember in the keychain" is offered only where a keychain works;
// the password is otherwise kept in memory for this session only.
class DmsPasswordDialog : public QDialog {
    Q_OBJECT
public:
    DmsPasswordDialog(const QString &url, const QString &user, const QString &reason,
                      bool keychainAvailable, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;
    QLineEdit *passwordField() const { return password_; }

private:
    QLineEdit *password_ = nullptr;
    QCheckBox *remember_ = nullptr;
};

}  // namespace workroom::widgets
