// Scenario packs: the reader against good and bad files (golden error messages), every bundled scenario against
// the classifier and the coach, and the workshop sandbox.
// Run with TRIPLEWIN_UPDATE_GOLDEN=1 to rewrite the golden error messages after an intended wording change, then
// review the diff.
#include "coaching/habits.h"
#include "coaching/walkawayscript.h"
#include "domain/optionanalysis.h"
#include "storage/database.h"
#include "workshop/scenariopack.h"
#include "workshop/workshopsandbox.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>

using namespace Triplewin::Core;

class TestScenarioPack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodPackLoads();
    void badPackRefused_data();
    void badPackRefused();
    void missingFileNamed();
    void writeThenReadGivesSamePack();
    void bundledPackLoads();
    void bundledScenariosTeachWhatTheySay_data();
    void bundledScenariosTeachWhatTheySay();
    void translatedPacksTellTheSameCases();
    void bundledPackCoversEveryOutcomeAndHabit();
    void sandboxIsInMemoryAndKeepsEdits();
    void sandboxLoadErrorKeepsPreviousPack();

private:
    static ScenarioPack bundled();
};

namespace {

QString goldenDir()
{
    return QStringLiteral(TRIPLEWIN_GOLDEN_DIR "/packs");
}

} // namespace

ScenarioPack TestScenarioPack::bundled()
{
    const ScenarioPackRead read = readScenarioPackFile(bundledScenarioPackPath(QLocale(QLocale::English)));
    if (!read.pack)
        qWarning("bundled pack refused: %s", qPrintable(read.error.text()));
    return read.pack.value_or(ScenarioPack{});
}

