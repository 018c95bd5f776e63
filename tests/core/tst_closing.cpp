#include "coaching/coach.h"
#include "io/dealimporter.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/teamhistoryrepository.h"
#include "testbackend.h"
#include "testdeals.h"

#include <ctime>
#include <memory>
#include <QBuffer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

Q_DECLARE_METATYPE(Triplewin::Core::DealStatus)
Q_DECLARE_METATYPE(Triplewin::Core::Ending)

namespace {

QString describe(const StorageError &error)
{
    return QStringLiteral("kind %1: %2").arg(int(error.kind)).arg(error.fullText());
}

template<typename T>
QString describe(const Expected<T> &result)
{
    return describe(result.error());
}

QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

/// An assessment that classifies as @p result (reference 0, so the tolerance band is ±1.00).
Assessment assessmentFor(Result result)
{
    switch (result) {
    case Result::Win:
        return assessment(1'000'000, 0);
    case Result::Even:
        return assessment(0, 0);
    case Result::Lose:
        return assessment(-1'000'000, 0);
    case Result::Unknown:
        break;
    }
    return assessment(std::nullopt, 0);
}

/// An option whose outcome is @p outcome (you, your customer, their customer).
DealOption optionFor(const QString &name, Outcome outcome)
{
    Result you = Result::Win;
    Result customer = Result::Win;
    Result theirs = Result::Even;
    switch (outcome) {
    case Outcome::WinWinWin:
        theirs = Result::Win;
        break;
    case Outcome::WinWin:
        break;
    case Outcome::WinLose:
        customer = Result::Lose;
        break;
    case Outcome::LoseWin:
        you = Result::Lose;
        break;
    case Outcome::LoseLose:
        you = Result::Lose;
        customer = Result::Lose;
        break;
    case Outcome::Unknown:
        you = Result::Unknown;
        theirs = Result::Unknown;
        break;
    }
    return option(name, assessmentFor(you), assessmentFor(customer), assessmentFor(theirs));
}

Outcome outcomeFor(Ending ending)
{
    switch (ending) {
    case Ending::WinWinWin:
        return Outcome::WinWinWin;
    case Ending::WinWin:
        return Outcome::WinWin;
    case Ending::WinLose:
        return Outcome::WinLose;
    case Ending::LoseWin:
        return Outcome::LoseWin;
    case Ending::LoseLose:
        return Outcome::LoseLose;
    case Ending::Unknown:
    case Ending::WalkedAway:
        break;
    }
    return Outcome::Unknown;
}

/// A deal whose first option ("Agreed") has @p outcome and whose second ("Alternative") has a different one,
/// so a test sees which option was frozen.
Deal dealWith(const QString &title, const QString &salesperson, const QString &customer, Outcome outcome)
{
    Deal deal = sampleDeal(title);
    deal.salesperson = salesperson;
    deal.customer = customer;
    deal.options = {optionFor(QStringLiteral("Agreed"), outcome),
                    optionFor(QStringLiteral("Alternative"),
                              outcome == Outcome::WinWinWin ? Outcome::LoseLose : Outcome::WinWinWin)};
    return deal;
}

qint64 optionIdNamed(const Deal &deal, const QString &name)
{
    for (const DealOption &option : deal.options) {
        if (option.name == name)
            return option.id;
    }
    return -1;
}

QList<qint64> idsOf(const QList<EndedDeal> &deals)
{
    QList<qint64> ids;
    for (const EndedDeal &deal : deals)
        ids << deal.id;
    return ids;
}

const HabitFlag *findFlag(const QList<HabitFlag> &flags, HabitKind kind)
{
    for (const HabitFlag &flag : flags) {
        if (flag.kind == kind)
            return &flag;
    }
    return nullptr;
}

const HabitReport *findReport(const QList<HabitReport> &reports, const QString &salesperson)
{
    for (const HabitReport &report : reports) {
        if (report.salesperson == salesperson)
            return &report;
    }
    return nullptr;
}

/// The RQ period used by the coach tests: all of 2026.
const QDate From(2026, 1, 1);
const QDate To(2026, 12, 31);

} // namespace

/// Closing, walking away and reopening deals in a real SQLite file, and what the coach reads from them.
class TestClosing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // DealRepository: the closing record.
    void closingFreezesTheAgreedOption();
    void saveDoesNotChangeAnEndedDeal_data();
    void saveDoesNotChangeAnEndedDeal();
    void endingTwiceRefused();
    void optionOfAnotherDealRefused_data();
    void optionOfAnotherDealRefused();
    void walkAwayEndsTransparently();
    void reopenIsRecordedInHistory();
    void reopenOfOpenDealRefused();
    void closingAnywayKeepsTheReasonInTheHistory();
    void endingReasonsAreKeptClearedAndCounted();
    void valueLeftIsFrozenAtTheClosingAndSummed();
    void insertManyIsAllOrNothing_data();
    void insertManyIsAllOrNothing();
    void insertManyImportsEndedDeals();

    // Coach and CoachingRepository.
    void oneSalespersonNeverFlagsAnother();
    void reopenedDealNoLongerCounts();
    void trashedDealsDoNotCount();
    void rqPerMonthInUtc();
    void customerWarningAfterLastEnding_data();
    void customerWarningAfterLastEnding();
    void walkAwayDoesNotHideAnEarlierWinLose();
    void customerMatchedCaseInsensitively_data();
    void customerMatchedCaseInsensitively();
    void customerWarningExcludesTheOpenDeal();
    void lastEndedWithCustomerIsTheMostRecent();
    void habitQueriesUseTheEndedDealsIndex();
    void unassessedEndingsWaitToBeAssessed();
    void namesMatchAsPeopleMeanThem();

private:
    bool saveDeal(const Deal &deal, Deal *stored);
    /// Saves a deal with dealWith() and ends it as @p ending ("Agreed" option, or a walk-away) at @p at.
    bool endDeal(const QString &title, const QString &salesperson, const QString &customer, Ending ending,
                 const QDateTime &at, qint64 *id = nullptr);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    QString queryPlan(const QString &sql, const QVariantList &values);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_deals;
    std::unique_ptr<Coach> m_coach;
};

