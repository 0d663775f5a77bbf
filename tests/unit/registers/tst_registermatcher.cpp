#include "ColognePhonetics.h"
#include "RegisterEngine.h"
#include "RegisterMatcher.h"
#include "SyntheticPopulation.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace workroom::registers;

namespace {

SearchCriteria criteriaFor(const PersonRecord &record)
{
    SearchCriteria criteria;
    criteria.familyName = record.familyName;
    criteria.givenNames = record.givenNames;
    criteria.birthDate = record.birthDate;
    return criteria;
}

// How many people share the folded name and date of birth of `record`.
int namesakes(const SyntheticPopulation &population, const PersonRecord &record)
{
    int count = 0;
    const QString family = colognePhonetics(record.familyName);
    for (const RegisteredPerson &other : population.persons()) {
        if (other.record.birthDate == record.birthDate
            && (colognePhonetics(other.record.familyName) == family
                || colognePhonetics(other.record.birthName) == family)) {
            ++count;
        }
    }
    return count;
}

QString asciiSpelling(QString name)
{
    name.replace(QStringLiteral("ä"), QStringLiteral("ae"));
    name.replace(QStringLiteral("ö"), QStringLiteral("oe"));
    name.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    name.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    return name;
}

}  // namespace

class TestRegisterMatcher : public QObject {
    Q_OBJECT

