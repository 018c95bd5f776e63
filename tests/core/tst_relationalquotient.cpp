#include "coaching/relationalquotient.h"

#include <QTest>

using namespace Triplewin::Core;

Q_DECLARE_METATYPE(Triplewin::Core::Ending)
Q_DECLARE_METATYPE(Triplewin::Core::Outcome)
Q_DECLARE_METATYPE(Triplewin::Core::EndingCounts)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

const Ending AllEndings[] = {Ending::WinWinWin, Ending::WinWin,  Ending::WinLose,   Ending::LoseWin,
                             Ending::LoseLose,  Ending::Unknown, Ending::WalkedAway};

/// Counts in Ending order: win-win-win, win/win, win/lose, lose/win, lose/lose, not assessed, walked away.
EndingCounts counts(qint64 winWinWin, qint64 winWin, qint64 winLose, qint64 loseWin, qint64 loseLose, qint64 unknown,
                    qint64 walkedAway)
{
    EndingCounts result;
    result[Ending::WinWinWin] = winWinWin;
    result[Ending::WinWin] = winWin;
    result[Ending::WinLose] = winLose;
    result[Ending::LoseWin] = loseWin;
    result[Ending::LoseLose] = loseLose;
    result[Ending::Unknown] = unknown;
    result[Ending::WalkedAway] = walkedAway;
    return result;
}

} // namespace

/// The relational quotient: the documented formula, its weights and its rounding.
class TestRelationalQuotient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDealsNoScore();
    void weightsAsDocumented_data();
    void weightsAsDocumented();
    void compute_data();
    void compute();
    void walkAwaysRaiseTheScore_data();
    void walkAwaysRaiseTheScore();
    void countsAddUp();
    void endingOf_data();
    void endingOf();
    void endingKeysRoundTrip_data();
    void endingKeysRoundTrip();
    void unknownKeysRefused_data();
    void unknownKeysRefused();
    void explanationListsEveryWeight_data();
    void explanationListsEveryWeight();
};

void TestRelationalQuotient::noDealsNoScore()
{
    QCOMPARE(RelationalQuotient::compute(EndingCounts{}), std::nullopt);
    QCOMPARE(RelationalQuotient::compute(counts(0, 0, 0, 0, 0, 0, 0)), std::nullopt);
}

void TestRelationalQuotient::weightsAsDocumented_data()
{
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<int>("weight");
    // The weights written down in relationalquotient.h and shown in "How is this computed?".
    QTest::newRow("win-win-win") << Ending::WinWinWin << 100;
    QTest::newRow("win/win") << Ending::WinWin << 85;
    QTest::newRow("win/lose") << Ending::WinLose << 10;
    QTest::newRow("lose/win") << Ending::LoseWin << 20;
    QTest::newRow("lose/lose") << Ending::LoseLose << 0;
    QTest::newRow("not assessed") << Ending::Unknown << 50;
    QTest::newRow("walked away") << Ending::WalkedAway << 70;
}

void TestRelationalQuotient::weightsAsDocumented()
{
    QFETCH(Ending, ending);
    QFETCH(int, weight);
    QCOMPARE(RelationalQuotient::weight(ending), weight);
    // A single deal scores exactly its weight.
    EndingCounts single;
    single[ending] = 1;
    QCOMPARE(RelationalQuotient::compute(single), std::optional<int>(weight));
}

