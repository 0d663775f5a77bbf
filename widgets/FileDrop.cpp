#include "FileDrop.h"

#include <QMimeData>
#include <QUrl>

namespace workroom::widgets {

QStringList localPathsIn(const QMimeData *mime)
{
    QStringList paths;
    if (mime == nullptr || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile()) {
            return {};
        }
        paths.append(url.toLocalFile());
    }
    return paths;
}

}  // namespace workroom::widgets
