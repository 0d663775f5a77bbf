#pragma once

#include "SyncController.h"
#include "WorkroomSync.h"

#include <QCoreApplication>
#include <QIcon>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace workroom::widgets {

// Words and icons of the sync's user interface, in one translation context
// ("workroom::widgets::SyncTexts"), so that the status bar, the activity list and the conflict
// dialog name things alike.
class SyncTexts {
    Q_DECLARE_TR_FUNCTIONS(workroom::widgets::SyncTexts)
public:
    // "Subject", "Deadline" … for a field of case.json; the key itself if unknown.
    static QString fieldName(const QString &field);
    // A field's value for reading: dates in the locale's format, statuses by name, lists
    // joined; `empty` stands for no value.
    static QString displayValue(const QString &field, const QJsonValue &value);
    // The value as the merge editor shows it, and back; nullopt: the text is not a valid value.
    static QString editText(const QString &field, const QJsonValue &value);
    static std::optional<QJsonValue> valueFromText(const QString &field, const QString &text);
    // Whether a merged value can be typed for the field (a status cannot be merged).
    static bool mergeable(const QString &field);

    static QString kindName(const std::optional<dms::SyncActivity::Kind> &kind);
    static QIcon kindIcon(const std::optional<dms::SyncActivity::Kind> &kind, bool problem);
    static QIcon stateIcon(SyncController::State state);
    // The one-line state for the status bar ("Synced 14:03", "Syncing 3 of 40…").
    static QString stateText(const SyncController::Status &status);
    // More for the tooltip: the reason, the next attempt, problems, conflicts.
    static QString stateDetails(const SyncController::Status &status, const QString &url);
};

}  // namespace workroom::widgets