void TestRelationalQuotient::compute_data()
{
    QTest::addColumn<EndingCounts>("counts");
    QTest::addColumn<int>("rq");

    //                                                       www  ww  wl  lw  ll  ?   away
    QTest::newRow("all win-win-win") << counts(3, 0, 0, 0, 0, 0, 0) << 100;
    QTest::newRow("all lose/lose") << counts(0, 0, 0, 0, 4, 0, 0) << 0;
    QTest::newRow("all win/win") << counts(0, 9, 0, 0, 0, 0, 0) << 85;
    // (100 + 85 + 10 + 20 + 0 + 50 + 70) / 7 = 335 / 7 = 47.857…
    QTest::newRow("one of each ending") << counts(1, 1, 1, 1, 1, 1, 1) << 48;
    // (85 + 20) / 2 = 52.5: half rounds up.
    QTest::newRow("half up: win/win and lose/win") << counts(0, 1, 0, 1, 0, 0, 0) << 53;
    // (85 + 0) / 2 = 42.5.
    QTest::newRow("half up: win/win and lose/lose") << counts(0, 1, 0, 0, 1, 0, 0) << 43;
    // (10 + 0 + 0 + 0) / 4 = 2.5.
    QTest::newRow("half up: one win/lose, three lose/lose") << counts(0, 0, 1, 0, 3, 0, 0) << 3;
    // (100 + 0 + 0) / 3 = 33.33…: below half rounds down.
    QTest::newRow("a third rounds down") << counts(1, 0, 0, 0, 2, 0, 0) << 33;
    // (85 + 85 + 0) / 3 = 56.67…
    QTest::newRow("two thirds rounds up") << counts(0, 2, 0, 0, 1, 0, 0) << 57;
    // (100 + 85 + 20) / 3 = 68.33…
    QTest::newRow("mixed history") << counts(1, 1, 0, 1, 0, 0, 0) << 68;
    // (10·3 + 20·3) / 6 = 15.
    QTest::newRow("only win/lose and lose/win") << counts(0, 0, 3, 3, 0, 0, 0) << 15;
    // Large counts do not overflow: (100·10^12 + 0·10^12) / (2·10^12) = 50.
    QTest::newRow("a trillion deals each way") << counts(1'000'000'000'000, 0, 0, 0, 1'000'000'000'000, 0, 0) << 50;
    // 100·48999 / 200000 = 24.4995: just below a half rounds down ...
    QTest::newRow("24.4995 rounds down") << counts(48'999, 0, 0, 0, 151'001, 0, 0) << 24;
    // ... and 100·49000 / 200000 = 24.5 rounds up.
    QTest::newRow("24.5 rounds up") << counts(49'000, 0, 0, 0, 151'000, 0, 0) << 25;
    // (85·1 + 0·1999999) / 2000000 = 0.0000425 → 0.
    QTest::newRow("tiny fraction rounds to 0") << counts(0, 1, 0, 0, 1'999'999, 0, 0) << 0;
}

void TestRelationalQuotient::compute()
{
    QFETCH(EndingCounts, counts);
    QFETCH(int, rq);
    QCOMPARE(RelationalQuotient::compute(counts), std::optional<int>(rq));
}

void TestRelationalQuotient::walkAwaysRaiseTheScore_data()
{
    QTest::addColumn<EndingCounts>("without");
    QTest::addColumn<int>("rqWithout");
    QTest::addColumn<qint64>("walkAways");
    QTest::addColumn<int>("rqWith");

    // 3 × 20 = 20; with 3 walk-aways (60 + 210) / 6 = 45.
    QTest::newRow("three lose/wins") << counts(0, 0, 0, 3, 0, 0, 0) << 20 << qint64(3) << 45;
    // 2 × 10 = 10; with 1 walk-away (20 + 70) / 3 = 30.
    QTest::newRow("two win/loses") << counts(0, 0, 2, 0, 0, 0, 0) << 10 << qint64(1) << 30;
    // (10 + 20) / 2 = 15; with 2 walk-aways (30 + 140) / 4 = 42.5 → 43.
    QTest::newRow("a win/lose and a lose/win") << counts(0, 0, 1, 1, 0, 0, 0) << 15 << qint64(2) << 43;
    // lose/lose 0; with 1 walk-away 35.
    QTest::newRow("a lose/lose") << counts(0, 0, 0, 0, 1, 0, 0) << 0 << qint64(1) << 35;
}

void TestRelationalQuotient::walkAwaysRaiseTheScore()
{
    QFETCH(EndingCounts, without);
    QFETCH(int, rqWithout);
    QFETCH(qint64, walkAways);
    QFETCH(int, rqWith);

    EndingCounts with = without;
    with[Ending::WalkedAway] += walkAways;
    QCOMPARE(RelationalQuotient::compute(without), std::optional<int>(rqWithout));
    QCOMPARE(RelationalQuotient::compute(with), std::optional<int>(rqWith));
    QVERIFY(rqWith > rqWithout);
}

void TestRelationalQuotient::countsAddUp()
{
    EndingCounts a = counts(1, 2, 3, 4, 5, 6, 7);
    const EndingCounts b = counts(10, 0, 0, 0, 0, 0, 1);
    QCOMPARE(a.total(), qint64(28));
    a += b;
    QCOMPARE(a.total(), qint64(39));
    QCOMPARE(a[Ending::WinWinWin], qint64(11));
    QCOMPARE(a[Ending::WinWin], qint64(2));
    QCOMPARE(a[Ending::WalkedAway], qint64(8));
}