void TestClosing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Far from UTC, so a month computed in local time would differ from the UTC month the coach uses.
    qputenv("TZ", "XYZ-14");
    tzset();
    if (const QString missing = TestBackend::missing(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestClosing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(QStringLiteral("tst_closing"));
    const StorageError opened = TestBackend::openFresh(*m_database, m_dir->filePath(QStringLiteral("deals.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    m_deals = std::make_unique<DealRepository>(*m_database);
    m_coach = std::make_unique<Coach>(*m_database);
}

void TestClosing::cleanup()
{
    m_coach.reset();
    m_deals.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestClosing::saveDeal(const Deal &deal, Deal *stored)
{
    Expected<Deal> result = m_deals->save(deal);
    if (!result.ok()) {
        qWarning("save of \"%s\" failed: %s", qPrintable(deal.title), qPrintable(describe(result)));
        return false;
    }
    *stored = std::move(result).value();
    return true;
}

bool TestClosing::endDeal(const QString &title, const QString &salesperson, const QString &customer, Ending ending,
                          const QDateTime &at, qint64 *id)
{
    Deal deal;
    if (!saveDeal(dealWith(title, salesperson, customer, outcomeFor(ending)), &deal))
        return false;
    const Expected<Deal> ended =
        ending == Ending::WalkedAway
            ? m_deals->walkAway(deal.id, salesperson, at)
            : m_deals->closeDeal(deal.id, optionIdNamed(deal, QStringLiteral("Agreed")), salesperson, at);
    if (!ended.ok()) {
        qWarning("ending \"%s\" failed: %s", qPrintable(title), qPrintable(describe(ended)));
        return false;
    }
    if (ending != Ending::WalkedAway && ended.value().ending->outcome != outcomeFor(ending)) {
        qWarning("\"%s\" closed as %s", qPrintable(title), qPrintable(outcomeKey(ended.value().ending->outcome)));
        return false;
    }
    if (id)
        *id = deal.id;
    return true;
}

qint64 TestClosing::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(sql))
        return -1;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString TestClosing::queryPlan(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        qWarning("cannot prepare the plan: %s", qPrintable(query.lastError().text()));
        return {};
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("cannot explain: %s", qPrintable(query.lastError().text()));
        return {};
    }
    QStringList details;
    while (query.next())
        details << query.value(3).toString();
    return details.join(u'\n');
}

void TestClosing::closingFreezesTheAgreedOption()
{
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    const qint64 twoYear = optionIdNamed(deal, QStringLiteral("Two-year term"));
    QVERIFY(twoYear > 0);
    const QDateTime at = utc(2026, 10, 3, 9, 30, 15, 250);

    const Expected<Deal> closed = m_deals->closeDeal(deal.id, twoYear, QStringLiteral("Dana"), at);
    QVERIFY2(closed.ok(), qPrintable(describe(closed)));
    QCOMPARE(closed.value().status, DealStatus::Closed);
    QVERIFY(closed.value().ending);
    const DealEnding ending = *closed.value().ending;
    QCOMPARE(ending.at, at);
    QCOMPARE(ending.by, QStringLiteral("Dana"));
    QCOMPARE(ending.optionId, twoYear);
    QCOMPARE(ending.optionName, QStringLiteral("Two-year term"));
    QCOMPARE(ending.walkedAway, false);
    // sampleDeal's two-year term: 1.1M over 1M, 500k over 450k, 20k over 0.
    QCOMPARE(ending.result(Party::You), Result::Win);
    QCOMPARE(ending.result(Party::Customer), Result::Win);
    QCOMPARE(ending.result(Party::CustomersCustomer), Result::Win);
    QCOMPARE(ending.outcome, Outcome::WinWinWin);

    // Later edits to the estimates (and the option's name) are saved, but do not rewrite the closing.
    Deal edit = closed.value();
    DealOption &agreed = edit.options[1];
    QCOMPARE(agreed.id, twoYear);
    agreed.name = QStringLiteral("Two-year term (revised)");
    agreed.assessment(Party::You) = assessment(900'000, 1'000'000);
    agreed.assessment(Party::Customer) = assessment(100'000, 450'000);
    agreed.assessment(Party::CustomersCustomer) = assessment(std::nullopt, 0);
    QCOMPARE(outcomeOf(agreed), Outcome::LoseLose);
    const Expected<Deal> saved = m_deals->save(edit);
    QVERIFY2(saved.ok(), qPrintable(describe(saved)));

    const Expected<Deal> reloaded = m_deals->load(deal.id);
    QVERIFY2(reloaded.ok(), qPrintable(describe(reloaded)));
    QCOMPARE(reloaded.value().options.at(1), agreed); // the edit was stored ...
    QVERIFY(reloaded.value().ending);
    QVERIFY(*reloaded.value().ending == ending); // ... and the closing was not touched
    QCOMPARE(reloaded.value().status, DealStatus::Closed);

    // The coach reads the frozen outcome too.
    const Expected<QList<EndedDeal>> recent = m_coach->repository().recentEnded(QStringLiteral("Dana"), 5);
    QVERIFY2(recent.ok(), qPrintable(describe(recent)));
    QCOMPARE(recent.value().size(), 1);
    QCOMPARE(recent.value().first().outcome, Outcome::WinWinWin);
    QCOMPARE(recent.value().first().customersCustomer, Result::Win);
    QCOMPARE(recent.value().first().endedAt, at);

    const Expected<QList<DealEvent>> history = m_deals->history(deal.id);
    QVERIFY2(history.ok(), qPrintable(describe(history)));
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().first().kind, DealEvent::Kind::Closed);
    QCOMPARE(history.value().first().by, QStringLiteral("Dana"));
    QCOMPARE(history.value().first().at, at);
    QVERIFY2(history.value().first().detail.contains(QStringLiteral("Two-year term")),
             qPrintable(history.value().first().detail));
}

void TestClosing::saveDoesNotChangeAnEndedDeal_data()
{
    QTest::addColumn<bool>("walkAway");
    QTest::addColumn<DealStatus>("editedStatus");
    QTest::addColumn<bool>("clearClosing");

    QTest::newRow("closed, status edited to negotiating") << false << DealStatus::Negotiating << false;
    QTest::newRow("closed, status edited to preparing") << false << DealStatus::Preparing << false;
    QTest::newRow("closed, closing cleared in memory") << false << DealStatus::Negotiating << true;
    QTest::newRow("closed, status edited to walked away") << false << DealStatus::WalkedAway << false;
    QTest::newRow("walked away, status edited to negotiating") << true << DealStatus::Negotiating << false;
    QTest::newRow("walked away, closing cleared in memory") << true << DealStatus::Closed << true;
}

void TestClosing::saveDoesNotChangeAnEndedDeal()
{
    QFETCH(bool, walkAway);
    QFETCH(DealStatus, editedStatus);
    QFETCH(bool, clearClosing);

    qint64 id = 0;
    QVERIFY(endDeal(QStringLiteral("Ended"), QStringLiteral("Dana"), QStringLiteral("Acme"),
                    walkAway ? Ending::WalkedAway : Ending::WinLose, utc(2026, 4, 1), &id));
    const Deal ended = m_deals->load(id).value();
    const DealStatus endedStatus = walkAway ? DealStatus::WalkedAway : DealStatus::Closed;
    QCOMPARE(ended.status, endedStatus);
    const QString statusColumn = statusKey(endedStatus);

    Deal edit = ended;
    edit.status = editedStatus;
    edit.notes = QStringLiteral("edited after the deal ended");
    if (clearClosing)
        edit.ending.reset();
    const Expected<Deal> saved = m_deals->save(edit);
    QVERIFY2(saved.ok(), qPrintable(describe(saved)));

    const Deal reloaded = m_deals->load(id).value();
    QCOMPARE(reloaded.notes, edit.notes);
    QCOMPARE(reloaded.status, endedStatus);
    QVERIFY(reloaded.ending);
    QVERIFY(*reloaded.ending == *ended.ending);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals WHERE id = ? AND status = ?"), {id, statusColumn}), 1);
    QCOMPARE(m_deals->history(id).value().size(), 1);
    QCOMPARE(m_coach->repository().recentEnded(QStringLiteral("Dana"), 5).value().size(), 1);
}

void TestClosing::endingTwiceRefused()
{
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    const qint64 listPrice = optionIdNamed(deal, QStringLiteral("List price"));
    const qint64 twoYear = optionIdNamed(deal, QStringLiteral("Two-year term"));
    const Expected<Deal> closed = m_deals->closeDeal(deal.id, listPrice, QStringLiteral("Dana"), utc(2026, 3, 1));
    QVERIFY2(closed.ok(), qPrintable(describe(closed)));

    const Expected<Deal> again = m_deals->closeDeal(deal.id, twoYear, QStringLiteral("Eve"), utc(2026, 3, 2));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, StorageError::Kind::Invalid);
    QVERIFY(!again.error().message.isEmpty());
    const Expected<Deal> walk = m_deals->walkAway(deal.id, QStringLiteral("Eve"), utc(2026, 3, 3));
    QVERIFY(!walk.ok());
    QCOMPARE(walk.error().kind, StorageError::Kind::Invalid);

    const Deal reloaded = m_deals->load(deal.id).value();
    QVERIFY(*reloaded.ending == *closed.value().ending);
    QCOMPARE(reloaded.ending->optionId, listPrice);
    QCOMPARE(reloaded.ending->by, QStringLiteral("Dana"));
    QCOMPARE(m_deals->history(deal.id).value().size(), 1);

    // A walk-away cannot be closed or walked away again either.
    Deal other;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Other")), &other));
    QVERIFY(m_deals->walkAway(other.id, QStringLiteral("Dana"), utc(2026, 3, 4)).ok());
    const Expected<Deal> closeWalked = m_deals->closeDeal(other.id, optionIdNamed(other, QStringLiteral("List price")),
                                                          QStringLiteral("Dana"), utc(2026, 3, 5));
    QVERIFY(!closeWalked.ok());
    QVERIFY(!m_deals->walkAway(other.id, QStringLiteral("Dana"), utc(2026, 3, 6)).ok());
    QCOMPARE(m_deals->load(other.id).value().status, DealStatus::WalkedAway);
    QCOMPARE(m_deals->history(other.id).value().size(), 1);
}

void TestClosing::optionOfAnotherDealRefused_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("option of another deal") << QStringLiteral("other");
    QTest::newRow("option id 0") << QStringLiteral("zero");
    QTest::newRow("option that does not exist") << QStringLiteral("missing");
}

void TestClosing::optionOfAnotherDealRefused()
{
    QFETCH(QString, which);
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Mine")), &deal));
    Deal other;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Theirs")), &other));

    qint64 optionId = 0;
    if (which == QStringLiteral("other"))
        optionId = other.options.first().id;
    else if (which == QStringLiteral("missing"))
        optionId = 987'654;
    const Expected<Deal> closed = m_deals->closeDeal(deal.id, optionId, QStringLiteral("Dana"), utc(2026, 3, 1));
    QVERIFY(!closed.ok());
    QVERIFY(!closed.error().message.isEmpty());

    for (qint64 id : {deal.id, other.id}) {
        const Deal reloaded = m_deals->load(id).value();
        QCOMPARE(reloaded.status, DealStatus::Negotiating);
        QVERIFY(!reloaded.ending);
        QVERIFY(m_deals->history(id).value().isEmpty());
    }
    QVERIFY(m_coach->repository().recentEnded(QStringLiteral("Dana"), 5).value().isEmpty());
}

void TestClosing::walkAwayEndsTransparently()
{
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    const QDateTime at = utc(2026, 5, 6, 7, 8, 9);
    const Expected<Deal> walked = m_deals->walkAway(deal.id, QStringLiteral("Eve"), at);
    QVERIFY2(walked.ok(), qPrintable(describe(walked)));

    const Deal reloaded = m_deals->load(deal.id).value();
    QCOMPARE(reloaded.status, DealStatus::WalkedAway);
    QVERIFY(reloaded.ending);
    QVERIFY(reloaded.ending->walkedAway);
    QCOMPARE(reloaded.ending->at, at);
    QCOMPARE(reloaded.ending->by, QStringLiteral("Eve"));
    QCOMPARE(reloaded.ending->optionId, 0);
    QVERIFY(reloaded.ending->optionName.isEmpty());
    QCOMPARE(reloaded.ending->outcome, Outcome::Unknown);
    for (Party party : AllParties)
        QCOMPARE(reloaded.ending->result(party), Result::Unknown);
    QCOMPARE(reloaded.options, deal.options); // nothing else changed

    const QList<DealEvent> history = m_deals->history(deal.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().kind, DealEvent::Kind::WalkedAway);
    QCOMPARE(history.first().by, QStringLiteral("Eve"));
    QCOMPARE(history.first().at, at);

    // The coach sees a walk-away, never a loss.
    const QList<EndedDeal> recent = m_coach->repository().recentEnded(QStringLiteral("Dana"), 5).value();
    QCOMPARE(recent.size(), 1);
    QVERIFY(recent.first().walkedAway);
    QCOMPARE(recent.first().outcome, Outcome::Unknown);
}

void TestClosing::reopenIsRecordedInHistory()
{
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    const qint64 listPrice = optionIdNamed(deal, QStringLiteral("List price"));
    const qint64 twoYear = optionIdNamed(deal, QStringLiteral("Two-year term"));
    const QDateTime closedAt = utc(2026, 2, 1, 10);
    const QDateTime reopenedAt = utc(2026, 2, 3, 11);
    const QDateTime closedAgainAt = utc(2026, 2, 5, 12);

    QVERIFY(m_deals->closeDeal(deal.id, listPrice, QStringLiteral("Dana"), closedAt).ok());
    const Expected<Deal> reopened = m_deals->reopen(deal.id, QStringLiteral("Max Manager"), reopenedAt);
    QVERIFY2(reopened.ok(), qPrintable(describe(reopened)));
    QCOMPARE(reopened.value().status, DealStatus::Negotiating);
    QVERIFY(!reopened.value().ending);
    const Deal afterReopen = m_deals->load(deal.id).value();
    QCOMPARE(afterReopen.status, DealStatus::Negotiating);
    QVERIFY(!afterReopen.ending);
    QCOMPARE(afterReopen.options, deal.options);
    QVERIFY(m_coach->repository().recentEnded(QStringLiteral("Dana"), 5).value().isEmpty());

    // A reopened deal can be saved like any open deal: its status is editable again.
    Deal edit = afterReopen;
    edit.status = DealStatus::Preparing;
    QVERIFY(m_deals->save(edit).ok());
    QCOMPARE(m_deals->load(deal.id).value().status, DealStatus::Preparing);

    const Expected<Deal> closedAgain = m_deals->closeDeal(deal.id, twoYear, QStringLiteral("Dana"), closedAgainAt);
    QVERIFY2(closedAgain.ok(), qPrintable(describe(closedAgain)));
    QCOMPARE(closedAgain.value().ending->optionId, twoYear);
    QCOMPARE(closedAgain.value().ending->outcome, Outcome::WinWinWin);

    const Expected<QList<DealEvent>> history = m_deals->history(deal.id);
    QVERIFY2(history.ok(), qPrintable(describe(history)));
    const QList<DealEvent> events = history.value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).kind, DealEvent::Kind::Closed);
    QCOMPARE(events.at(0).by, QStringLiteral("Dana"));
    QCOMPARE(events.at(0).at, closedAt);
    QVERIFY2(events.at(0).detail.contains(QStringLiteral("List price")), qPrintable(events.at(0).detail));
    QCOMPARE(events.at(1).kind, DealEvent::Kind::Reopened);
    QCOMPARE(events.at(1).by, QStringLiteral("Max Manager"));
    QCOMPARE(events.at(1).at, reopenedAt);
    QCOMPARE(events.at(2).kind, DealEvent::Kind::Closed);
    QCOMPARE(events.at(2).by, QStringLiteral("Dana"));
    QCOMPARE(events.at(2).at, closedAgainAt);
    QVERIFY2(events.at(2).detail.contains(QStringLiteral("Two-year term")), qPrintable(events.at(2).detail));

    // A walk-away can be reopened too.
    QVERIFY(m_deals->reopen(deal.id, QStringLiteral("Dana"), utc(2026, 2, 6)).ok());
    QVERIFY(m_deals->walkAway(deal.id, QStringLiteral("Dana"), utc(2026, 2, 7)).ok());
    QVERIFY(m_deals->reopen(deal.id, QStringLiteral("Eve"), utc(2026, 2, 8)).ok());
    const QList<DealEvent> all = m_deals->history(deal.id).value();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.at(4).kind, DealEvent::Kind::WalkedAway);
    QCOMPARE(all.at(5).kind, DealEvent::Kind::Reopened);
    QCOMPARE(all.at(5).by, QStringLiteral("Eve"));
    QCOMPARE(m_deals->load(deal.id).value().status, DealStatus::Negotiating);
}

