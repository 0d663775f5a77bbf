#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace workroom::casework {

// Writes a plain text-only PDF (Helvetica, A4, WinAnsi encoding so that ä, ö, ü and ß come
// through) without a GUI: the demo workroom and tests need real PDFs from a headless process,
// where QPdfWriter cannot run. The output has no time stamps, so it is the same every time.
class SimplePdf {
public:
    // One page a list of lines; the first line of each page is set as a heading.
    static QByteArray fromPages(const QString &title, const QList<QStringList> &pages);
};

}  // namespace workroom::casework
