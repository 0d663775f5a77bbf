#include "CaseHistoryModel.h"

#include "RemoteAuditLog.h"
#include "SignatureRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace workroom::models {

namespace {

struct ActionName {
    const char *key;
    const char *display;
};

constexpr ActionName actionNames[] = {
    {"workroom.create",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Workroom created")},
    {"case.create", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Case created")},
    {"case.update", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Case edited")},
    {"case.status", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Status changed")},
    {"case.export", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Case exported")},
    {"party.add", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Party added")},
    {"party.remove", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Party removed")},
    {"note.add", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Note added")},
    {"document.add", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Document added")},
    {"document.version",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "New document version")},
    {"signature.add", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Signature added")},
    {"notice.create", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Notice created")},
    {"form.fill", QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Form filled in")},
    {"register.extract",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Register extract filed")},
    {"register.query.simple",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Register query (simple)")},
    {"register.query.authority",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Register query (authority)")},
    {"register.query.queued",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Register query queued")},
    {"register.bulk.submit",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Bulk register query submitted")},
    {"register.bulk.fetch",
     QT_TRANSLATE_NOOP("workroom::models::CaseHistoryModel", "Bulk register results fetched")},
};

QString fieldName(const QString &field)
{
    if (field == QLatin1StringView("subject")) {
        return CaseHistoryModel::tr("Subject");
    }
    if (field == QLatin1StringView("assignee")) {
        return CaseHistoryModel::tr("Assignee");
    }
    if (field == QLatin1StringView("deadline")) {
        return CaseHistoryModel::tr("Deadline");
    }
    if (field == QLatin1StringView("resubmission")) {
        return CaseHistoryModel::tr("Resubmission");
    }
    if (field == QLatin1StringView("tags")) {
        return CaseHistoryModel::tr("Tags");
    }
    return field;
}

// A value of a case field as the user reads it: dates in the locale's format, a dash for none.
QString fieldValue(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.toString().isEmpty()) {
        return QStringLiteral("–");
    }
    if (field == QLatin1StringView("deadline") || field == QLatin1StringView("resubmission")) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid()) {
            return QLocale().toString(date, QLocale::ShortFormat);
        }
    }
    if (value.isString()) {
        return QStringLiteral("\u201E%1\u201C").arg(value.toString());
    }
    return value.toVariant().toString();
}

QString versionText(const QJsonObject &detail)
{
    return CaseHistoryModel::tr("version %1")
        .arg(detail.value(QLatin1StringView("version")).toInt());
}

QString statusName(const QJsonValue &key)
{
    const auto status = domain::statusFromKey(key.toString());
    return status ? domain::statusDisplayName(*status) : key.toString();
}

}  // namespace

CaseHistoryModel::CaseHistoryModel(storage::CaseRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), repository_(repository)
{
}

void CaseHistoryModel::setCase(qint64 caseId)
{
    caseId_ = caseId;
    refresh();
}

void CaseHistoryModel::refresh()
{
    QList<std::pair<storage::AuditEntry, bool>> rows;  // the entry, and if from elsewhere
    if (caseId_ != 0) {
        auto history = repository_.history(caseId_);
        if (history) {
            for (const storage::AuditEntry &entry : std::as_const(*history)) {
                rows.append({entry, false});
            }
        } else {
            emit errorOccurred(history.error().message);
        }
        if (remoteDatabase_) {
            auto remote = repository_.caseById(caseId_).and_then([this](const auto &record) {
                return storage::RemoteAuditLog(*remoteDatabase_)
                    .history(caseId_, record.workroomId, record.reference);
            });
            if (remote) {
                for (const storage::RemoteAuditEntry &entry : std::as_const(*remote)) {
                    rows.append({entry.entry, true});
                }
            } else {
                emit errorOccurred(remote.error().message);
            }
        }
        // Both lists are oldest first, and entries within one millisecond keep their order:
        // reversed, then interleaved by time, newest first.
        std::ranges::reverse(rows);
        std::ranges::stable_sort(rows, std::ranges::greater(),
                                 [](const auto &row) { return row.first.at; });
    }
    beginResetModel();
    entries_.clear();
    fromElsewhere_.clear();
    for (auto &[entry, elsewhere] : rows) {
        entries_.append(std::move(entry));
        fromElsewhere_.append(elsewhere);
    }
    endResetModel();
}

QString CaseHistoryModel::actionName(const QString &action)
{
    for (const ActionName &entry : actionNames) {
        if (action == QLatin1StringView(entry.key)) {
            return tr(entry.display);
        }
    }
    return action;
}

QString CaseHistoryModel::describe(const storage::AuditEntry &entry)
{
    const QJsonObject &detail = entry.detail;
    const QString &action = entry.action;
    if (action == QLatin1StringView("case.create")) {
        return tr("%1: %2").arg(detail.value(QLatin1StringView("reference")).toString(),
                                detail.value(QLatin1StringView("subject")).toString());
    }
    if (action == QLatin1StringView("case.update")) {
        QStringList changes;
        for (auto it = detail.begin(); it != detail.end(); ++it) {
            const QJsonArray fromTo = it.value().toArray();
            changes.append(tr("%1: %2 → %3")
                               .arg(fieldName(it.key()), fieldValue(it.key(), fromTo.at(0)),
                                    fieldValue(it.key(), fromTo.at(1))));
        }
        return changes.join(QStringLiteral("; "));
    }
    if (action == QLatin1StringView("case.status")) {
        return tr("%1 → %2").arg(statusName(detail.value(QLatin1StringView("from"))),
                                 statusName(detail.value(QLatin1StringView("to"))));
    }
    if (action == QLatin1StringView("party.add")) {
        const QString role = detail.value(QLatin1StringView("role")).toString();
        return role.isEmpty() ? QString() : tr("Role: %1").arg(role);
    }
    if (action == QLatin1StringView("document.add")
        || action == QLatin1StringView("document.version")) {
        return tr("%1 (version %2)")
            .arg(detail.value(QLatin1StringView("name")).toString())
            .arg(detail.value(QLatin1StringView("version")).toInt());
    }
    if (action == QLatin1StringView("signature.add")) {
        // The signer is only a fingerprint here; role and version are what the reader needs.
        const QString roleKey = detail.value(QLatin1StringView("role")).toString();
        const auto role = storage::signatureRoleFromKey(roleKey);
        return tr("%1, %2").arg(role ? storage::signatureRoleDisplayName(*role) : roleKey,
                                versionText(detail));
    }
    if (action == QLatin1StringView("form.fill")
        || action == QLatin1StringView("register.extract")) {
        return versionText(detail);
    }
    if (action == QLatin1StringView("notice.create")) {
        return {};  // template and ids say nothing to the user; the document list shows it
    }
    if (action.startsWith(QLatin1StringView("register."))) {
        // Never the search data: only what the query log itself keeps.
        QStringList parts;
        const QString purpose = detail.value(QLatin1StringView("purpose")).toString();
        if (!purpose.isEmpty()) {
            parts.append(tr("Purpose: %1").arg(purpose));
        }
        const int rows = detail.value(QLatin1StringView("rows")).toInt();
        if (rows > 0) {
            parts.append(tr("%n row(s)", nullptr, rows));
        }
        const QString service = detail.value(QLatin1StringView("service")).toString();
        if (!service.isEmpty()) {
            parts.append(service);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (action == QLatin1StringView("party.remove") || action == QLatin1StringView("note.add")) {
        return {};  // the ids in the detail say nothing to the user
    }
    return detail.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(entries_.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const storage::AuditEntry &entry = entries_.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            if (fromElsewhere_.value(index.row())) {
                return role == Qt::ToolTipRole
                           ? tr("%1, on another computer; received through the DMS")
                                 .arg(entry.actor)
                           : tr("%1 (other computer)").arg(entry.actor);
            }
            return entry.actor;
        case What:
            if (entry.action == QLatin1StringView("signature.add")
                && entry.detail.value(QLatin1StringView("origin")).toString()
                       == QLatin1StringView("imported")) {
                return tr("Signature imported");
            }
            return actionName(entry.action);
        case Details:
            return describe(entry);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole) {
        return entry.action;
    }
    return {};
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

}  // namespace workroom::models
