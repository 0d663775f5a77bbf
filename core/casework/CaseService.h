#pragma once

#include "CaseRecord.h"
#include "CaseStatus.h"
#include "StorageError.h"

namespace workroom::casework {

class Workspace;

// The case operations that both front ends offer, with the rules of who may do what: readers
// change nothing, and status changes follow domain::StatusRules for the user's role.
class CaseService {
public:
    CaseService(Workspace &workspace, domain::Role role);

    domain::Role role() const { return role_; }

    storage::Result<domain::CaseRecord> createCase(const domain::CaseRecord &draft,
                                                   const QList<domain::Party> &parties = {});
    storage::Result<domain::CaseRecord> updateCase(const domain::CaseRecord &changed);
    storage::Result<domain::CaseRecord> changeStatus(qint64 caseId, domain::CaseStatus to);
    storage::Result<domain::Note> addNote(qint64 caseId, const QString &text);
    storage::Result<domain::Party> addParty(qint64 caseId, const domain::Party &party);
    storage::Result<void> removeParty(qint64 partyId);

private:
    std::optional<storage::StorageError> refuseReaders() const;

    Workspace &workspace_;
    domain::Role role_;
};

}  // namespace workroom::casework
