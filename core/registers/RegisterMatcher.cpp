#include "RegisterMatcher.h"

#include "ColognePhonetics.h"

namespace workroom::registers {

namespace {

QStringList words(const QString &names)
{
    return names.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The sought given names match when the first one sounds like one of the person's.
bool givenNamesMatch(const QString &sought, const QString &registered)
{
    const QStringList soughtWords = words(sought);
    if (soughtWords.isEmpty()) {
        return false;
    }
    const QString first = colognePhonetics(soughtWords.first());
    for (const QString &name : words(registered)) {
        if (colognePhonetics(name) == first) {
            return true;
        }
    }
    return false;
}

bool addressMatches(const Address &sought, const Address &registered)
{
    if (!sought.postalCode.trimmed().isEmpty()
        && sought.postalCode.trimmed() != registered.postalCode) {
        return false;
    }
    if (sought.postalCode.trimmed().isEmpty()
        && foldName(sought.city) != foldName(registered.city)) {
        return false;
    }
    // "Hauptstr." and "Hauptstraße" are the same street.
    const auto street = [](const QString &text) {
        QString folded = foldName(text);
        if (folded.endsWith(QLatin1StringView("str."))) {
            folded.chop(1);
            folded += QLatin1StringView("asse");
        }
        return folded;
    };
    if (street(sought.street) != street(registered.street)) {
        return false;
    }
    return sought.houseNumber.trimmed().isEmpty()
           || foldName(sought.houseNumber) == foldName(registered.houseNumber);
}

bool matches(const SearchCriteria &criteria, const RegisteredPerson &person)
{
    const PersonRecord &record = person.record;
    if (criteria.birthDate && *criteria.birthDate != record.birthDate) {
        return false;
    }
    if (!givenNamesMatch(criteria.givenNames, record.givenNames)) {
        return false;
    }
    if (criteria.previousAddress && !criteria.previousAddress->isEmpty()) {
        bool lived = false;
        for (const PreviousAddress &earlier : record.previousAddresses) {
            if (addressMatches(*criteria.previousAddress, earlier.address)) {
                lived = true;
                break;
            }
        }
        if (!lived) {
            return false;
        }
    }
    return true;
}

}  // namespace

RegisterMatcher::RegisterMatcher(std::shared_ptr<const SyntheticPopulation> population)
    : population_(std::move(population))
{
    const QList<RegisteredPerson> &persons = population_->persons();
    byFamilyName_.reserve(persons.size() / 8);
    for (int i = 0; i < persons.size(); ++i) {
        const PersonRecord &record = persons.at(i).record;
        const QString code = colognePhonetics(record.familyName);
        byFamilyName_[code].append(i);
        if (!record.birthName.isEmpty()) {
            const QString birthCode = colognePhonetics(record.birthName);
            if (birthCode != code) {
                byFamilyName_[birthCode].append(i);
            }
        }
    }
}

RegisterMatcher::Match RegisterMatcher::match(const SearchCriteria &criteria) const
{
    const QList<RegisteredPerson> &persons = population_->persons();
    const auto bucket = byFamilyName_.constFind(colognePhonetics(criteria.familyName));
    if (bucket == byFamilyName_.cend()) {
        return {};
    }
    QList<int> candidates;
    for (const int index : *bucket) {
        if (matches(criteria, persons.at(index))) {
            candidates.append(index);
        }
    }
    if (candidates.size() > 1) {
        // Several sound alike: one spelt exactly as sought (family or birth name, and the given
        // names) is the one meant.
        const QString family = foldName(criteria.familyName);
        const QString given = foldName(criteria.givenNames);
        QList<int> exact;
        for (const int index : candidates) {
            const PersonRecord &record = persons.at(index).record;
            if ((foldName(record.familyName) == family || foldName(record.birthName) == family)
                && foldName(record.givenNames).startsWith(given)) {
                exact.append(index);
            }
        }
        if (exact.size() != 1) {
            return {QueryOutcome::NotUnique, nullptr};
        }
        candidates = exact;
    }
    if (candidates.isEmpty()) {
        return {};
    }
    const RegisteredPerson &person = persons.at(candidates.first());
    return {person.informationBlock ? QueryOutcome::Blocked : QueryOutcome::Found, &person};
}

PersonRecord RegisterMatcher::disclose(const RegisteredPerson &person, QueryKind kind)
{
    if (kind == QueryKind::Authority) {
        PersonRecord all = person.record;
        all.deceased = person.record.deathDate.isValid();
        return all;
    }
    PersonRecord simple;
    simple.familyName = person.record.familyName;
    simple.givenNames = person.record.givenNames;
    simple.doctoralDegree = person.record.doctoralDegree;
    simple.address = person.record.address;
    simple.deceased = person.record.deathDate.isValid();
    return simple;
}

}  // namespace workroom::registers
