#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace workroom::widgets {

AboutDialog::AboutDialog(const QString &productVersion, const QList<ComponentVersion> &components,
                         QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AboutDialog>()), components_(components)
{
    ui_->setupUi(this);
    ui_->titleLabel->setText(tr("Workroom %1").arg(productVersion));
    // Larger than the body text, relative to the user's font so that it scales with it.
    QFont titleFont = ui_->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    ui_->titleLabel->setFont(titleFont);
    for (const auto &[component, version] : components_) {
        auto *item = new QTreeWidgetItem(ui_->componentsView, {component, version});
        item->setToolTip(1, version);
    }
    ui_->componentsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QPushButton *copy = ui_->buttonBox->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the component versions to the clipboard"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(componentsAsText()); });
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::componentsAsText() const
{
    QString text;
    for (const auto &[component, version] : components_) {
        text += component + QStringLiteral(": ") + version + QLatin1Char('\n');
    }
    return text;
}

}  // namespace workroom::widgets
