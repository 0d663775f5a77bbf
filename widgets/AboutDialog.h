#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Ui {
class AboutDialog;
}

namespace workroom::widgets {

// One line of the About dialog: a component and the version that is in use.
using ComponentVersion = std::pair<QString, QString>;

// Product name and version plus the versions of the libraries underneath, which IT staff and
// support need first when something goes wrong; "Copy" puts them on the clipboard as text.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const QString &productVersion, const QList<ComponentVersion> &components,
                QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The listing as plain text, one "component: version" line each.
    QString componentsAsText() const;

private:
    std::unique_ptr<Ui::AboutDialog> ui_;
    QList<ComponentVersion> components_;
};

}  // namespace workroom::widgets
