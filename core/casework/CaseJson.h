#pragma once

#include "AuditLog.h"
#include "CaseRecord.h"

#include <QJsonObject>

// The JSON form of a case and its parts, one definition for every place that writes it:
// `workroomctl --json` and the case export (case.json). Keys are stable: scripts read them.
namespace workroom::casework::json {

QJsonObject caseRecord(const domain::CaseRecord &record);
QJsonObject party(const domain::Party &party);
QJsonObject note(const domain::Note &note);
QJsonObject version(const domain::DocumentVersion &version);
QJsonObject historyEntry(const storage::AuditEntry &entry);

}  // namespace workroom::casework::json
