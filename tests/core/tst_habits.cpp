#include "coaching/habits.h"

#include <QTest>

using namespace Triplewin::Core;

Q_DECLARE_METATYPE(Triplewin::Core::HabitThresholds)
Q_DECLARE_METATYPE(Triplewin::Core::Outcome)
Q_DECLARE_METATYPE(Triplewin::Core::HabitKind)

namespace {

/// The newest deal in a history ends at this time; each older one a day earlier.
const QDateTime Newest(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

/// Ids are 101, 102, ... from the newest deal on, so "position 0" is deal 101.
qint64 idAt(qsizetype position)
{
    return 101 + position;
}

QDateTime endedAtPosition(qsizetype position)
{
    return Newest.addDays(-position);
}

/// Builds a salesperson's history, newest first, from words such as
/// "lose_win win_win:unknown walked_away": an outcome key ("win_win_win", "win_win", "win_lose", "lose_win",
/// "lose_lose", "unknown") or "walked_away", optionally followed by ":<their customer's result>" ("win", "even",
/// "lose", "unknown"). Without a suffix their customer wins under win-win-win, breaks even under any other
/// outcome, and is unknown for a walk-away (as storage reports it).
QList<EndedDeal> history(const QString &words)
{
    QList<EndedDeal> deals;
    const QStringList tokens = words.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // "+N" at the end: N concessions given with nothing received in return.
        QString token = tokens.at(i);
        EndedDeal deal;
        if (const qsizetype plus = token.indexOf(u'+'); plus >= 0) {
            deal.unreciprocated = token.mid(plus + 1).toInt();
            token.truncate(plus);
        }
        const QStringList parts = token.split(u':');
        deal.id = idAt(i);
        deal.title = QStringLiteral("Deal %1").arg(deal.id);
        deal.customer = QStringLiteral("Customer %1").arg(deal.id);
        deal.salesperson = QStringLiteral("Dana");
        deal.endedAt = endedAtPosition(i);
        if (parts.first() == QStringLiteral("walked_away")) {
            deal.walkedAway = true;
            deal.customersCustomer = Result::Unknown;
        } else {
            const std::optional<Outcome> outcome = outcomeFromKey(parts.first());
            if (!outcome)
                qFatal("bad outcome word in test history: %s", qPrintable(parts.first()));
            deal.outcome = *outcome;
            deal.customersCustomer = *outcome == Outcome::WinWinWin ? Result::Win : Result::Even;
        }
        if (parts.size() > 1) {
            const std::optional<Result> chain = resultFromKey(parts.at(1));
            if (!chain)
                qFatal("bad result word in test history: %s", qPrintable(parts.at(1)));
            deal.customersCustomer = *chain;
        }
        deals << deal;
    }
    return deals;
}

HabitThresholds thresholds(int window = 5, int concessionMin = 2, int hardBargainMin = 2, int chainPercent = 50,
                           int neverWalksAwayLosses = 3)
{
    HabitThresholds result;
    result.window = window;
    result.concessionMin = concessionMin;
    result.hardBargainMin = hardBargainMin;
    result.chainBlindSpotPercent = chainPercent;
    result.neverWalksAwayLosses = neverWalksAwayLosses;
    return result;
}

/// Positions in the history (0 = newest) of the deals expected as a flag's evidence; empty: no flag.
using Positions = QList<qsizetype>;

const HabitFlag *findFlag(const QList<HabitFlag> &flags, HabitKind kind)
{
    const HabitFlag *found = nullptr;
    for (const HabitFlag &flag : flags) {
        if (flag.kind == kind) {
            if (found)
                qFatal("flag kind %d reported twice", int(kind));
            found = &flag;
        }
    }
    return found;
}

QString kindName(HabitKind kind)
{
    switch (kind) {
    case HabitKind::Concession:
        return QStringLiteral("concession");
    case HabitKind::HardBargain:
        return QStringLiteral("hard bargain");
    case HabitKind::ChainBlindSpot:
        return QStringLiteral("chain blind spot");
    case HabitKind::NeverWalksAway:
        return QStringLiteral("never walks away");
    case HabitKind::Unreciprocated:
        return QStringLiteral("gives without getting");
    }
    return {};
}

} // namespace

