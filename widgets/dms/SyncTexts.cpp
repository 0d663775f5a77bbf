#include "SyncTexts.h"

#include "CaseStatus.h"

#include <QApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QStyle>

namespace workroom::widgets {

namespace {

bool isDateField(const QString &field)
{
    return field == QLatin1String("deadline") || field == QLatin1String("resubmission");
}

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    const QIcon icon = QIcon::fromTheme(QLatin1String(name));
    return icon.isNull() ? QApplication::style()->standardIcon(fallback) : icon;
}

}  // namespace

QString SyncTexts::fieldName(const QString &field)
{
    if (field == QLatin1String("subject")) {
        return tr("Subject");
    }
    if (field == QLatin1String("status")) {
        return tr("Status");
    }
    if (field == QLatin1String("assignee")) {
        return tr("Assignee");
    }
    if (field == QLatin1String("deadline")) {
        return tr("Deadline");
    }
    if (field == QLatin1String("resubmission")) {
        return tr("Resubmission");
    }
    if (field == QLatin1String("tags")) {
        return tr("Tags");
    }
    // "parties.<uid>.<field>": a field of one party of the case.
    const QStringList parts = field.split(QLatin1Char('.'));
    if (parts.size() == 3 && parts.first() == QLatin1String("parties")) {
        const QString &name = parts.at(2);
        QString what = name;
        if (name == QLatin1String("role")) {
            what = tr("role");
        } else if (name == QLatin1String("givenName")) {
            what = tr("given names");
        } else if (name == QLatin1String("familyName")) {
            what = tr("family name");
        } else if (name == QLatin1String("companyName")) {
            what = tr("company name");
        } else if (name == QLatin1String("street")) {
            what = tr("street");
        } else if (name == QLatin1String("postalCode")) {
            what = tr("postal code");
        } else if (name == QLatin1String("city")) {
            what = tr("city");
        }
        return tr("Party: %1").arg(what);
    }
    return field;
}

QString SyncTexts::displayValue(const QString &field, const QJsonValue &value)
{
    const QString empty = tr("(empty)");
    if (value.isNull() || value.isUndefined()) {
        return empty;
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &entry : value.toArray()) {
            parts.append(entry.toString());
        }
        return parts.isEmpty() ? empty : parts.join(QStringLiteral(", "));
    }
    const QString text = value.toVariant().toString();
    if (text.isEmpty()) {
        return empty;
    }
    if (isDateField(field)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
    }
    if (field == QLatin1String("status")) {
        if (const auto status = domain::statusFromKey(text)) {
            return domain::statusDisplayName(*status);
        }
    }
    return text;
}

QString SyncTexts::editText(const QString &field, const QJsonValue &value)
{
    const QString shown = displayValue(field, value);
    return value.isNull() || value.isUndefined() || shown == tr("(empty)") ? QString() : shown;
}

std::optional<QJsonValue> SyncTexts::valueFromText(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (field == QLatin1String("tags")) {
        QJsonArray tags;
        for (const QString &tag : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty()) {
                tags.append(tag.trimmed());
            }
        }
        return QJsonValue(tags);
    }
    if (isDateField(field)) {
        if (trimmed.isEmpty()) {
            return QJsonValue(QString());
        }
        QDate date = QLocale().toDate(trimmed, QLocale::ShortFormat);
        for (const QString &format : {QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
            if (!date.isValid()) {
                date = QDate::fromString(trimmed, format);
            }
        }
        if (!date.isValid()) {
            return std::nullopt;
        }
        return QJsonValue(date.toString(Qt::ISODate));
    }
    if (field == QLatin1String("subject") && trimmed.isEmpty()) {
        return std::nullopt;  // a case always has a subject
    }
    return QJsonValue(trimmed);
}

bool SyncTexts::mergeable(const QString &field)
{
    return field != QLatin1String("status");
}