    std::shared_ptr<const SyntheticPopulation> large_;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        large_ = SyntheticPopulation::generate(SyntheticPopulation::testServerSize);
        const qint64 ms = timer.elapsed();
        qInfo("generated %d persons in %lld ms", large_->size(), ms);
        QCOMPARE(large_->size(), SyntheticPopulation::testServerSize);
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("generation took %1 ms").arg(ms)));
    }

    void deterministic()
    {
        const auto a = SyntheticPopulation::generate(3000, 42);
        const auto b = SyntheticPopulation::generate(3000, 42);
        const auto c = SyntheticPopulation::generate(3000, 43);
        QCOMPARE(a->size(), 3000);
        int differences = 0;
        for (int i = 0; i < 3000; ++i) {
            QCOMPARE(a->persons().at(i).record, b->persons().at(i).record);
            differences += a->persons().at(i).record == c->persons().at(i).record ? 0 : 1;
        }
        QVERIFY(differences > 2900);
    }

    void populationIsPlausible()
    {
        int umlauts = 0, sharpS = 0, married = 0, moved = 0, dead = 0, blocked = 0;
        for (const RegisteredPerson &person : large_->persons()) {
            const PersonRecord &r = person.record;
            QVERIFY(r.birthDate.isValid());
            QVERIFY(!r.familyName.isEmpty() && !r.givenNames.isEmpty() && !r.birthName.isEmpty());
            QCOMPARE(r.address.postalCode.size(), 5);
            const QString names = r.familyName + r.givenNames;
            umlauts += names.contains(QRegularExpression(QStringLiteral("[äöüÄÖÜ]"))) ? 1 : 0;
            sharpS += names.contains(QStringLiteral("ß")) ? 1 : 0;
            married += r.birthName != r.familyName ? 1 : 0;
            moved += r.previousAddresses.isEmpty() ? 0 : 1;
            for (const PreviousAddress &earlier : r.previousAddresses) {
                QVERIFY(earlier.movedIn < earlier.movedOut);
                QVERIFY(earlier.movedIn >= r.birthDate);
            }
            if (r.deathDate.isValid()) {
                ++dead;
                QVERIFY(r.deathDate > r.birthDate);
            }
            blocked += person.informationBlock ? 1 : 0;
        }
        const int n = large_->size();
        QVERIFY(umlauts > n / 10);
        QVERIFY(sharpS > n / 100);
        QVERIFY(married > n / 10);
        QVERIFY(moved > n / 3);
        QVERIFY(dead > n / 200);
        QVERIFY(blocked > n / 1000 && blocked < n / 50);
    }

    void outcomes()
    {
        const RegisterMatcher matcher(large_);
        int found = 0, notUnique = 0, blocked = 0;
        for (int i = 0; i < large_->size(); i += 97) {
            const RegisteredPerson &person = large_->persons().at(i);
            const RegisterMatcher::Match match = matcher.match(criteriaFor(person.record));
            const int alike = namesakes(*large_, person.record);
            if (match.outcome == QueryOutcome::NotUnique) {
                QVERIFY2(alike > 1, "not unique although only one person sounds like this");
                ++notUnique;
                continue;
            }
            QVERIFY(match.person);
            // Never somebody else: the one found has the date of birth and sounds alike.
            QCOMPARE(match.person->record.birthDate, person.record.birthDate);
            if (alike == 1) {
                QCOMPARE(match.person->id, person.id);
            }
            if (match.outcome == QueryOutcome::Blocked) {
                QVERIFY(match.person->informationBlock);
                ++blocked;
            } else {
                QCOMPARE(match.outcome, QueryOutcome::Found);
                ++found;
            }
        }
        QVERIFY(found > 1500);
        qInfo("found %d, not unique %d, blocked %d", found, notUnique, blocked);
    }

    void namesakesAreNotUnique()
    {
        const RegisterMatcher matcher(large_);
        int checked = 0;
        for (const RegisteredPerson &person : large_->persons()) {
            if (checked == 20) {
                break;
            }
            if (namesakes(*large_, person.record) < 2) {
                continue;
            }
            // Two people spelt exactly alike: neither may be named.
            int exact = 0;
            for (const RegisteredPerson &other : large_->persons()) {
                exact += other.record.birthDate == person.record.birthDate
                                 && other.record.familyName == person.record.familyName
                                 && other.record.givenNames == person.record.givenNames
                             ? 1
                             : 0;
            }
            if (exact < 2) {
                continue;
            }
            QCOMPARE(matcher.match(criteriaFor(person.record)).outcome, QueryOutcome::NotUnique);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void spellingTolerance()
    {
        const RegisterMatcher matcher(large_);
        int checked = 0;
        for (const RegisteredPerson &person : large_->persons()) {
            const QString ascii = asciiSpelling(person.record.familyName);
            if (ascii == person.record.familyName || person.informationBlock
                || namesakes(*large_, person.record) > 1) {
                continue;
            }
            SearchCriteria criteria = criteriaFor(person.record);
            criteria.familyName = ascii.toUpper();
            criteria.givenNames = asciiSpelling(person.record.givenNames.section(u' ', 0, 0));
            const RegisterMatcher::Match match = matcher.match(criteria);
            QCOMPARE(match.outcome, QueryOutcome::Found);
            QCOMPARE(match.person->id, person.id);
            if (++checked == 50) {
                break;
            }
        }
        QCOMPARE(checked, 50);
    }

    void wrongDateIsNotFound()
    {
        const RegisterMatcher matcher(large_);
        const PersonRecord &record = large_->persons().at(1234).record;
        SearchCriteria criteria = criteriaFor(record);
        criteria.birthDate = QDate(1850, 1, 1);
        QCOMPARE(matcher.match(criteria).outcome, QueryOutcome::NotFound);
        criteria = criteriaFor(record);
        criteria.familyName = QStringLiteral("Xylophonfabrikant");
        QCOMPARE(matcher.match(criteria).outcome, QueryOutcome::NotFound);
    }

    void byPreviousAddress()
    {
        const RegisterMatcher matcher(large_);
        int checked = 0;
        for (const RegisteredPerson &person : large_->persons()) {
            if (person.record.previousAddresses.isEmpty() || person.informationBlock) {
                continue;
            }
            SearchCriteria criteria;
            criteria.familyName = person.record.familyName;
            criteria.givenNames = person.record.givenNames;
            criteria.previousAddress = person.record.previousAddresses.first().address;
            const RegisterMatcher::Match match = matcher.match(criteria);
            if (match.outcome == QueryOutcome::Found) {
                QCOMPARE(match.person->id, person.id);
                ++checked;
            } else {
                QCOMPARE(match.outcome, QueryOutcome::NotUnique);
            }
            if (checked == 30) {
                break;
            }
        }
        QCOMPARE(checked, 30);
    }

    void disclosure()
    {
        const RegisteredPerson &person = large_->persons().at(7);
        const PersonRecord simple = RegisterMatcher::disclose(person, QueryKind::Simple);
        QCOMPARE(simple.familyName, person.record.familyName);
        QCOMPARE(simple.address, person.record.address);
        QVERIFY(!simple.birthDate.isValid());
        QVERIFY(simple.birthName.isEmpty());
        QVERIFY(simple.previousAddresses.isEmpty());
        QVERIFY(simple.birthPlace.isEmpty());
        const PersonRecord full = RegisterMatcher::disclose(person, QueryKind::Authority);
        QCOMPARE(full.birthDate, person.record.birthDate);
        QCOMPARE(full.previousAddresses, person.record.previousAddresses);
    }

    void engineExpiresJobsAfterEightDays()
    {
        QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        RegisterEngine engine(SyntheticPopulation::generate(500), QStringLiteral("t"),
                              [&now] { return now; });
        BulkSubmission submission;
        submission.purpose = QStringLiteral("p");
        submission.caseReference = QStringLiteral("c");
        submission.clientRequestId = QStringLiteral("r1");
        for (int i = 0; i < 10; ++i) {
            BulkRow row;
            row.reference = QString::number(i);
            row.criteria = criteriaFor(engine.matcher().population().persons().at(i).record);
            submission.rows.append(row);
        }
        const auto job = engine.submit(submission, QStringLiteral("me"));
        QVERIFY(job);
        QCOMPARE(engine.submit(submission, QStringLiteral("me"))->jobId, job->jobId);
        QCOMPARE(engine.status(job->jobId, QStringLiteral("other")).error().code,
                 RegisterErrorCode::NotFound);
        QCOMPARE(engine.result(job->jobId, QStringLiteral("me")).error().code,
                 RegisterErrorCode::NotReady);
        QCOMPARE(engine.process(4), 4);
        QCOMPARE(engine.status(job->jobId, QStringLiteral("me"))->processed, 4);
        engine.process(100);
        QCOMPARE(engine.result(job->jobId, QStringLiteral("me"))->rows.size(), 10);
        now = now.addDays(8).addSecs(-1);
        QVERIFY(engine.result(job->jobId, QStringLiteral("me")));
        now = now.addSecs(1);
        QCOMPARE(engine.result(job->jobId, QStringLiteral("me")).error().code,
                 RegisterErrorCode::Expired);
        engine.purgeExpired();
        QCOMPARE(engine.status(job->jobId, QStringLiteral("me")).error().code,
                 RegisterErrorCode::Expired);
    }
};

QTEST_APPLESS_MAIN(TestRegisterMatcher)
#include "tst_registermatcher.moc"
