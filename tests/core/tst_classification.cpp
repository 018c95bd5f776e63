#include "domain/classification.h"

#include <QTest>

using namespace Triplewin::Core;

Q_DECLARE_METATYPE(Triplewin::Core::Result)
Q_DECLARE_METATYPE(Triplewin::Core::Outcome)
Q_DECLARE_METATYPE(Triplewin::Core::DealOption)
Q_DECLARE_METATYPE(std::optional<Triplewin::Core::Money>)

namespace {

Assessment assessed(std::optional<Money> value, Money reference)
{
    Assessment assessment;
    assessment.value = value;
    assessment.referencePoint = reference;
    return assessment;
}

DealOption optionWith(std::optional<Money> you, std::optional<Money> customer, std::optional<Money> theirs)
{
    DealOption option;
    option.name = QStringLiteral("Option");
    option.assessment(Party::You) = assessed(you, 100'000);
    option.assessment(Party::Customer) = assessed(customer, 50'000);
    option.assessment(Party::CustomersCustomer) = assessed(theirs, 0);
    return option;
}

} // namespace

/// The tolerance band and the outcome names: the rules every screen and report of Triplewin rests on.
class TestClassification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bandFor_data();
    void bandFor();
    void classify_data();
    void classify();
    void surplus();
    void outcomeOf_data();
    void outcomeOf();
    void outcomeOfOption_data();
    void outcomeOfOption();
    void isWinWin();
    void namesInWords();
};

void TestClassification::bandFor_data()
{
    QTest::addColumn<Money>("reference");
    QTest::addColumn<Money>("band");

    QTest::newRow("reference 0: absolute floor") << Money(0) << Money(100);
    QTest::newRow("small reference: floor beats 1%") << Money(5'000) << Money(100);
    QTest::newRow("100.00: 1% equals the floor") << Money(10'000) << Money(100);
    QTest::newRow("100.99: 1% rounds down to the floor") << Money(10'099) << Money(100);
    QTest::newRow("101.00: 1% just above the floor") << Money(10'100) << Money(101);
    QTest::newRow("20,000.00: 1%") << Money(2'000'000) << Money(20'000);
    QTest::newRow("negative reference: 1% of its size") << Money(-500'000) << Money(5'000);
    QTest::newRow("MaxAmount: no overflow") << MaxAmount << MaxAmount / 100;
    QTest::newRow("-MaxAmount: no overflow") << -MaxAmount << MaxAmount / 100;
}

void TestClassification::bandFor()
{
    QFETCH(Money, reference);
    QFETCH(Money, band);
    QCOMPARE(Tolerance::bandFor(reference), band);
}

void TestClassification::classify_data()
{
    QTest::addColumn<std::optional<Money>>("value");
    QTest::addColumn<Money>("reference");
    QTest::addColumn<Result>("result");

    const auto row = [](const char *name, std::optional<Money> value, Money reference, Result result) {
        QTest::newRow(name) << value << reference << result;
    };

    // Reference 0 (their customer's usual status quo): the band is the absolute floor of 1.00.
    row("ref 0, value 0: even", 0, 0, Result::Even);
    row("ref 0, value +1.00: upper edge is even", 100, 0, Result::Even);
    row("ref 0, value +1.01: win", 101, 0, Result::Win);
    row("ref 0, value -1.00: lower edge is even", -100, 0, Result::Even);
    row("ref 0, value -1.01: lose", -101, 0, Result::Lose);
    row("ref 0, value +0.01: even", 1, 0, Result::Even);

    // Small reference: the floor still rules (1% of 50.00 would be 0.50).
    row("ref 50.00, value 51.00: edge is even", 5'100, 5'000, Result::Even);
    row("ref 50.00, value 51.01: win", 5'101, 5'000, Result::Win);
    row("ref 50.00, value 48.99: lose", 4'899, 5'000, Result::Lose);

    // Large references: 1% of 1,000,000.00 is 10,000.00.
    row("ref 1M, value +band: even", 100'000'000 + 1'000'000, 100'000'000, Result::Even);
    row("ref 1M, value +band+0.01: win", 100'000'000 + 1'000'001, 100'000'000, Result::Win);
    row("ref 1M, value -band: even", 100'000'000 - 1'000'000, 100'000'000, Result::Even);
    row("ref 1M, value -band-0.01: lose", 100'000'000 - 1'000'001, 100'000'000, Result::Lose);
    row("ref 2M, one cent short is not a loss", 200'000'000 - 1, 200'000'000, Result::Even);
    row("ref 2M, floor alone would call 2.00 short a loss", 200'000'000 - 200, 200'000'000, Result::Even);

    // Negative reference (a walk-away point that is itself a cost): band is 1% of its size.
    row("ref -5,000.00, value -4,950.00: edge is even", -495'000, -500'000, Result::Even);
    row("ref -5,000.00, value -4,949.99: win", -494'999, -500'000, Result::Win);
    row("ref -5,000.00, value -5,050.01: lose", -505'001, -500'000, Result::Lose);

    // The extremes of what can be stored.
    row("ref MaxAmount, value MaxAmount: even", MaxAmount, MaxAmount, Result::Even);
    row("ref -MaxAmount, value MaxAmount: win", MaxAmount, -MaxAmount, Result::Win);
    row("ref MaxAmount, value -MaxAmount: lose", -MaxAmount, MaxAmount, Result::Lose);

    // Not assessed: the reference point does not matter.
    row("unknown value, ref 0", std::nullopt, 0, Result::Unknown);
    row("unknown value, ref 1M", std::nullopt, 100'000'000, Result::Unknown);
}

void TestClassification::classify()
{
    QFETCH(std::optional<Money>, value);
    QFETCH(Money, reference);
    QFETCH(Result, result);
    QCOMPARE(Triplewin::Core::classify(assessed(value, reference)), result);
}

void TestClassification::surplus()
{
    QCOMPARE(Triplewin::Core::surplus(assessed(12'000, 10'000)), std::optional<Money>(2'000));
    QCOMPARE(Triplewin::Core::surplus(assessed(-500, 0)), std::optional<Money>(-500));
    QCOMPARE(Triplewin::Core::surplus(assessed(0, 0)), std::optional<Money>(0));
    QVERIFY(!Triplewin::Core::surplus(assessed(std::nullopt, 10'000)).has_value());
}

void TestClassification::outcomeOf_data()
{
    QTest::addColumn<Result>("you");
    QTest::addColumn<Result>("customer");
    QTest::addColumn<Result>("theirs");
    QTest::addColumn<Outcome>("outcome");

    const auto row = [](const char *name, Result you, Result customer, Result theirs, Outcome outcome) {
        QTest::newRow(name) << you << customer << theirs << outcome;
    };
    using R = Result;
    using O = Outcome;

    // win-win-win needs their customer to win; even or unknown for them leaves it win/win.
    row("win win win", R::Win, R::Win, R::Win, O::WinWinWin);
    row("win win even", R::Win, R::Win, R::Even, O::WinWin);
    row("win win lose", R::Win, R::Win, R::Lose, O::WinWin);
    row("win win, their customer unknown", R::Win, R::Win, R::Unknown, O::WinWin);
    row("even even win: even is not losing", R::Even, R::Even, R::Win, O::WinWinWin);
    row("even win win", R::Even, R::Win, R::Win, O::WinWinWin);
    row("win even win", R::Win, R::Even, R::Win, O::WinWinWin);
    row("even even even", R::Even, R::Even, R::Even, O::WinWin);
    row("even even, their customer unknown", R::Even, R::Even, R::Unknown, O::WinWin);

    // Only the customer loses: a hard bargain, whatever their customer gets.
    row("win lose", R::Win, R::Lose, R::Unknown, O::WinLose);
    row("even lose", R::Even, R::Lose, R::Unknown, O::WinLose);
    row("win lose, their customer wins", R::Win, R::Lose, R::Win, O::WinLose);

    // You lose: a concession, or nobody gains.
    row("lose win", R::Lose, R::Win, R::Unknown, O::LoseWin);
    row("lose even", R::Lose, R::Even, R::Unknown, O::LoseWin);
    row("lose win, their customer wins", R::Lose, R::Win, R::Win, O::LoseWin);
    row("lose lose", R::Lose, R::Lose, R::Unknown, O::LoseLose);
    row("lose lose, their customer wins", R::Lose, R::Lose, R::Win, O::LoseLose);

    // You or your customer not assessed: no outcome, even when the other side is known.
    row("you unknown", R::Unknown, R::Win, R::Win, O::Unknown);
    row("customer unknown", R::Win, R::Unknown, R::Win, O::Unknown);
    row("you unknown, customer loses", R::Unknown, R::Lose, R::Unknown, O::Unknown);
    row("you lose, customer unknown", R::Lose, R::Unknown, R::Unknown, O::Unknown);
    row("nobody assessed", R::Unknown, R::Unknown, R::Unknown, O::Unknown);
}

void TestClassification::outcomeOf()
{
    QFETCH(Result, you);
    QFETCH(Result, customer);
    QFETCH(Result, theirs);
    QFETCH(Outcome, outcome);
    QCOMPARE(Triplewin::Core::outcomeOf(you, customer, theirs), outcome);
}

void TestClassification::outcomeOfOption_data()
{
    // References: you 1,000.00, customer 500.00, their customer 0 (see optionWith).
    QTest::addColumn<DealOption>("option");
    QTest::addColumn<Outcome>("outcome");

    QTest::newRow("all above their bands") << optionWith(120'000, 60'000, 5'000) << Outcome::WinWinWin;
    QTest::newRow("their customer on the band edge") << optionWith(120'000, 60'000, 100) << Outcome::WinWin;
    QTest::newRow("their customer one cent above the band") << optionWith(120'000, 60'000, 101) << Outcome::WinWinWin;
    QTest::newRow("you exactly at walk-away point") << optionWith(100'000, 60'000, 5'000) << Outcome::WinWinWin;
    QTest::newRow("you one cent below the band") << optionWith(98'999, 60'000, 0) << Outcome::LoseWin;
    QTest::newRow("customer below best alternative") << optionWith(120'000, 40'000, 0) << Outcome::WinLose;
    QTest::newRow("both below") << optionWith(50'000, 40'000, 0) << Outcome::LoseLose;
    QTest::newRow("customer not assessed") << optionWith(120'000, std::nullopt, 5'000) << Outcome::Unknown;
    QTest::newRow("their customer not assessed") << optionWith(120'000, 60'000, std::nullopt) << Outcome::WinWin;
}

void TestClassification::outcomeOfOption()
{
    QFETCH(DealOption, option);
    QFETCH(Outcome, outcome);
    QCOMPARE(Triplewin::Core::outcomeOf(option), outcome);
}

void TestClassification::isWinWin()
{
    QVERIFY(Triplewin::Core::isWinWin(Outcome::WinWinWin));
    QVERIFY(Triplewin::Core::isWinWin(Outcome::WinWin));
    QVERIFY(!Triplewin::Core::isWinWin(Outcome::WinLose));
    QVERIFY(!Triplewin::Core::isWinWin(Outcome::LoseWin));
    QVERIFY(!Triplewin::Core::isWinWin(Outcome::LoseLose));
    QVERIFY(!Triplewin::Core::isWinWin(Outcome::Unknown));
}

void TestClassification::namesInWords()
{
    // Colour is never the only carrier of meaning: every result and outcome has a distinct name.
    QCOMPARE(resultName(Result::Win), QStringLiteral("win"));
    QCOMPARE(resultName(Result::Even), QStringLiteral("even"));
    QCOMPARE(resultName(Result::Lose), QStringLiteral("lose"));
    QCOMPARE(resultName(Result::Unknown), QStringLiteral("unknown"));
    QCOMPARE(outcomeName(Outcome::WinWinWin), QStringLiteral("win-win-win"));
    QCOMPARE(outcomeName(Outcome::WinWin), QStringLiteral("win/win"));
    QCOMPARE(outcomeName(Outcome::WinLose), QStringLiteral("win/lose"));
    QCOMPARE(outcomeName(Outcome::LoseWin), QStringLiteral("lose/win"));
    QCOMPARE(outcomeName(Outcome::LoseLose), QStringLiteral("lose/lose"));
    QCOMPARE(outcomeName(Outcome::Unknown), QStringLiteral("not assessed"));
    for (Outcome outcome : AllOutcomes)
        QVERIFY2(!outcomeExplanation(outcome).isEmpty(), qPrintable(outcomeName(outcome)));
}

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
