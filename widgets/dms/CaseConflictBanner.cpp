#include "CaseConflictBanner.h"

#include "SyncController.h"
#include "SyncTexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace workroom::widgets {

CaseConflictBanner::CaseConflictBanner(SyncController &controller, QWidget *parent)
    : QFrame(parent), controller_(controller), text_(new QLabel(this)),
      resolve_(new QPushButton(tr("&Resolve…"), this))
{
    setObjectName(QStringLiteral("caseConflictBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    icon->setPixmap(SyncTexts::kindIcon(dms::SyncActivity::Kind::Conflict, true).pixmap(20, 20));
    text_->setWordWrap(true);
    text_->setObjectName(QStringLiteral("caseConflictText"));
    resolve_->setAccessibleName(tr("Resolve the sync conflict of this case"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text_, 1);
    layout->addWidget(resolve_, 0, Qt::AlignTop);
    connect(resolve_, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(reference_); });
    connect(&controller_, &SyncController::conflictsChanged, this, &CaseConflictBanner::update);
    update();
}

void CaseConflictBanner::setCase(const QString &reference)
{
    reference_ = reference;
    update();
}

QString CaseConflictBanner::text() const
{
    return text_->text();
}

void CaseConflictBanner::update()
{
    QStringList fields;
    if (!reference_.isEmpty()) {
        for (const auto &conflict : controller_.conflicts()) {
            if (conflict.reference == reference_) {
                fields.append(SyncTexts::fieldName(
                    conflict.conflict.value(QStringLiteral("field")).toString()));
            }
        }
    }
    setVisible(!fields.isEmpty());
    text_->setText(tr("Conflict: %1 changed here and on the DMS. Both values are kept until you "
                      "choose.")
                       .arg(fields.join(QStringLiteral(", "))));
}

}  // namespace workroom::widgets