/// The habit rules (pure): which histories flag which habit, and with what evidence.
class TestHabits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectHabits_data();
    void detectHabits();
    void unreciprocatedConcessions_data();
    void unreciprocatedConcessions();
    void flagTextsForEveryKind_data();
    void flagTextsForEveryKind();
    void customerCameOffWorse_data();
    void customerCameOffWorse();
    void customerWarningNamesTheDeal();
    void sanitizedClamps_data();
    void sanitizedClamps();

private:
    static void checkFlag(const QList<HabitFlag> &flags, HabitKind kind, const Positions &expected, int outOf);
};

void TestHabits::detectHabits_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<HabitThresholds>("thresholds");
    QTest::addColumn<Positions>("concession");
    QTest::addColumn<Positions>("hardBargain");
    QTest::addColumn<Positions>("chainBlindSpot");
    QTest::addColumn<Positions>("neverWalksAway");
    QTest::addColumn<int>("looked");       // outOf of the concession, hard-bargain and never-walks-away flags
    QTest::addColumn<int>("closedLooked"); // outOf of the chain blind spot: closed, not walked-away, deals

    const Positions none;

    QTest::newRow("empty history: no flags") << QString() << thresholds() << none << none << none << none << 0 << 0;
    QTest::newRow("all win-win-win: no flags") << QStringLiteral("win_win_win win_win_win win_win_win win_win_win")
                                               << thresholds() << none << none << none << none << 4 << 4;

    // 1. Concession habit: lose/win in at least 2 of the last 5.
    QTest::newRow("concession: exactly 2 of last 5")
        << QStringLiteral("lose_win win_win lose_win win_win win_win") << thresholds() << Positions{0, 2} << none
        << none << none << 5 << 5;
    QTest::newRow("concession: 1 of last 5 is no habit") << QStringLiteral("win_win lose_win win_win win_win win_win")
                                                         << thresholds() << none << none << none << none << 5 << 5;
    QTest::newRow("concession: second lose/win is older than the window")
        << QStringLiteral("lose_win win_win win_win win_win win_win lose_win") << thresholds() << none << none << none
        << none << 5 << 5;
    QTest::newRow("concession: 2 of only 2 ended deals")
        << QStringLiteral("lose_win lose_win") << thresholds() << Positions{0, 1} << none << none << none << 2 << 2;

    // 2. Hard-bargain habit: win/lose in at least 2 of the last 5.
    QTest::newRow("hard bargain: exactly 2 of last 5")
        << QStringLiteral("win_lose win_win win_win win_lose win_win") << thresholds() << none << Positions{0, 3}
        << none << none << 5 << 5;
    QTest::newRow("hard bargain: 1 of last 5 is no habit") << QStringLiteral("win_win win_lose win_win win_win win_win")
                                                           << thresholds() << none << none << none << none << 5 << 5;
    QTest::newRow("hard bargain: older win/loses beyond the window")
        << QStringLiteral("win_lose win_win win_win win_win win_win win_lose win_lose") << thresholds() << none << none
        << none << none << 5 << 5;
    QTest::newRow("concession and hard bargain side by side")
        << QStringLiteral("lose_win win_lose lose_win win_lose win_win") << thresholds() << Positions{0, 2}
        << Positions{1, 3} << none << none << 5 << 5;

    // 4. Chain blind spot: at least half of the closed deals, and at least two, with their customer unassessed
    //    or at a loss.
    QTest::newRow("chain: exactly half (2 of 4)") << QStringLiteral("win_win:unknown win_win win_win:lose win_win")
                                                  << thresholds() << none << none << Positions{0, 2} << none << 4 << 4;
    QTest::newRow("chain: just under half (2 of 5)")
        << QStringLiteral("win_win:unknown win_win win_win:lose win_win win_win") << thresholds() << none << none
        << none << none << 5 << 5;
    QTest::newRow("chain: one deal of one is below the two-deal minimum")
        << QStringLiteral("win_win:unknown") << thresholds() << none << none << none << none << 1 << 1;
    QTest::newRow("chain: two deals of two meet the minimum")
        << QStringLiteral("win_win:lose lose_win:unknown") << thresholds() << none << none << Positions{0, 1} << none
        << 2 << 2;
    QTest::newRow("chain: unknown outcome and unknown customer's customer count as gaps")
        << QStringLiteral("unknown:unknown win_win unknown:unknown win_win") << thresholds() << none << none
        << Positions{0, 2} << none << 4 << 4;
    QTest::newRow("chain: walk-aways are neither gaps nor counted as closed")
        << QStringLiteral("walked_away walked_away walked_away win_win:unknown win_win") << thresholds() << none << none
        << none << none << 5 << 2;
    QTest::newRow("chain: only closed deals are the base (2 of 2 after walk-aways)")
        << QStringLiteral("walked_away walked_away win_win:unknown walked_away win_win:lose") << thresholds() << none
        << none << Positions{2, 4} << none << 5 << 2;
    QTest::newRow("chain: a gap older than the window does not count")
        << QStringLiteral("win_win:unknown win_win win_win win_win win_win win_win:lose") << thresholds() << none
        << none << none << none << 5 << 5;

    // 5. Never walks away: at least 3 deals you lost and no walk-away in the window.
    QTest::newRow("never walks away: 3 losses, no walk-away")
        << QStringLiteral("lose_win win_win lose_lose win_win lose_lose") << thresholds() << none << none << none
        << Positions{0, 2, 4} << 5 << 5;
    QTest::newRow("never walks away: 3 losses and one walk-away")
        << QStringLiteral("lose_win walked_away lose_lose win_win lose_lose") << thresholds() << none << none << none
        << none << 5 << 4;
    QTest::newRow("never walks away: 2 losses are not enough")
        << QStringLiteral("lose_lose win_win lose_lose win_win win_win") << thresholds() << none << none << none << none
        << 5 << 5;
    QTest::newRow("never walks away: a walk-away older than the window does not help")
        << QStringLiteral("lose_lose lose_lose lose_lose win_win win_win walked_away") << thresholds() << none << none
        << none << Positions{0, 1, 2} << 5 << 5;
    QTest::newRow("walk-aways only: never a loss, no flag")
        << QStringLiteral("walked_away walked_away walked_away walked_away walked_away") << thresholds() << none << none
        << none << none << 5 << 0;
    QTest::newRow("unknown outcomes are not losses") << QStringLiteral("unknown unknown unknown win_win win_win")
                                                     << thresholds() << none << none << none << none << 5 << 5;
    QTest::newRow("several flags at once")
        << QStringLiteral("lose_win:unknown lose_lose:lose lose_win:unknown win_lose win_win") << thresholds()
        << Positions{0, 2} << none << Positions{0, 1, 2} << Positions{0, 1, 2} << 5 << 5;

    // Custom thresholds.
    QTest::newRow("window 3: lose/wins older than 3 deals do not count")
        << QStringLiteral("lose_win win_win win_win lose_win lose_win") << thresholds(3) << none << none << none << none
        << 3 << 3;
    QTest::newRow("window 3: 2 of last 3") << QStringLiteral("lose_win win_win lose_win win_win") << thresholds(3)
                                           << Positions{0, 2} << none << none << none << 3 << 3;
    QTest::newRow("concession minimum 1: a single lose/win")
        << QStringLiteral("win_win lose_win win_win win_win win_win") << thresholds(5, 1) << Positions{1} << none
        << none << none << 5 << 5;
    QTest::newRow("hard-bargain minimum 3: 2 are not enough")
        << QStringLiteral("win_lose win_lose win_win win_win win_win") << thresholds(5, 2, 3) << none << none << none
        << none << 5 << 5;
    QTest::newRow("chain 60%: exactly 3 of 5")
        << QStringLiteral("win_win:unknown win_win:lose win_win:unknown win_win win_win") << thresholds(5, 2, 2, 60)
        << none << none << Positions{0, 1, 2} << none << 5 << 5;
    QTest::newRow("chain 61%: 3 of 5 just misses")
        << QStringLiteral("win_win:unknown win_win:lose win_win:unknown win_win win_win") << thresholds(5, 2, 2, 61)
        << none << none << none << none << 5 << 5;
    QTest::newRow("never walks away at 2 losses")
        << QStringLiteral("lose_lose lose_win win_win") << thresholds(5, 2, 2, 50, 2) << none << none << none
        << Positions{0, 1} << 3 << 3;
    // Every count is clamped to the window of 1, so the newest lose/win alone is a concession and a loss.
    QTest::newRow("window 0 is sanitized to 1 (and the minimums to 1)")
        << QStringLiteral("lose_win lose_win") << thresholds(0, 5) << Positions{0} << none << none << Positions{0} << 1
        << 1;
}

