#include "RegisterTexts.h"

#include "RegisterService.h"

#include <QLabel>
#include <QLocale>

namespace workroom::widgets {

using registers::QueryOutcome;
using registers::RegisterErrorCode;

QString RegisterTexts::serviceDescription(const registers::RegisterService &service)
{
    if (service.isDemo()) {
        return tr("Register: %1 – made-up people for trying Workroom out, not the civil "
                  "register")
            .arg(service.label());
    }
    return tr("Register: %1").arg(service.label());
}

QLabel *RegisterTexts::makeServiceBanner(const registers::RegisterService &service, QWidget *parent)
{
    auto *banner = new QLabel(serviceDescription(service), parent);
    banner->setObjectName(QStringLiteral("registerServiceLabel"));
    banner->setAccessibleName(tr("Register in use"));
    banner->setWordWrap(true);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setMargin(6);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (service.isDemo()) {
        // Set apart by the palette's tool-tip colours and by bold text, not by a colour of
        // our own, so that it reads on light and dark desktops and without colour.
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        QFont bold = banner->font();
        bold.setBold(true);
        banner->setFont(bold);
    }
    return banner;
}

QString RegisterTexts::outcomeExplanation(QueryOutcome outcome)
{
    switch (outcome) {
    case QueryOutcome::Found:
        return tr("The register knows exactly one person with these search data. The data it "
                  "may give are shown below.");
    case QueryOutcome::NotUnique:
        return tr("More than one person matches these search data, so the register gives no "
                  "data. Refine the search, for example with the full given names or a previous "
                  "address.");
    case QueryOutcome::NotFound:
        return tr("Nobody in the register matches these search data. Check the spelling and "
                  "the date of birth.");
    case QueryOutcome::Blocked:
        return tr("No information may be given.");
    }
    return {};
}

bool RegisterTexts::isUnreachable(const registers::RegisterError &error)
{
    switch (error.code) {
    case RegisterErrorCode::Network:
    case RegisterErrorCode::Timeout:
    case RegisterErrorCode::ServiceUnavailable:
        return true;
    default:
        return false;
    }
}

QString RegisterTexts::errorText(const registers::RegisterError &error)
{
    if (error.problems.isEmpty()) {
        return error.message;
    }
    QStringList lines;
    for (const registers::FieldProblem &problem : error.problems) {
        lines.append(problem.message);
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<QDate> RegisterTexts::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format :
         {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid()) {
            return date;
        }
    }
    return std::nullopt;
}

QString RegisterTexts::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString RegisterTexts::dateTimeText(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                          : QString();
}

QString RegisterTexts::fieldName(const QString &field)
{
    if (field == QLatin1StringView("familienname")) {
        return tr("Family name");
    }
    if (field == QLatin1StringView("vornamen")) {
        return tr("Given names");
    }
    if (field == QLatin1StringView("geburtsdatum")) {
        return tr("Date of birth");
    }
    if (field == QLatin1StringView("referenz")) {
        return tr("Reference");
    }
    if (field == QLatin1StringView("zweck")) {
        return tr("Purpose");
    }
    if (field == QLatin1StringView("aktenzeichen")) {
        return tr("Case reference");
    }
    if (field.startsWith(QLatin1StringView("vorherigeAnschrift"))) {
        return tr("Previous address");
    }
    return field;
}

}  // namespace workroom::widgets