void TestClosing::reopenOfOpenDealRefused()
{
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    const Expected<Deal> reopened = m_deals->reopen(deal.id, QStringLiteral("Dana"), utc(2026, 2, 1));
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().kind, StorageError::Kind::Invalid);
    QVERIFY(!reopened.error().message.isEmpty());
    const Deal reloaded = m_deals->load(deal.id).value();
    QCOMPARE(reloaded.status, DealStatus::Negotiating);
    QCOMPARE(reloaded.revision, deal.revision);
    QVERIFY(m_deals->history(deal.id).value().isEmpty());

    // Nor can a deal that does not exist, or one in the trash, be reopened.
    QVERIFY(!m_deals->reopen(deal.id + 100, QStringLiteral("Dana"), utc(2026, 2, 1)).ok());
    qint64 trashed = 0;
    QVERIFY(endDeal(QStringLiteral("Trashed"), QStringLiteral("Dana"), QStringLiteral("Acme"), Ending::WinWin,
                    utc(2026, 2, 2), &trashed));
    QVERIFY(m_deals->moveToTrash(trashed).ok());
    QVERIFY(!m_deals->reopen(trashed, QStringLiteral("Dana"), utc(2026, 2, 3)).ok());
    QCOMPARE(m_deals->history(trashed).value().size(), 1);
}

void TestClosing::closingAnywayKeepsTheReasonInTheHistory()
{
    // The gate before closing (issue 16) asks why; the answer stays with the closing, for the manager to read.
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    const qint64 listPrice = optionIdNamed(deal, QStringLiteral("List price"));
    const QString reason = QStringLiteral("  Their budget closes Friday; we win the renewal at list.\n");
    const Expected<Deal> closed =
        m_deals->closeDeal(deal.id, listPrice, QStringLiteral("Dana"), utc(2026, 3, 2), reason);
    QVERIFY2(closed.ok(), qPrintable(describe(closed)));
    const QList<DealEvent> events = m_deals->history(deal.id).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).kind, DealEvent::Kind::Closed);
    QVERIFY2(events.at(0).detail.contains(QStringLiteral("List price")), qPrintable(events.at(0).detail));
    QVERIFY2(events.at(0).detail.endsWith(QStringLiteral("closed anyway because: Their budget closes Friday; we win "
                                                         "the renewal at list.")),
             qPrintable(events.at(0).detail));

    // Without a reason (no concern, or the gate turned off) the history says only what was agreed.
    QVERIFY(m_deals->reopen(deal.id, QStringLiteral("Dana"), utc(2026, 3, 3)).ok());
    QVERIFY(
        m_deals->closeDeal(deal.id, listPrice, QStringLiteral("Dana"), utc(2026, 3, 4), QStringLiteral(" \t")).ok());
    const QList<DealEvent> again = m_deals->history(deal.id).value();
    QCOMPARE(again.size(), 3);
    QVERIFY2(!again.at(2).detail.contains(QStringLiteral("because")), qPrintable(again.at(2).detail));
}