void TestHabits::checkFlag(const QList<HabitFlag> &flags, HabitKind kind, const Positions &expected, int outOf)
{
    const HabitFlag *flag = findFlag(flags, kind);
    if (expected.isEmpty()) {
        QVERIFY2(!flag, qPrintable(QStringLiteral("unexpected %1 flag").arg(kindName(kind))));
        return;
    }
    QVERIFY2(flag, qPrintable(QStringLiteral("missing %1 flag").arg(kindName(kind))));

    QList<qint64> expectedIds;
    for (qsizetype position : expected)
        expectedIds << idAt(position);
    QList<qint64> ids;
    for (const EndedDeal &deal : flag->evidence)
        ids << deal.id;
    QCOMPARE(ids, expectedIds); // newest first
    QCOMPARE(flag->count, int(expected.size()));
    QCOMPARE(flag->outOf, outOf);
    QCOMPARE(flag->since, endedAtPosition(expected.constLast()));
    QCOMPARE(flag->ratio(), double(expected.size()) / outOf);

    QVERIFY(!flag->title().isEmpty());
    QVERIFY(!flag->explanation().isEmpty());
    const QString strength = flag->strength();
    QVERIFY2(strength.contains(QString::number(flag->count)), qPrintable(strength));
    QVERIFY2(strength.contains(QString::number(flag->outOf)), qPrintable(strength));
}

