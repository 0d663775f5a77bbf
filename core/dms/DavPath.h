#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace workroom::dms {

// Paths on the DMS are given relative to the client's base collection, '/'-separated and
// decoded (the names as people read them); a trailing '/' marks a collection. Only here are
// they turned into percent-encoded URLs and back, so that '#', '%', spaces and umlauts in case
// and file names can never change which resource a request reaches.
namespace DavPath {

// `base` with a path that ends in '/' (a collection).
QUrl normalizedBase(const QUrl &base);

// The percent-encoded form of `relativePath` (each segment encoded on its own, '/' kept).
QByteArray encode(const QString &relativePath);

// The absolute URL of `relativePath` below `base`.
QUrl resolve(const QUrl &base, const QString &relativePath);

// The decoded path of `href` (a path or an absolute URL as found in a multistatus answer)
// relative to `base`; empty for the base itself, nothing if the href lies outside it or on
// another server.
std::optional<QString> relativeTo(const QUrl &base, const QString &href);

// Whether `name` can be one segment of a path: not empty, not "." or "..", no '/', no control
// characters.
bool isValidName(const QString &name);

// The parent collection of `relativePath` ("a/b/c" → "a/b/", "a/b/" → "a/", "a" → "").
QString parentOf(const QString &relativePath);

}  // namespace DavPath

}  // namespace workroom::dms
