#include "Icons.h"

namespace workroom::widgets {

namespace {

struct IconEntry {
    Icon icon;
    const char *themeName;  // freedesktop icon naming specification
    const char *fallback;   // in the workroom_icons resource
};

constexpr IconEntry iconEntries[] = {
    {Icon::MyDay, "x-office-calendar", ":/icons/my-day.svg"},
    {Icon::AllCases, "folder", ":/icons/all-cases.svg"},
    {Icon::Inbox, "mail-folder-inbox", ":/icons/inbox.svg"},
    {Icon::ReviewQueue, "mail-mark-task", ":/icons/review.svg"},
    {Icon::RegisterQueries, "system-search", ":/icons/register.svg"},
    {Icon::Workroom, "go-home", ":/icons/workroom.svg"},
    {Icon::NewCase, "document-new", ":/icons/new-case.svg"},
    {Icon::EditCase, "document-edit", ":/icons/edit-case.svg"},
    {Icon::AddDocuments, "document-import", ":/icons/add-documents.svg"},
    {Icon::AddNote, "mail-message-new", ":/icons/add-note.svg"},
    {Icon::AddParty, "contact-new", ":/icons/add-party.svg"},
    {Icon::Remove, "list-remove", ":/icons/remove.svg"},
    {Icon::Export, "document-export", ":/icons/export.svg"},
    {Icon::OpenDocument, "document-open", ":/icons/open-document.svg"},
    {Icon::Undo, "edit-undo", ":/icons/undo.svg"},
    {Icon::Redo, "edit-redo", ":/icons/redo.svg"},
    {Icon::ChangeStatus, "go-next", ":/icons/change-status.svg"},
    {Icon::Overdue, "dialog-warning", ":/icons/overdue.svg"},
    {Icon::ResubmissionDue, "appointment-soon", ":/icons/resubmission.svg"},
    {Icon::Error, "dialog-error", ":/icons/error.svg"},
    {Icon::Sign, "document-edit-sign", ":/icons/sign.svg"},
    {Icon::Certificate, "application-certificate", ":/icons/certificate.svg"},
    {Icon::SignatureValid, "security-high", ":/icons/signature-valid.svg"},
    {Icon::SignatureInvalid, "security-low", ":/icons/signature-invalid.svg"},
    {Icon::SignatureWarning, "security-medium", ":/icons/signature-warning.svg"},
    {Icon::SignatureChecking, "content-loading", ":/icons/signature-checking.svg"},
};

const IconEntry &entryFor(Icon icon)
{
    for (const IconEntry &entry : iconEntries) {
        if (entry.icon == icon) {
            return entry;
        }
    }
    return iconEntries[0];
}

}  // namespace

QString bundledIconPath(Icon icon)
{
    return QString::fromLatin1(entryFor(icon).fallback);
}

QIcon themedIcon(Icon icon)
{
    const IconEntry &entry = entryFor(icon);
    return QIcon::fromTheme(QString::fromLatin1(entry.themeName),
                            QIcon(QString::fromLatin1(entry.fallback)));
}

}  // namespace workroom::widgets