void TestClosing::endingReasonsAreKeptClearedAndCounted()
{
    // Why a deal ended (issue 16): a reason from the list and a few words, kept with the ending, cleared by reopening,
    // counted per salesperson, ending and reason for the dashboard and `triplewin-cli reasons`.
    Deal first;
    QVERIFY(saveDeal(sampleDeal(), &first));
    const qint64 listPrice = optionIdNamed(first, QStringLiteral("List price"));
    const Expected<Deal> closed =
        m_deals->closeDeal(first.id, listPrice, QStringLiteral("Dana"), utc(2026, 3, 2), QString(),
                           ReasonForEnding{QStringLiteral("price"), QStringLiteral("  Budget moved to Q3 ")});
    QVERIFY2(closed.ok(), qPrintable(describe(closed)));
    QCOMPARE(closed.value().ending->reason, QStringLiteral("price"));
    QCOMPARE(closed.value().ending->reasonNote, QStringLiteral("Budget moved to Q3"));
    const Deal reloaded = m_deals->load(first.id).value();
    QCOMPARE(reloaded.ending->reason, QStringLiteral("price"));
    QCOMPARE(reloaded.ending->reasonNote, QStringLiteral("Budget moved to Q3"));
    const QList<DealEvent> events = m_deals->history(first.id).value();
    QVERIFY2(events.constLast().detail.contains(QStringLiteral("reason: Price (Budget moved to Q3)")),
             qPrintable(events.constLast().detail));

    // Reopening forgets the reason with the rest of the ending; the next ending gives its own.
    const Expected<Deal> reopened = m_deals->reopen(first.id, QStringLiteral("Dana"), utc(2026, 3, 3));
    QVERIFY2(reopened.ok(), qPrintable(describe(reopened)));
    QVERIFY(!reopened.value().ending);
    const Expected<Deal> walked = m_deals->walkAway(first.id, QStringLiteral("Dana"), utc(2026, 3, 4),
                                                    ReasonForEnding{QStringLiteral("Procurement freeze"), {}});
    QVERIFY2(walked.ok(), qPrintable(describe(walked)));
    QCOMPARE(m_deals->load(first.id).value().ending->reason, QStringLiteral("Procurement freeze"));
    QCOMPARE(m_deals->load(first.id).value().ending->reasonNote, QString());

    // Two more: one of Dana's closed for the same standard reason, one of Sam's without any.
    Deal second;
    Deal sampleForDana = sampleDeal();
    QVERIFY(saveDeal(sampleForDana, &second));
    QVERIFY(m_deals
                ->closeDeal(second.id, optionIdNamed(second, QStringLiteral("List price")), QStringLiteral("Dana"),
                            utc(2026, 4, 1), QString(), ReasonForEnding{QStringLiteral("price"), {}})
                .ok());
    Deal third;
    Deal sampleForSam = sampleDeal();
    sampleForSam.salesperson = QStringLiteral("Sam");
    QVERIFY(saveDeal(sampleForSam, &third));
    QVERIFY(m_deals
                ->closeDeal(third.id, optionIdNamed(third, QStringLiteral("List price")), QStringLiteral("Sam"),
                            utc(2026, 4, 2))
                .ok());
    const Ending agreed = endingOf(closed.value().ending->outcome);

    CoachingRepository coaching(*m_database);
    const Expected<QList<ReasonCount>> counts =
        coaching.endingReasons(std::nullopt, QDate(2026, 1, 1), QDate(2026, 12, 1));
    QVERIFY2(counts.ok(), qPrintable(describe(counts)));
    const ReasonTable byEnding = reasonsByEnding(counts.value());
    QCOMPARE(byEnding.total, 3);
    // Standard reasons first, then the user's own, then "none given".
    QCOMPARE(byEnding.reasons, (QStringList{QStringLiteral("price"), QStringLiteral("Procurement freeze"), QString()}));
    // Rows best first: a walk-away before a closing where someone lost.
    QCOMPARE(agreed, Ending::WinLose);
    QCOMPARE(byEnding.rows.size(), 2);
    QCOMPARE(byEnding.rows.at(0).key, endingKey(Ending::WalkedAway));
    QCOMPARE(byEnding.rows.at(0).counts, (QList<qint64>{0, 1, 0}));
    QCOMPARE(byEnding.rows.at(1).key, endingKey(agreed));
    QCOMPARE(byEnding.rows.at(1).counts, (QList<qint64>{1, 0, 1}));
    const ReasonTable bySalesperson = reasonsBySalesperson(counts.value());
    QCOMPARE(bySalesperson.rows.size(), 2);
    QCOMPARE(bySalesperson.rows.at(0).label, QStringLiteral("Dana"));
    QCOMPARE(bySalesperson.rows.at(0).counts, (QList<qint64>{1, 1, 0}));
    QCOMPARE(bySalesperson.rows.at(1).label, QStringLiteral("Sam"));
    QCOMPARE(bySalesperson.rows.at(1).counts, (QList<qint64>{0, 0, 1}));

    // One person, and a period that leaves March out.
    const Expected<QList<ReasonCount>> dana =
        coaching.endingReasons(QStringLiteral("DANA"), QDate(2026, 4, 1), QDate(2026, 4, 30));
    QVERIFY2(dana.ok(), qPrintable(describe(dana)));
    QCOMPARE(reasonsByEnding(dana.value()).total, 1);
    QCOMPARE(reasonsByEnding(dana.value()).reasons, QStringList{QStringLiteral("price")});
}

void TestClosing::valueLeftIsFrozenAtTheClosingAndSummed()
{
    // Issue 16: what a closing left on the table against the best option for all, per party, frozen when the deal
    // closes and summed per salesperson and currency for the dashboard.
    Deal squeeze;
    squeeze.title = QStringLiteral("Squeeze");
    squeeze.customer = QStringLiteral("Acme");
    squeeze.salesperson = QStringLiteral("Dana");
    const auto option = [](const QString &name, Money you, Money customer) {
        DealOption result;
        result.name = name;
        result.assessment(Party::You) = Assessment{you, 1'000'000, {}};
        result.assessment(Party::Customer) = Assessment{customer, 500'000, {}};
        result.assessment(Party::CustomersCustomer) = Assessment{10'000, 0, {}};
        return result;
    };
    // Squeeze: you +5,000, your customer -2,000 (below their alternative). Fair: +2,000 and +1,000, the best for all.
    squeeze.options = {option(QStringLiteral("Squeeze them"), 1'500'000, 300'000),
                       option(QStringLiteral("Fair split"), 1'200'000, 600'000)};
    Deal saved;
    QVERIFY(saveDeal(squeeze, &saved));
    QVERIFY(m_deals->closeDeal(saved.id, saved.options.at(0).id, QStringLiteral("Dana"), utc(2026, 3, 2)).ok());
    // One of Eve's, in another currency, closed on the best option: nothing left, and never summed with euros.
    Deal fair = squeeze;
    fair.title = QStringLiteral("Fair");
    fair.salesperson = QStringLiteral("Eve");
    fair.currency = QStringLiteral("USD");
    Deal savedFair;
    QVERIFY(saveDeal(fair, &savedFair));
    QVERIFY(m_deals->closeDeal(savedFair.id, savedFair.options.at(1).id, QStringLiteral("Eve"), utc(2026, 3, 3)).ok());

    CoachingRepository coaching(*m_database);
    const auto sums = [&coaching] {
        return coaching.valueLeftBySalesperson(QDate(2026, 1, 1), QDate(2026, 12, 1)).value();
    };
    QList<ValueLeftSum> left = sums();
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).salesperson, QStringLiteral("Dana"));
    QCOMPARE(left.at(0).currency, QStringLiteral("EUR"));
    QCOMPARE(left.at(0).deals, 1);
    // You got 3,000 more than the fair option gave; your customer 3,000 less; their customer the same.
    QCOMPARE(left.at(0).perParty, (std::array<qint64, PartyCount>{-300'000, 300'000, 0}));
    QCOMPARE(left.at(1).salesperson, QStringLiteral("Eve"));
    QCOMPARE(left.at(1).currency, QStringLiteral("USD"));
    QCOMPARE(left.at(1).perParty, (std::array<qint64, PartyCount>{0, 0, 0}));

    // Frozen: a later edit of the estimates changes the banner's sentence, not what the closing left.
    Deal edited = m_deals->load(saved.id).value();
    edited.options[1].assessment(Party::Customer).value = 900'000;
    QVERIFY2(m_deals->save(edited).ok(), "editing a closed deal's estimates");
    QCOMPARE(sums().at(0).perParty, (std::array<qint64, PartyCount>{-300'000, 300'000, 0}));

    // Reopening clears it; a walk-away leaves nothing on the table to count.
    QVERIFY(m_deals->reopen(saved.id, QStringLiteral("Dana"), utc(2026, 3, 4)).ok());
    QVERIFY(m_deals->walkAway(saved.id, QStringLiteral("Dana"), utc(2026, 3, 5)).ok());
    left = sums();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).salesperson, QStringLiteral("Eve"));
}

void TestClosing::insertManyIsAllOrNothing_data()
{
    QTest::addColumn<int>("badIndex");
    QTest::addColumn<QString>("fault");

    QTest::newRow("empty title in the middle") << 1 << QStringLiteral("empty title");
    QTest::newRow("blank title last") << 2 << QStringLiteral("blank title");
    QTest::newRow("bad currency first") << 0 << QStringLiteral("currency");
    QTest::newRow("unnamed option") << 1 << QStringLiteral("option name");
    QTest::newRow("already saved deal") << 2 << QStringLiteral("saved");
    // Caught only by the database, after the first two deals were written: the transaction rolls back.
    QTest::newRow("uuid of an existing deal, last") << 2 << QStringLiteral("existing uuid");
    QTest::newRow("same uuid twice") << 1 << QStringLiteral("duplicate uuid");
}

void TestClosing::insertManyIsAllOrNothing()
{
    QFETCH(int, badIndex);
    QFETCH(QString, fault);

    Deal existing;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Existing")), &existing));
    const qint64 options = scalar(QStringLiteral("SELECT count(*) FROM deal_options"));
    const qint64 assessments = scalar(QStringLiteral("SELECT count(*) FROM assessments"));

    QList<Deal> deals;
    for (int i = 0; i < 3; ++i) {
        Deal deal = sampleDeal(QStringLiteral("Imported %1").arg(i));
        deal.ending = DealEnding{};
        deal.ending->at = utc(2026, 1, 10 + i);
        deal.ending->by = QStringLiteral("Dana");
        deal.ending->optionName = QStringLiteral("List price");
        deal.ending->outcome = Outcome::WinLose;
        deals << deal;
    }
    Deal &bad = deals[badIndex];
    if (fault == QStringLiteral("empty title"))
        bad.title.clear();
    else if (fault == QStringLiteral("blank title"))
        bad.title = QStringLiteral("   ");
    else if (fault == QStringLiteral("currency"))
        bad.currency = QStringLiteral("euro");
    else if (fault == QStringLiteral("option name"))
        bad.options[1].name.clear();
    else if (fault == QStringLiteral("saved"))
        bad.id = existing.id;
    else if (fault == QStringLiteral("existing uuid"))
        bad.uuid = existing.uuid;
    else if (fault == QStringLiteral("duplicate uuid"))
        deals[0].uuid = bad.uuid = QStringLiteral("7f0c3a52-5d0e-4a55-9a8e-0c1d2e3f4a5b");

    const Expected<QList<qint64>> inserted = m_deals->insertMany(deals);
    QVERIFY(!inserted.ok());
    QVERIFY(!inserted.error().message.isEmpty());

    QCOMPARE(m_deals->count().value(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options")), options);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments")), assessments);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_events")), 0);
    QVERIFY(m_coach->repository().recentEnded(QStringLiteral("Dana"), 5).value().isEmpty());
    QVERIFY(m_deals->load(existing.id).value().sameContentAs(existing));

    // The same batch without the fault goes in whole.
    deals[badIndex] = sampleDeal(QStringLiteral("Fixed"));
    deals[0].uuid.clear();
    const Expected<QList<qint64>> retried = m_deals->insertMany(deals);
    QVERIFY2(retried.ok(), qPrintable(describe(retried)));
    QCOMPARE(retried.value().size(), 3);
    QCOMPARE(m_deals->count().value(), 4);
}

