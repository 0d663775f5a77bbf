#include "NoticeCommands.h"

#include "Commands.h"
#include "NoticeRenderer.h"
#include "NoticeService.h"
#include "NoticeTemplateLibrary.h"
#include "NoticeWebSandbox.h"
#include "Settings.h"
#include "Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace workroom::ctl {

using notices::NoticeTemplate;
using notices::NoticeTemplateLibrary;

namespace {

QCommandLineOption makeOption(const char *name, const char *description,
                              const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

struct NoticeSetup {
    QStringList systemDirectories;
    QString profileDirectory;
    QHash<QString, QString> configured;
};

QtMessageHandler previousHandler = nullptr;

// Without a display there is no OpenGL or Vulkan; WebEngine says so at every start although
// it prints fine in software. These lines would only alarm whoever reads a script's output.
void dropGpuProbeWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    static const char *const expected[] = {
        "QRhiGles2: Failed to create", "This plugin does not support createPlatformVulkanInstance",
        "QVulkanInstance: Failed to initialize", "Unable to detect GPU vendor",
        "WebEngineContext is used before QtWebEngineQuick::initialize()"};
    if (type == QtWarningMsg) {
        for (const char *start : expected) {
            if (text.startsWith(QLatin1StringView(start))) {
                return;
            }
        }
    }
    previousHandler(type, context, text);
}

NoticeSetup noticeSetup(const QString &profileDir)
{
    const app::Settings settings(QDir(profileDir).filePath(QStringLiteral("settings.ini")));
    const QString configuredDir = settings.noticeTemplateDirectory();
    return {configuredDir.isEmpty() ? NoticeTemplateLibrary::defaultSystemDirectories()
                                    : QStringList{configuredDir},
            NoticeTemplateLibrary::profileDirectory(profileDir), settings.noticeValues()};
}

}  // namespace

void NoticeCommands::addOptions(QCommandLineParser &parser)
{
    // --out (FILE) comes with the signing commands and means the same here.
    parser.addOptions({
        makeOption("template", "With notice render: the template id.", "ID"),
        makeOption("file-in-case", "With notice render: file the PDF in the case as a notice."),
        makeOption("allow-missing", "With notice render: print even if values are empty."),
    });
}

QString NoticeCommands::commandSummary()
{
    return QStringLiteral("  notice templates\n"
                          "  notice render REF --template ID [--out FILE.pdf] [--file-in-case] "
                          "[--allow-missing]\n");
}

bool NoticeCommands::handles(const QString &command)
{
    return command == QLatin1StringView("notice");
}

bool NoticeCommands::wanted(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({makeOption("version", "-"), makeOption("lang", "-", "code")});
    Commands::addOptions(parser);
    if (!parser.parse(arguments)) {
        // An option this copy of the parser does not know: main() reports it, unless the
        // command is a notice command, which must get its GUI application all the same.
        return arguments.contains(QStringLiteral("notice"));
    }
    return !parser.positionalArguments().isEmpty() && handles(parser.positionalArguments().first());
}

void NoticeCommands::prepareProcess()
{
    notices::prepareWebEngineProcess(true);
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        previousHandler = qInstallMessageHandler(dropGpuProbeWarnings);
    }
}

NoticeCommands::NoticeCommands(QCommandLineParser &parser, casework::Workspace &workspace,
                               CaseResolver resolveCase)
    : CommandOutput(parser, commandSummary()), parser_(parser), workspace_(workspace),
      resolveCase_(std::move(resolveCase))
{
}

int NoticeCommands::run(const QStringList &positional)
{
    const QString sub = positional.value(1);
    if (sub == QLatin1StringView("templates")) {
        return listTemplates();
    }
    if (sub == QLatin1StringView("render")) {
        return render(positional.mid(2));
    }
    return usage(tr("'notice' takes 'templates' or 'render'."));
}

int NoticeCommands::listTemplates()
{
    const NoticeSetup setup = noticeSetup(workspace_.profileDir());
    NoticeTemplateLibrary library;
    library.load(setup.systemDirectories, setup.profileDirectory);
    for (const auto &problem : library.problems()) {
        std::fprintf(stderr, "workroomctl: %s\n", problem.message.toUtf8().constData());
    }
    QJsonArray array;
    for (const NoticeTemplate &notice : library.templates()) {
        QJsonArray names;
        for (const auto &use : notice.placeholders()) {
            if (!names.contains(use.name)) {
                names.append(use.name);
            }
        }
        array.append(
            QJsonObject{{QStringLiteral("id"), notice.id()},
                        {QStringLiteral("title"), notice.title()},
                        {QStringLiteral("description"), notice.description()},
                        {QStringLiteral("source"), NoticeTemplate::sourceName(notice.source())},
                        {QStringLiteral("path"), notice.path()},
                        {QStringLiteral("placeholders"), names}});
        if (!json()) {
            print(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(notice.id(), notice.title(), NoticeTemplate::sourceName(notice.source()),
                           notice.path()));
        }
    }
    if (json()) {
        printJson(array);
    }
    return library.problems().isEmpty() ? Ok : Failed;
}

