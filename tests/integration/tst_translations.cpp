#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            current = {context, {}, {}, false};
        } else if (name == QLatin1StringView("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            const auto type = xml.attributes().value(QLatin1StringView("type")).toString();
            current.finished = type.isEmpty();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type != QLatin1StringView("vanished") && type != QLatin1StringView("obsolete")) {
                messages.append(current);
            }
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%\\d+"));
    for (const auto &match : pattern.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

}  // namespace

// German is complete and current: every source string is translated, keeps its placeholders
// and its keyboard accelerator, and no source string is missing from the file.
class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void germanIsComplete()
    {
        const QList<Message> messages = readTs(QStringLiteral(GERMAN_TS));
        QVERIFY(messages.size() > 20);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished && !m.translation.isEmpty(), qUtf8Printable(where));
            QVERIFY2(placeholders(m.source) == placeholders(m.translation), qUtf8Printable(where));
            const bool sourceAccel =
                m.source.contains(QRegularExpression(QStringLiteral("&[^ &]")));
            const bool translationAccel =
                m.translation.contains(QRegularExpression(QStringLiteral("&[^ &]")));
            QVERIFY2(sourceAccel == translationAccel, qUtf8Printable(where));
        }
    }

    void germanIsCurrent()
    {
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.setWorkingDirectory(QStringLiteral(SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("models"),
                       QStringLiteral("widgets"), QStringLiteral("app"), QStringLiteral("-ts"),
                       fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QSet<QString> committed;
        for (const Message &m : readTs(QStringLiteral(GERMAN_TS))) {
            committed.insert(m.context + QLatin1Char('|') + m.source);
        }
        QStringList missing;
        for (const Message &m : readTs(fresh)) {
            if (!committed.contains(m.context + QLatin1Char('|') + m.source)) {
                missing.append(m.context + QStringLiteral(": ") + m.source);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qUtf8Printable(QStringLiteral("not in translations/workroom_de.ts (run the "
                                               "update_translations target): ")
                                + missing.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
