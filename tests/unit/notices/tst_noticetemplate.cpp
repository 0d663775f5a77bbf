#include "NoticeTemplate.h"
#include "NoticeTemplateLibrary.h"
#include "Why.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom::notices;

namespace {

const QString hostile =
    QStringLiteral("<script>alert(1)</script> & \"Müller\" 'x' {{case.subject}}");

NoticeTemplate make(const QString &body, const QString &id = QStringLiteral("t"))
{
    const QString html = QStringLiteral("<html><head><title>Test notice</title></head><body>%1"
                                        "</body></html>")
                             .arg(body);
    auto parsed = NoticeTemplate::parse(id, html.toUtf8());
    if (!parsed) {
        qFatal("cannot parse the test template: %s", qPrintable(parsed.error().message));
    }
    return *parsed;
}

NoticeContext sampleContext()
{
    NoticeContext context;
    context.caseRecord.reference = QStringLiteral("32.10-0007/2026");
    context.caseRecord.subject = hostile;
    context.caseRecord.createdAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    workroom::domain::Party witness;
    witness.role = QStringLiteral("Zeuge");
    witness.givenName = QStringLiteral("Zeno");
    witness.familyName = QStringLiteral("Zeuge");
    workroom::domain::Party applicant;
    applicant.role = QStringLiteral("Antragsteller/in");
    applicant.givenName = QStringLiteral("Käthe");
    applicant.familyName = QStringLiteral("Großmuster");
    applicant.street = QStringLiteral("Beispielweg 7");
    applicant.postalCode = QStringLiteral("01067");
    applicant.city = QStringLiteral("Musterstadt");
    context.parties = {witness, applicant};
    context.workroom.name = QStringLiteral("Bürgeramt");
    context.userName = QStringLiteral("e.beispiel");
    context.today = QDate(2026, 12, 24);
    context.configured = {{QStringLiteral("authority.name"), QStringLiteral("Stadt Musterstadt")},
                          {QStringLiteral("authority.street"), QStringLiteral("Marktplatz 1")},
                          {QStringLiteral("authority.postal_code"), QStringLiteral("01099")},
                          {QStringLiteral("authority.city"), QStringLiteral("Musterstadt")},
                          {QStringLiteral("authority.iban"), QStringLiteral("DE00 1234")}};
    return context;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

}  // namespace

class TestNoticeTemplate : public QObject {
    Q_OBJECT

private slots:
    void valuesComeFromTheCase()
    {
        const NoticeValues values = noticeValues(sampleContext());
        QCOMPARE(values.value(QStringLiteral("case.reference")), QStringLiteral("32.10-0007/2026"));
        // The applicant is the party whose role says so, not the first one.
        QCOMPARE(values.value(QStringLiteral("applicant.full_name")),
                 QStringLiteral("Käthe Großmuster"));
        QCOMPARE(values.value(QStringLiteral("applicant.address")),
                 QStringLiteral("Beispielweg 7\n01067 Musterstadt"));
        QCOMPARE(values.value(QStringLiteral("today")), QStringLiteral("24.12.2026"));
        QCOMPARE(values.value(QStringLiteral("today.long")), QStringLiteral("24. Dezember 2026"));
        QCOMPARE(values.value(QStringLiteral("case.created")), QStringLiteral("02.03.2026"));
        QCOMPARE(values.value(QStringLiteral("clerk.name")), QStringLiteral("e.beispiel"));
        QCOMPARE(values.value(QStringLiteral("authority.return_address")),
                 QStringLiteral("Stadt Musterstadt · Marktplatz 1 · 01099 Musterstadt"));
        // Configured names beyond the built-in ones are placeholders too.
        QCOMPARE(values.value(QStringLiteral("authority.iban")), QStringLiteral("DE00 1234"));
        // Known but unset: present and empty, so that it counts as missing, not unknown.
        QVERIFY(values.contains(QStringLiteral("clerk.phone")));
        QVERIFY(values.value(QStringLiteral("clerk.phone")).isEmpty());
    }

    void everyValueIsEscaped()
    {
        const NoticeTemplate notice =
            make(QStringLiteral("<p title=\"{{case.subject}}\">{{ case.subject }}</p>"
                                "<p>{{applicant.address}}</p>"));
        auto filled = notice.fill(noticeValues(sampleContext()));
        QVERIFY2(filled, why(filled));
        const QString escaped = QStringLiteral(
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Müller&quot; &#39;x&#39; "
            "&#123;&#123;case.subject&#125;&#125;");
        QCOMPARE(filled->html.count(escaped), 2);
        QVERIFY(!filled->html.contains(QStringLiteral("<script>")));
        QVERIFY(filled->html.contains(QStringLiteral("Beispielweg 7<br>01067 Musterstadt")));
        QVERIFY(filled->missing.isEmpty());
    }

    void unknownPlaceholdersAreListedBeforeRendering()
    {
        const NoticeTemplate notice = make(QStringLiteral(
            "<p>{{case.reference}}</p>\n<p>{{applicant.fullname}}</p>\n\n<p>{{ no good }}</p>"));
        const NoticeValues values = noticeValues(sampleContext());
        const QList<PlaceholderUse> unknown = notice.unknownPlaceholders(values);
        QCOMPARE(unknown.size(), 2);
        QCOMPARE(unknown.at(0).name, QStringLiteral("applicant.fullname"));
        QCOMPARE(unknown.at(0).line, 2);
        QCOMPARE(unknown.at(1).name, QStringLiteral("no good"));
        QCOMPARE(unknown.at(1).line, 4);
        auto filled = notice.fill(values);
        QVERIFY(!filled);
        QCOMPARE(filled.error().code, NoticeErrorCode::UnknownPlaceholder);
        QVERIFY(filled.error().message.contains(QStringLiteral("applicant.fullname")));
        QCOMPARE(filled.error().details.size(), 2);
    }

