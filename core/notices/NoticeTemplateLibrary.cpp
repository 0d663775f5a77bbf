#include "NoticeTemplateLibrary.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace workroom::notices {

QStringList NoticeTemplateLibrary::defaultSystemDirectories()
{
    const QString home = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QStringList folders;
    for (const QString &base :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        if (QDir::cleanPath(base) == QDir::cleanPath(home)) {
            continue;
        }
        const QString folder = QDir(base).filePath(QStringLiteral("workroom/notices"));
        if (QFileInfo(folder).isDir()) {
            folders.prepend(folder);  // XDG lists the most important first
        }
    }
    return folders;
}

QString NoticeTemplateLibrary::bundledDirectory()
{
    return QStringLiteral(":/notices");
}

QString NoticeTemplateLibrary::profileDirectory(const QString &profileDir)
{
    return profileDir.isEmpty() ? QString() : QDir(profileDir).filePath(QStringLiteral("notices"));
}

void NoticeTemplateLibrary::load(const QStringList &systemDirectories,
                                 const QString &profileDirectory)
{
    templates_.clear();
    problems_.clear();
    loadFolder(bundledDirectory(), NoticeTemplate::Source::Bundled);
    for (const QString &folder : systemDirectories) {
        loadFolder(folder, NoticeTemplate::Source::System);
    }
    loadFolder(profileDirectory, NoticeTemplate::Source::Profile);
    QCollator collator;
    collator.setNumericMode(true);
    std::ranges::sort(templates_, [&collator](const NoticeTemplate &a, const NoticeTemplate &b) {
        return collator.compare(a.title(), b.title()) < 0;
    });
}

void NoticeTemplateLibrary::loadFolder(const QString &folder, NoticeTemplate::Source source)
{
    if (folder.isEmpty()) {
        return;
    }
    const QDir dir(folder);
    if (!dir.exists()) {
        return;  // an unset-up folder is normal
    }
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.html"), QStringLiteral("*.htm")},
                          QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &file : files) {
        auto loaded = NoticeTemplate::load(file.filePath(), source);
        if (!loaded) {
            problems_.append({file.filePath(), loaded.error().message});
            continue;
        }
        const auto same = std::ranges::find_if(
            templates_, [&](const NoticeTemplate &t) { return t.id() == loaded->id(); });
        if (same != templates_.end()) {
            *same = *loaded;
        } else {
            templates_.append(*loaded);
        }
    }
}

std::optional<NoticeTemplate> NoticeTemplateLibrary::find(const QString &id) const
{
    for (const NoticeTemplate &t : templates_) {
        if (t.id() == id) {
            return t;
        }
    }
    return std::nullopt;
}

}  // namespace workroom::notices
