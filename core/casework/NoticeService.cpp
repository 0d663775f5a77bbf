#include "NoticeService.h"

#include "AuditLog.h"
#include "CaseExporter.h"
#include "NoticeRenderer.h"
#include "TextExtraction.h"
#include "Workspace.h"

#include <QJsonObject>

namespace workroom::casework {

using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;
using storage::StorageText;

NoticeService::NoticeService(Workspace &workspace, domain::Role role)
    : workspace_(workspace), role_(role)
{
}

QHash<QString, QString> NoticeService::demoAuthority()
{
    // Clearly fictitious, like everything in the demo workroom.
    return {
        {QStringLiteral("authority.name"), QStringLiteral("Stadt Musterstadt")},
        {QStringLiteral("authority.department"), QStringLiteral("Bürgeramt (Demo)")},
        {QStringLiteral("authority.street"), QStringLiteral("Marktplatz 1")},
        {QStringLiteral("authority.postal_code"), QStringLiteral("01099")},
        {QStringLiteral("authority.city"), QStringLiteral("Musterstadt")},
        {QStringLiteral("authority.phone"), QStringLiteral("0351 000000-0")},
        {QStringLiteral("authority.email"), QStringLiteral("buergeramt@musterstadt.example")},
        {QStringLiteral("authority.website"), QStringLiteral("www.musterstadt.example")},
        {QStringLiteral("authority.opening_hours"),
         QStringLiteral("Mo, Di, Fr 8–12 Uhr\nDo 13–18 Uhr\nund nach Vereinbarung")},
        {QStringLiteral("authority.bank"),
         QStringLiteral(
             "Sparkasse Musterstadt\nIBAN DE00 0000 0000 0000 0000 00\nBIC MUSTDE00XXX")},
        {QStringLiteral("clerk.room"), QStringLiteral("E.12")},
        {QStringLiteral("clerk.phone"), QStringLiteral("0351 000000-112")},
        {QStringLiteral("clerk.email"), QStringLiteral("buergeramt@musterstadt.example")},
    };
}

Result<notices::NoticeContext>
NoticeService::context(qint64 caseId, const QHash<QString, QString> &configured, const QDate &today)
{
    auto record = workspace_.cases().caseById(caseId);
    if (!record) {
        return std::unexpected(record.error());
    }
    auto parties = workspace_.cases().parties(caseId);
    if (!parties) {
        return std::unexpected(parties.error());
    }
    auto room = workspace_.cases().workroom(record->workroomId);
    if (!room) {
        return std::unexpected(room.error());
    }
    notices::NoticeContext context;
    context.caseRecord = *record;
    context.parties = *parties;
    context.workroom = *room;
    context.userName = workspace_.actor();
    context.today = today;
    if (room->demo) {
        context.configured = demoAuthority();
    }
    for (auto it = configured.cbegin(); it != configured.cend(); ++it) {
        context.configured.insert(it.key(), it.value());
    }
    return context;
}

Result<notices::NoticeValues>
NoticeService::values(qint64 caseId, const QHash<QString, QString> &configured, const QDate &today)
{
    auto gathered = context(caseId, configured, today);
    if (!gathered) {
        return std::unexpected(gathered.error());
    }
    return notices::noticeValues(*gathered);
}

Result<PreparedNotice> NoticeService::prepare(qint64 caseId, const notices::NoticeTemplate &notice,
                                              const QHash<QString, QString> &configured,
                                              const QDate &today)
{
    auto gathered = context(caseId, configured, today);
    if (!gathered) {
        return std::unexpected(gathered.error());
    }
    auto filled = notice.fill(notices::noticeValues(*gathered));
    if (!filled) {
        return std::unexpected(StorageError{StorageErrorCode::Invalid, filled.error().message});
    }
    return PreparedNotice{caseId,       gathered->caseRecord.reference,
                          notice.id(),  notice.title(),
                          filled->html, filled->missing};
}

QString NoticeService::fileNameFor(const PreparedNotice &notice)
{
    return CaseExporter::safeFileName(notice.title + QLatin1Char(' ') + notice.reference)
           + QStringLiteral(".pdf");
}

Result<domain::DocumentVersion> NoticeService::file(const PreparedNotice &notice,
                                                    const QByteArray &pdf)
{
    if (role_ == domain::Role::Reader) {
        return std::unexpected(StorageError{
            StorageErrorCode::Invalid, StorageText::tr("Readers cannot add notices to cases.")});
    }
    if (!pdf.startsWith("%PDF-")) {
        return std::unexpected(StorageError{StorageErrorCode::Invalid,
                                            StorageText::tr("The printed notice is not a PDF.")});
    }
    auto owner = workspace_.cases().caseById(notice.caseId);
    if (!owner) {
        return std::unexpected(owner.error());
    }
    auto blob = workspace_.blobs().importBytes(pdf);
    if (!blob) {
        return std::unexpected(blob.error());
    }
    const ExtractedText text =
        extractText(workspace_.blobs().pathOf(blob->sha256), QStringLiteral("application/pdf"));
    storage::CaseRepository::NewVersion version;
    version.caseId = notice.caseId;
    version.title = notice.title;
    version.kind = domain::DocumentKind::Notice;
    version.blob = *blob;
    version.mimeType = QStringLiteral("application/pdf");
    version.originalFileName = fileNameFor(notice);
    version.text = text.text;
    version.textState = text.state;
    domain::DocumentVersion added;
    // One transaction: the document and the note of which template made it.
    auto written = workspace_.database().write(
        [&]() -> Result<void> {
            auto stored = workspace_.cases().addDocumentVersion(version, workspace_.actor());
            if (!stored) {
                return std::unexpected(stored.error());
            }
            added = *stored;
            auto entry = storage::AuditLog(workspace_.database())
                             .append(workspace_.actor(), QStringLiteral("notice.create"),
                                     owner->workroomId, notice.caseId,
                                     {{QStringLiteral("template"), notice.templateId},
                                      {QStringLiteral("documentId"), added.documentId},
                                      {QStringLiteral("versionId"), added.id},
                                      {QStringLiteral("sha256"), added.sha256}});
            if (!entry) {
                return std::unexpected(entry.error());
            }
            return {};
        },
        StorageText::tr("filing the notice %1").arg(notice.title));
    if (!written) {
        return std::unexpected(written.error());
    }
    return added;
}

void NoticeService::create(qint64 caseId, const notices::NoticeTemplate &notice,
                           const QHash<QString, QString> &configured, bool allowMissing,
                           notices::NoticeRenderer &renderer, Done done)
{
    if (role_ == domain::Role::Reader) {
        done(std::unexpected(StorageError{
            StorageErrorCode::Invalid, StorageText::tr("Readers cannot add notices to cases.")}));
        return;
    }
    auto prepared = prepare(caseId, notice, configured);
    if (!prepared) {
        done(std::unexpected(prepared.error()));
        return;
    }
    if (!allowMissing && !prepared->missing.isEmpty()) {
        done(std::unexpected(StorageError{StorageErrorCode::Invalid,
                                          StorageText::tr("The notice would have empty places: %1.")
                                              .arg(prepared->missing.join(QStringLiteral(", ")))}));
        return;
    }
    renderer.render(prepared->html,
                    [this, notice = *prepared, done](const notices::NoticeResult<QByteArray> &pdf) {
                        if (!pdf) {
                            done(std::unexpected(
                                StorageError{pdf.error().code == notices::NoticeErrorCode::Cancelled
                                                 ? StorageErrorCode::Cancelled
                                                 : StorageErrorCode::Io,
                                             pdf.error().message}));
                            return;
                        }
                        done(file(notice, *pdf));
                    });
}

}  // namespace workroom::casework
