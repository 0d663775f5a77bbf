#include "NoticeTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace workroom::notices {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([^{}]*?)\s*\}\})"));
    return pattern;
}

bool isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral(R"(^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$)"));
    return valid.match(name).hasMatch();
}

QString unescapeEntities(QString text)
{
    text.replace(QLatin1StringView("&quot;"), QLatin1StringView("\""));
    text.replace(QLatin1StringView("&#39;"), QLatin1StringView("'"));
    text.replace(QLatin1StringView("&lt;"), QLatin1StringView("<"));
    text.replace(QLatin1StringView("&gt;"), QLatin1StringView(">"));
    text.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    return text;
}

// The attributes of every <meta> element, by name.
QHash<QString, QString> metaContents(const QString &html)
{
    static const QRegularExpression meta(QStringLiteral(R"(<meta\b([^>]*)>)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(QStringLiteral(
        R"re(([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"));
    QHash<QString, QString> contents;
    for (auto tag = meta.globalMatch(html); tag.hasNext();) {
        const QString attributes = tag.next().captured(1);
        QString name;
        QString content;
        for (auto it = attribute.globalMatch(attributes); it.hasNext();) {
            const auto match = it.next();
            const QString key = match.captured(1).toLower();
            QString value = match.captured(2);
            if (value.isEmpty()) {
                value = match.captured(3).isEmpty() ? match.captured(4) : match.captured(3);
            }
            if (key == QLatin1StringView("name")) {
                name = value.trimmed().toLower();
            } else if (key == QLatin1StringView("content")) {
                content = unescapeEntities(value).simplified();
            }
        }
        if (!name.isEmpty() && !contents.contains(name)) {
            contents.insert(name, content);
        }
    }
    return contents;
}

QString titleElement(const QString &html)
{
    static const QRegularExpression title(QStringLiteral(R"(<title\b[^>]*>(.*?)</title>)"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    return unescapeEntities(title.match(html).captured(1)).simplified();
}

QString germanDate(const std::optional<QDate> &date)
{
    return date && date->isValid() ? date->toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part.trimmed());
        }
    }
    return kept.join(separator);
}

struct ExpandedHtml {
    QString html;
    QList<PartInclusion> inclusions;
};

// Puts each {{> name}} in place; a part ends with a line break in its file, which is dropped so
// that "{{> name}}" on a line of its own reads as if the part's lines stood there.
NoticeResult<ExpandedHtml> expandPartials(const QString &html, const QString &where)
{
    static const QRegularExpression include(QStringLiteral(R"(\{\{\s*>\s*([^{}]*?)\s*\}\})"));
    static const QRegularExpression validPart(QStringLiteral(R"(^[a-z][a-z0-9_-]*$)"));
    ExpandedHtml expanded;
    qsizetype copied = 0;
    int addedLines = 0;
    for (auto it = include.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1);
        QFile file(NoticeTemplate::partialDirectory() + QLatin1Char('/') + name
                   + QStringLiteral(".html"));
        if (!validPart.match(name).hasMatch() || !file.open(QIODevice::ReadOnly)) {
            return std::unexpected(
                NoticeError{NoticeErrorCode::TemplateInvalid,
                            NoticeText::tr("The notice template %1 includes the part \"%2\", "
                                           "which Workroom does not have.")
                                .arg(where, name),
                            {}});
        }
        QString part = QString::fromUtf8(file.readAll());
        if (part.endsWith(QLatin1Char('\n'))) {
            part.chop(1);
        }
        expanded.html += QStringView(html).mid(copied, match.capturedStart() - copied);
        const int fileLine = int(QStringView(html).first(match.capturedStart()).count(u'\n')) + 1;
        const int extraLines = int(part.count(QLatin1Char('\n')));
        expanded.inclusions.append({fileLine + addedLines, extraLines, fileLine});
        addedLines += extraLines;
        expanded.html += part;
        copied = match.capturedEnd();
    }
    expanded.html += QStringView(html).mid(copied);
    return expanded;
}

bool insideTag(const QString &html, qsizetype position)
{
    return html.lastIndexOf(QLatin1Char('<'), position)
           > html.lastIndexOf(QLatin1Char('>'), position);
}

}  // namespace