void TestScenarioPack::goodPackLoads()
{
    const ScenarioPackRead read = readScenarioPackFile(goldenDir() + QStringLiteral("/good.json"));
    QVERIFY2(read.pack, qPrintable(read.error.text()));
    const ScenarioPack &pack = *read.pack;
    QCOMPARE(pack.title, QStringLiteral("Test pack"));
    QCOMPARE(pack.scenarios.size(), 1);
    const Scenario &scenario = pack.scenarios.constFirst();
    QCOMPARE(scenario.id, QStringLiteral("renewal"));
    QCOMPARE(scenario.deal.options.size(), 2);
    const PartyPreparation &customer = scenario.deal.preparation[std::size_t(partyIndex(Party::Customer))];
    QCOMPARE(interestList(customer),
             QStringList({QStringLiteral("Uptime in the peak season"), QStringLiteral("One contract")}));
    QCOMPARE(customer.referenceSource, QStringLiteral("Nordline's quote"));
    QCOMPARE(customer.confidence, Confidence::Medium);
    QVERIFY(scenario.deal.preparation[std::size_t(partyIndex(Party::You))].isEmpty());
    // The concession ledger: values in whole units, a date and a party key; nothing traded for is unreciprocated.
    QCOMPARE(scenario.deal.concessions.size(), 2);
    const Concession &given = scenario.deal.concessions.constFirst();
    QCOMPARE(given.date, QDate(2026, 11, 3));
    QCOMPARE(given.by, Party::You);
    QCOMPARE(given.valueTo(Party::You), std::optional<Money>(-200'000));
    QCOMPARE(given.valueTo(Party::Customer), std::optional<Money>(300'050));
    QCOMPARE(given.valueTo(Party::CustomersCustomer), std::nullopt);
    QVERIFY(isUnreciprocated(given));
    QCOMPARE(scenario.deal.concessions.at(1).by, Party::Customer);
    QVERIFY(!scenario.deal.concessions.at(1).date.isValid());
    QCOMPARE(unreciprocatedCount(scenario.deal.concessions), 1);
    QCOMPARE(scenario.deal.options.at(1).assessment(Party::You).value, std::optional<Money>(110'000));
    QCOMPARE(scenario.deal.options.at(1).assessment(Party::CustomersCustomer).reason,
             QStringLiteral("faster deliveries"));
    QCOMPARE(scenario.expectedOutcomes, (QList<std::optional<Outcome>>{Outcome::WinLose, Outcome::WinWinWin}));
    QCOMPARE(scenario.role(Party::You).confidential, QStringLiteral("Your floor is 1,000."));
    QCOMPARE(scenario.role(Party::Customer).confidential, QString());
    QCOMPARE(scenario.debrief, QStringList{QStringLiteral("Who gained?")});

    // The history deal is closed on the agreed option, classified by the same rules as any deal.
    QCOMPARE(scenario.history.size(), 1);
    const Deal &earlier = scenario.history.constFirst();
    QVERIFY(earlier.ending);
    QCOMPARE(earlier.status, DealStatus::Closed);
    QCOMPARE(earlier.ending->outcome, Outcome::LoseWin);
    QCOMPARE(earlier.ending->result(Party::CustomersCustomer), Result::Unknown);
    QCOMPARE(earlier.salesperson, QStringLiteral("Dana"));
    QCOMPARE(earlier.ending->at.date(), QDate(2026, 1, 10));
    QCOMPARE(earlier.options.constFirst().assessment(Party::CustomersCustomer).value, std::nullopt);
    QCOMPARE(earlier.options.constFirst().assessment(Party::CustomersCustomer).referencePoint, std::nullopt);
    QCOMPARE(earlier.options.constFirst().assessment(Party::Customer).referencePoint, std::optional<Money>(45'000));
}

void TestScenarioPack::badPackRefused_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(goldenDir()).entryList({QStringLiteral("bad-*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestScenarioPack::badPackRefused()
{
    QFETCH(QString, file);
    const ScenarioPackRead read = readScenarioPackFile(goldenDir() + u'/' + file);
    QVERIFY(!read.pack);
    QVERIFY(!read.error.isEmpty());
    QCOMPARE(read.error.file, file);
    const QString actual = read.error.text() + u'\n';

    QString expectedPath = goldenDir() + u'/' + file;
    expectedPath.replace(QStringLiteral(".json"), QStringLiteral(".txt"));
    if (qEnvironmentVariableIsSet("TRIPLEWIN_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        QSKIP("golden file rewritten");
    }
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file ") + expectedPath));
    QCOMPARE(actual, QString::fromUtf8(expected.readAll()));
}

void TestScenarioPack::missingFileNamed()
{
    const QString path = QDir::temp().filePath(QStringLiteral("no-such-pack-4711.json"));
    const ScenarioPackRead read = readScenarioPackFile(path);
    QVERIFY(!read.pack);
    QVERIFY2(read.error.text().contains(QStringLiteral("no-such-pack-4711.json")), qPrintable(read.error.text()));
    // A device never ends: refused at once instead of read until memory runs out.
    const ScenarioPackRead device = readScenarioPackFile(QStringLiteral("/dev/zero"));
    QVERIFY(!device.pack);
    QVERIFY2(device.error.text().contains(QStringLiteral("not a regular file")), qPrintable(device.error.text()));
}

void TestScenarioPack::writeThenReadGivesSamePack()
{
    for (const ScenarioPack &pack :
         {*readScenarioPackFile(goldenDir() + QStringLiteral("/good.json")).pack, bundled()}) {
        QVERIFY(!pack.scenarios.isEmpty());
        const QByteArray written = writeScenarioPack(pack);
        const ScenarioPackRead again = readScenarioPack(written, QStringLiteral("written.json"));
        QVERIFY2(again.pack, qPrintable(again.error.text()));
        QCOMPARE(again.pack->title, pack.title);
        QCOMPARE(again.pack->description, pack.description);
        QCOMPARE(again.pack->scenarios.size(), pack.scenarios.size());
        for (qsizetype i = 0; i < pack.scenarios.size(); ++i) {
            const Scenario &a = pack.scenarios.at(i);
            const Scenario &b = again.pack->scenarios.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.summary, a.summary);
            QCOMPARE(b.lesson, a.lesson);
            QCOMPARE(b.walkAway, a.walkAway);
            QCOMPARE(b.expectedHabits, a.expectedHabits);
            QVERIFY(b.deal.sameContentAs(a.deal));
            QCOMPARE(b.expectedOutcomes, a.expectedOutcomes);
            QCOMPARE(b.expectedDominators, a.expectedDominators);
            QCOMPARE(b.history.size(), a.history.size());
            for (qsizetype h = 0; h < a.history.size(); ++h) {
                QVERIFY(b.history.at(h).sameContentAs(a.history.at(h)));
                QVERIFY(*b.history.at(h).ending == *a.history.at(h).ending);
            }
            QVERIFY(b.roles == a.roles);
            QCOMPARE(b.debrief, a.debrief);
        }
        // Written twice, the same bytes: exports diff cleanly.
        QCOMPARE(writeScenarioPack(*again.pack), written);
    }
}

void TestScenarioPack::bundledPackLoads()
{
    const ScenarioPackRead read = readScenarioPackFile(bundledScenarioPackPath(QLocale(QLocale::English)));
    QVERIFY2(read.pack, qPrintable(read.error.text()));
    QVERIFY(read.pack->scenarios.size() >= 8);
    // In the app's language where it is translated, else in English.
    QCOMPARE(bundledScenarioPackPath(QLocale(QLocale::German, QLocale::Switzerland)),
             QStringLiteral(":/workshop/triplewin-workshop.de.json"));
    QCOMPARE(bundledScenarioPackPath(QLocale(QLocale::French)),
             QStringLiteral(":/workshop/triplewin-workshop.fr.json"));
    QCOMPARE(bundledScenarioPackPath(QLocale(QLocale::Spanish, QLocale::Mexico)),
             QStringLiteral(":/workshop/triplewin-workshop.es.json"));
    QCOMPARE(bundledScenarioPackPath(QLocale(QLocale::Italian)), QStringLiteral(":/workshop/triplewin-workshop.json"));
    QCOMPARE(bundledScenarioPackPaths().size(), 4);
    // Also readable from the source tree, as a trainer would open it.
    QVERIFY(
        readScenarioPackFile(QStringLiteral(TRIPLEWIN_SOURCE_DIR "/resources/workshop/triplewin-workshop.json")).pack);
}

void TestScenarioPack::bundledScenariosTeachWhatTheySay_data()
{
    // Every bundled pack, the translations too: each must teach what it says in its own words (an option name a
    // translation spelled two ways would break its dominator check here).
    QTest::addColumn<Scenario>("scenario");
    for (const QString &path : bundledScenarioPackPaths()) {
        const ScenarioPackRead read = readScenarioPackFile(path);
        if (!read.pack) {
            QTest::newRow(qPrintable(path)) << Scenario(); // fails below, naming the pack
            continue;
        }
        const QString language = path.section(u'.', -2, -2) == QLatin1String("triplewin-workshop")
                                     ? QStringLiteral("en")
                                     : path.section(u'.', -2, -2);
        for (const Scenario &scenario : read.pack->scenarios)
            QTest::newRow(qPrintable(language + QStringLiteral(": ") + scenario.id)) << scenario;
    }
}

void TestScenarioPack::translatedPacksTellTheSameCases()
{
    const ScenarioPack english = bundled();
    const QStringList paths = bundledScenarioPackPaths();
    for (const QString &path : paths.mid(1)) {
        const ScenarioPackRead read = readScenarioPackFile(path);
        QVERIFY2(read.pack, qPrintable(read.error.text()));
        const ScenarioPack &translated = *read.pack;
        QVERIFY2(translated.title != english.title, qPrintable(path + QStringLiteral(": the title is not translated")));
        QCOMPARE(translated.scenarios.size(), english.scenarios.size());
        for (qsizetype i = 0; i < english.scenarios.size(); ++i) {
            const Scenario &a = english.scenarios.at(i);
            const Scenario &b = translated.scenarios.at(i);
            const QString where = path + QStringLiteral(": ") + a.id;
            QVERIFY2(b.id == a.id && b.walkAway == a.walkAway && b.expectedHabits == a.expectedHabits,
                     qPrintable(where));
            QVERIFY2(b.title != a.title && b.summary != a.summary && b.lesson != a.lesson,
                     qPrintable(where + QStringLiteral(": texts not translated")));
            QCOMPARE(b.deal.currency, a.deal.currency);
            QCOMPARE(b.deal.options.size(), a.deal.options.size());
            for (qsizetype o = 0; o < a.deal.options.size(); ++o) {
                for (Party party : AllParties) {
                    QCOMPARE(b.deal.options.at(o).assessment(party).value,
                             a.deal.options.at(o).assessment(party).value);
                    QCOMPARE(b.deal.options.at(o).assessment(party).referencePoint,
                             a.deal.options.at(o).assessment(party).referencePoint);
                }
            }
            QCOMPARE(b.deal.concessions.size(), a.deal.concessions.size());
            for (qsizetype c = 0; c < a.deal.concessions.size(); ++c) {
                QCOMPARE(b.deal.concessions.at(c).by, a.deal.concessions.at(c).by);
                QCOMPARE(b.deal.concessions.at(c).value, a.deal.concessions.at(c).value);
                QCOMPARE(b.deal.concessions.at(c).date, a.deal.concessions.at(c).date);
                QCOMPARE(isUnreciprocated(b.deal.concessions.at(c)), isUnreciprocated(a.deal.concessions.at(c)));
            }
            QCOMPARE(b.history.size(), a.history.size());
            for (qsizetype h = 0; h < a.history.size(); ++h) {
                QCOMPARE(b.history.at(h).ending->at, a.history.at(h).ending->at);
                QCOMPARE(b.history.at(h).ending->walkedAway, a.history.at(h).ending->walkedAway);
                QCOMPARE(b.history.at(h).ending->outcome, a.history.at(h).ending->outcome);
            }
        }
    }
}

void TestScenarioPack::bundledScenariosTeachWhatTheySay()
{
    QFETCH(Scenario, scenario);
    QVERIFY2(!scenario.id.isEmpty(), "the pack was not read");
    QCOMPARE(scenario.expectedOutcomes.size(), scenario.deal.options.size());
    for (qsizetype i = 0; i < scenario.deal.options.size(); ++i) {
        const DealOption &option = scenario.deal.options.at(i);
        QVERIFY2(scenario.expectedOutcomes.at(i), qPrintable(option.name + QStringLiteral(": no expectedOutcome")));
        QCOMPARE(outcomeKey(outcomeOf(option)), outcomeKey(*scenario.expectedOutcomes.at(i)));
    }
    // Which option another one dominates is said where it is so, and only there (issue 16).
    const QList<std::optional<int>> dominatedBy = dominators(scenario.deal.options);
    for (qsizetype i = 0; i < scenario.deal.options.size(); ++i) {
        const QString actual = dominatedBy.at(i) ? scenario.deal.options.at(*dominatedBy.at(i)).name : QString();
        QCOMPARE(actual, scenario.expectedDominators.value(i));
    }
    QCOMPARE(hasNoWinWin(scenario.deal), scenario.walkAway);
    QStringList expected = scenario.expectedHabits;
    expected.sort();
    QCOMPARE(habitsShownBy(scenario), expected);
    for (Party party : AllParties)
        QVERIFY(!scenario.role(party).confidential.isEmpty());
}

void TestScenarioPack::bundledPackCoversEveryOutcomeAndHabit()
{
    QSet<QString> outcomes;
    QSet<QString> habits;
    bool walkAway = false;
    bool dominated = false;
    for (const Scenario &scenario : bundled().scenarios) {
        for (const DealOption &option : scenario.deal.options)
            outcomes.insert(outcomeKey(outcomeOf(option)));
        for (const QString &habit : habitsShownBy(scenario))
            habits.insert(habit);
        walkAway = walkAway || scenario.walkAway;
        dominated = dominated || std::any_of(scenario.expectedDominators.cbegin(), scenario.expectedDominators.cend(),
                                             [](const QString &name) { return !name.isEmpty(); });
    }
    QVERIFY2(dominated, "no scenario teaches a dominated option");
    for (Outcome outcome : {Outcome::WinWinWin, Outcome::WinWin, Outcome::WinLose, Outcome::LoseWin, Outcome::LoseLose})
        QVERIFY2(outcomes.contains(outcomeKey(outcome)), qPrintable(outcomeKey(outcome)));
    for (HabitKind kind : AllHabitKinds)
        QVERIFY2(habits.contains(habitKey(kind)), qPrintable(habitKey(kind)));
    QVERIFY(habits.contains(QString::fromLatin1(CustomerCameOffWorseKey)));
    QVERIFY(walkAway);
}

void TestScenarioPack::sandboxIsInMemoryAndKeepsEdits()
{
    const ScenarioPack pack = bundled();
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    {
        WorkshopSandbox sandbox;
        QVERIFY2(sandbox.load(pack).ok(), "sandbox load failed");
        QCOMPARE(sandbox.database().path(), QStringLiteral(":memory:"));
        QCOMPARE(sandbox.scenarioCount(), pack.scenarios.size());

        // A trainer edits the first scenario's deal and texts.
        Deal deal = sandbox.repository().load(sandbox.dealId(0)).value();
        deal.options.first().assessment(Party::You).value = 1;
        deal.title = QStringLiteral("Edited in the workshop");
        QVERIFY(sandbox.repository().save(deal).ok());
        Scenario texts = sandbox.pack().scenarios.constFirst();
        texts.debrief << QStringLiteral("What would you do differently?");
        sandbox.setScenario(0, texts);

        const Expected<ScenarioPack> current = sandbox.currentPack();
        QVERIFY(current.ok());
        const Scenario &edited = current.value().scenarios.constFirst();
        QCOMPARE(edited.deal.title, QStringLiteral("Edited in the workshop"));
        QCOMPARE(edited.deal.options.constFirst().assessment(Party::You).value, std::optional<Money>(1));
        QCOMPARE(edited.debrief.constLast(), QStringLiteral("What would you do differently?"));
        // The edited option no longer claims its old teaching outcome; the others keep theirs.
        QCOMPARE(edited.expectedOutcomes.constFirst(), std::nullopt);
        for (qsizetype i = 1; i < edited.expectedOutcomes.size(); ++i)
            QCOMPARE(edited.expectedOutcomes.at(i), pack.scenarios.constFirst().expectedOutcomes.at(i));
        // The rest of the pack is as loaded, its dominated options too; the edited deal claims none any more.
        QVERIFY(current.value().scenarios.constLast().deal.sameContentAs(pack.scenarios.constLast().deal));
        QVERIFY(edited.expectedDominators.isEmpty());
        const auto shelf = std::find_if(pack.scenarios.cbegin(), pack.scenarios.cend(), [](const Scenario &s) {
            return s.id == QStringLiteral("shelf-ready-packaging");
        });
        QVERIFY(shelf != pack.scenarios.cend());
        QVERIFY(shelf->expectedDominators.contains(QStringLiteral("Co-designed shelf-ready trays")));
        QCOMPARE(current.value().scenarios.at(shelf - pack.scenarios.cbegin()).expectedDominators,
                 shelf->expectedDominators);
        // An exported edited pack reads back.
        QVERIFY(readScenarioPack(writeScenarioPack(current.value()), QStringLiteral("x.json")).pack);
    }
    // The sandbox's connection is gone with it.
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

void TestScenarioPack::sandboxLoadErrorKeepsPreviousPack()
{
    WorkshopSandbox sandbox;
    const ScenarioPack pack = bundled();
    QVERIFY(sandbox.load(pack).ok());
    ScenarioPack broken = pack;
    broken.scenarios.first().deal.currency = QStringLiteral("euro"); // refused by storage
    QVERIFY(!sandbox.load(broken).ok());
    QCOMPARE(sandbox.scenarioCount(), pack.scenarios.size());
    QCOMPARE(sandbox.pack().scenarios.constFirst().deal.currency, pack.scenarios.constFirst().deal.currency);
    QVERIFY(sandbox.repository().load(sandbox.dealId(0)).ok());
}

QTEST_GUILESS_MAIN(TestScenarioPack)
#include "tst_scenariopack.moc"
