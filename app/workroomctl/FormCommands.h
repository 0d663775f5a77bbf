#pragma once

#include "CommandOutput.h"

#include "PdfForm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace workroom::casework {
class Workspace;
}

namespace workroom::ctl {

// The form sub-commands of workroomctl (PDF AcroForms, core/pdf and casework::FormService):
//   form fields FILE | REF --doc DOCUMENT           the fields, their kinds, flags and values
//   form fill FILE --values V.json --out OUT.pdf    fill a file into a new file
//   form fill REF --doc DOCUMENT [--from-case] [--values V.json] [--mapping M.json]
//                                                   fill a stored form: a new version
//   form export FILE | REF --doc DOCUMENT           the values (as JSON with --json)
// Files need no workspace; a case's document opens it. Output as in Commands.
class FormCommands : private CommandOutput {
    Q_DECLARE_TR_FUNCTIONS(workroom::ctl::FormCommands)

public:
    static void addOptions(QCommandLineParser &parser);
    static QString commandSummary();
    static bool handles(const QString &command);

    using WorkspaceOpener = std::function<casework::Workspace *()>;
    using CaseResolver = std::function<bool(const QString &key, qint64 &id)>;
    FormCommands(QCommandLineParser &parser, WorkspaceOpener openWorkspace,
                 CaseResolver resolveCase);

    int run(const QStringList &positional);

private:
    int fields(const QStringList &args);
    int fill(const QStringList &args);
    int exportValues(const QStringList &args);

    struct Target {
        std::optional<pdf::PdfForm> form;
        qint64 caseId = 0;
        qint64 documentId = 0;  // 0: a file
        QString fileName;       // of the form, to find its mapping
    };
    // FILE, or REF with --doc; nothing after an error (already reported).
    std::optional<Target> open(const QString &key);

    QCommandLineParser &parser_;
    WorkspaceOpener openWorkspace_;
    CaseResolver resolveCase_;
    casework::Workspace *workspace_ = nullptr;
};

}  // namespace workroom::ctl