QList<PlaceholderInfo> builtInPlaceholders()
{
    // Marked for lupdate here, translated when asked for.
    const auto t = [](const char *text) {
        return QCoreApplication::translate("workroom::notices", text);
    };
    return {
        {QStringLiteral("case.reference"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Reference number (Aktenzeichen) of the case"))},
        {QStringLiteral("case.subject"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Subject of the case"))},
        {QStringLiteral("case.file_plan_code"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "File-plan code of the case"))},
        {QStringLiteral("case.created"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Date the case was created"))},
        {QStringLiteral("case.deadline"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Deadline of the case"))},
        {QStringLiteral("case.assignee"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Assignee of the case"))},
        {QStringLiteral("applicant.full_name"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: given and family name, or company"))},
        {QStringLiteral("applicant.given_name"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: given name"))},
        {QStringLiteral("applicant.family_name"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: family name"))},
        {QStringLiteral("applicant.company"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: company name"))},
        {QStringLiteral("applicant.street"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: street and house number"))},
        {QStringLiteral("applicant.postal_code"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: postal code"))},
        {QStringLiteral("applicant.city"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: city"))},
        {QStringLiteral("applicant.address"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Applicant: street, postal code and city"))},
        {QStringLiteral("workroom.name"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Name of the workroom"))},
        {QStringLiteral("today"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Today's date (31.12.2026)"))},
        {QStringLiteral("today.long"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Today's date (31. Dezember 2026)"))},
        {QStringLiteral("clerk.name"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Name of the clerk"))},
        {QStringLiteral("clerk.phone"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Telephone of the clerk"))},
        {QStringLiteral("clerk.email"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "E-mail address of the clerk"))},
        {QStringLiteral("clerk.room"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Room of the clerk"))},
        {QStringLiteral("authority.name"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority, e.g. Stadt Musterstadt"))},
        {QStringLiteral("authority.department"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Department, e.g. Bürgeramt"))},
        {QStringLiteral("authority.street"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: street and house number"))},
        {QStringLiteral("authority.postal_code"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: postal code"))},
        {QStringLiteral("authority.city"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: city"))},
        {QStringLiteral("authority.address"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: street, postal code and city"))},
        {QStringLiteral("authority.return_address"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Return address line above the window"))},
        {QStringLiteral("authority.phone"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: telephone"))},
        {QStringLiteral("authority.email"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: e-mail address"))},
        {QStringLiteral("authority.website"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: website"))},
        {QStringLiteral("authority.opening_hours"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: opening hours"))},
        {QStringLiteral("authority.bank"),
         t(QT_TRANSLATE_NOOP("workroom::notices", "Authority: bank account for fees"))},
    };
}

std::optional<domain::Party> applicantOf(const QList<domain::Party> &parties)
{
    for (const domain::Party &party : parties) {
        const QString role = party.role.toLower();
        if (role.contains(QLatin1StringView("antrag"))
            || role.contains(QLatin1StringView("applicant"))) {
            return party;
        }
    }
    if (parties.isEmpty()) {
        return std::nullopt;
    }
    return parties.first();
}

NoticeValues noticeValues(const NoticeContext &context)
{
    NoticeValues values;
    for (const PlaceholderInfo &info : builtInPlaceholders()) {
        values.insert(info.name, QString());
    }
    const domain::CaseRecord &record = context.caseRecord;
    values[QStringLiteral("case.reference")] = record.reference;
    values[QStringLiteral("case.subject")] = record.subject;
    values[QStringLiteral("case.file_plan_code")] = record.filePlanCode;
    values[QStringLiteral("case.created")] =
        record.createdAt.isValid() ? germanDate(record.createdAt.toLocalTime().date()) : QString();
    values[QStringLiteral("case.deadline")] = germanDate(record.deadline);
    values[QStringLiteral("case.assignee")] = record.assignee;
    if (const auto applicant = applicantOf(context.parties)) {
        const bool company = applicant->kind == domain::PartyKind::Company;
        values[QStringLiteral("applicant.full_name")] =
            company
                ? applicant->companyName
                : joinNonEmpty({applicant->givenName, applicant->familyName}, QStringLiteral(" "));
        values[QStringLiteral("applicant.given_name")] = applicant->givenName;
        values[QStringLiteral("applicant.family_name")] = applicant->familyName;
        values[QStringLiteral("applicant.company")] = applicant->companyName;
        values[QStringLiteral("applicant.street")] = applicant->street;
        values[QStringLiteral("applicant.postal_code")] = applicant->postalCode;
        values[QStringLiteral("applicant.city")] = applicant->city;
        values[QStringLiteral("applicant.address")] =
            joinNonEmpty({applicant->street, joinNonEmpty({applicant->postalCode, applicant->city},
                                                          QStringLiteral(" "))},
                         QStringLiteral("\n"));
    }
    values[QStringLiteral("workroom.name")] = context.workroom.name;
    const QDate today = context.today.isValid() ? context.today : QDate::currentDate();
    values[QStringLiteral("today")] = germanDate(today);
    values[QStringLiteral("today.long")] =
        QLocale(QLocale::German, QLocale::Germany).toString(today, QStringLiteral("d. MMMM yyyy"));
    values[QStringLiteral("clerk.name")] = context.userName;
    for (auto it = context.configured.cbegin(); it != context.configured.cend(); ++it) {
        if (isValidName(it.key())) {
            values[it.key()] = it.value();
        }
    }
    // Composed from the parts unless configured as a whole. The return address above the
    // window is one short line (DIN 5008): without the department.
    const auto composed = [&](const QString &name, const QString &value) {
        if (!context.configured.contains(name)) {
            values[name] = value;
        }
    };
    const QString authorityCity =
        joinNonEmpty({values.value(QStringLiteral("authority.postal_code")),
                      values.value(QStringLiteral("authority.city"))},
                     QStringLiteral(" "));
    composed(QStringLiteral("authority.address"),
             joinNonEmpty({values.value(QStringLiteral("authority.street")), authorityCity},
                          QStringLiteral("\n")));
    composed(QStringLiteral("authority.return_address"),
             joinNonEmpty({values.value(QStringLiteral("authority.name")),
                           values.value(QStringLiteral("authority.street")), authorityCity},
                          QStringLiteral(" · ")));
    return values;
}

NoticeResult<NoticeTemplate> NoticeTemplate::parse(const QString &id, const QByteArray &bytes,
                                                   Source source, const QString &path)
{
    const QString where = path.isEmpty() ? id : path;
    if (bytes.size() > maxSize) {
        return std::unexpected(
            NoticeError{NoticeErrorCode::TemplateInvalid,
                        NoticeText::tr("The notice template %1 is larger than %2 KiB.")
                            .arg(where)
                            .arg(maxSize / 1024),
                        {}});
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString html = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::unexpected(
            NoticeError{NoticeErrorCode::TemplateUnreadable,
                        NoticeText::tr("The notice template %1 is not UTF-8 text.").arg(where),
                        {}});
    }
    if (html.startsWith(QChar(0xfeff))) {
        html.remove(0, 1);
    }
    auto expanded = expandPartials(html, where);
    if (!expanded) {
        return std::unexpected(expanded.error());
    }
    html = std::move(expanded->html);
    const QHash<QString, QString> meta = metaContents(html);
    NoticeTemplate result;
    result.inclusions_ = std::move(expanded->inclusions);
    result.id_ = id;
    result.title_ = meta.value(QStringLiteral("workroom.title"));
    if (result.title_.isEmpty()) {
        result.title_ = titleElement(html);
    }
    if (result.title_.isEmpty()) {
        return std::unexpected(NoticeError{
            NoticeErrorCode::TemplateInvalid,
            NoticeText::tr("The notice template %1 has no title: add <meta name=\"workroom.title\" "
                           "content=\"…\"> or a <title>.")
                .arg(where),
            {}});
    }
    result.description_ = meta.value(QStringLiteral("description"));
    result.source_ = source;
    result.path_ = path;
    result.html_ = html;
    return result;
}

NoticeResult<NoticeTemplate> NoticeTemplate::load(const QString &path, Source source)
{
    QFile file(path);
    if (file.size() > maxSize) {
        return std::unexpected(
            NoticeError{NoticeErrorCode::TemplateInvalid,
                        NoticeText::tr("The notice template %1 is larger than %2 KiB.")
                            .arg(path)
                            .arg(maxSize / 1024),
                        {}});
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            NoticeError{NoticeErrorCode::TemplateUnreadable,
                        NoticeText::tr("The notice template %1 cannot be read: %2")
                            .arg(path, file.errorString()),
                        {}});
    }
    return parse(QFileInfo(path).completeBaseName(), file.read(maxSize + 1), source, path);
}

QList<PlaceholderUse> NoticeTemplate::placeholders() const
{
    QList<PlaceholderUse> uses;
    int line = 1;
    qsizetype counted = 0;
    for (auto it = placeholderPattern().globalMatch(html_); it.hasNext();) {
        const auto match = it.next();
        line += int(QStringView(html_).mid(counted, match.capturedStart() - counted).count(u'\n'));
        counted = match.capturedStart();
        uses.append({match.captured(1), fileLine(line)});
    }
    return uses;
}

int NoticeTemplate::fileLine(int htmlLine) const
{
    int shift = 0;
    for (const PartInclusion &inclusion : inclusions_) {
        if (htmlLine < inclusion.firstLine) {
            break;
        }
        if (htmlLine <= inclusion.firstLine + inclusion.extraLines) {
            return inclusion.fileLine;
        }
        shift += inclusion.extraLines;
    }
    return htmlLine - shift;
}

QList<PlaceholderUse> NoticeTemplate::unknownPlaceholders(const NoticeValues &values) const
{
    QList<PlaceholderUse> unknown;
    for (const PlaceholderUse &use : placeholders()) {
        if (!isValidName(use.name) || !values.contains(use.name)) {
            unknown.append(use);
        }
    }
    return unknown;
}

QString NoticeTemplate::escape(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + value.size() / 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '&':
            escaped += QLatin1StringView("&amp;");
            break;
        case '<':
            escaped += QLatin1StringView("&lt;");
            break;
        case '>':
            escaped += QLatin1StringView("&gt;");
            break;
        case '"':
            escaped += QLatin1StringView("&quot;");
            break;
        case '\'':
            escaped += QLatin1StringView("&#39;");
            break;
        case '{':
            // A value must never form a placeholder (or look like one) after filling.
            escaped += QLatin1StringView("&#123;");
            break;
        case '}':
            escaped += QLatin1StringView("&#125;");
            break;
        case '\r':
            break;
        case '\n':
            escaped += QLatin1StringView("<br>");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString NoticeTemplate::sourceName(Source source)
{
    switch (source) {
    case Source::Bundled:
        return NoticeText::tr("bundled");
    case Source::System:
        return NoticeText::tr("system");
    case Source::Profile:
        return NoticeText::tr("profile");
    }
    return {};
}

QString NoticeTemplate::partialDirectory()
{
    return QStringLiteral(":/notices/partials");
}

FilledNotice NoticeTemplate::substitute(const NoticeValues &values, Mode mode) const
{
    FilledNotice filled;
    filled.html.reserve(html_.size() + html_.size() / 4);
    qsizetype copied = 0;
    const QString markStyle =
        QStringLiteral("background:#fff1b8;color:#6b4a00;border:1px dashed #b07d00;padding:0 2px;"
                       "font-style:normal;");
    const QString unknownStyle =
        QStringLiteral("background:#fddede;color:#8a1010;border:1px dashed #c02020;padding:0 2px;"
                       "font-style:normal;");
    for (auto it = placeholderPattern().globalMatch(html_); it.hasNext();) {
        const auto match = it.next();
        filled.html += QStringView(html_).mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const QString name = match.captured(1);
        const bool known = isValidName(name) && values.contains(name);
        const QString value = known ? values.value(name) : QString();
        if (known && !value.trimmed().isEmpty()) {
            filled.html += escape(value);
            continue;
        }
        QStringList &list = known ? filled.missing : filled.unknown;
        if (!list.contains(name)) {
            list.append(name);
        }
        if (mode == Mode::Final || insideTag(html_, match.capturedStart())) {
            continue;  // an empty value; the caller has the list
        }
        const QString label = known ? NoticeText::tr("%1 missing").arg(name)
                                    : NoticeText::tr("unknown: %1").arg(name);
        filled.html += QStringLiteral("<span class=\"workroom-%1\" style=\"%2\">[%3]</span>")
                           .arg(known ? QStringLiteral("missing") : QStringLiteral("unknown"),
                                known ? markStyle : unknownStyle, escape(label));
    }
    filled.html += QStringView(html_).mid(copied);
    return filled;
}

NoticeResult<FilledNotice> NoticeTemplate::fill(const NoticeValues &values) const
{
    const QList<PlaceholderUse> unknown = unknownPlaceholders(values);
    if (!unknown.isEmpty()) {
        NoticeError error{NoticeErrorCode::UnknownPlaceholder, {}, {}};
        QStringList names;
        for (const PlaceholderUse &use : unknown) {
            error.details.append(NoticeText::tr("{{%1}} on line %2").arg(use.name).arg(use.line));
            if (!names.contains(use.name)) {
                names.append(use.name);
            }
        }
        error.message = NoticeText::tr("The template \"%1\" uses placeholders Workroom does not "
                                       "know: %2. Correct the template or configure these values.")
                            .arg(title_, names.join(QStringLiteral(", ")));
        return std::unexpected(error);
    }
    FilledNotice filled = substitute(values, Mode::Final);
    return filled;
}

FilledNotice NoticeTemplate::preview(const NoticeValues &values) const
{
    return substitute(values, Mode::Preview);
}

}  // namespace workroom::notices
