#include "ColognePhonetics.h"

namespace workroom::registers {

namespace {

// Upper-case ASCII letters only: umlauts and ß folded, other diacritics removed, the rest
// (hyphens, spaces, apostrophes) dropped.
QByteArray phoneticLetters(QStringView word)
{
    QByteArray letters;
    letters.reserve(word.size());
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 128) {
            const char a = char(u);
            if (a >= 'a' && a <= 'z') {
                letters.append(char(a - 'a' + 'A'));
            } else if (a >= 'A' && a <= 'Z') {
                letters.append(a);
            }
            continue;
        }
        switch (u) {
        case u'ä':
        case u'Ä':
            letters.append('A');
            continue;
        case u'ö':
        case u'Ö':
            letters.append('O');
            continue;
        case u'ü':
        case u'Ü':
            letters.append('U');
            continue;
        case u'ß':
        case u'ẞ':
            letters.append('S');
            continue;
        default:
            break;
        }
        // é → e, ł stays out: decompose and keep the base letter if it is ASCII.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 128
            && decomposed.at(0).isLetter()) {
            letters.append(char(decomposed.at(0).toUpper().unicode()));
        }
    }
    return letters;
}

bool oneOf(char c, const char *set)
{
    for (; *set; ++set) {
        if (*set == c) {
            return true;
        }
    }
    return false;
}

}  // namespace

QString colognePhonetics(QStringView word)
{
    const QByteArray s = phoneticLetters(word);
    QByteArray raw;
    raw.reserve(s.size() * 2);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        const char prev = i > 0 ? s.at(i - 1) : '\0';
        const char next = i + 1 < s.size() ? s.at(i + 1) : '\0';
        switch (c) {
        case 'A':
        case 'E':
        case 'I':
        case 'J':
        case 'O':
        case 'U':
        case 'Y':
            raw.append('0');
            break;
        case 'H':
            break;
        case 'B':
            raw.append('1');
            break;
        case 'P':
            raw.append(next == 'H' ? '3' : '1');
            break;
        case 'D':
        case 'T':
            raw.append(oneOf(next, "CSZ") ? '8' : '2');
            break;
        case 'F':
        case 'V':
        case 'W':
            raw.append('3');
            break;
        case 'G':
        case 'K':
        case 'Q':
            raw.append('4');
            break;
        case 'C':
            if (i == 0) {
                raw.append(oneOf(next, "AHKLOQRUX") ? '4' : '8');
            } else if (oneOf(prev, "SZ")) {
                raw.append('8');
            } else {
                raw.append(oneOf(next, "AHKOQUX") ? '4' : '8');
            }
            break;
        case 'X':
            if (oneOf(prev, "CKQ")) {
                raw.append('8');
            } else {
                raw.append("48");
            }
            break;
        case 'L':
            raw.append('5');
            break;
        case 'M':
        case 'N':
            raw.append('6');
            break;
        case 'R':
            raw.append('7');
            break;
        case 'S':
        case 'Z':
            raw.append('8');
            break;
        default:
            break;
        }
    }
    QString code;
    code.reserve(raw.size());
    char last = '\0';
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char d = raw.at(i);
        if (d == last) {
            continue;
        }
        last = d;
        if (d != '0' || code.isEmpty()) {
            code.append(QLatin1Char(d));
        }
    }
    return code;
}

QString foldName(QStringView name)
{
    QString folded;
    folded.reserve(name.size() + 4);
    bool space = false;
    for (const QChar c : name) {
        char16_t u = c.toLower().unicode();
        if (u >= 128 && u != u'ä' && u != u'ö' && u != u'ü' && u != u'ß' && u != u'ẞ') {
            // é → e, ë → e (and then as any e): the base letter of a decomposed character.
            const QString decomposed = QString(QChar(u)).normalized(QString::NormalizationForm_D);
            if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 128) {
                u = decomposed.at(0).unicode();
            }
        }
        if (u == u' ' || u == u'-' || u == u'\t') {
            space = !folded.isEmpty();
            continue;
        }
        if (space) {
            folded.append(QLatin1Char(' '));
            space = false;
        }
        switch (u) {
        case u'ä':
            folded.append(QLatin1Char('a'));
            continue;
        case u'ö':
            folded.append(QLatin1Char('o'));
            continue;
        case u'ü':
            folded.append(QLatin1Char('u'));
            continue;
        case u'ß':
        case u'ẞ':
            folded.append(QLatin1StringView("ss"));
            continue;
        case u'e': {
            // ae, oe, ue are the ASCII spellings of ä, ö, ü.
            const QChar before = folded.isEmpty() ? QChar() : folded.back();
            if (before == QLatin1Char('a') || before == QLatin1Char('o')
                || before == QLatin1Char('u')) {
                continue;
            }
            folded.append(QLatin1Char('e'));
            continue;
        }
        default:
            break;
        }
        folded.append(QChar(u));
    }
    return folded;
}

}  // namespace workroom::registers
