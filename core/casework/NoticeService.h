#pragma once

#include "CaseRecord.h"
#include "CaseStatus.h"
#include "NoticeTemplate.h"
#include "StorageError.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace workroom::notices {
class NoticeRenderer;
}

namespace workroom::casework {

class Workspace;

// A template filled for one case, ready to be printed.
struct PreparedNotice {
    qint64 caseId = 0;
    QString reference;
    QString templateId;
    QString title;  // the template's; also the title of the filed document
    QString html;
    QStringList missing;  // placeholders left empty
};

// Notices (Bescheide) for a case: gathers the case's values, fills a template, and files the
// printed PDF in the case as a new document of kind notice, with an audit entry naming the
// template. Printing itself needs the web engine (a GUI application, the GUI thread); filing
// may run on any thread with a Workspace of its own.
class NoticeService {
public:
    NoticeService(Workspace &workspace, domain::Role role);

    // `configured`: values IT staff set (authority.*, clerk.*, further names). In the demo
    // workroom the authority is the fictitious Stadt Musterstadt unless configured.
    storage::Result<notices::NoticeContext> context(qint64 caseId,
                                                    const QHash<QString, QString> &configured,
                                                    const QDate &today = QDate::currentDate());
    storage::Result<notices::NoticeValues> values(qint64 caseId,
                                                  const QHash<QString, QString> &configured,
                                                  const QDate &today = QDate::currentDate());

    // Fills the template; unknown placeholders are refused (Invalid, listing them).
    storage::Result<PreparedNotice> prepare(qint64 caseId, const notices::NoticeTemplate &notice,
                                            const QHash<QString, QString> &configured,
                                            const QDate &today = QDate::currentDate());

    // Stores the PDF and records it as a new notice document of the case.
    storage::Result<domain::DocumentVersion> file(const PreparedNotice &notice,
                                                  const QByteArray &pdf);

    // prepare, print with `renderer`, file; `done` comes once, on the renderer's thread.
    // With `allowMissing` false a notice with empty values is refused before printing.
    using Done = std::function<void(const storage::Result<domain::DocumentVersion> &)>;
    void create(qint64 caseId, const notices::NoticeTemplate &notice,
                const QHash<QString, QString> &configured, bool allowMissing,
                notices::NoticeRenderer &renderer, Done done);

    // The file name a filed notice carries: "<title> <reference>.pdf", safe for any disk.
    static QString fileNameFor(const PreparedNotice &notice);
    // The values the demo workroom uses for its fictitious authority.
    static QHash<QString, QString> demoAuthority();

private:
    Workspace &workspace_;
    domain::Role role_;
};

}  // namespace workroom::casework