void TestClosing::insertManyImportsEndedDeals()
{
    QList<Deal> deals;

    Deal closed = sampleDeal(QStringLiteral("Imported closed"));
    closed.status = DealStatus::Negotiating;
    closed.ending = DealEnding{};
    closed.ending->at = utc(2025, 11, 20, 16, 45);
    closed.ending->by = QStringLiteral("Dana");
    closed.ending->optionName = QStringLiteral("Two-year term");
    closed.ending->results = {Result::Win, Result::Even, Result::Lose};
    closed.ending->outcome = Outcome::WinWin;
    deals << closed;

    Deal walked = sampleDeal(QStringLiteral("Imported walk-away"));
    walked.salesperson = QStringLiteral("Eve");
    walked.status = DealStatus::Preparing;
    walked.ending = DealEnding{};
    walked.ending->at = utc(2025, 12, 1, 8);
    walked.ending->by = QStringLiteral("Eve");
    walked.ending->walkedAway = true;
    deals << walked;

    // A bare "closed" status without a closing record is read as still negotiating.
    Deal open = sampleDeal(QStringLiteral("Imported open"));
    open.status = DealStatus::Closed;
    deals << open;

    // An option id from the database the deal was exported from means nothing here: the name decides.
    Deal foreignId = sampleDeal(QStringLiteral("Imported with a foreign option id"));
    foreignId.ending = DealEnding{};
    foreignId.ending->at = utc(2025, 12, 2, 8);
    foreignId.ending->by = QStringLiteral("Dana");
    foreignId.ending->optionId = 987'654;
    foreignId.ending->optionName = QStringLiteral("List price");
    foreignId.ending->results = {Result::Win, Result::Lose, Result::Even};
    foreignId.ending->outcome = Outcome::WinLose;
    deals << foreignId;

    const Expected<QList<qint64>> inserted = m_deals->insertMany(deals);
    QVERIFY2(inserted.ok(), qPrintable(describe(inserted)));
    QCOMPARE(inserted.value().size(), deals.size());

    const Deal loadedClosed = m_deals->load(inserted.value().at(0)).value();
    QCOMPARE(loadedClosed.status, DealStatus::Closed);
    QVERIFY(loadedClosed.ending);
    QCOMPARE(loadedClosed.ending->at, closed.ending->at);
    QCOMPARE(loadedClosed.ending->by, QStringLiteral("Dana"));
    QCOMPARE(loadedClosed.ending->optionName, QStringLiteral("Two-year term"));
    QCOMPARE(loadedClosed.ending->optionId, optionIdNamed(loadedClosed, QStringLiteral("Two-year term")));
    QVERIFY(loadedClosed.ending->optionId > 0);
    QCOMPARE(loadedClosed.ending->results, closed.ending->results);
    QCOMPARE(loadedClosed.ending->outcome, Outcome::WinWin);
    QVERIFY(!loadedClosed.ending->walkedAway);
    const QList<DealEvent> closedHistory = m_deals->history(loadedClosed.id).value();
    QCOMPARE(closedHistory.size(), 1);
    QCOMPARE(closedHistory.first().kind, DealEvent::Kind::Closed);
    QCOMPARE(closedHistory.first().at, closed.ending->at);
    QCOMPARE(closedHistory.first().by, QStringLiteral("Dana"));

    const Deal loadedWalked = m_deals->load(inserted.value().at(1)).value();
    QCOMPARE(loadedWalked.status, DealStatus::WalkedAway);
    QVERIFY(loadedWalked.ending);
    QVERIFY(loadedWalked.ending->walkedAway);
    QCOMPARE(loadedWalked.ending->optionId, 0);
    QCOMPARE(loadedWalked.ending->at, walked.ending->at);
    const QList<DealEvent> walkedHistory = m_deals->history(loadedWalked.id).value();
    QCOMPARE(walkedHistory.size(), 1);
    QCOMPARE(walkedHistory.first().kind, DealEvent::Kind::WalkedAway);
    QCOMPARE(walkedHistory.first().by, QStringLiteral("Eve"));

    const Deal loadedOpen = m_deals->load(inserted.value().at(2)).value();
    QCOMPARE(loadedOpen.status, DealStatus::Negotiating);
    QVERIFY(!loadedOpen.ending);
    QVERIFY(m_deals->history(loadedOpen.id).value().isEmpty());

    const Deal loadedForeign = m_deals->load(inserted.value().at(3)).value();
    QCOMPARE(loadedForeign.ending->optionId, optionIdNamed(loadedForeign, QStringLiteral("List price")));

    // The coach counts the imported endings with their frozen outcomes.
    const QList<EndedDeal> dana = m_coach->repository().recentEnded(QStringLiteral("Dana"), 5).value();
    QCOMPARE(idsOf(dana), (QList<qint64>{loadedForeign.id, loadedClosed.id}));
    QCOMPARE(dana.at(0).outcome, Outcome::WinLose);
    QCOMPARE(dana.at(1).outcome, Outcome::WinWin);
    QCOMPARE(dana.at(1).customersCustomer, Result::Lose);
    const QList<EndedDeal> eve = m_coach->repository().recentEnded(QStringLiteral("Eve"), 5).value();
    QCOMPARE(idsOf(eve), QList<qint64>{loadedWalked.id});
    QVERIFY(eve.first().walkedAway);
}

void TestClosing::oneSalespersonNeverFlagsAnother()
{
    // Interleaved in time: mixed together, Eve's window would hold Dana's lose/wins.
    qint64 dana1 = 0, eve1 = 0, dana2 = 0, eve2 = 0, dana3 = 0;
    QVERIFY(endDeal(QStringLiteral("D1"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::LoseWin, utc(2026, 3, 1),
                    &dana1));
    QVERIFY(endDeal(QStringLiteral("E1"), QStringLiteral("Eve"), QStringLiteral("B"), Ending::LoseWin, utc(2026, 3, 2),
                    &eve1));
    QVERIFY(endDeal(QStringLiteral("D2"), QStringLiteral("Dana"), QStringLiteral("C"), Ending::LoseWin, utc(2026, 3, 3),
                    &dana2));
    QVERIFY(endDeal(QStringLiteral("E2"), QStringLiteral("Eve"), QStringLiteral("D"), Ending::WinWin, utc(2026, 3, 4),
                    &eve2));
    QVERIFY(endDeal(QStringLiteral("D3"), QStringLiteral("Dana"), QStringLiteral("E"), Ending::WinWin, utc(2026, 3, 5),
                    &dana3));

    const Expected<HabitReport> dana = m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, From, To);
    QVERIFY2(dana.ok(), qPrintable(describe(dana)));
    QCOMPARE(idsOf(dana.value().recent), (QList<qint64>{dana3, dana2, dana1}));
    QCOMPARE(dana.value().flags.size(), 1);
    QCOMPARE(dana.value().flags.first().kind, HabitKind::Concession);
    QCOMPARE(idsOf(dana.value().flags.first().evidence), (QList<qint64>{dana2, dana1}));
    QCOMPARE(dana.value().flags.first().since, utc(2026, 3, 1));
    QCOMPARE(dana.value().rq, std::optional<int>(42)); // (20 + 20 + 85) / 3 = 41.67

    const Expected<HabitReport> eve = m_coach->report(QStringLiteral("Eve"), HabitThresholds{}, From, To);
    QVERIFY2(eve.ok(), qPrintable(describe(eve)));
    QCOMPARE(idsOf(eve.value().recent), (QList<qint64>{eve2, eve1}));
    QVERIFY(eve.value().flags.isEmpty());
    QCOMPARE(eve.value().rq, std::optional<int>(53)); // (20 + 85) / 2 = 52.5

    const Expected<QList<HabitReport>> team = m_coach->teamReport(HabitThresholds{}, From, To);
    QVERIFY2(team.ok(), qPrintable(describe(team)));
    QCOMPARE(team.value().size(), 2);
    QCOMPARE(team.value().at(0).salesperson, QStringLiteral("Dana"));
    QCOMPARE(team.value().at(1).salesperson, QStringLiteral("Eve"));
    const HabitReport &teamDana = team.value().at(0);
    QCOMPARE(idsOf(teamDana.recent), idsOf(dana.value().recent));
    QCOMPARE(teamDana.flags.size(), 1);
    QCOMPARE(teamDana.flags.first().kind, HabitKind::Concession);
    QCOMPARE(idsOf(teamDana.flags.first().evidence), (QList<qint64>{dana2, dana1}));
    QCOMPARE(teamDana.rq, dana.value().rq);
    const HabitReport &teamEve = team.value().at(1);
    QCOMPARE(idsOf(teamEve.recent), idsOf(eve.value().recent));
    QVERIFY(teamEve.flags.isEmpty());
    QCOMPARE(teamEve.rq, eve.value().rq);

    QCOMPARE(m_coach->repository().salespeople().value(), (QStringList{QStringLiteral("Dana"), QStringLiteral("Eve")}));

    // A salesperson without ended deals gets an empty report, not someone else's.
    const Expected<HabitReport> nobody = m_coach->report(QStringLiteral("Finn"), HabitThresholds{}, From, To);
    QVERIFY2(nobody.ok(), qPrintable(describe(nobody)));
    QVERIFY(nobody.value().recent.isEmpty());
    QVERIFY(nobody.value().flags.isEmpty());
    QCOMPARE(nobody.value().rq, std::nullopt);
    QVERIFY(nobody.value().monthly.isEmpty());
}

