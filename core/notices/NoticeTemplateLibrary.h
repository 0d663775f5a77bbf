#pragma once

#include "NoticeTemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace workroom::notices {

// The notice templates on offer, from three sources read in this order: the bundled ones
// (resources under :/notices/), the system folders IT staff fill, and the profile's own
// folder. A template is identified by its file name without extension; a later source
// replaces an earlier template of the same id, so that IT can adapt a bundled template and
// a user can try a variant. Files that cannot be used are skipped and listed in problems().
class NoticeTemplateLibrary {
public:
    struct Problem {
        QString path;
        QString message;
    };

    // The folders "workroom/notices" in the XDG data directories that exist (for example
    // /usr/share/workroom/notices), least important first; the user's own data home is not
    // one of them.
    static QStringList defaultSystemDirectories();
    static QString bundledDirectory();  // ":/notices"
    // The folder inside a profile ("<profile>/notices").
    static QString profileDirectory(const QString &profileDir);

    // `systemDirectories` least important first; empty strings are ignored.
    void load(const QStringList &systemDirectories, const QString &profileDirectory);

    // Sorted by title.
    const QList<NoticeTemplate> &templates() const { return templates_; }
    std::optional<NoticeTemplate> find(const QString &id) const;
    const QList<Problem> &problems() const { return problems_; }

private:
    void loadFolder(const QString &folder, NoticeTemplate::Source source);

    QList<NoticeTemplate> templates_;
    QList<Problem> problems_;
};

}  // namespace workroom::notices