int NoticeCommands::render(const QStringList &args)
{
    if (args.size() != 1) {
        return usage(tr("'notice render' takes one case (reference number or id)."));
    }
    const QString templateId = parser_.value(QStringLiteral("template"));
    if (templateId.isEmpty()) {
        return usage(tr("Name the template with --template ID ('notice templates' lists them)."));
    }
    const QString out = parser_.value(QStringLiteral("out"));
    const bool fileInCase = parser_.isSet(QStringLiteral("file-in-case"));
    if (out.isEmpty() && !fileInCase) {
        return usage(tr("Say where the notice goes: --out FILE.pdf, --file-in-case or both."));
    }
    qint64 caseId = 0;
    if (!resolveCase_(args.first(), caseId)) {
        return Failed;
    }
    const auto role =
        domain::roleFromKey(parser_.value(QStringLiteral("role"))).value_or(domain::Role::Clerk);
    if (fileInCase && role == domain::Role::Reader) {
        return fail(tr("Readers cannot add notices to cases."), Failed);
    }

    const NoticeSetup setup = noticeSetup(workspace_.profileDir());
    NoticeTemplateLibrary library;
    library.load(setup.systemDirectories, setup.profileDirectory);
    const auto chosen = library.find(templateId);
    if (!chosen) {
        return fail(tr("There is no notice template \"%1\" ('notice templates' lists them).")
                        .arg(templateId),
                    Failed);
    }
    casework::NoticeService service(workspace_, role);
    auto prepared = service.prepare(caseId, *chosen, setup.configured);
    if (!prepared) {
        const auto unknown = chosen->unknownPlaceholders(
            service.values(caseId, setup.configured).value_or(notices::NoticeValues()));
        for (const auto &use : unknown) {
            std::fprintf(
                stderr, "workroomctl: %s\n",
                qUtf8Printable(
                    tr("unknown placeholder {{%1}} on line %2").arg(use.name).arg(use.line)));
        }
        return fail(prepared.error().message, Failed);
    }
    if (!prepared->missing.isEmpty()) {
        const QString list = prepared->missing.join(QStringLiteral(", "));
        if (!parser_.isSet(QStringLiteral("allow-missing"))) {
            return fail(tr("These values of the notice are empty: %1. Configure them in the "
                           "[noticeValues] settings or add them to the case; --allow-missing "
                           "prints anyway.")
                            .arg(list),
                        Failed);
        }
        std::fprintf(stderr, "workroomctl: %s\n",
                     qUtf8Printable(tr("warning: empty values in the notice: %1").arg(list)));
    }

    notices::NoticeRenderer renderer;
    QEventLoop loop;
    notices::NoticeResult<QByteArray> pdf = std::unexpected(notices::NoticeError{});
    renderer.render(prepared->html, [&](const notices::NoticeResult<QByteArray> &result) {
        pdf = result;
        loop.quit();
    });
    if (renderer.isBusy()) {
        loop.exec();
    }
    if (!pdf) {
        return fail(pdf.error().message, Failed);
    }

    QJsonObject result{{QStringLiteral("case"), prepared->reference},
                       {QStringLiteral("template"), prepared->templateId},
                       {QStringLiteral("title"), prepared->title},
                       {QStringLiteral("bytes"), qint64(pdf->size())},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(prepared->missing)}};
    if (!out.isEmpty()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
            return fail(tr("Cannot write %1: %2").arg(out, file.errorString()), Failed);
        }
        result.insert(QStringLiteral("out"), QFileInfo(out).absoluteFilePath());
        if (!json()) {
            print(tr("Notice \"%1\" for %2 written to %3.")
                      .arg(prepared->title, prepared->reference, out));
        }
    }
    if (fileInCase) {
        auto filed = service.file(*prepared, *pdf);
        if (!filed) {
            return fail(filed.error().message, Failed);
        }
        result.insert(QStringLiteral("documentId"), filed->documentId);
        result.insert(QStringLiteral("versionId"), filed->id);
        result.insert(QStringLiteral("sha256"), filed->sha256);
        result.insert(QStringLiteral("fileName"), filed->originalFileName);
        if (!json()) {
            print(tr("Notice \"%1\" filed in %2 as %3.")
                      .arg(prepared->title, prepared->reference, filed->originalFileName));
        }
    }
    if (json()) {
        printJson(result);
    }
    return Ok;
}

}  // namespace workroom::ctl
