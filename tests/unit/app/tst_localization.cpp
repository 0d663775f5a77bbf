#include "Localization.h"

#include <QCoreApplication>
#include <QTest>

using workroom::app::chooseLanguage;
using workroom::app::Localization;

class TestLocalization : public QObject {
    Q_OBJECT

    static void addRow(const char *name, const char *requested, const char *systemLocale,
                       const char *expected)
    {
        QTest::newRow(name) << QString::fromLatin1(requested) << QString::fromLatin1(systemLocale)
                            << QString::fromLatin1(expected);
    }

private slots:
    void chooseLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("expected");
        addRow("asked for German", "de", "en_GB", "de");
        addRow("asked for English", "en", "de_DE", "en");
        addRow("asked in capitals", "DE", "en_US", "de");
        addRow("German system", "", "de_DE", "de");
        addRow("Austrian system", "", "de_AT", "de");
        addRow("English system", "", "en_US", "en");
        addRow("unsupported system falls back to English", "", "fr_FR", "en");
    }

    void chooseLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QString, systemLocale);
        QFETCH(QString, expected);
        const auto language = ::chooseLanguage(requested, QLocale(systemLocale));
        QVERIFY(language.has_value());
        QCOMPARE(*language, expected);
    }

    void rejectsAnUnsupportedRequest()
    {
        const auto language =
            ::chooseLanguage(QStringLiteral("fr"), QLocale(QStringLiteral("de_DE")));
        QVERIFY(!language.has_value());
        QVERIFY2(language.error().contains(QLatin1StringView("\"fr\"")),
                 qUtf8Printable(language.error()));
    }

    void installsTheGermanTranslation()
    {
        const char *context = "workroom::app::Localization";
        const char *source = "Unsupported language \"%1\": choose de or en.";
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromUtf8(source));
        {
            const Localization german(QStringLiteral("de"));
            QCOMPARE(QLocale().language(), QLocale::German);
            const QString translated = QCoreApplication::translate(context, source);
            QVERIFY2(translated != QString::fromUtf8(source), qUtf8Printable(translated));
            QVERIFY2(translated.contains(QLatin1StringView("Sprache")), qUtf8Printable(translated));
        }
        // The translators leave with the object.
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromUtf8(source));
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