    void previewMarksMissingAndUnknownValues()
    {
        const NoticeTemplate notice = make(QStringLiteral(
            "<p>{{clerk.phone}}</p><p>{{applicant.fullname}}</p><img alt=\"{{clerk.phone}}\">"));
        const FilledNotice preview = notice.preview(noticeValues(sampleContext()));
        QCOMPARE(preview.missing, QStringList{QStringLiteral("clerk.phone")});
        QCOMPARE(preview.unknown, QStringList{QStringLiteral("applicant.fullname")});
        QVERIFY(preview.html.contains(QStringLiteral("class=\"workroom-missing\"")));
        QVERIFY(preview.html.contains(QStringLiteral("class=\"workroom-unknown\"")));
        // Inside a tag a mark would break the markup: left empty there.
        QVERIFY(preview.html.contains(QStringLiteral("<img alt=\"\">")));
    }

    void metadataAndInvalidTemplates()
    {
        const QByteArray html =
            "<html><head><meta content=\"Kurz &amp; gut\" name=\"description\">"
            "<meta name='workroom.title' content='Bescheid'><title>Other</title></head></html>";
        auto parsed = NoticeTemplate::parse(QStringLiteral("x"), html);
        QVERIFY2(parsed, why(parsed));
        QCOMPARE(parsed->title(), QStringLiteral("Bescheid"));
        QCOMPARE(parsed->description(), QStringLiteral("Kurz & gut"));

        auto untitled = NoticeTemplate::parse(QStringLiteral("x"), "<html><body>x</body></html>");
        QVERIFY(!untitled);
        QCOMPARE(untitled.error().code, NoticeErrorCode::TemplateInvalid);
        auto latin1 = NoticeTemplate::parse(QStringLiteral("x"), "<title>Gr\xfc\xdf"
                                                                 "e</title>");
        QVERIFY(!latin1);
        QCOMPARE(latin1.error().code, NoticeErrorCode::TemplateUnreadable);
        auto huge = NoticeTemplate::parse(QStringLiteral("x"),
                                          QByteArray(NoticeTemplate::maxSize + 1, 'a'));
        QVERIFY(!huge);
    }

    void bundledTemplatesUseOnlyKnownPlaceholders()
    {
        NoticeTemplateLibrary library;
        library.load({}, {});
        QVERIFY(library.problems().isEmpty());
        QStringList ids;
        for (const NoticeTemplate &notice : library.templates()) {
            ids.append(notice.id());
            QVERIFY2(!notice.description().isEmpty(), qPrintable(notice.id()));
            QVERIFY2(notice.unknownPlaceholders(noticeValues(sampleContext())).isEmpty(),
                     qPrintable(notice.id()));
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("bewohnerparkausweis"),
                                   QStringLiteral("gewerbeanmeldung"),
                                   QStringLiteral("meldebescheinigung")}));
    }

    void laterSourcesOverrideEarlierOnes()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir root(tmp.path());
        for (const char *folder : {"system-low", "system-high", "profile/notices"}) {
            QVERIFY(root.mkpath(QString::fromLatin1(folder)));
        }
        const auto tpl = [](const QString &title) {
            return QStringLiteral("<html><head><title>%1</title></head><body>x</body></html>")
                .arg(title);
        };
        QVERIFY(writeFile(root.filePath(QStringLiteral("system-low/meldebescheinigung.html")),
                          tpl(QStringLiteral("Meldebescheinigung (Kreis)"))));
        QVERIFY(writeFile(root.filePath(QStringLiteral("system-low/only-low.html")),
                          tpl(QStringLiteral("Low"))));
        QVERIFY(writeFile(root.filePath(QStringLiteral("system-high/only-low.html")),
                          tpl(QStringLiteral("High"))));
        QVERIFY(writeFile(root.filePath(QStringLiteral("system-high/broken.html")),
                          QStringLiteral("<p>no title</p>")));
        QVERIFY(writeFile(root.filePath(QStringLiteral("profile/notices/gewerbeanmeldung.html")),
                          tpl(QStringLiteral("Mein Entwurf"))));
        QVERIFY(writeFile(root.filePath(QStringLiteral("profile/notices/notes.txt")),
                          QStringLiteral("not a template")));

        NoticeTemplateLibrary library;
        library.load(
            {root.filePath(QStringLiteral("system-low")),
             root.filePath(QStringLiteral("system-high"))},
            NoticeTemplateLibrary::profileDirectory(root.filePath(QStringLiteral("profile"))));
        const auto melde = library.find(QStringLiteral("meldebescheinigung"));
        QVERIFY(melde);
        QCOMPARE(melde->title(), QStringLiteral("Meldebescheinigung (Kreis)"));
        QCOMPARE(melde->source(), NoticeTemplate::Source::System);
        QCOMPARE(library.find(QStringLiteral("only-low"))->title(), QStringLiteral("High"));
        const auto gewerbe = library.find(QStringLiteral("gewerbeanmeldung"));
        QCOMPARE(gewerbe->title(), QStringLiteral("Mein Entwurf"));
        QCOMPARE(gewerbe->source(), NoticeTemplate::Source::Profile);
        QCOMPARE(library.find(QStringLiteral("bewohnerparkausweis"))->source(),
                 NoticeTemplate::Source::Bundled);
        QVERIFY(!library.find(QStringLiteral("notes")));
        QCOMPARE(library.problems().size(), 1);
        QVERIFY(library.problems().first().path.endsWith(QStringLiteral("broken.html")));
        QCOMPARE(library.templates().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestNoticeTemplate)
#include "tst_noticetemplate.moc"