void TestHabits::detectHabits()
{
    QFETCH(QString, history);
    QFETCH(HabitThresholds, thresholds);
    QFETCH(Positions, concession);
    QFETCH(Positions, hardBargain);
    QFETCH(Positions, chainBlindSpot);
    QFETCH(Positions, neverWalksAway);
    QFETCH(int, looked);
    QFETCH(int, closedLooked);

    const QList<EndedDeal> deals = ::history(history);
    const QList<HabitFlag> flags = Triplewin::Core::detectHabits(deals, thresholds);
    const int expectedCount = int(!concession.isEmpty()) + int(!hardBargain.isEmpty()) +
                              int(!chainBlindSpot.isEmpty()) + int(!neverWalksAway.isEmpty());
    QCOMPARE(flags.size(), expectedCount);

    checkFlag(flags, HabitKind::Concession, concession, looked);
    if (QTest::currentTestFailed())
        return;
    checkFlag(flags, HabitKind::HardBargain, hardBargain, looked);
    if (QTest::currentTestFailed())
        return;
    checkFlag(flags, HabitKind::ChainBlindSpot, chainBlindSpot, closedLooked);
    if (QTest::currentTestFailed())
        return;
    checkFlag(flags, HabitKind::NeverWalksAway, neverWalksAway, looked);
    if (QTest::currentTestFailed())
        return;

    // Pure: the same input gives the same flags.
    const QList<HabitFlag> again = Triplewin::Core::detectHabits(deals, thresholds);
    QCOMPARE(again.size(), flags.size());
    for (qsizetype i = 0; i < flags.size(); ++i) {
        QCOMPARE(again.at(i).kind, flags.at(i).kind);
        QCOMPARE(again.at(i).count, flags.at(i).count);
    }
}

