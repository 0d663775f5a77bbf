#pragma once

#include <QSizeF>
#include <QTransform>

namespace workroom::widgets {

// From points of a page of `size` to points of that page turned clockwise by `degrees` (0, 90,
// 180 or 270), with the turned page's top left at the origin again. Serves both the user's
// rotation in the view and a page's own /Rotate under the form overlay.
inline QTransform turnedClockwise(int degrees, QSizeF size)
{
    switch (degrees) {
    case 90:
        return QTransform(0, 1, -1, 0, size.height(), 0);
    case 180:
        return QTransform(-1, 0, 0, -1, size.width(), size.height());
    case 270:
        return QTransform(0, -1, 1, 0, 0, size.width());
    default:
        return {};
    }
}

}  // namespace workroom::widgets
