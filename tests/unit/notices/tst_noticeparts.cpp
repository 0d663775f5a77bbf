// The bundled parts ({{> letterhead}}, {{> footer}}) that templates share: put in place when a
// template is parsed, with placeholder lines that still refer to the template file.
#include "NoticeTemplate.h"
#include "NoticeTemplateLibrary.h"

#include <QFile>
#include <QTest>

using namespace workroom::notices;

namespace {

QString partText(const QString &name)
{
    QFile file(NoticeTemplate::partialDirectory() + QLatin1Char('/') + name
               + QStringLiteral(".html"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

int lineOf(const NoticeTemplate &notice, const QString &name)
{
    for (const PlaceholderUse &use : notice.placeholders()) {
        if (use.name == name) {
            return use.line;
        }
    }
    return 0;
}

}  // namespace

class TestNoticeParts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void partsStandWhereTheyAreNamed()
    {
        const QString letterhead = partText(QStringLiteral("letterhead"));
        const QString footer = partText(QStringLiteral("footer"));
        QVERIFY(letterhead.contains(QLatin1String("{{authority.return_address}}")));
        QVERIFY(footer.contains(QLatin1String("{{authority.bank}}")));

        const QString source = QStringLiteral("<title>Teile</title>\n"
                                              "{{> letterhead}}\n"
                                              "<p>{{case.subject}}</p>\n"
                                              "{{ >  footer }}\n"
                                              "<p>{{workroom.name}}</p>\n");
        auto parsed = NoticeTemplate::parse(QStringLiteral("teile"), source.toUtf8());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        // Each part's own final line break is dropped: a part on a line of its own reads as if
        // its lines stood there.
        QCOMPARE(parsed->html(), QStringLiteral("<title>Teile</title>\n") + letterhead
                                     + QStringLiteral("<p>{{case.subject}}</p>\n") + footer
                                     + QStringLiteral("<p>{{workroom.name}}</p>\n"));
        QVERIFY(!parsed->html().contains(QLatin1String("{{>")));

        // Lines are those of the template file; a placeholder inside a part has the line of
        // the {{> name}} that brought it in.
        QCOMPARE(lineOf(*parsed, QStringLiteral("authority.return_address")), 2);
        QCOMPARE(lineOf(*parsed, QStringLiteral("case.subject")), 3);
        QCOMPARE(lineOf(*parsed, QStringLiteral("authority.bank")), 4);
        QCOMPARE(lineOf(*parsed, QStringLiteral("workroom.name")), 5);
    }

    void unknownPartIsAnError()
    {
        for (const char *name : {"briefkopf", "../letter", "Letterhead", ""}) {
            const QByteArray source =
                QByteArray("<title>x</title>\n{{> ") + name + QByteArray("}}\n");
            auto parsed = NoticeTemplate::parse(QStringLiteral("x"), source);
            QVERIFY2(!parsed, name);
            QCOMPARE(parsed.error().code, NoticeErrorCode::TemplateInvalid);
            QVERIFY(parsed.error().message.contains(QString::fromUtf8(name)));
        }
    }

    void bundledTemplatesUseTheSharedParts()
    {
        NoticeTemplateLibrary library;
        library.load({}, {});
        QVERIFY(library.problems().isEmpty());
        QCOMPARE(library.templates().size(), 3);
        const QString letterhead = partText(QStringLiteral("letterhead"));
        const QString footer = partText(QStringLiteral("footer"));
        for (const NoticeTemplate &notice : library.templates()) {
            QVERIFY2(notice.html().contains(letterhead), qPrintable(notice.id()));
            QVERIFY2(notice.html().contains(footer), qPrintable(notice.id()));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoticeParts)
#include "tst_noticeparts.moc"
