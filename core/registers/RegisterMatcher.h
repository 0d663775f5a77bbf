#pragma once

#include "RegisterTypes.h"
#include "SyntheticPopulation.h"

#include <QHash>

#include <memory>

namespace workroom::registers {

// The service side of a query: finds the one person a search means, or says that it is not
// unique or that there is nobody. Family names (current or birth name) and given names match
// by Kölner Phonetik; the date of birth must be exact; a previous address matches by postal
// code, folded street and house number. Among several phonetic matches, a single one spelt
// the same (after folding ä/ae, ß/ss) wins. The answer never lists anyone else.
class RegisterMatcher {
public:
    explicit RegisterMatcher(std::shared_ptr<const SyntheticPopulation> population);

    struct Match {
        QueryOutcome outcome = QueryOutcome::NotFound;
        const RegisteredPerson *person = nullptr;  // with Found and Blocked
    };
    Match match(const SearchCriteria &criteria) const;

    // The data groups a query of `kind` may return about `person`.
    static PersonRecord disclose(const RegisteredPerson &person, QueryKind kind);

    const SyntheticPopulation &population() const { return *population_; }

private:
    std::shared_ptr<const SyntheticPopulation> population_;
    // Phonetic code of a family name (and of the birth name) → indices into persons().
    QHash<QString, QList<int>> byFamilyName_;
};

}  // namespace workroom::registers
