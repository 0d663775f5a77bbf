#pragma once

#include <QStringList>

class QMimeData;

namespace workroom::widgets {

// The local files and folders in a drag, in the order given; empty when the drag carries
// anything else (text, web links), so that only file drags are accepted.
QStringList localPathsIn(const QMimeData *mime);

}  // namespace workroom::widgets
