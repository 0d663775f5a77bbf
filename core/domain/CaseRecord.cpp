#include "CaseRecord.h"

#include <QCoreApplication>

#include <array>

namespace workroom::domain {

namespace {

struct KindName {
    DocumentKind kind;
    const char *key;
    const char *display;
};

constexpr std::array kindNames{
    KindName{DocumentKind::Application, "application",
             QT_TRANSLATE_NOOP("workroom::domain", "Application")},
    KindName{DocumentKind::Form, "form", QT_TRANSLATE_NOOP("workroom::domain", "Form")},
    KindName{DocumentKind::Notice, "notice", QT_TRANSLATE_NOOP("workroom::domain", "Notice")},
    KindName{DocumentKind::RegisterExtract, "register_extract",
             QT_TRANSLATE_NOOP("workroom::domain", "Register extract")},
    KindName{DocumentKind::Attachment, "attachment",
             QT_TRANSLATE_NOOP("workroom::domain", "Attachment")},
};

}  // namespace

QString Party::displayName() const
{
    if (kind == PartyKind::Company) {
        return companyName;
    }
    if (givenName.isEmpty()) {
        return familyName;
    }
    if (familyName.isEmpty()) {
        return givenName;
    }
    return familyName + QStringLiteral(", ") + givenName;
}

QString documentKindKey(DocumentKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<DocumentKind> documentKindFromKey(const QString &key)
{
    for (const auto &entry : kindNames) {
        if (key == QLatin1StringView(entry.key)) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

QString documentKindDisplayName(DocumentKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind) {
            return QCoreApplication::translate("workroom::domain", entry.display);
        }
    }
    return {};
}

bool isOverdue(const std::optional<QDate> &deadline, CaseStatus status, const QDate &today)
{
    return deadline && *deadline < today && status != CaseStatus::Closed;
}

bool isResubmissionDue(const std::optional<QDate> &resubmission, CaseStatus status,
                       const QDate &today)
{
    return resubmission && *resubmission <= today && status != CaseStatus::Closed;
}

std::optional<QString> validateCase(const CaseRecord &record)
{
    if (record.subject.trimmed().isEmpty()) {
        return QCoreApplication::translate("workroom::domain", "A case needs a subject.");
    }
    if (record.subject.size() > 500) {
        return QCoreApplication::translate("workroom::domain",
                                           "The subject is too long (at most 500 characters).");
    }
    const auto plausible = [](const QDate &date) {
        return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
    };
    if (record.deadline && !plausible(*record.deadline)) {
        return QCoreApplication::translate("workroom::domain", "The deadline is not a valid date.");
    }
    if (record.resubmission && !plausible(*record.resubmission)) {
        return QCoreApplication::translate("workroom::domain",
                                           "The resubmission date is not a valid date.");
    }
    for (const QString &tag : record.tags) {
        if (tag.trimmed().isEmpty() || tag.contains(QLatin1Char(','))) {
            return QCoreApplication::translate("workroom::domain",
                                               "Tags must not be empty or contain commas.");
        }
    }
    return std::nullopt;
}

}  // namespace workroom::domain
