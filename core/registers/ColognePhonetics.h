#pragma once

#include <QString>
#include <QStringView>

namespace workroom::registers {

// Kölner Phonetik (Postel 1969): a digit code for how a German name sounds, so that "Meier",
// "Mayer" and "Maier" meet. Umlauts and ß are folded first (ä → a, ß → s), so "Müller" and
// "Mueller", "Strauß" and "Strauss" get the same code.
QString colognePhonetics(QStringView word);

// The spelling-insensitive form for exact comparisons: lower case, ä/ae → a, ö/oe → o,
// ü/ue → u, ß → ss, diacritics and hyphens removed, spaces collapsed.
QString foldName(QStringView name);

}  // namespace workroom::registers
