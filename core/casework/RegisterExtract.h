#pragma once

#include "CaseRecord.h"
#include "RegisterTypes.h"
#include "StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace workroom::casework {

class Workspace;

// The answer of a register query as a document of the case (kind "register extract"): a small
// PDF that records when, why and in which case the register was asked and what it said. With
// an information block it says only that no information may be given, nothing else from the
// register.
class RegisterExtract {
    Q_DECLARE_TR_FUNCTIONS(workroom::casework::RegisterExtract)

public:
    // The text of the extract, one list of lines per page (the first line of each page is its
    // heading). `caseReference` is the case's Aktenzeichen; the request's own one (authority
    // queries) is used when it is given.
    static QList<QStringList> pages(const registers::QueryRequest &request,
                                    const registers::QueryResult &result,
                                    const QString &caseReference);
    static QByteArray pdf(const registers::QueryRequest &request,
                          const registers::QueryResult &result, const QString &caseReference);
    // "Register extract 29.11.2026 14:05": the document's title in the case.
    static QString title(const registers::QueryResult &result);

    // Files the extract in the case as a new document, together with an audit entry
    // "register.extract" (result class and answer id, no personal data) in one transaction.
    static storage::Result<domain::DocumentVersion> attach(Workspace &workspace, qint64 caseId,
                                                           const registers::QueryRequest &request,
                                                           const registers::QueryResult &result);
};

}  // namespace workroom::casework
