#include "CaseService.h"

#include "Workspace.h"

namespace workroom::casework {

using domain::CaseRecord;
using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;
using storage::StorageText;

CaseService::CaseService(Workspace &workspace, domain::Role role)
    : workspace_(workspace), role_(role)
{
}

std::optional<StorageError> CaseService::refuseReaders() const
{
    if (role_ == domain::Role::Reader) {
        return StorageError{StorageErrorCode::Invalid,
                            StorageText::tr("Readers cannot change cases in this workroom.")};
    }
    return std::nullopt;
}

Result<CaseRecord> CaseService::createCase(const CaseRecord &draft,
                                           const QList<domain::Party> &parties)
{
    if (auto refused = refuseReaders()) {
        return std::unexpected(*refused);
    }
    CaseRecord fresh = draft;
    fresh.status = domain::CaseStatus::New;  // a case starts new whatever the draft says
    return workspace_.cases().createCase(fresh, parties, workspace_.actor());
}

Result<CaseRecord> CaseService::updateCase(const CaseRecord &changed)
{
    if (auto refused = refuseReaders()) {
        return std::unexpected(*refused);
    }
    return workspace_.cases().updateCase(changed, workspace_.actor());
}

Result<CaseRecord> CaseService::changeStatus(qint64 caseId, domain::CaseStatus to)
{
    auto current = workspace_.cases().caseById(caseId);
    if (!current) {
        return current;
    }
    if (!domain::StatusRules::mayTransition(current->status, to, role_)) {
        return std::unexpected(StorageError{
            StorageErrorCode::Invalid,
            StorageText::tr("Your role (%1) may not move the case %2 from \"%3\" to \"%4\".")
                .arg(domain::roleDisplayName(role_), current->reference,
                     domain::statusDisplayName(current->status), domain::statusDisplayName(to))});
    }
    return workspace_.cases().setStatus(caseId, to, workspace_.actor());
}

Result<domain::Note> CaseService::addNote(qint64 caseId, const QString &text)
{
    if (auto refused = refuseReaders()) {
        return std::unexpected(*refused);
    }
    return workspace_.cases().addNote(caseId, text, workspace_.actor());
}

Result<domain::Party> CaseService::addParty(qint64 caseId, const domain::Party &party)
{
    if (auto refused = refuseReaders()) {
        return std::unexpected(*refused);
    }
    return workspace_.cases().addParty(caseId, party, workspace_.actor());
}

Result<void> CaseService::removeParty(qint64 partyId)
{
    if (auto refused = refuseReaders()) {
        return std::unexpected(*refused);
    }
    return workspace_.cases().removeParty(partyId, workspace_.actor());
}

}  // namespace workroom::casework