void TestHabits::unreciprocatedConcessions_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<Positions>("evidence"); // empty: no flag
    QTest::addColumn<int>("concessions");

    QTest::newRow("none given for nothing") << "win_win win_win win_win" << 3 << Positions{} << 0;
    QTest::newRow("two, one short") << "win_win+1 win_win win_win+1" << 3 << Positions{} << 0;
    QTest::newRow("three across two deals") << "win_win+1 win_win win_win+2" << 3 << Positions{0, 2} << 3;
    QTest::newRow("three in one deal") << "win_win win_win+3" << 3 << Positions{1} << 3;
    // A walk-away's ledger counts too: the concessions were given all the same.
    QTest::newRow("walk-aways count") << "walked_away+2 win_lose+1" << 3 << Positions{0, 1} << 3;
    // Only the window's five deals are looked at.
    QTest::newRow("outside the window") << "win_win win_win win_win win_win win_win+1 win_win+5" << 3 << Positions{}
                                        << 0;
    QTest::newRow("lower threshold") << "win_win win_win+1" << 1 << Positions{1} << 1;
    QTest::newRow("higher threshold") << "win_win+2 win_win+2" << 5 << Positions{} << 0;
}

void TestHabits::unreciprocatedConcessions()
{
    QFETCH(QString, history);
    QFETCH(int, minimum);
    QFETCH(Positions, evidence);
    QFETCH(int, concessions);

    HabitThresholds limits = thresholds();
    limits.unreciprocatedMin = minimum;
    const QList<HabitFlag> flags = Triplewin::Core::detectHabits(::history(history), limits);
    checkFlag(flags, HabitKind::Unreciprocated, evidence, int(std::min<qsizetype>(::history(history).size(), 5)));
    if (QTest::currentTestFailed() || evidence.isEmpty())
        return;
    // The explanation says how many concessions, in words for the salesperson and about them for a manager.
    const HabitFlag *flag = findFlag(flags, HabitKind::Unreciprocated);
    QVERIFY2(flag->explanation().contains(QStringLiteral("You gave %1 concession").arg(concessions)),
             qPrintable(flag->explanation()));
    QVERIFY2(flag->explanation(QStringLiteral("Dana"))
                 .startsWith(QStringLiteral("Dana gave %1 concession").arg(concessions)),
             qPrintable(flag->explanation(QStringLiteral("Dana"))));
    QCOMPARE(habitKey(HabitKind::Unreciprocated), QStringLiteral("unreciprocated_concessions"));
}

void TestHabits::flagTextsForEveryKind_data()
{
    QTest::addColumn<HabitKind>("kind");
    QTest::newRow("concession") << HabitKind::Concession;
    QTest::newRow("hard bargain") << HabitKind::HardBargain;
    QTest::newRow("chain blind spot") << HabitKind::ChainBlindSpot;
    QTest::newRow("never walks away") << HabitKind::NeverWalksAway;
    QTest::newRow("gives without getting") << HabitKind::Unreciprocated;
}

void TestHabits::flagTextsForEveryKind()
{
    QFETCH(HabitKind, kind);
    HabitFlag flag;
    flag.kind = kind;
    flag.count = 3;
    flag.outOf = 7;
    QVERIFY(!flag.title().isEmpty());
    QVERIFY(flag.explanation().size() > flag.title().size());
    QVERIFY2(flag.strength().contains(u'3') && flag.strength().contains(u'7'), qPrintable(flag.strength()));

    // Each kind has its own title and explanation.
    for (HabitKind other : AllHabitKinds) {
        if (other == kind)
            continue;
        HabitFlag otherFlag;
        otherFlag.kind = other;
        QVERIFY(otherFlag.title() != flag.title());
        QVERIFY(otherFlag.explanation() != flag.explanation());
    }
}

void TestHabits::customerCameOffWorse_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("walkedAway");
    QTest::addColumn<bool>("cameOffWorse");

    QTest::newRow("win-win-win") << Outcome::WinWinWin << false << false;
    QTest::newRow("win/win") << Outcome::WinWin << false << false;
    QTest::newRow("win/lose") << Outcome::WinLose << false << true;
    QTest::newRow("lose/win") << Outcome::LoseWin << false << false;
    QTest::newRow("lose/lose") << Outcome::LoseLose << false << true;
    QTest::newRow("not assessed") << Outcome::Unknown << false << false;
    QTest::newRow("walked away") << Outcome::Unknown << true << false;
    QTest::newRow("walked away, stale win/lose outcome ignored") << Outcome::WinLose << true << false;
}

