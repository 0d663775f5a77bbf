#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace workroom::domain {

// The life of a case (Vorgang): new → in_progress → in_review → approved → closed, with
// in_review → returned → in_progress when the team leader sends it back.
enum class CaseStatus { New, InProgress, InReview, Returned, Approved, Closed };

// What a member of a workroom may do there.
enum class Role { Clerk, TeamLeader, Reader };

// The stable name stored in the database and printed by workroomctl ("in_review").
QString statusKey(CaseStatus status);
std::optional<CaseStatus> statusFromKey(const QString &key);
// The translated name for the user ("In review" / "In Prüfung").
QString statusDisplayName(CaseStatus status);
QList<CaseStatus> allStatuses();

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role);

// The one rule table of who may move a case from which status to which: both front ends and
// the services ask here and nowhere else.
class StatusRules {
public:
    static bool mayTransition(CaseStatus from, CaseStatus to, Role role);
    static QList<CaseStatus> nextStatuses(CaseStatus from, Role role);
};

}  // namespace workroom::domain
