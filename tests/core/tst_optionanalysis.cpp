#include "domain/optionanalysis.h"

#include <QTest>

using namespace Triplewin::Core;

Q_DECLARE_METATYPE(Triplewin::Core::DealOption)

namespace {

/// An option with these surpluses over the reference points 100,000 / 50,000 / 0 (cents); empty: not assessed.
DealOption option(const QString &name, std::optional<Money> you, std::optional<Money> customer,
                  std::optional<Money> theirs)
{
    DealOption result;
    result.name = name;
    const auto set = [&result](Party party, Money reference, std::optional<Money> surplus) {
        Assessment &assessment = result.assessment(party);
        assessment.referencePoint = reference;
        if (surplus)
            assessment.value = reference + *surplus;
    };
    set(Party::You, 100'000, you);
    set(Party::Customer, 50'000, customer);
    set(Party::CustomersCustomer, 0, theirs);
    return result;
}

} // namespace

/// Dominated options, below-walk-away marks, the best option for all and the value left on the table (issue 16):
/// the definitions the options table, the chart, the closing gate and the dashboard share.
class TestOptionAnalysis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void dominance_data()
    {
        QTest::addColumn<DealOption>("a");
        QTest::addColumn<DealOption>("b");
        QTest::addColumn<bool>("aDominatesB");
        QTest::addColumn<bool>("bDominatesA");
        const DealOption base = option(QStringLiteral("B"), 1000, 2000, 300);
        QTest::newRow("better for one, equal for two")
            << option(QStringLiteral("A"), 1001, 2000, 300) << base << true << false;
        QTest::newRow("better for all") << option(QStringLiteral("A"), 5000, 6000, 700) << base << true << false;
        QTest::newRow("equal for all: neither")
            << option(QStringLiteral("A"), 1000, 2000, 300) << base << false << false;
        QTest::newRow("a trade-off: neither") << option(QStringLiteral("A"), 5000, 1999, 300) << base << false << false;
        QTest::newRow("worse for one: the other dominates")
            << option(QStringLiteral("A"), 1000, 2000, 299) << base << false << true;
        QTest::newRow("one value unknown: no claim")
            << option(QStringLiteral("A"), 5000, 6000, std::nullopt) << base << false << false;
        QTest::newRow("negative surpluses compare too")
            << option(QStringLiteral("A"), -500, -20, 0) << option(QStringLiteral("B"), -600, -20, 0) << true << false;
    }
    void dominance()
    {
        QFETCH(DealOption, a);
        QFETCH(DealOption, b);
        QFETCH(bool, aDominatesB);
        QFETCH(bool, bDominatesA);
        QCOMPARE(dominates(a, b), aDominatesB);
        QCOMPARE(dominates(b, a), bDominatesA);
    }

    void surplusesNotValuesDecide()
    {
        // A has the higher value for you, but against a higher walk-away: B leaves you more above it.
        DealOption a = option(QStringLiteral("A"), 1000, 2000, 300);
        a.assessment(Party::You).value = 200'000;
        a.assessment(Party::You).referencePoint = 199'000;
        const DealOption b = option(QStringLiteral("B"), 1500, 2000, 300);
        QVERIFY(a.assessment(Party::You).value > b.assessment(Party::You).value);
        QVERIFY(dominates(b, a));
        QVERIFY(!dominates(a, b));
    }

    void dominatorIsTheStrongest()
    {
        const QList<DealOption> options{
            option(QStringLiteral("Weak"), 0, 0, 0), option(QStringLiteral("Better"), 10, 0, 0),
            option(QStringLiteral("Best"), 10, 50, 5), option(QStringLiteral("Odd"), -5000, 900, 0)};
        const QList<std::optional<int>> result = dominators(options);
        QCOMPARE(result.size(), 4);
        QCOMPARE(result.at(0), std::optional<int>(2)); // Better and Best both dominate Weak: Best is named
        QCOMPARE(result.at(1), std::optional<int>(2));
        QCOMPARE(result.at(2), std::nullopt);
        QCOMPARE(result.at(3), std::nullopt); // worse for you than any, better for the customer: a trade-off
        QCOMPARE(dominatedText(options, 0, result.at(0)),
                 QStringLiteral("Dominated by “Best”: as good for everyone, better for you, your customer, and "
                                "their customer"));
        QCOMPARE(dominatedText(options, 1, result.at(1)),
                 QStringLiteral("Dominated by “Best”: as good for everyone, better for your customer and their "
                                "customer"));
        QCOMPARE(dominatedText(options, 2, result.at(2)), QString());
        QCOMPARE(optionMarks(options, 0), QStringList{QStringLiteral("Dominated by 3")});
        QCOMPARE(optionMarks(options, 3), QStringList{QStringLiteral("Below walk-away")});
        QCOMPARE(optionWarnings(options, 3), QStringList{QStringLiteral("Below walk-away for you")});
        QCOMPARE(optionMarks(options, 2), QStringList());
        QCOMPARE(optionMarks(options, 9), QStringList());
    }

    void unnamedDominatorIsNamedByPosition()
    {
        const QList<DealOption> options{option(QString(), 10, 10, 10), option(QStringLiteral("Mine"), 0, 10, 10)};
        QCOMPARE(dominatedText(options, 1, dominators(options).at(1)),
                 QStringLiteral("Dominated by option 1: as good for everyone, better for you"));
    }

    void belowWalkAwayUsesTheToleranceBand()
    {
        // The band around 100,000 cents is 1,000 (1 %): 999 below is even, 1,001 below is a loss.
        QVERIFY(partiesBelowWalkAway(option(QStringLiteral("A"), -1000, 0, 0)).isEmpty());
        QCOMPARE(partiesBelowWalkAway(option(QStringLiteral("A"), -1001, 0, 0)), QList<Party>{Party::You});
        QCOMPARE(belowWalkAwayText(option(QStringLiteral("A"), -5000, -5000, 0)),
                 QStringLiteral("Below walk-away for you and your customer"));
        QCOMPARE(belowWalkAwayText(option(QStringLiteral("A"), 0, 0, -101)),
                 QStringLiteral("Below walk-away for their customer"));
        QCOMPARE(belowWalkAwayText(option(QStringLiteral("A"), std::nullopt, 0, 0)), QString());
    }

    void bestForAllSkipsLosersAndUnknowns()
    {
        const QList<DealOption> options{
            option(QStringLiteral("Big for us, customer loses"), 90'000, -40'000, 0), // sum 50,000, but a loss
            option(QStringLiteral("Unknown chain"), 30'000, 30'000, std::nullopt),
            option(QStringLiteral("Fair"), 10'000, 10'000, 500),         // sum 20,500
            option(QStringLiteral("Fairer"), 5'000, 15'000, 1'000),      // sum 21,000
            option(QStringLiteral("Fairer twin"), 6'000, 14'000, 1'000), // sum 21,000: first wins
        };
        QCOMPARE(bestForAll(options), std::optional<int>(3));
        QCOMPARE(bestForAll({options.at(0), options.at(1)}), std::nullopt);
        QCOMPARE(bestForAll({}), std::nullopt);
    }

    void valueLeftOnTablePerParty()
    {
        const QList<DealOption> options{option(QStringLiteral("Hard bargain"), 20'000, -9'000, 0),
                                        option(QStringLiteral("Fair"), 12'000, 8'000, 2'000),
                                        option(QStringLiteral("Unassessed"), std::nullopt, 0, 0)};
        const std::optional<ValueLeftOnTable> left = valueLeftOnTable(options, 0);
        QVERIFY(left);
        QCOMPARE(left->bestOption, 1);
        QCOMPARE(left->of(Party::You), Money(-8'000)); // you took 8,000 more than the fair option gives
        QCOMPARE(left->of(Party::Customer), Money(17'000));
        QCOMPARE(left->of(Party::CustomersCustomer), Money(2'000));
        QCOMPARE(left->total(), Money(11'000));

        const std::optional<ValueLeftOnTable> none = valueLeftOnTable(options, 1);
        QVERIFY(none);
        QCOMPARE(none->total(), Money(0));
        QCOMPARE(none->perParty, (std::array<Money, PartyCount>{0, 0, 0}));

        QCOMPARE(valueLeftOnTable(options, 2), std::nullopt); // the agreed option's values are not all known
        QCOMPARE(valueLeftOnTable(options, 3), std::nullopt);
        QCOMPARE(valueLeftOnTable({options.at(0)}, 0), std::nullopt); // no option where nobody loses
    }

    void valueLeftInWords()
    {
        QList<DealOption> options{option(QStringLiteral("Hard bargain"), 20'000, -9'000, 0),
                                  option(QStringLiteral("Fair"), 12'000, 8'000, 2'000)};
        options[0].id = 41;
        options[1].id = 42;
        QCOMPARE(valueLeftOnTableText(options, 41),
                 QStringLiteral("Value left on the table against “Fair”, the best option for all: you -80, your "
                                "customer 170, their customer 20; 110 in all (a negative figure: more than "
                                "that option gives)."));
        QCOMPARE(valueLeftOnTableText(options, 42),
                 QStringLiteral("It was the best option for all: no value left on the table."));
        QCOMPARE(valueLeftOnTableText(options, 43), QString());
        QCOMPARE(valueLeftOnTableText(options, 0), QString());
    }

    void closingConcernsAskForAReason()
    {
        const QList<DealOption> options{option(QStringLiteral("Fair"), 12'000, 8'000, 2'000),
                                        option(QStringLiteral("Squeeze"), 30'000, -9'000, 0),
                                        option(QStringLiteral("Give-away"), -9'000, 30'000, -500),
                                        option(QStringLiteral("Weaker fair"), 11'000, 8'000, 2'000),
                                        option(QStringLiteral("Chain pays"), 40'000, 40'000, -50'000)};
        QCOMPARE(closingConcerns(options, 0), QStringList());
        QCOMPARE(closingConcerns(options, 1),
                 QStringList{QStringLiteral("It leaves your customer below their best alternative.")});
        QCOMPARE(closingConcerns(options, 2), QStringList{QStringLiteral("It leaves you below your walk-away point.")});
        QCOMPARE(closingConcerns(options, 3),
                 QStringList{QStringLiteral("Dominated by “Fair”: as good for everyone, better for you.")});
        // Their customer below the status quo shows in the outcome, but does not stop a closing.
        QCOMPARE(closingConcerns(options, 4), QStringList());
        QCOMPARE(closingConcerns(options, 5), QStringList());
    }

    void largestAmountsDoNotOverflow()
    {
        const Money top = MaxAmount;
        DealOption a;
        DealOption b;
        for (Party party : AllParties) {
            a.assessment(party) = Assessment{top, -top, {}};
            b.assessment(party) = Assessment{-top, top, {}};
        }
        QVERIFY(dominates(a, b));
        const std::optional<ValueLeftOnTable> left = valueLeftOnTable({b, a}, 0);
        QVERIFY(left);
        QCOMPARE(left->bestOption, 1);
        QCOMPARE(left->of(Party::You), 4 * top);
        QCOMPARE(left->total(), 12 * top);
    }
};

QTEST_GUILESS_MAIN(TestOptionAnalysis)
#include "tst_optionanalysis.moc"
