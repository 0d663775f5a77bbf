#pragma once

#include <QIcon>

namespace workroom::widgets {

// The icons of the user interface. Each comes from the platform's icon theme
// (QIcon::fromTheme); a bundled SVG under :/icons stands in where the theme has none.
enum class Icon {
    MyDay,
    AllCases,
    Inbox,
    ReviewQueue,
    RegisterQueries,
    Workroom,
    NewCase,
    EditCase,
    AddDocuments,
    AddNote,
    AddParty,
    Remove,
    Export,
    OpenDocument,
    Undo,
    Redo,
    ChangeStatus,
    Overdue,
    ResubmissionDue,
    Error,
    Sign,
    Certificate,
    SignatureValid,
    SignatureInvalid,
    SignatureWarning,
    SignatureChecking,
};

QIcon themedIcon(Icon icon);
// The bundled fallback on its own, for tests and for places that must look the same everywhere.
QString bundledIconPath(Icon icon);

}  // namespace workroom::widgets
