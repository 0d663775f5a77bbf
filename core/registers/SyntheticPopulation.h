#pragma once

#include "RegisterTypes.h"

#include <QList>

#include <memory>

namespace workroom::registers {

// A person as the register holds them (server side).
struct RegisteredPerson {
    quint32 id = 0;
    PersonRecord record;            // every data group filled
    bool informationBlock = false;  // Auskunftssperre (§ 51 BMG)
};

// A deterministic synthetic population of clearly fictitious people living in German towns:
// given and family names with umlauts and ß, birth names after marriage, dates and places of
// birth, current and previous addresses with move dates, some deaths, some information blocks,
// and a few namesakes (same name and date of birth) so that "not unique" happens. The same
// seed and size give the same people on every machine.
class SyntheticPopulation {
public:
    static constexpr quint64 defaultSeed = 0x5745524B524F4F4DULL;  // "WERKROOM"
    static constexpr int demoSize = 2000;
    static constexpr int testServerSize = 200000;

    static std::shared_ptr<const SyntheticPopulation> generate(int count,
                                                               quint64 seed = defaultSeed);

    const QList<RegisteredPerson> &persons() const { return persons_; }
    int size() const { return int(persons_.size()); }

private:
    SyntheticPopulation() = default;
    QList<RegisteredPerson> persons_;
};

}  // namespace workroom::registers
