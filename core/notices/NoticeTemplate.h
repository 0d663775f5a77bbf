#pragma once

#include "CaseRecord.h"
#include "NoticeError.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace workroom::notices {

// Everything a notice may say about its case, gathered by casework before filling.
struct NoticeContext {
    domain::CaseRecord caseRecord;
    QList<domain::Party> parties;
    domain::Workroom workroom;
    QString userName;  // the clerk's name when no clerk.name is configured
    QDate today;
    // Values IT staff configure (authority.*, clerk.*, and any further names their own
    // templates use); they override the built-in values of the same name.
    QHash<QString, QString> configured;
};

// Placeholder name -> value (plain text; a value may span lines).
using NoticeValues = QMap<QString, QString>;

// The names every template may use, with a short description each (English, translatable).
struct PlaceholderInfo {
    QString name;
    QString description;
};
QList<PlaceholderInfo> builtInPlaceholders();

// The applicant of a case: the party whose role says so (Antragsteller/in, applicant), else
// the first party; nothing when the case has no party.
std::optional<domain::Party> applicantOf(const QList<domain::Party> &parties);

// The values of the built-in placeholders for this case, then the configured ones.
// Dates are written the German way (31.12.2026) because the letters are German.
NoticeValues noticeValues(const NoticeContext &context);

// A placeholder as it occurs in a template.
struct PlaceholderUse {
    QString name;
    int line = 0;  // 1-based
};

// A bundled part put in place of {{> name}} in a template: where it stands in the parsed HTML and
// on which line of the file it was named, so that a placeholder's line refers to the file the
// user edits.
struct PartInclusion {
    int firstLine = 0;   // in the parsed HTML, 1-based
    int extraLines = 0;  // lines the part adds beyond the one line it replaces
    int fileLine = 0;    // of the {{> name}} in the template file
};

// A template filled with values.
struct FilledNotice {
    QString html;
    QStringList missing;  // known names whose value is empty, each once
    QStringList unknown;  // names no value exists for (only in a preview)
};

// An HTML notice template. Placeholders are written {{name}} (spaces inside the braces are
// allowed); names are dotted lower-case words such as applicant.full_name. Every value is
// HTML-escaped (quotes too, so that values are safe in attributes) and line breaks become <br>.
// The title comes from <meta name="workroom.title" content="…">, else from <title>; the
// description from <meta name="description" content="…">.
// {{> name}} stands for a bundled part shared by several templates (:/notices/partials/
// name.html, for example the letterhead); it is put in place when the template is parsed.
class NoticeTemplate {
public:
    enum class Source { Bundled, System, Profile };

    // A template is kept to this size: the renderer hands the filled page to the web engine
    // as a data URL, which is limited to 2 MB.
    static constexpr qint64 maxSize = 1024 * 1024;

    static NoticeResult<NoticeTemplate> parse(const QString &id, const QByteArray &bytes,
                                              Source source = Source::Bundled,
                                              const QString &path = {});
    static NoticeResult<NoticeTemplate> load(const QString &path, Source source);

    const QString &id() const { return id_; }
    const QString &title() const { return title_; }
    const QString &description() const { return description_; }
    Source source() const { return source_; }
    const QString &path() const { return path_; }  // file or resource path
    const QString &html() const { return html_; }

    // Every placeholder in document order.
    QList<PlaceholderUse> placeholders() const;
    // The placeholders that `values` has no entry for, in document order.
    QList<PlaceholderUse> unknownPlaceholders(const NoticeValues &values) const;

    // For printing: fails with UnknownPlaceholder listing every unknown name and its line,
    // so that nothing is silently left blank. Missing (empty) values are listed in the result.
    NoticeResult<FilledNotice> fill(const NoticeValues &values) const;
    // For the preview: never fails; missing and unknown values are shown as visible marks.
    FilledNotice preview(const NoticeValues &values) const;

    static QString escape(const QString &value);
    static QString sourceName(Source source);
    static QString partialDirectory();  // ":/notices/partials"

private:
    enum class Mode { Final, Preview };
    FilledNotice substitute(const NoticeValues &values, Mode mode) const;

    int fileLine(int htmlLine) const;

    QList<PartInclusion> inclusions_;

    QString id_;
    QString title_;
    QString description_;
    Source source_ = Source::Bundled;
    QString path_;
    QString html_;
};

}  // namespace workroom::notices
