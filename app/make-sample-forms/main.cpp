// Writes the sample AcroForm PDFs of the demo workroom (see data/forms/README.md).
#include "SampleForms.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2 || args.at(1).startsWith(u'-')) {
        err << "usage: make-sample-forms DIRECTORY\n";
        return 2;
    }
    const QDir dir(args.at(1));
    if (!QDir().mkpath(dir.path())) {
        err << "cannot create " << dir.path() << '\n';
        return 1;
    }
    for (const workroom::casework::SampleForm &form : workroom::casework::generateSampleForms()) {
        QSaveFile file(dir.filePath(form.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(form.pdf) != form.pdf.size()
            || !file.commit()) {
            err << "cannot write " << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
        QTextStream(stdout) << file.fileName() << '\n';
    }
    return 0;
}
