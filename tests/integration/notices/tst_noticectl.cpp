#include "PdfTextExtractor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

}  // namespace

// workroomctl notice …, run as a script would run it: no display, no WebEngine variables set
// (as root the command must switch Chromium's sandbox off itself).
class TestNoticeCtl : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    const QString subject_ = QStringLiteral("<script>alert(1)</script> & \"Müller\"");

    QString profile() const { return tmp_.filePath(QStringLiteral("profile")); }

    Run ctl(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QTWEBENGINE_CHROMIUM_FLAGS"}) {
            env.remove(QString::fromLatin1(name));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WORKROOMCTL_PATH),
                      QStringList{QStringLiteral("--profile"), profile(), QStringLiteral("--lang"),
                                  QStringLiteral("en"), QStringLiteral("--user"),
                                  QStringLiteral("e.beispiel")}
                          + arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        QCOMPARE(
            ctl({QStringLiteral("workroom"), QStringLiteral("create"), QStringLiteral("Bürgeramt")})
                .exitCode,
            0);
        const Run created =
            ctl({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--plan"),
                 QStringLiteral("32.10"), QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--subject"), subject_, QStringLiteral("--person"),
                 QStringLiteral("Käthe Großmuster"), QStringLiteral("--street"),
                 QStringLiteral("Beispielweg 7"), QStringLiteral("--postal-code"),
                 QStringLiteral("01067"), QStringLiteral("--city"), QStringLiteral("Musterstadt")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }

    void listsTheTemplates()
    {
        const Run run =
            ctl({QStringLiteral("notice"), QStringLiteral("templates"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray templates = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(templates.size(), 3);
        QStringList ids;
        for (const QJsonValue &t : templates) {
            ids.append(t[QStringLiteral("id")].toString());
            QCOMPARE(t[QStringLiteral("source")].toString(), QStringLiteral("bundled"));
        }
        QVERIFY(ids.contains(QStringLiteral("bewohnerparkausweis")));
    }

    void refusesEmptyValuesThenRenders()
    {
        const QString out = tmp_.filePath(QStringLiteral("melde.pdf"));
        const QStringList render{QStringLiteral("notice"),
                                 QStringLiteral("render"),
                                 QStringLiteral("32.10-0001/2026"),
                                 QStringLiteral("--template"),
                                 QStringLiteral("meldebescheinigung"),
                                 QStringLiteral("--out"),
                                 out};
        const Run refused = ctl(render);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("authority.name")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(out));

        QFile settings(QDir(profile()).filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[noticeValues]\n"
                       "authority.name=Stadt Musterstadt\n"
                       "authority.department=B\xc3\xbcrgeramt\n"
                       "authority.street=Marktplatz 1\n"
                       "authority.postal_code=01099\n"
                       "authority.city=Musterstadt\n"
                       "authority.phone=0351 0\n"
                       "authority.email=a@musterstadt.example\n"
                       "authority.website=musterstadt.example\n"
                       "authority.opening_hours=\"Mo, Di 8-12 Uhr\"\n"
                       "authority.bank=IBAN DE00\n"
                       "clerk.name=Erika Beispiel\n"
                       "clerk.room=E.12\n"
                       "clerk.phone=0351 112\n"
                       "clerk.email=e@musterstadt.example\n");
        settings.close();
        const Run rendered = ctl(render);
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        auto text = workroom::pdf::extractPdfText(out);
        QVERIFY(text);
        QVERIFY2(text->text.contains(subject_), qPrintable(text->text));
        QVERIFY(text->text.contains(QStringLiteral("Käthe Großmuster")));
        QVERIFY(text->text.contains(QStringLiteral("Erika Beispiel")));
        QVERIFY(text->text.contains(QStringLiteral("Mo, Di 8-12 Uhr")));
    }

    void filesInTheCase()
    {
        const Run run =
            ctl({QStringLiteral("notice"), QStringLiteral("render"),
                 QStringLiteral("32.10-0001/2026"), QStringLiteral("--template"),
                 QStringLiteral("bewohnerparkausweis"), QStringLiteral("--file-in-case"),
                 QStringLiteral("--allow-missing"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(result[QStringLiteral("documentId")].toInteger() > 0);
        const Run shown = ctl({QStringLiteral("case"), QStringLiteral("show"),
                               QStringLiteral("32.10-0001/2026"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject record = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        const QJsonArray documents = record[QStringLiteral("documents")].toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first()[QStringLiteral("kind")].toString(), QStringLiteral("notice"));
        QCOMPARE(documents.first()[QStringLiteral("title")].toString(),
                 QStringLiteral("Bescheid über einen Bewohnerparkausweis"));
        const bool audited = std::ranges::any_of(
            record[QStringLiteral("history")].toArray(), [](const QJsonValue &entry) {
                return entry.toObject().value(QStringLiteral("action")).toString()
                       == QLatin1StringView("notice.create");
            });
        QVERIFY2(audited, qPrintable(shown.out));
    }

    void reportsUnknownPlaceholdersAndTemplates()
    {
        QVERIFY(QDir(profile()).mkpath(QStringLiteral("notices")));
        QFile custom(QDir(profile()).filePath(QStringLiteral("notices/eigener.html")));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("<html><head><title>Eigener Bescheid</title></head>\n<body>\n"
                     "<p>{{case.reference}}</p>\n<p>{{applicant.vorname}}</p></body></html>");
        custom.close();
        const Run run = ctl({QStringLiteral("notice"), QStringLiteral("render"),
                             QStringLiteral("32.10-0001/2026"), QStringLiteral("--template"),
                             QStringLiteral("eigener"), QStringLiteral("--out"),
                             tmp_.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("{{applicant.vorname}} on line 4")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(tmp_.filePath(QStringLiteral("x.pdf"))));

        const Run missing = ctl({QStringLiteral("notice"), QStringLiteral("render"),
                                 QStringLiteral("32.10-0001/2026"), QStringLiteral("--template"),
                                 QStringLiteral("nope"), QStringLiteral("--out"),
                                 tmp_.filePath(QStringLiteral("y.pdf"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
        const Run noTarget = ctl({QStringLiteral("notice"), QStringLiteral("render"),
                                  QStringLiteral("32.10-0001/2026"), QStringLiteral("--template"),
                                  QStringLiteral("meldebescheinigung")});
        QCOMPARE(noTarget.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestNoticeCtl)
#include "tst_noticectl.moc"
