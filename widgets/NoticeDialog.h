#pragma once

#include "CaseStatus.h"
#include "NoticeTemplate.h"
#include "NoticeTemplateLibrary.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QWebEngineView;

namespace workroom::casework {
class Workspace;
}

namespace workroom::notices {
class NoticeRenderer;
class NoticeWebSandbox;
}  // namespace workroom::notices

namespace workroom::widgets {

// "New notice" for one case: the templates on the left, a preview of the filled notice on the
// right (Qt WebEngine without JavaScript or remote loads, as the PDF will be), empty and
// unknown values marked in the preview and listed below the templates. "Create notice"
// prints the PDF in the background and files it in the case as a notice document.
class NoticeDialog : public QDialog {
    Q_OBJECT

public:
    struct Config {
        QStringList systemDirectories{};   // empty: NoticeTemplateLibrary's default folders
        QString profileDirectory{};        // the profile's own template folder
        QHash<QString, QString> values{};  // configured placeholder values (authority.*, …)
    };

    NoticeDialog(casework::Workspace &workspace, domain::Role role, qint64 caseId, Config config,
                 QWidget *parent = nullptr);
    ~NoticeDialog() override;

    bool selectTemplate(const QString &id);
    QString currentTemplateId() const;
    QStringList missingValues() const { return missing_; }
    QStringList unknownValues() const { return unknown_; }
    bool isBusy() const;
    QWebEngineView *previewView() const { return preview_; }

public slots:
    void createNotice();
    void reject() override;

signals:
    void previewLoaded(bool ok);
    // The notice was filed: the new document version.
    void noticeFiled(qint64 caseId, qint64 versionId, const QString &title);
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadTemplates();
    void templateChosen();
    void showProblems();
    void setWorking(const QString &text);
    void finishWork(const QString &error);

    casework::Workspace &workspace_;
    domain::Role role_;
    qint64 caseId_;
    Config config_;
    notices::NoticeTemplateLibrary library_;
    notices::NoticeValues values_;
    QString valuesError_;
    QStringList missing_;
    QStringList unknown_;
    bool filing_ = false;

    QListWidget *templateList_ = nullptr;
    QLabel *descriptionLabel_ = nullptr;
    QLabel *problemsLabel_ = nullptr;
    QWebEngineView *preview_ = nullptr;
    QLabel *workLabel_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
    QPushButton *createButton_ = nullptr;
    notices::NoticeWebSandbox *sandbox_ = nullptr;
    notices::NoticeRenderer *renderer_ = nullptr;
};

}  // namespace workroom::widgets