void TestClosing::reopenedDealNoLongerCounts()
{
    qint64 first = 0, second = 0, third = 0;
    QVERIFY(endDeal(QStringLiteral("First"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::LoseWin,
                    utc(2026, 3, 1), &first));
    QVERIFY(endDeal(QStringLiteral("Second"), QStringLiteral("Dana"), QStringLiteral("B"), Ending::LoseWin,
                    utc(2026, 3, 2), &second));
    QVERIFY(endDeal(QStringLiteral("Third"), QStringLiteral("Dana"), QStringLiteral("C"), Ending::WinWin,
                    utc(2026, 3, 3), &third));
    QVERIFY(findFlag(m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, From, To).value().flags,
                     HabitKind::Concession));

    QVERIFY(m_deals->reopen(first, QStringLiteral("Dana"), utc(2026, 3, 4)).ok());
    const HabitReport report = m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, From, To).value();
    QCOMPARE(idsOf(report.recent), (QList<qint64>{third, second}));
    QVERIFY(report.flags.isEmpty());
    QCOMPARE(report.counts.total(), 2);
    QCOMPARE(report.rq, std::optional<int>(53)); // (20 + 85) / 2 = 52.5
    const QList<HabitReport> team = m_coach->teamReport(HabitThresholds{}, From, To).value();
    QCOMPARE(team.size(), 1);
    QCOMPARE(idsOf(team.first().recent), (QList<qint64>{third, second}));
    QVERIFY(team.first().flags.isEmpty());
    QCOMPARE(team.first().counts.total(), 2);

    // Closed again (with the other option, win-win-win), it counts once, as its new ending.
    const Deal reopened = m_deals->load(first).value();
    QVERIFY(m_deals
                ->closeDeal(first, optionIdNamed(reopened, QStringLiteral("Alternative")), QStringLiteral("Dana"),
                            utc(2026, 3, 5))
                .ok());
    const HabitReport again = m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, From, To).value();
    QCOMPARE(idsOf(again.recent), (QList<qint64>{first, third, second}));
    QCOMPARE(again.recent.first().outcome, Outcome::WinWinWin);
    QVERIFY(again.flags.isEmpty());
    QCOMPARE(again.counts.total(), 3);
}

void TestClosing::trashedDealsDoNotCount()
{
    qint64 first = 0, second = 0;
    QVERIFY(endDeal(QStringLiteral("First"), QStringLiteral("Dana"), QStringLiteral("Acme"), Ending::WinLose,
                    utc(2026, 3, 1), &first));
    QVERIFY(endDeal(QStringLiteral("Second"), QStringLiteral("Dana"), QStringLiteral("Acme"), Ending::WinLose,
                    utc(2026, 3, 2), &second));
    QVERIFY(findFlag(m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, From, To).value().flags,
                     HabitKind::HardBargain));

    QVERIFY(m_deals->moveToTrash(second).ok());
    HabitReport report = m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, From, To).value();
    QCOMPARE(idsOf(report.recent), QList<qint64>{first});
    QVERIFY(report.flags.isEmpty());
    QCOMPARE(report.counts.total(), 1);
    QCOMPARE(m_coach->teamReport(HabitThresholds{}, From, To).value().first().counts.total(), 1);
    QCOMPARE(m_coach->repository().lastEndedWithCustomer(QStringLiteral("Acme"), 0).value()->id, first);

    QVERIFY(m_deals->moveToTrash(first).ok());
    QVERIFY(m_coach->repository().salespeople().value().isEmpty());
    QVERIFY(m_coach->teamReport(HabitThresholds{}, From, To).value().isEmpty());
    QVERIFY(!m_coach->repository().lastEndedWithCustomer(QStringLiteral("Acme"), 0).value());
    QVERIFY(m_coach->customerWarning(QStringLiteral("Acme"), 0).value().isEmpty());

    QVERIFY(m_deals->restoreFromTrash(first).ok());
    QVERIFY(m_deals->restoreFromTrash(second).ok());
    report = m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, From, To).value();
    QVERIFY(findFlag(report.flags, HabitKind::HardBargain));
    QCOMPARE(report.counts.total(), 2);
}