QString SyncTexts::kindName(const std::optional<dms::SyncActivity::Kind> &kind)
{
    if (!kind) {
        return tr("Sync");
    }
    switch (*kind) {
    case dms::SyncActivity::Kind::Uploaded:
        return tr("Uploaded");
    case dms::SyncActivity::Kind::Downloaded:
        return tr("Downloaded");
    case dms::SyncActivity::Kind::CaseWritten:
        return tr("Case sent");
    case dms::SyncActivity::Kind::CaseApplied:
        return tr("Case received");
    case dms::SyncActivity::Kind::Conflict:
        return tr("Conflict");
    case dms::SyncActivity::Kind::Audit:
        return tr("Audit log");
    case dms::SyncActivity::Kind::Failed:
        return tr("Failed");
    case dms::SyncActivity::Kind::RetryLater:
        return tr("Retry later");
    }
    return {};
}

QIcon SyncTexts::kindIcon(const std::optional<dms::SyncActivity::Kind> &kind, bool problem)
{
    if (!kind) {
        return problem ? themed("dialog-warning", QStyle::SP_MessageBoxWarning)
                       : themed("emblem-default", QStyle::SP_DialogApplyButton);
    }
    switch (*kind) {
    case dms::SyncActivity::Kind::Uploaded:
    case dms::SyncActivity::Kind::CaseWritten:
        return themed("go-up", QStyle::SP_ArrowUp);
    case dms::SyncActivity::Kind::Downloaded:
    case dms::SyncActivity::Kind::CaseApplied:
        return themed("go-down", QStyle::SP_ArrowDown);
    case dms::SyncActivity::Kind::Audit:
        return themed("document-properties", QStyle::SP_FileDialogDetailedView);
    case dms::SyncActivity::Kind::Conflict:
    case dms::SyncActivity::Kind::RetryLater:
        return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
    case dms::SyncActivity::Kind::Failed:
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QIcon SyncTexts::stateIcon(SyncController::State state)
{
    switch (state) {
    case SyncController::State::NotLinked:
        return themed("network-offline", QStyle::SP_DriveNetIcon);
    case SyncController::State::Waiting:
        return themed("appointment-soon", QStyle::SP_BrowserReload);
    case SyncController::State::Synced:
        return themed("emblem-default", QStyle::SP_DialogApplyButton);
    case SyncController::State::Syncing:
        return themed("view-refresh", QStyle::SP_BrowserReload);
    case SyncController::State::Offline:
        return themed("network-offline", QStyle::SP_MessageBoxWarning);
    case SyncController::State::Error:
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString SyncTexts::stateText(const SyncController::Status &status)
{
    const QLocale locale;
    switch (status.state) {
    case SyncController::State::NotLinked:
        return tr("Not linked to a DMS");
    case SyncController::State::Waiting:
        return tr("Not synced yet");
    case SyncController::State::Synced: {
        const QString when = status.lastSynced.date() == QDate::currentDate()
                                 ? locale.toString(status.lastSynced.time(), QLocale::ShortFormat)
                                 : locale.toString(status.lastSynced, QLocale::ShortFormat);
        return status.problems > 0
                   ? tr("Synced %1 – %n problem(s)", nullptr, status.problems).arg(when)
                   : tr("Synced %1").arg(when);
    }
    case SyncController::State::Syncing:
        if (status.total > 0) {
            return tr("Syncing %1 of %2…").arg(status.done).arg(status.total);
        }
        return status.phase.isEmpty() ? tr("Syncing…") : tr("Syncing: %1…").arg(status.phase);
    case SyncController::State::Offline: {
        const QString at = locale.toString(status.retryAt.time(), QLocale::ShortFormat);
        return tr("Offline – retrying at %1 (%2)").arg(at, status.reason);
    }
    case SyncController::State::Error:
        return tr("Sync error: %1").arg(status.reason);
    }
    return {};
}

QString SyncTexts::stateDetails(const SyncController::Status &status, const QString &url)
{
    QStringList lines{stateText(status)};
    if (!url.isEmpty()) {
        lines.append(tr("DMS: %1").arg(url));
    }
    if (status.lastSynced.isValid() && status.state != SyncController::State::Synced) {
        lines.append(
            tr("Last synced: %1").arg(QLocale().toString(status.lastSynced, QLocale::ShortFormat)));
    }
    if (status.openConflicts > 0) {
        lines.append(tr("%n open conflict(s)", nullptr, status.openConflicts));
    }
    if (status.state != SyncController::State::NotLinked) {
        lines.append(tr("Click for the sync activity."));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace workroom::widgets
