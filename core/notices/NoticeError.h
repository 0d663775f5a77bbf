#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <expected>

namespace workroom::notices {

Q_DECLARE_LOGGING_CATEGORY(lcNotices)

enum class NoticeErrorCode {
    TemplateNotFound,
    TemplateUnreadable,  // the file cannot be read or is not UTF-8
    TemplateInvalid,     // no title, too large, not HTML
    UnknownPlaceholder,  // the template names values Workroom does not know
    TooLarge,            // the filled notice is too big for the renderer
    LoadFailed,          // the web engine could not load the notice
    PrintFailed,         // the web engine produced no PDF
    RendererCrashed,
    Timeout,
    Cancelled,
    Busy,  // a renderer renders one notice at a time
};

struct NoticeError {
    NoticeErrorCode code = NoticeErrorCode::PrintFailed;
    QString message;      // translated, for the user
    QStringList details;  // e.g. the unknown placeholders with their lines
};

template <typename T>
using NoticeResult = std::expected<T, NoticeError>;

class NoticeText {
    Q_DECLARE_TR_FUNCTIONS(workroom::notices)
};

}  // namespace workroom::notices