void TestClosing::rqPerMonthInUtc()
{
    // Outside the period: the last millisecond of February and the first of May.
    QVERIFY(endDeal(QStringLiteral("Feb"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::LoseLose,
                    utc(2026, 2, 28, 23, 59, 59, 999)));
    QVERIFY(endDeal(QStringLiteral("May"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::LoseLose,
                    utc(2026, 5, 1, 0, 0, 0, 0)));
    // March: win-win-win and lose/win → (100 + 20) / 2 = 60. The late one is already April in local time (+14).
    QVERIFY(endDeal(QStringLiteral("Mar 1"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::WinWinWin,
                    utc(2026, 3, 1, 0, 0, 0, 0)));
    QVERIFY(endDeal(QStringLiteral("Mar 31"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::LoseWin,
                    utc(2026, 3, 31, 23, 30)));
    // April: a walk-away and a win/lose → (70 + 10) / 2 = 40.
    QVERIFY(endDeal(QStringLiteral("Apr 1"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::WalkedAway,
                    utc(2026, 4, 1, 0, 30)));
    QVERIFY(endDeal(QStringLiteral("Apr 30"), QStringLiteral("Dana"), QStringLiteral("A"), Ending::WinLose,
                    utc(2026, 4, 30, 23, 59, 59, 999)));
    // Someone else's deal in the same months does not change Dana's points.
    QVERIFY(endDeal(QStringLiteral("Eve Mar"), QStringLiteral("Eve"), QStringLiteral("A"), Ending::LoseLose,
                    utc(2026, 3, 15)));

    const QDate from(2026, 3, 1);
    const QDate to(2026, 4, 15); // the whole of April counts
    const Expected<HabitReport> report = m_coach->report(QStringLiteral("Dana"), HabitThresholds{}, from, to);
    QVERIFY2(report.ok(), qPrintable(describe(report)));
    QCOMPARE(report.value().counts.total(), 4);
    QCOMPARE(report.value().counts[Ending::WinWinWin], 1);
    QCOMPARE(report.value().counts[Ending::LoseWin], 1);
    QCOMPARE(report.value().counts[Ending::WalkedAway], 1);
    QCOMPARE(report.value().counts[Ending::WinLose], 1);
    QCOMPARE(report.value().rq, std::optional<int>(50)); // (100 + 20 + 70 + 10) / 4

    const QList<RqPoint> monthly = report.value().monthly;
    QCOMPARE(monthly.size(), 2);
    QCOMPARE(monthly.at(0).month, QDate(2026, 3, 1));
    QCOMPARE(monthly.at(0).rq, 60);
    QCOMPARE(monthly.at(0).deals, 2);
    QCOMPARE(monthly.at(1).month, QDate(2026, 4, 1));
    QCOMPARE(monthly.at(1).rq, 40);
    QCOMPARE(monthly.at(1).deals, 2);

    const Expected<QList<HabitReport>> team = m_coach->teamReport(HabitThresholds{}, from, to);
    QVERIFY2(team.ok(), qPrintable(describe(team)));
    const HabitReport *dana = findReport(team.value(), QStringLiteral("Dana"));
    QVERIFY(dana);
    QCOMPARE(dana->rq, std::optional<int>(50));
    QCOMPARE(dana->monthly.size(), 2);
    QCOMPARE(dana->monthly.at(0).month, QDate(2026, 3, 1));
    QCOMPARE(dana->monthly.at(0).rq, 60);
    QCOMPARE(dana->monthly.at(1).month, QDate(2026, 4, 1));
    QCOMPARE(dana->monthly.at(1).rq, 40);
    const HabitReport *eve = findReport(team.value(), QStringLiteral("Eve"));
    QVERIFY(eve);
    QCOMPARE(eve->rq, std::optional<int>(0));
    QCOMPARE(eve->monthly.size(), 1);

    // The flags look at the most recent deals regardless of the RQ period.
    QCOMPARE(report.value().recent.size(), 5);
    QCOMPARE(report.value().recent.first().title, QStringLiteral("May"));
}

void TestClosing::customerWarningAfterLastEnding_data()
{
    QTest::addColumn<Ending>("last");
    QTest::addColumn<bool>("warns");

    QTest::newRow("win/lose") << Ending::WinLose << true;
    QTest::newRow("lose/lose") << Ending::LoseLose << true;
    QTest::newRow("win/win") << Ending::WinWin << false;
    QTest::newRow("win-win-win") << Ending::WinWinWin << false;
    QTest::newRow("lose/win") << Ending::LoseWin << false;
}

void TestClosing::unassessedEndingsWaitToBeAssessed()
{
    // Eve gives in four times; then three CRM deals she won come in closed but not assessed, and one is closed here
    // with its values missing. They must not hide the habit, change her RQ or be taken as her customer's last
    // experience: they wait in her list to assess, newest first.
    for (int i = 0; i < 4; ++i)
        QVERIFY(endDeal(QStringLiteral("Concession %1").arg(i), QStringLiteral("Eve"), QStringLiteral("Acme"),
                        Ending::LoseWin, utc(2026, 1, 1 + i)));
    const QByteArray crm = "Deal Name,Deal Owner,Deal Stage,Close Date,Record ID,Associated Company\r\n"
                           "Won A,Eve,closedwon,2026-03-01,1,Acme\r\n"
                           "Won B,Eve,closedwon,2026-03-02,2,Acme\r\n"
                           "Won C,Eve,closedwon,2026-03-03,3,Acme\r\n";
    QBuffer buffer;
    buffer.setData(crm);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(DealImporter().importInto(*m_deals, &buffer).ids.size(), 3);
    qint64 unassessed = 0;
    QVERIFY(endDeal(QStringLiteral("Values missing"), QStringLiteral("Eve"), QStringLiteral("Acme"), Ending::Unknown,
                    utc(2026, 3, 4), &unassessed));

    const HabitReport report =
        m_coach->report(QStringLiteral("Eve"), HabitThresholds{}, QDate(2026, 1, 1), QDate(2026, 3, 1)).value();
    QCOMPARE(report.recent.size(), 4); // only the assessed endings
    QVERIFY(std::any_of(report.flags.cbegin(), report.flags.cend(),
                        [](const HabitFlag &flag) { return flag.kind == HabitKind::Concession; }));
    QCOMPARE(report.counts.total(), 4);
    QCOMPARE(report.rq, std::optional<int>(RelationalQuotient::weight(Ending::LoseWin)));
    QStringList toAssess;
    for (const EndedDeal &deal : report.toAssess)
        toAssess << deal.title;
    QCOMPARE(toAssess, (QStringList{QStringLiteral("Values missing"), QStringLiteral("Won C"), QStringLiteral("Won B"),
                                    QStringLiteral("Won A")}));
    QCOMPARE(report.toAssessCount, 4);

    // The team view says the same.
    const QList<HabitReport> team =
        m_coach->teamReport(HabitThresholds{}, QDate(2026, 1, 1), QDate(2026, 3, 1)).value();
    QCOMPARE(team.size(), 1);
    QCOMPARE(team.constFirst().toAssess.size(), 4);
    QCOMPARE(team.constFirst().toAssessCount, 4);
    QCOMPARE(team.constFirst().recent.size(), 4);

    // The customer's last known experience is the last concession, not an unassessed deal.
    const Expected<std::optional<EndedDeal>> last =
        m_coach->repository().lastEndedWithCustomer(QStringLiteral("Acme"), 0);
    QVERIFY(last.ok() && last.value());
    QCOMPARE(last.value()->title, QStringLiteral("Concession 3"));

    // Assessed at last (reopened, values entered, closed again): it leaves the list and counts.
    QVERIFY(m_deals->reopen(unassessed, QStringLiteral("Eve")).ok());
    Deal deal = m_deals->load(unassessed).value();
    for (DealOption &option : deal.options) {
        for (Party party : AllParties) {
            option.assessment(party).value = 100;
            option.assessment(party).referencePoint = 0;
        }
    }
    deal = m_deals->save(deal).value();
    QVERIFY(m_deals->closeDeal(unassessed, deal.options.constFirst().id, QStringLiteral("Eve"), utc(2026, 3, 4)).ok());
    const HabitReport after =
        m_coach->report(QStringLiteral("Eve"), HabitThresholds{}, QDate(2026, 1, 1), QDate(2026, 3, 1)).value();
    QCOMPARE(after.toAssessCount, 3);
    QCOMPARE(after.recent.size(), 5);
    QCOMPARE(after.recent.constFirst().title, QStringLiteral("Values missing"));
}

void TestClosing::namesMatchAsPeopleMeanThem()
{
    // The same salesperson and the same customer, written three ways (case beyond ASCII, spaces, a decomposed
    // umlaut): one person, one customer, in the coach, the customer warning, the filters and the search.
    const QString decomposed = QStringLiteral("Mu\u0308ller GmbH");
    QVERIFY(endDeal(QStringLiteral("First"), QStringLiteral("Dana Scott"), QStringLiteral("Müller GmbH"),
                    Ending::WinWin, utc(2026, 1, 5)));
    QVERIFY(endDeal(QStringLiteral("Second"), QStringLiteral("DANA  SCOTT "), QStringLiteral("MÜLLER GMBH"),
                    Ending::LoseWin, utc(2026, 2, 5)));
    QVERIFY(
        endDeal(QStringLiteral("Third"), QStringLiteral("dana scott"), decomposed, Ending::WinLose, utc(2026, 3, 5)));

    const QList<HabitReport> team =
        m_coach->teamReport(HabitThresholds{}, QDate(2026, 1, 1), QDate(2026, 3, 1)).value();
    QCOMPARE(team.size(), 1);
    QCOMPARE(team.constFirst().recent.size(), 3);
    QCOMPARE(team.constFirst().counts.total(), 3);
    QCOMPARE(team.constFirst().salesperson, QStringLiteral("dana scott")); // the latest spelling
    QCOMPARE(m_coach->repository().salespeople().value(), QStringList{QStringLiteral("dana scott")});
    QCOMPARE(m_coach->report(QStringLiteral(" Dana Scott"), HabitThresholds{}, QDate(2026, 1, 1), QDate(2026, 3, 1))
                 .value()
                 .recent.size(),
             3);

    const QString warning = m_coach->customerWarning(QStringLiteral("müller gmbh"), 0).value();
    QVERIFY2(warning.contains(QStringLiteral("Third")), qPrintable(warning));

    TeamHistoryRepository history(*m_database);
    TeamHistoryFilter filter;
    filter.salesperson = QStringLiteral("DANA SCOTT");
    QCOMPARE(history.page(filter, std::nullopt).value().size(), 3);
    filter = TeamHistoryFilter();
    filter.customer = QStringLiteral("MÜLLER GMBH");
    QCOMPARE(history.page(filter, std::nullopt).value().size(), 3);
    filter = TeamHistoryFilter();
    filter.search = QStringLiteral("müller");
    QCOMPARE(history.page(filter, std::nullopt).value().size(), 3);
    DealQuery search;
    search.search = QStringLiteral("müller");
    QCOMPARE(m_deals->list(search).value().size(), 3);

    // A file from before the name keys (schema 9) gets them on upgrade.
    if (TestBackend::onServer())
        return; // a server's schema never had a version without them
    for (const QString &statement : Test::statementsBackToSchema(9)) {
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(statement), qPrintable(statement + u' ' + query.lastError().text()));
    }
    m_coach.reset();
    m_deals.reset();
    m_database = std::make_unique<Database>(QStringLiteral("tst_closing_upgraded"));
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("deals.sqlite"))).ok());
    m_deals = std::make_unique<DealRepository>(*m_database);
    m_coach = std::make_unique<Coach>(*m_database);
    QCOMPARE(m_coach->repository().recentEnded(QStringLiteral("DANA SCOTT"), 5).value().size(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT customer_key) FROM deals")), 1);
}

void TestClosing::walkAwayDoesNotHideAnEarlierWinLose()
{
    // A walk-away is no outcome for the customer: the win/lose before it is still their last experience.
    qint64 winLose = 0;
    QVERIFY(endDeal(QStringLiteral("Rush order"), QStringLiteral("Eve"), QStringLiteral("ACME"), Ending::WinLose,
                    utc(2026, 1, 5), &winLose));
    QVERIFY(endDeal(QStringLiteral("Tablets"), QStringLiteral("Dana"), QStringLiteral("ACME"), Ending::WalkedAway,
                    utc(2026, 2, 5)));
    const Expected<std::optional<EndedDeal>> found =
        m_coach->repository().lastEndedWithCustomer(QStringLiteral("Acme"), 0);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->id, winLose);
    QVERIFY(m_coach->customerWarning(QStringLiteral("Acme"), 0).value().contains(QStringLiteral("Rush order")));
}

void TestClosing::customerWarningAfterLastEnding()
{
    QFETCH(Ending, last);
    QFETCH(bool, warns);

    // An older deal with the opposite verdict, so only the last one decides.
    QVERIFY(endDeal(QStringLiteral("Earlier deal"), QStringLiteral("Eve"), QStringLiteral("ACME"),
                    warns ? Ending::WinWin : Ending::WinLose, utc(2026, 1, 5)));
    qint64 lastId = 0;
    QVERIFY(endDeal(QStringLiteral("Fleet renewal"), QStringLiteral("Dana"), QStringLiteral("ACME"), last,
                    utc(2026, 2, 5), &lastId));

    const Expected<std::optional<EndedDeal>> found =
        m_coach->repository().lastEndedWithCustomer(QStringLiteral("Acme"), 0);
    QVERIFY2(found.ok(), qPrintable(describe(found)));
    QVERIFY(found.value());
    QCOMPARE(found.value()->id, lastId);

    const Expected<QString> warning = m_coach->customerWarning(QStringLiteral("Acme"), 0);
    QVERIFY2(warning.ok(), qPrintable(describe(warning)));
    QCOMPARE(!warning.value().isEmpty(), warns);
    if (warns) {
        QVERIFY2(warning.value().contains(QStringLiteral("ACME")), qPrintable(warning.value()));
        QVERIFY2(warning.value().contains(QStringLiteral("Fleet renewal")), qPrintable(warning.value()));
        QVERIFY2(warning.value().contains(QStringLiteral("Dana")), qPrintable(warning.value()));
        QVERIFY2(warning.value().contains(outcomeName(outcomeFor(last))), qPrintable(warning.value()));
    }
}

void TestClosing::customerMatchedCaseInsensitively_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");

    QTest::newRow("same case") << QStringLiteral("ACME") << true;
    QTest::newRow("title case") << QStringLiteral("Acme") << true;
    QTest::newRow("lower case") << QStringLiteral("acme") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  acme ") << true;
    QTest::newRow("longer name") << QStringLiteral("Acme Logistics") << false;
    QTest::newRow("prefix only") << QStringLiteral("Acm") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestClosing::customerMatchedCaseInsensitively()
{
    QFETCH(QString, typed);
    QFETCH(bool, matches);

    qint64 id = 0;
    QVERIFY(endDeal(QStringLiteral("Fleet renewal"), QStringLiteral("Dana"), QStringLiteral("ACME"), Ending::WinLose,
                    utc(2026, 2, 5), &id));
    const Expected<std::optional<EndedDeal>> found = m_coach->repository().lastEndedWithCustomer(typed, 0);
    QVERIFY2(found.ok(), qPrintable(describe(found)));
    QCOMPARE(bool(found.value()), matches);
    if (matches)
        QCOMPARE(found.value()->id, id);
    QCOMPARE(!m_coach->customerWarning(typed, 0).value().isEmpty(), matches);
}

void TestClosing::customerWarningExcludesTheOpenDeal()
{
    qint64 only = 0;
    QVERIFY(endDeal(QStringLiteral("Fleet renewal"), QStringLiteral("Dana"), QStringLiteral("ACME"), Ending::WinLose,
                    utc(2026, 2, 5), &only));
    // Another deal with the customer that has not ended does not count either.
    Deal pending;
    QVERIFY(
        saveDeal(dealWith(QStringLiteral("Pending"), QStringLiteral("Dana"), QStringLiteral("Acme"), Outcome::LoseLose),
                 &pending));

    QVERIFY(!m_coach->customerWarning(QStringLiteral("Acme"), 0).value().isEmpty());
    QVERIFY(!m_coach->customerWarning(QStringLiteral("Acme"), pending.id).value().isEmpty());
    const Expected<QString> excluded = m_coach->customerWarning(QStringLiteral("Acme"), only);
    QVERIFY2(excluded.ok(), qPrintable(describe(excluded)));
    QVERIFY(excluded.value().isEmpty());
    QVERIFY(!m_coach->repository().lastEndedWithCustomer(QStringLiteral("Acme"), only).value());
}

void TestClosing::lastEndedWithCustomerIsTheMostRecent()
{
    // The later ending belongs to the deal saved first (lower id): recency is by ending time, not by id.
    qint64 newer = 0, older = 0;
    QVERIFY(endDeal(QStringLiteral("Newer"), QStringLiteral("Dana"), QStringLiteral("Acme"), Ending::WinWin,
                    utc(2026, 6, 1), &newer));
    QVERIFY(endDeal(QStringLiteral("Older"), QStringLiteral("Eve"), QStringLiteral("acme"), Ending::WinLose,
                    utc(2026, 5, 1), &older));
    QVERIFY(newer < older);
    QVERIFY(endDeal(QStringLiteral("Other customer"), QStringLiteral("Dana"), QStringLiteral("Globex"), Ending::WinWin,
                    utc(2026, 7, 1)));

    Expected<std::optional<EndedDeal>> last = m_coach->repository().lastEndedWithCustomer(QStringLiteral("ACME"), 0);
    QVERIFY2(last.ok(), qPrintable(describe(last)));
    QVERIFY(last.value());
    QCOMPARE(last.value()->id, newer);
    QCOMPARE(last.value()->outcome, Outcome::WinWin);
    QCOMPARE(last.value()->endedAt, utc(2026, 6, 1));
    QVERIFY(m_coach->customerWarning(QStringLiteral("ACME"), 0).value().isEmpty());

    // Reopening the newer deal leaves the older win/lose as the last ending.
    QVERIFY(m_deals->reopen(newer, QStringLiteral("Dana"), utc(2026, 6, 2)).ok());
    last = m_coach->repository().lastEndedWithCustomer(QStringLiteral("ACME"), 0);
    QCOMPARE(last.value()->id, older);
    const QString warning = m_coach->customerWarning(QStringLiteral("ACME"), newer).value();
    QVERIFY2(warning.contains(QStringLiteral("Older")) && warning.contains(QStringLiteral("Eve")), qPrintable(warning));
}

void TestClosing::habitQueriesUseTheEndedDealsIndex()
{
    // Some data, so the plan is made for a table with rows in it.
    const QStringList people{QStringLiteral("Dana"), QStringLiteral("Eve"), QStringLiteral("Finn")};
    for (int i = 0; i < 12; ++i) {
        QVERIFY(endDeal(QStringLiteral("Deal %1").arg(i), people.at(i % 3), QStringLiteral("Acme"),
                        i % 2 ? Ending::WinWin : Ending::LoseWin, utc(2026, 1, 1 + i)));
    }
    Deal open;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Still open")), &open));

    // recentSql is copied from CoachingRepository::recentEnded(). windowSql is the plain ROW_NUMBER() form of
    // forEachSalespersonWindow(), which the repository replaced by a faster loose index scan: the repository
    // must return exactly the rows of this reference query.
    const QString columns =
        QStringLiteral("id, title, customer, salesperson, ended_at, ending, customers_customer_result");
    const QString ended = QStringLiteral("ended_at IS NOT NULL AND deleted_at IS NULL AND ending <> 'unknown'");
    const QString recentSql = QStringLiteral("SELECT %1 FROM deals WHERE salesperson_key = ? AND %2 "
                                             "ORDER BY ended_at DESC, id DESC LIMIT ?")
                                  .arg(columns, ended);
    const QString windowSql = QStringLiteral("SELECT %1 FROM (SELECT %1, salesperson_key, ROW_NUMBER() OVER "
                                             "(PARTITION BY salesperson_key ORDER BY ended_at DESC, id DESC) AS "
                                             "recency FROM deals WHERE %2) AS numbered WHERE recency <= ? ORDER BY "
                                             "salesperson_key, recency")
                                  .arg(columns, ended);

    if (!TestBackend::onServer()) { // SQLite's plans; the server's are its own
        // The dashboard's reasons and value left read a range of their indexes, the period's ended deals only (at a
        // million deals a scan through another index took 0.32 and 4.3 s).
        const SqlStatement reasons =
            CoachingRepository::endingReasonsStatement(std::nullopt, QDate(2026, 1, 1), QDate(2026, 12, 1));
        const QString reasonsPlan = queryPlan(reasons.text, reasons.binds);
        QVERIFY2(reasonsPlan.contains(QStringLiteral("deals_ended_reasons (ended_at>? AND ended_at<?)")),
                 qPrintable(reasonsPlan));
        const SqlStatement left = CoachingRepository::valueLeftStatement(QDate(2026, 1, 1), QDate(2026, 12, 1));
        const QString leftPlan = queryPlan(left.text, left.binds);
        QVERIFY2(leftPlan.contains(QStringLiteral("deals_value_left (ended_at>? AND ended_at<?)")),
                 qPrintable(leftPlan));

        const QString recentPlan = queryPlan(recentSql, {QStringLiteral("dana"), 5});
        QVERIFY2(recentPlan.contains(QStringLiteral("deals_ended_by_salesperson")), qPrintable(recentPlan));
        QVERIFY2(!recentPlan.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")), qPrintable(recentPlan));

        const QString windowPlan = queryPlan(windowSql, {5});
        QVERIFY2(windowPlan.contains(QStringLiteral("deals_ended_by_salesperson")), qPrintable(windowPlan));
    } else {
        // The server runs the habit windows with one seek per salesperson: no part of the plan runs more often than
        // there are salespeople (and the end of the list). The form SQLite runs well, `JOIN deals ON deals.id IN
        // (SELECT id … LIMIT ?)`, ran its subquery once per salesperson and deal there (5,000 deals: 300 ms).
        QSqlQuery explain(m_database->connection());
        const SqlStatement window = CoachingRepository::salespersonWindowStatement(
            m_database->dialect(), CoachingRepository::Window::Assessed, 2);
        QVERIFY2(explain.exec(QStringLiteral("EXPLAIN (ANALYZE, FORMAT JSON) ") + window.withValuesInline(explain)) &&
                     explain.next(),
                 qPrintable(explain.lastError().text()));
        const QString plan = explain.value(0).toString();
        int mostLoops = 0;
        const QRegularExpression loops(QStringLiteral("\"Actual Loops\": (\\d+)"));
        for (const QRegularExpressionMatch &match : loops.globalMatch(plan))
            mostLoops = std::max(mostLoops, match.captured(1).toInt());
        QVERIFY2(mostLoops > 0, qPrintable(plan));
        QVERIFY2(mostLoops <= people.size() + 1, qPrintable(plan));
    }

    // The repository returns the same rows as these statements.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(recentSql));
    query.addBindValue(QStringLiteral("dana"));
    query.addBindValue(5);
    QVERIFY(query.exec());
    QList<qint64> raw;
    while (query.next())
        raw << query.value(0).toLongLong();
    QCOMPARE(idsOf(m_coach->repository().recentEnded(QStringLiteral("Dana"), 5).value()), raw);

    QVERIFY(query.prepare(windowSql));
    query.addBindValue(2);
    QVERIFY(query.exec());
    QList<qint64> rawWindow;
    while (query.next())
        rawWindow << query.value(0).toLongLong();
    QList<qint64> streamed;
    const StorageError failure = m_coach->repository().forEachSalespersonWindow(
        2, [&streamed](const QString &, const QList<EndedDeal> &deals) { streamed << idsOf(deals); });
    QVERIFY2(failure.ok(), qPrintable(describe(failure)));
    QCOMPARE(streamed, rawWindow);
    QCOMPARE(streamed.size(), 6);
}

QTEST_GUILESS_MAIN(TestClosing)
#include "tst_closing.moc"
