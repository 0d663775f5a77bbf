#include "ReferenceNumber.h"
#include "Why.h"

#include <QTest>

using workroom::domain::ReferenceNumberFormat;
using workroom::domain::ReferenceParts;

class TestReferenceNumber : public QObject {
    Q_OBJECT

private slots:
    void formatsTheDefault()
    {
        const auto format = ReferenceNumberFormat::standard();
        QCOMPARE(format.format({QStringLiteral("32.10"), 2026, 42}).value(),
                 QStringLiteral("32.10-0042/2026"));
        QCOMPARE(format.format({QStringLiteral("1"), 1999, 9999}).value(),
                 QStringLiteral("1-9999/1999"));
    }

    void readsBackWhatItWrites_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("default") << QString::fromLatin1(ReferenceNumberFormat::defaultPattern);
        QTest::newRow("year first") << QStringLiteral("{year}/{plan}/{seq}");
        QTest::newRow("prefix") << QStringLiteral("Az. {plan} - {seq:5} - {year}");
        QTest::newRow("dots everywhere") << QStringLiteral("{plan}.{seq:3}.{year}");
    }

    void readsBackWhatItWrites()
    {
        QFETCH(QString, pattern);
        const auto format = ReferenceNumberFormat::fromPattern(pattern);
        QVERIFY2(format.has_value(), why(format).constData());
        for (const ReferenceParts &parts : {ReferenceParts{QStringLiteral("32.10"), 2026, 7},
                                            ReferenceParts{QStringLiteral("1.2.3"), 2031, 123},
                                            ReferenceParts{QStringLiteral("400"), 1990, 1}}) {
            const auto text = format->format(parts);
            QVERIFY2(text.has_value(), why(text).constData());
            const auto back = format->parse(*text);
            QVERIFY2(back.has_value(), why(back).constData());
            QCOMPARE(*back, parts);
        }
    }

    void refusesBadPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("no sequence") << QStringLiteral("{plan}/{year}");
        QTest::newRow("twice") << QStringLiteral("{plan}-{seq}-{seq}/{year}");
        QTest::newRow("unknown") << QStringLiteral("{plan}-{seq}/{year}-{clerk}");
        QTest::newRow("unclosed") << QStringLiteral("{plan}-{seq}/{year");
        QTest::newRow("adjacent") << QStringLiteral("{plan}{seq}/{year}");
        QTest::newRow("width on year") << QStringLiteral("{plan}-{seq}/{year:4}");
    }

    void refusesBadPatterns()
    {
        QFETCH(QString, pattern);
        const auto format = ReferenceNumberFormat::fromPattern(pattern);
        QVERIFY(!format.has_value());
        QVERIFY(format.error().contains(pattern));
    }

    void refusesBadParts()
    {
        const auto format = ReferenceNumberFormat::standard();
        QVERIFY(!format.format({QStringLiteral(""), 2026, 1}).has_value());
        QVERIFY(!format.format({QStringLiteral("32.x"), 2026, 1}).has_value());
        QVERIFY(!format.format({QStringLiteral("32..1"), 2026, 1}).has_value());
        QVERIFY(!format.format({QStringLiteral("32.10"), 1899, 1}).has_value());
        QVERIFY(!format.format({QStringLiteral("32.10"), 2026, 0}).has_value());
        // Four digits of padding hold at most 9999.
        QVERIFY(!format.format({QStringLiteral("32.10"), 2026, 10000}).has_value());
    }

    void refusesWhatIsNotAReferenceNumber()
    {
        const auto format = ReferenceNumberFormat::standard();
        for (const char *text : {"", "32.10-42/2026", "32.10-0042/26", "32.10 0042/2026",
                                 "x32.10-0042/2026", "32.10-0000/2026"}) {
            QVERIFY2(!format.parse(QString::fromLatin1(text)).has_value(), text);
        }
        QCOMPARE(format.parse(QStringLiteral("  32.10-0042/2026 ")).value().sequence, 42);
    }
};

QTEST_GUILESS_MAIN(TestReferenceNumber)
#include "tst_referencenumber.moc"
