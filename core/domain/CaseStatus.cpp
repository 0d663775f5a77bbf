#include "CaseStatus.h"

#include <QCoreApplication>

#include <array>

namespace workroom::domain {

namespace {

struct StatusName {
    CaseStatus status;
    const char *key;
    const char *display;
};

constexpr std::array statusNames{
    StatusName{CaseStatus::New, "new", QT_TRANSLATE_NOOP("workroom::domain", "New")},
    StatusName{CaseStatus::InProgress, "in_progress",
               QT_TRANSLATE_NOOP("workroom::domain", "In progress")},
    StatusName{CaseStatus::InReview, "in_review",
               QT_TRANSLATE_NOOP("workroom::domain", "In review")},
    StatusName{CaseStatus::Returned, "returned", QT_TRANSLATE_NOOP("workroom::domain", "Returned")},
    StatusName{CaseStatus::Approved, "approved", QT_TRANSLATE_NOOP("workroom::domain", "Approved")},
    StatusName{CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("workroom::domain", "Closed")},
};

struct RoleName {
    Role role;
    const char *key;
    const char *display;
};

constexpr std::array roleNames{
    RoleName{Role::Clerk, "clerk", QT_TRANSLATE_NOOP("workroom::domain", "Clerk")},
    RoleName{Role::TeamLeader, "team_leader", QT_TRANSLATE_NOOP("workroom::domain", "Team leader")},
    RoleName{Role::Reader, "reader", QT_TRANSLATE_NOOP("workroom::domain", "Reader")},
};

struct Transition {
    CaseStatus from;
    CaseStatus to;
    bool clerk;
    bool teamLeader;
};

// Clerks work a case and submit it; the team leader approves or returns it and may do all
// that a clerk may. Readers only read. A closed case stays closed.
constexpr std::array transitions{
    Transition{CaseStatus::New, CaseStatus::InProgress, true, true},
    Transition{CaseStatus::InProgress, CaseStatus::InReview, true, true},
    Transition{CaseStatus::InReview, CaseStatus::Approved, false, true},
    Transition{CaseStatus::InReview, CaseStatus::Returned, false, true},
    Transition{CaseStatus::Returned, CaseStatus::InProgress, true, true},
    Transition{CaseStatus::Approved, CaseStatus::Closed, true, true},
};

}  // namespace

QString statusKey(CaseStatus status)
{
    for (const auto &entry : statusNames) {
        if (entry.status == status) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<CaseStatus> statusFromKey(const QString &key)
{
    for (const auto &entry : statusNames) {
        if (key == QLatin1StringView(entry.key)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString statusDisplayName(CaseStatus status)
{
    for (const auto &entry : statusNames) {
        if (entry.status == status) {
            return QCoreApplication::translate("workroom::domain", entry.display);
        }
    }
    return {};
}

QList<CaseStatus> allStatuses()
{
    QList<CaseStatus> all;
    for (const auto &entry : statusNames) {
        all.append(entry.status);
    }
    return all;
}

QString roleKey(Role role)
{
    for (const auto &entry : roleNames) {
        if (entry.role == role) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const auto &entry : roleNames) {
        if (key == QLatin1StringView(entry.key)) {
            return entry.role;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    for (const auto &entry : roleNames) {
        if (entry.role == role) {
            return QCoreApplication::translate("workroom::domain", entry.display);
        }
    }
    return {};
}

bool StatusRules::mayTransition(CaseStatus from, CaseStatus to, Role role)
{
    for (const auto &t : transitions) {
        if (t.from == from && t.to == to) {
            return (role == Role::Clerk && t.clerk) || (role == Role::TeamLeader && t.teamLeader);
        }
    }
    return false;
}

QList<CaseStatus> StatusRules::nextStatuses(CaseStatus from, Role role)
{
    QList<CaseStatus> next;
    for (const auto &t : transitions) {
        if (t.from == from && mayTransition(from, t.to, role)) {
            next.append(t.to);
        }
    }
    return next;
}

}  // namespace workroom::domain
