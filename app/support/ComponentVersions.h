#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace workroom::signing {
class CryptoRuntime;
}

namespace workroom::app {

// The product and the libraries underneath with the versions in use, for the About dialog and
// `workroomctl --version`: the first thing support asks for.
QList<std::pair<QString, QString>> componentVersions(const signing::CryptoRuntime &crypto);

}  // namespace workroom::app
