#pragma once

#include <QString>

#include <array>
#include <cstddef>

namespace workroom::casework {

// splitmix64: a tiny generator that gives the same numbers on every platform (std::
// distributions do not), so that generated demo and benchmark data are the same everywhere.
class SeededDice {
public:
    explicit SeededDice(quint64 seed) : state_(seed) {}

    quint64 next()
    {
        quint64 z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // 0 … n-1.
    int below(int n) { return int(next() % quint64(n)); }

    // One of the UTF-8 texts, as a QString.
    template <std::size_t N>
    QString pick(const std::array<const char *, N> &items)
    {
        return QString::fromUtf8(items[std::size_t(below(int(N)))]);
    }

private:
    quint64 state_;
};

}  // namespace workroom::casework