void TestHabits::customerCameOffWorse()
{
    QFETCH(Outcome, outcome);
    QFETCH(bool, walkedAway);
    QFETCH(bool, cameOffWorse);

    EndedDeal deal;
    deal.id = 7;
    deal.customer = QStringLiteral("Acme");
    deal.outcome = outcome;
    deal.walkedAway = walkedAway;
    QCOMPARE(Triplewin::Core::customerCameOffWorse(deal), cameOffWorse);
}

void TestHabits::customerWarningNamesTheDeal()
{
    EndedDeal deal;
    deal.id = 7;
    deal.title = QStringLiteral("Fleet renewal");
    deal.customer = QStringLiteral("Acme Logistics");
    deal.salesperson = QStringLiteral("Dana");
    deal.endedAt = QDateTime(QDate(2026, 10, 3), QTime(9, 0), Qt::UTC);
    deal.outcome = Outcome::WinLose;
    const QString warning = customerWarning(deal);
    QVERIFY2(warning.contains(deal.title), qPrintable(warning));
    QVERIFY2(warning.contains(deal.customer), qPrintable(warning));
    QVERIFY2(warning.contains(deal.salesperson), qPrintable(warning));
    QVERIFY2(warning.contains(outcomeName(Outcome::WinLose)), qPrintable(warning));
}

void TestHabits::sanitizedClamps_data()
{
    QTest::addColumn<HabitThresholds>("requested");
    QTest::addColumn<HabitThresholds>("expected");

    QTest::newRow("defaults stay") << thresholds() << thresholds();
    QTest::newRow("documented defaults") << HabitThresholds{} << thresholds(5, 2, 2, 50, 3);
    QTest::newRow("window 0 -> 1, counts follow") << thresholds(0) << thresholds(1, 1, 1, 50, 1);
    QTest::newRow("negative window -> 1") << thresholds(-3) << thresholds(1, 1, 1, 50, 1);
    QTest::newRow("window 51 -> 50") << thresholds(51) << thresholds(50);
    QTest::newRow("window 50 stays") << thresholds(50) << thresholds(50);
    QTest::newRow("counts below 1 -> 1") << thresholds(5, 0, -1, 50, 0) << thresholds(5, 1, 1, 50, 1);
    QTest::newRow("counts above the window -> window") << thresholds(4, 9, 5, 50, 6) << thresholds(4, 4, 4, 50, 4);
    QTest::newRow("percent 0 -> 1") << thresholds(5, 2, 2, 0) << thresholds(5, 2, 2, 1);
    QTest::newRow("percent 150 -> 100") << thresholds(5, 2, 2, 150) << thresholds(5, 2, 2, 100);
    // Concessions given for nothing are counted across deals, not bounded by the window.
    HabitThresholds many = thresholds(2, 2, 2, 50, 2);
    many.unreciprocatedMin = 7;
    QTest::newRow("concessions above the window stay") << many << many;
    HabitThresholds none = thresholds();
    none.unreciprocatedMin = 0;
    QTest::newRow("concessions 0 -> 1") << none << [] {
        HabitThresholds one = thresholds();
        one.unreciprocatedMin = 1;
        return one;
    }();
    HabitThresholds lots = thresholds();
    lots.unreciprocatedMin = 500;
    QTest::newRow("concessions 500 -> 100") << lots << [] {
        HabitThresholds hundred = thresholds();
        hundred.unreciprocatedMin = 100;
        return hundred;
    }();
}

void TestHabits::sanitizedClamps()
{
    QFETCH(HabitThresholds, requested);
    QFETCH(HabitThresholds, expected);
    const HabitThresholds sane = requested.sanitized();
    QCOMPARE(sane.window, expected.window);
    QCOMPARE(sane.concessionMin, expected.concessionMin);
    QCOMPARE(sane.hardBargainMin, expected.hardBargainMin);
    QCOMPARE(sane.chainBlindSpotPercent, expected.chainBlindSpotPercent);
    QCOMPARE(sane.neverWalksAwayLosses, expected.neverWalksAwayLosses);
    QCOMPARE(sane.unreciprocatedMin, expected.unreciprocatedMin);
}

QTEST_GUILESS_MAIN(TestHabits)
#include "tst_habits.moc"