void TestRelationalQuotient::endingOf_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Ending>("ending");
    QTest::newRow("win-win-win") << Outcome::WinWinWin << Ending::WinWinWin;
    QTest::newRow("win/win") << Outcome::WinWin << Ending::WinWin;
    QTest::newRow("win/lose") << Outcome::WinLose << Ending::WinLose;
    QTest::newRow("lose/win") << Outcome::LoseWin << Ending::LoseWin;
    QTest::newRow("lose/lose") << Outcome::LoseLose << Ending::LoseLose;
    QTest::newRow("not assessed") << Outcome::Unknown << Ending::Unknown;
}

void TestRelationalQuotient::endingOf()
{
    QFETCH(Outcome, outcome);
    QFETCH(Ending, ending);
    QCOMPARE(Triplewin::Core::endingOf(outcome), ending);
}

void TestRelationalQuotient::endingKeysRoundTrip_data()
{
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<QString>("key");
    // The keys allowed by the CHECK constraint on deals.ending.
    QTest::newRow("win-win-win") << Ending::WinWinWin << QStringLiteral("win_win_win");
    QTest::newRow("win/win") << Ending::WinWin << QStringLiteral("win_win");
    QTest::newRow("win/lose") << Ending::WinLose << QStringLiteral("win_lose");
    QTest::newRow("lose/win") << Ending::LoseWin << QStringLiteral("lose_win");
    QTest::newRow("lose/lose") << Ending::LoseLose << QStringLiteral("lose_lose");
    QTest::newRow("not assessed") << Ending::Unknown << QStringLiteral("unknown");
    QTest::newRow("walked away") << Ending::WalkedAway << QStringLiteral("walked_away");
}

void TestRelationalQuotient::endingKeysRoundTrip()
{
    QFETCH(Ending, ending);
    QFETCH(QString, key);
    QCOMPARE(endingKey(ending), key);
    QCOMPARE(endingFromKey(key), std::optional<Ending>(ending));
    // Keys are distinct.
    for (Ending other : AllEndings) {
        if (other != ending)
            QVERIFY(endingKey(other) != key);
    }
}

void TestRelationalQuotient::unknownKeysRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("lost") << QStringLiteral("lost");
    QTest::newRow("upper case") << QStringLiteral("WIN_WIN");
    QTest::newRow("outcome name, not key") << QStringLiteral("win/win");
    QTest::newRow("trailing space") << QStringLiteral("walked_away ");
}

void TestRelationalQuotient::unknownKeysRefused()
{
    QFETCH(QString, key);
    QCOMPARE(endingFromKey(key), std::nullopt);
}

void TestRelationalQuotient::explanationListsEveryWeight_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<Ending>("ending");
    QTest::newRow("win-win-win") << QStringLiteral("win-win-win") << Ending::WinWinWin;
    QTest::newRow("win/win") << QStringLiteral("win/win") << Ending::WinWin;
    QTest::newRow("walked away") << QStringLiteral("walked away") << Ending::WalkedAway;
    QTest::newRow("lose/win") << QStringLiteral("lose/win") << Ending::LoseWin;
    QTest::newRow("win/lose") << QStringLiteral("win/lose") << Ending::WinLose;
    QTest::newRow("lose/lose") << QStringLiteral("lose/lose") << Ending::LoseLose;
}

void TestRelationalQuotient::explanationListsEveryWeight()
{
    QFETCH(QString, label);
    QFETCH(Ending, ending);
    const QString text = RelationalQuotient::explanation();
    QVERIFY(!text.contains(u'%')); // every placeholder filled
    // Deals that ended unassessed have no row: they do not count, and the text says so.
    QVERIFY2(text.contains(QStringLiteral("does not count until it is assessed")), qPrintable(text));

    // The table row that names this ending shows its weight.
    const QStringList rows = text.split(QStringLiteral("<tr>"));
    QString row;
    for (const QString &candidate : rows) {
        if (candidate.contains(QStringLiteral("<td>") + label)) {
            QVERIFY2(row.isEmpty(), qPrintable(QStringLiteral("two rows for ") + label));
            row = candidate;
        }
    }
    QVERIFY2(!row.isEmpty(), qPrintable(text));
    const QString weight = QStringLiteral(">%1<").arg(RelationalQuotient::weight(ending));
    QVERIFY2(row.contains(weight), qPrintable(row));
}

QTEST_GUILESS_MAIN(TestRelationalQuotient)
#include "tst_relationalquotient.moc"
