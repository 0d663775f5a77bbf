#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// workroomctl form fields | fill | export, on files and on stored forms of a case.
class TestFormCtl : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    QTemporaryDir tmp_;

    Run ctl(const QStringList &arguments)
    {
        QProcess process;
        process.start(
            QStringLiteral(WORKROOMCTL_PATH),
            QStringList{QStringLiteral("--profile"), tmp_.filePath(QStringLiteral("profile"))}
                + arguments);
        if (!process.waitForFinished(120'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeJson(const QString &name, const QJsonObject &object)
    {
        const QString path = tmp_.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(object).toJson());
        }
        return path;
    }

    static QString form(const char *name)
    {
        return QStringLiteral(WORKROOM_FORMS_DIR "/") + QString::fromLatin1(name);
    }

private slots:
    void fieldsOfAFile();
    void fillAFileAndExport();
    void fillRefusesBadValues();
    void fillAStoredFormFromTheCase();
    void usageErrors();
};

void TestFormCtl::fieldsOfAFile()
{
    const Run run = ctl({QStringLiteral("form"), QStringLiteral("fields"),
                         form("gewerbeanmeldung.pdf"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray fields = run.json().value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 22);
    QJsonObject plz;
    for (const QJsonValue &field : fields) {
        if (field[QStringLiteral("name")] == QStringLiteral("betrieb_plz")) {
            plz = field.toObject();
        }
    }
    QCOMPARE(plz.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(plz.value(QStringLiteral("comb")).toBool(), true);
    QCOMPARE(plz.value(QStringLiteral("required")).toBool(), true);
    QCOMPARE(plz.value(QStringLiteral("maxLength")).toInt(), 5);

    const Run text =
        ctl({QStringLiteral("form"), QStringLiteral("fields"), form("gewerbeanmeldung.pdf")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("grund\tradio")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("{neugruendung|uebernahme|zuzug}")));
}

void TestFormCtl::fillAFileAndExport()
{
    const QString values =
        writeJson(QStringLiteral("values.json"),
                  {{QStringLiteral("familienname"), QStringLiteral("Schäfer-Probe")},
                   {QStringLiteral("plz"), QStringLiteral("12345")},
                   {QStringLiteral("zone"), QJsonArray{QStringLiteral("A")}},
                   {QStringLiteral("halter"), QStringLiteral("leasing")},
                   {QStringLiteral("datenschutz"), QStringLiteral("ja")}});
    const QString out = tmp_.filePath(QStringLiteral("filled.pdf"));
    const Run fill =
        ctl({QStringLiteral("form"), QStringLiteral("fill"), form("bewohnerparkausweis.pdf"),
             QStringLiteral("--values"), values, QStringLiteral("--out"), out});
    QVERIFY2(fill.exitCode == 0, qPrintable(fill.err));
    const Run exported =
        ctl({QStringLiteral("form"), QStringLiteral("export"), out, QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject json = exported.json();
    QCOMPARE(json.value(QStringLiteral("familienname")).toString(),
             QStringLiteral("Schäfer-Probe"));
    QCOMPARE(json.value(QStringLiteral("zone")).toArray(), QJsonArray{QStringLiteral("A")});
    QCOMPARE(json.value(QStringLiteral("halter")).toString(), QStringLiteral("leasing"));
    QCOMPARE(json.value(QStringLiteral("datenschutz")).toString(), QStringLiteral("ja"));
    QCOMPARE(json.value(QStringLiteral("hauptwohnsitz")).toString(), QStringLiteral("Off"));

    // The exported values fill a fresh copy to the same result.
    const QString again = writeJson(QStringLiteral("again.json"), json);
    const QString second = tmp_.filePath(QStringLiteral("second.pdf"));
    QCOMPARE(ctl({QStringLiteral("form"), QStringLiteral("fill"), form("bewohnerparkausweis.pdf"),
                  QStringLiteral("--values"), again, QStringLiteral("--out"), second})
                 .exitCode,
             0);
    QCOMPARE(
        ctl({QStringLiteral("form"), QStringLiteral("export"), second, QStringLiteral("--json")})
            .json(),
        json);

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished());
    QVERIFY(QString::fromUtf8(pdftotext.readAllStandardOutput())
                .contains(QStringLiteral("Schäfer-Probe")));
}

void TestFormCtl::fillRefusesBadValues()
{
    const QString out = tmp_.filePath(QStringLiteral("bad.pdf"));
    const QString tooLong =
        writeJson(QStringLiteral("long.json"), {{QStringLiteral("plz"), QStringLiteral("123456")}});
    const Run run =
        ctl({QStringLiteral("form"), QStringLiteral("fill"), form("meldebescheinigung.pdf"),
             QStringLiteral("--values"), tooLong, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("5")), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
    const QString readOnly = writeJson(QStringLiteral("ro.json"),
                                       {{QStringLiteral("aktenzeichen"), QStringLiteral("X")}});
    QCOMPARE(ctl({QStringLiteral("form"), QStringLiteral("fill"), form("meldebescheinigung.pdf"),
                  QStringLiteral("--values"), readOnly, QStringLiteral("--out"), out})
                 .exitCode,
             1);
    QCOMPARE(ctl({QStringLiteral("form"), QStringLiteral("fields"),
                  tmp_.filePath(QStringLiteral("missing.pdf"))})
                 .exitCode,
             1);
}

void TestFormCtl::fillAStoredFormFromTheCase()
{
    QCOMPARE(
        ctl({QStringLiteral("workroom"), QStringLiteral("create"), QStringLiteral("Ordnungsamt")})
            .exitCode,
        0);
    const Run created = ctl(
        {QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--workroom"),
         QStringLiteral("Ordnungsamt"), QStringLiteral("--plan"), QStringLiteral("32.40"),
         QStringLiteral("--subject"), QStringLiteral("Bewohnerparkausweis"),
         QStringLiteral("--person"), QStringLiteral("Käthe Großmuster"), QStringLiteral("--street"),
         QStringLiteral("Beispielweg 7"), QStringLiteral("--postal-code"), QStringLiteral("12345"),
         QStringLiteral("--city"), QStringLiteral("Musterstadt"), QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString reference = created.json().value(QStringLiteral("reference")).toString();
    QVERIFY(!reference.isEmpty());
    const Run added =
        ctl({QStringLiteral("doc"), QStringLiteral("add"), reference,
             form("bewohnerparkausweis.pdf"), QStringLiteral("--kind"), QStringLiteral("form")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString doc = QStringLiteral("bewohnerparkausweis");

    const QString values = writeJson(QStringLiteral("kz.json"),
                                     {{QStringLiteral("kennzeichen"), QStringLiteral("MS-KG 7")}});
    const Run filled = ctl({QStringLiteral("form"), QStringLiteral("fill"), reference,
                            QStringLiteral("--doc"), doc, QStringLiteral("--from-case"),
                            QStringLiteral("--values"), values, QStringLiteral("--json")});
    QVERIFY2(filled.exitCode == 0, qPrintable(filled.err + filled.out));
    QCOMPARE(filled.json().value(QStringLiteral("version")).toInt(), 2);

    const Run exported = ctl({QStringLiteral("form"), QStringLiteral("export"), reference,
                              QStringLiteral("--doc"), doc, QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject json = exported.json();
    QCOMPARE(json.value(QStringLiteral("familienname")).toString(), QStringLiteral("Großmuster"));
    QCOMPARE(json.value(QStringLiteral("strasse")).toString(), QStringLiteral("Beispielweg"));
    QCOMPARE(json.value(QStringLiteral("hausnummer")).toString(), QStringLiteral("7"));
    QCOMPARE(json.value(QStringLiteral("aktenzeichen")).toString(), reference);
    QCOMPARE(json.value(QStringLiteral("kennzeichen")).toString(), QStringLiteral("MS-KG 7"));
    QCOMPARE(json.value(QStringLiteral("hauptwohnsitz")).toString(), QStringLiteral("ja"));

    // A reader may look but not fill.
    const Run reader = ctl({QStringLiteral("--role"), QStringLiteral("reader"),
                            QStringLiteral("form"), QStringLiteral("fill"), reference,
                            QStringLiteral("--doc"), doc, QStringLiteral("--values"), values});
    QCOMPARE(reader.exitCode, 1);
    const Run list = ctl({QStringLiteral("doc"), QStringLiteral("list"), reference});
    QCOMPARE(list.out.count(QStringLiteral("bewohnerparkausweis.pdf")), 2);
    QCOMPARE(ctl({QStringLiteral("check")}).exitCode, 0);
}

void TestFormCtl::usageErrors()
{
    QCOMPARE(ctl({QStringLiteral("form"), QStringLiteral("fill"), form("meldebescheinigung.pdf")})
                 .exitCode,
             2);
    QCOMPARE(ctl({QStringLiteral("form"), QStringLiteral("paint")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("form"), QStringLiteral("fill"), form("meldebescheinigung.pdf"),
                  QStringLiteral("--from-case"), QStringLiteral("--out"),
                  tmp_.filePath(QStringLiteral("x.pdf")), QStringLiteral("--values"),
                  tmp_.filePath(QStringLiteral("x.json"))})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestFormCtl)
#include "tst_formctl.moc"
