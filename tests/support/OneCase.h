#pragma once

#include "CaseRepository.h"

// A workroom "Bürgeramt" with one case of the given subject in `cases`, for tests that need a
// case to work on. Fails with the store's error.
inline workroom::storage::Result<workroom::domain::CaseRecord>
createOneCase(workroom::storage::CaseRepository &cases, const QString &subject,
              const QString &actor = QStringLiteral("a.clerk"))
{
    auto room = cases.createWorkroom(QStringLiteral("Bürgeramt"),
                                     QStringLiteral("{plan}-{seq:4}/{year}"), false, actor);
    if (!room) {
        return std::unexpected(room.error());
    }
    workroom::domain::CaseRecord draft;
    draft.workroomId = room->id;
    draft.filePlanCode = QStringLiteral("32.10");
    draft.year = 2026;
    draft.subject = subject;
    return cases.createCase(draft, {}, actor);
}
