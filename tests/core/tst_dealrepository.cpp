#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "testbackend.h"
#include "testdeals.h"

#include <limits>
#include <memory>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

Q_DECLARE_METATYPE(Triplewin::Core::Deal)
Q_DECLARE_METATYPE(std::optional<Triplewin::Core::Money>)

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

/// The ids of a deal's options in order, for checks on which rows survived a save.
QList<qint64> optionIds(const Deal &deal)
{
    QList<qint64> ids;
    for (const DealOption &option : deal.options)
        ids.append(option.id);
    return ids;
}

} // namespace

/// The deal repository against a real SQLite file, and against a team server as a salesperson login (TestBackend):
/// what a salesperson saves is what they get back.
class TestDealRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveNewDealAssignsIds();
    void loadReturnsWhatWasSaved();
    void updateOptions();
    void partyPreparationIsSavedAndEdited();
    void concessionLedgerIsSavedEditedAndCoached();
    void textStoredVerbatim_data();
    void textStoredVerbatim();
    void unknownValuesStayUnknown();
    void amountsBeyondLimitRefused_data();
    void amountsBeyondLimitRefused();
    void staleRevisionIsConflict();
    void invalidDealRefused_data();
    void invalidDealRefused();
    void invalidUpdateKeepsStoredDeal();
    void trashAndRestoreIsUndoDelete();
    void saveOfTrashedDealRefused();
    void emptyTrashRemovesForGood();
    void loadUnknownIdIsNotFound();
    void listNewestChangeFirst();
    void listFiltersByStatus();
    void searchIsLiteral_data();
    void searchIsLiteral();
    void keysetPagingReturnsEveryDealOnce_data();
    void keysetPagingReturnsEveryDealOnce();
    void reopenKeepsData();
    void twoConnectionsStaleSaveChoices();
    void busyDatabaseWaitsInsteadOfFailing();
    void bigInsertKeepsIndexesAndDeals();
    void bigInsertFailureLeavesDatabaseAsItWas();

private:
    bool saveDeal(const Deal &deal, Deal *stored = nullptr);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    QList<QString> listedTitles(const DealQuery &query);
    QStringList indexDefinitions();
    QList<Deal> manyDeals(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_repository;
    QString m_path;
};

void TestDealRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString missing = TestBackend::missing(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestDealRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    m_database = std::make_unique<Database>(QStringLiteral("tst_dealrepository"));
    const StorageError opened = TestBackend::openFresh(*m_database, m_path);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    m_repository = std::make_unique<DealRepository>(*m_database);
}

void TestDealRepository::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestDealRepository::saveDeal(const Deal &deal, Deal *stored)
{
    Expected<Deal> result = m_repository->save(deal);
    if (!result.ok()) {
        qWarning("save of \"%s\" failed: %s", qPrintable(deal.title), qPrintable(describe(result)));
        return false;
    }
    if (stored)
        *stored = std::move(result).value();
    return true;
}

qint64 TestDealRepository::scalar(const QString &sql, const QVariantList &values)
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

QList<QString> TestDealRepository::listedTitles(const DealQuery &query)
{
    QList<QString> titles;
    const Expected<QList<DealSummary>> rows = m_repository->list(query);
    if (!rows.ok())
        return {QStringLiteral("<list failed: %1>").arg(describe(rows))};
    for (const DealSummary &row : rows.value())
        titles.append(row.title);
    return titles;
}

void TestDealRepository::saveNewDealAssignsIds()
{
    const Deal input = sampleDeal();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Expected<Deal> result = m_repository->save(input);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const Deal &deal = result.value();

    QVERIFY(deal.id > 0);
    QVERIFY(!QUuid::fromString(deal.uuid).isNull());
    QCOMPARE(deal.revision, 1);
    QVERIFY(deal.createdAt.isValid());
    QVERIFY(deal.createdAt >= before);
    QCOMPARE(deal.updatedAt, deal.createdAt);
    QCOMPARE(deal.options.size(), 2);
    QVERIFY(deal.options.at(0).id > 0);
    QVERIFY(deal.options.at(1).id > 0);
    QVERIFY(deal.options.at(0).id != deal.options.at(1).id);

    // Everything but the ids is what was given.
    Deal withoutIds = deal;
    for (DealOption &option : withoutIds.options)
        option.id = 0;
    QVERIFY(withoutIds.sameContentAs(input));

    // A second deal gets its own id and uuid.
    Deal second;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Second")), &second));
    QVERIFY(second.id != deal.id);
    QVERIFY(second.uuid != deal.uuid);
    QCOMPARE(m_repository->count().value(), 2);
    QCOMPARE(m_repository->hasDeals().value(), true);
}

void TestDealRepository::loadReturnsWhatWasSaved()
{
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    const Expected<Deal> loaded = m_repository->load(deal.id);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    QVERIFY(loaded.value().sameContentAs(deal));
    QCOMPARE(optionIds(loaded.value()), optionIds(deal));
    QCOMPARE(loaded.value().id, deal.id);
    QCOMPARE(loaded.value().uuid, deal.uuid);
    QCOMPARE(loaded.value().revision, deal.revision);
    QCOMPARE(loaded.value().createdAt, deal.createdAt);
    QCOMPARE(loaded.value().updatedAt, deal.updatedAt);
    QCOMPARE(loaded.value().expectedClose, QDate(2027, 3, 31));
    QCOMPARE(loaded.value().status, DealStatus::Negotiating);
}

void TestDealRepository::partyPreparationIsSavedAndEdited()
{
    Deal deal = sampleDeal();
    deal.preparation[std::size_t(partyIndex(Party::Customer))] = {
        QStringLiteral("Uptime above 99 %\nA fixed price for two years"), QStringLiteral("Third deal; trust is good"),
        QStringLiteral("Nordline's quote"), Confidence::High};
    deal.preparation[std::size_t(partyIndex(Party::CustomersCustomer))].interests = QStringLiteral("Next-day delivery");
    Deal saved;
    QVERIFY(saveDeal(deal, &saved));
    Deal loaded = m_repository->load(saved.id).value();
    QVERIFY(loaded.sameContentAs(saved));
    QCOMPARE(loaded.preparation, deal.preparation);
    // A confidence not given is stored as nothing (NULL), not as a key "unknown"; texts not given as empty text.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals WHERE id = ? AND you_confidence IS NULL AND "
                                   "you_interests = '' AND customer_confidence = 'high'"),
                    {saved.id}),
             1);

    // An edit of the preparation alone is an edit of the deal: a new revision, and stale saves are refused.
    loaded.preparation[std::size_t(partyIndex(Party::Customer))].confidence = Confidence::Low;
    loaded.preparation[std::size_t(partyIndex(Party::You))].referenceSource = QStringLiteral("Cost plus 8 %");
    const Expected<Deal> edited = m_repository->save(loaded);
    QVERIFY2(edited.ok(), qPrintable(describe(edited)));
    QCOMPARE(edited.value().revision, saved.revision + 1);
    const Deal reloaded = m_repository->load(saved.id).value();
    QCOMPARE(reloaded.preparation, loaded.preparation);
    Deal stale = saved;
    stale.preparation[0].interests = QStringLiteral("Overwrites the edit");
    QCOMPARE(m_repository->save(stale).error().kind, StorageError::Kind::Conflict);
    QCOMPARE(m_repository->load(saved.id).value().preparation, loaded.preparation);

    // A confidence the app does not know is refused by the database, whoever writes it.
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE deals SET you_confidence = 'certain' WHERE id = %1").arg(saved.id)));
}

void TestDealRepository::concessionLedgerIsSavedEditedAndCoached()
{
    Deal deal = sampleDeal();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals")), 0);
    Deal bare;
    QVERIFY(saveDeal(deal, &bare));
    // No ledger: nothing stored (NULL), not an empty list.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals WHERE id = ? AND concessions IS NULL"), {bare.id}), 1);

    Concession given;
    given.date = QDate(2026, 11, 3);
    given.what = QStringLiteral("Free installation, \"on site\"\nin two days");
    given.value = {std::optional<Money>(-200'000), std::optional<Money>(300'050), std::nullopt};
    Concession received;
    received.by = Party::Customer;
    received.what = QStringLiteral("A case study");
    received.tradedFor = QStringLiteral("Free installation");
    Concession traded = given;
    traded.what = QStringLiteral("60-day payment terms");
    traded.date = QDate();
    traded.tradedFor = QStringLiteral("A case study");
    deal.concessions = {given, received, traded};
    Deal saved;
    QVERIFY(saveDeal(deal, &saved));
    Deal loaded = m_repository->load(saved.id).value();
    QVERIFY(loaded.sameContentAs(saved));
    QCOMPARE(loaded.concessions, deal.concessions);
    QCOMPARE(unreciprocatedCount(loaded.concessions), 1);

    // An edit of the ledger alone is an edit of the deal: a new revision; a stale save is refused.
    loaded.concessions[0].tradedFor = QStringLiteral("A two-year term");
    const Expected<Deal> edited = m_repository->save(loaded);
    QVERIFY2(edited.ok(), qPrintable(describe(edited)));
    QCOMPARE(edited.value().revision, saved.revision + 1);
    QCOMPARE(m_repository->load(saved.id).value().concessions, loaded.concessions);
    Deal stale = saved;
    stale.concessions.clear();
    QCOMPARE(m_repository->save(stale).error().kind, StorageError::Kind::Conflict);
    QCOMPARE(m_repository->load(saved.id).value().concessions, loaded.concessions);

    // The coach counts what an ended deal gave for nothing (two here), from its ledger.
    Deal ended = sampleDeal(QStringLiteral("Given away"));
    ended.concessions = {given, given, received};
    Deal endedSaved;
    QVERIFY(saveDeal(ended, &endedSaved));
    QVERIFY(m_repository->closeDeal(endedSaved.id, endedSaved.options.constFirst().id, QStringLiteral("Dana")).ok());
    CoachingRepository coaching(*m_database);
    const Expected<QList<EndedDeal>> recent = coaching.recentEnded(endedSaved.salesperson, 5);
    QVERIFY2(recent.ok(), qPrintable(describe(recent)));
    QCOMPARE(recent.value().size(), 1);
    QCOMPARE(recent.value().constFirst().unreciprocated, 2);
    int teamCount = -1;
    QVERIFY(coaching
                .forEachSalespersonWindow(5,
                                          [&teamCount](const QString &, const QList<EndedDeal> &deals) {
                                              teamCount = deals.constFirst().unreciprocated;
                                          })
                .ok());
    QCOMPARE(teamCount, 2);

    // A ledger another program broke is named on loading, never half read. (The team server refuses one that is
    // not a JSON array outright.)
    QSqlQuery query(m_database->connection());
    const bool broken =
        query.exec(QStringLiteral("UPDATE deals SET concessions = '[{\"by\": \"seller\", \"what\": \"x\"}]' "
                                  "WHERE id = %1")
                       .arg(saved.id));
    QVERIFY2(broken, qPrintable(query.lastError().text()));
    const Expected<Deal> corrupt = m_repository->load(saved.id);
    QVERIFY(!corrupt.ok());
    QVERIFY2(corrupt.error().fullText().contains(QStringLiteral("concession 1")), qPrintable(describe(corrupt)));
    QVERIFY2(corrupt.error().fullText().contains(saved.title), qPrintable(describe(corrupt)));
    if (TestBackend::onServer())
        QVERIFY(!query.exec(QStringLiteral("UPDATE deals SET concessions = '{}' WHERE id = %1").arg(saved.id)));
    // Dates exactly as YYYY-MM-DD: Qt alone would also read these.
    for (const char *date : {"2026/11/03", "2026-11-03x", "2026-11-3"}) {
        QString problem;
        const QString text = QStringLiteral(R"([{"date": "%1", "by": "you", "what": "x"}])").arg(QLatin1String(date));
        QVERIFY2(!concessionsFromText(text, &problem), date);
        QVERIFY2(problem.contains(QLatin1String(date)), qPrintable(problem));
    }
}

void TestDealRepository::updateOptions()
{
    Deal first;
    QVERIFY(saveDeal(sampleDeal(), &first));
    const qint64 keptId = first.options.at(0).id;
    const qint64 removedId = first.options.at(1).id;

    Deal edit = first;
    edit.title = QStringLiteral("Fleet renewal (revised)");
    edit.status = DealStatus::Preparing;
    edit.expectedClose = QDate();
    edit.options[0].name = QStringLiteral("List price, free delivery");
    edit.options[0].assessment(Party::Customer).value = 470'000;
    edit.options[0].assessment(Party::You).referencePoint = 990'000;
    edit.options[0].assessment(Party::CustomersCustomer).reason = QStringLiteral("same-day delivery");
    edit.options.removeAt(1);
    edit.options.append(option(QStringLiteral("Three-year term"), assessment(1'050'000, 1'000'000),
                               assessment(520'000, 450'000), assessment(30'000, 0)));

    const Expected<Deal> result = m_repository->save(edit);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const Deal &second = result.value();
    QCOMPARE(second.id, first.id);
    QCOMPARE(second.uuid, first.uuid);
    QCOMPARE(second.revision, 2);
    QCOMPARE(second.createdAt, first.createdAt);
    QCOMPARE(second.options.size(), 2);
    QCOMPARE(second.options.at(0).id, keptId);
    QVERIFY(second.options.at(1).id > 0);
    QVERIFY(second.options.at(1).id != keptId);
    QVERIFY(second.options.at(1).id != removedId);

    const Expected<Deal> loaded = m_repository->load(first.id);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    QVERIFY(loaded.value().sameContentAs(second));
    QCOMPARE(optionIds(loaded.value()), optionIds(second));
    QCOMPARE(loaded.value().revision, 2);
    QVERIFY(!loaded.value().expectedClose.isValid());
    QCOMPARE(loaded.value().options.at(0).assessment(Party::Customer).value, std::optional<Money>(470'000));

    // The removed option left no rows behind.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options WHERE id = ?"), {removedId}), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE option_id = ?"), {removedId}), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE option_id = ?"), {keptId}), 3);

    // Reordering keeps ids with their options.
    Deal reordered = second;
    std::swap(reordered.options[0], reordered.options[1]);
    Deal third;
    QVERIFY(saveDeal(reordered, &third));
    const Expected<Deal> reloaded = m_repository->load(first.id);
    QCOMPARE(optionIds(reloaded.value()), (QList<qint64>{second.options.at(1).id, keptId}));
    QVERIFY(reloaded.value().sameContentAs(third));
    QCOMPARE(reloaded.value().revision, 3);
}

void TestDealRepository::textStoredVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("single quote") << QStringLiteral("O'Brien's deal");
    QTest::newRow("double quote") << QStringLiteral("The \"big\" one");
    QTest::newRow("SQL injection") << QStringLiteral("'); DROP TABLE deals;--");
    QTest::newRow("SQL injection with double quotes") << QStringLiteral("\"; DELETE FROM deal_options; --");
    QTest::newRow("LIKE wildcards and backslash") << QStringLiteral("50% off_now \\ C:\\path");
    QTest::newRow("emoji") << QStringLiteral("Handshake 🤝 deal");
    QTest::newRow("only an emoji") << QStringLiteral("🤝");
    QTest::newRow("Arabic, right-to-left") << QStringLiteral("صفقة");
    QTest::newRow("Hebrew, right-to-left") << QStringLiteral("עסקה");
    QTest::newRow("mixed directions") << QStringLiteral("Deal עסקה 2027 صفقة!");
    QTest::newRow("combining accents") << QStringLiteral("Café Zürich");
    QTest::newRow("surrounding spaces kept") << QStringLiteral("  padded  ");
    QTest::newRow("line breaks and tab") << QStringLiteral("line 1\nline 2\r\n\tindented");
    QTest::newRow("long text") << QString(5000, u'x') + QStringLiteral("🤝");
}

void TestDealRepository::textStoredVerbatim()
{
    QFETCH(QString, text);
    Deal deal = sampleDeal(text);
    deal.customer = text;
    deal.customersCustomer = text;
    deal.salesperson = text;
    deal.notes = text;
    deal.options[0].name = text;
    deal.options[0].assessment(Party::You).reason = text;
    deal.options[1].assessment(Party::CustomersCustomer).reason = text;

    Deal stored;
    QVERIFY(saveDeal(deal, &stored));
    const Expected<Deal> loaded = m_repository->load(stored.id);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    QCOMPARE(loaded.value().title, text);
    QCOMPARE(loaded.value().customer, text);
    QCOMPARE(loaded.value().customersCustomer, text);
    QCOMPARE(loaded.value().salesperson, text);
    QCOMPARE(loaded.value().notes, text);
    QCOMPARE(loaded.value().options.at(0).name, text);
    QCOMPARE(loaded.value().options.at(0).assessment(Party::You).reason, text);
    QCOMPARE(loaded.value().options.at(1).assessment(Party::CustomersCustomer).reason, text);
    QVERIFY(loaded.value().sameContentAs(stored));

    // The schema is intact and the list shows the text as typed; searching for it finds it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options")), 2);
    QCOMPARE(listedTitles({}), QList<QString>{text});
    DealQuery search;
    search.search = text;
    QCOMPARE(listedTitles(search), QList<QString>{text});
}

void TestDealRepository::unknownValuesStayUnknown()
{
    Deal deal = sampleDeal();
    deal.options = {
        option(QStringLiteral("Nothing assessed"), assessment(std::nullopt, 1'000'000),
               assessment(std::nullopt, -250'000), assessment(std::nullopt, 0)),
        option(QStringLiteral("Zero is a value"), assessment(0, 0), assessment(0, 100), assessment(std::nullopt, 0)),
        option(QStringLiteral("Extremes"), assessment(MaxAmount, -MaxAmount), assessment(-MaxAmount, MaxAmount),
               assessment(-1, 1)),
        option(QStringLiteral("No reference point yet"), assessment(1'200'000, std::nullopt),
               assessment(std::nullopt, std::nullopt), assessment(0, std::nullopt)),
    };
    Deal stored;
    QVERIFY(saveDeal(deal, &stored));
    const Expected<Deal> loaded = m_repository->load(stored.id);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    const Deal &back = loaded.value();
    QVERIFY(back.sameContentAs(stored));

    for (Party party : AllParties)
        QVERIFY2(!back.options.at(0).assessment(party).value.has_value(), qPrintable(partyName(party)));
    QCOMPARE(back.options.at(0).assessment(Party::You).referencePoint, std::optional<Money>(1'000'000));
    QCOMPARE(back.options.at(0).assessment(Party::Customer).referencePoint, std::optional<Money>(-250'000));
    QCOMPARE(back.options.at(1).assessment(Party::You).value, std::optional<Money>(0));
    QCOMPARE(back.options.at(1).assessment(Party::Customer).value, std::optional<Money>(0));
    QVERIFY(!back.options.at(1).assessment(Party::CustomersCustomer).value.has_value());
    QCOMPARE(back.options.at(2).assessment(Party::You).value, std::optional<Money>(MaxAmount));
    QCOMPARE(back.options.at(2).assessment(Party::Customer).value, std::optional<Money>(-MaxAmount));
    // A reference point nobody entered stays not assessed: it is not 0.
    for (Party party : AllParties)
        QVERIFY2(!back.options.at(3).assessment(party).referencePoint.has_value(), qPrintable(partyName(party)));
    QCOMPARE(back.options.at(3).assessment(Party::You).value, std::optional<Money>(1'200'000));
    QCOMPARE(outcomeOf(back.options.at(3)), Outcome::Unknown);
    QCOMPARE(back.options.at(1).assessment(Party::You).referencePoint, std::optional<Money>(0));

    // Unknown stays unknown through an update too, and a known value can become unknown.
    Deal edit = back;
    edit.options[1].assessment(Party::You).value.reset();
    Deal updated;
    QVERIFY(saveDeal(edit, &updated));
    const Expected<Deal> reloaded = m_repository->load(stored.id);
    QVERIFY(!reloaded.value().options.at(1).assessment(Party::You).value.has_value());
    QVERIFY(reloaded.value().sameContentAs(updated));
}

void TestDealRepository::amountsBeyondLimitRefused_data()
{
    QTest::addColumn<std::optional<Money>>("value");
    QTest::addColumn<Money>("reference");
    QTest::newRow("value above MaxAmount") << std::optional<Money>(MaxAmount + 1) << Money(0);
    QTest::newRow("value below -MaxAmount") << std::optional<Money>(-MaxAmount - 1) << Money(0);
    QTest::newRow("reference above MaxAmount") << std::optional<Money>() << MaxAmount + 1;
    QTest::newRow("reference at the qint64 limit") << std::optional<Money>(0) << std::numeric_limits<Money>::min();
}

void TestDealRepository::amountsBeyondLimitRefused()
{
    QFETCH(std::optional<Money>, value);
    QFETCH(Money, reference);
    Deal deal = sampleDeal();
    deal.options[1].assessment(Party::Customer) = assessment(value, reference);
    const Expected<Deal> result = m_repository->save(deal);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StorageError::Kind::Invalid);
    QVERIFY(result.error().message.contains(deal.options[1].name));
    QCOMPARE(m_repository->count().value(), 0);
    QCOMPARE(m_repository->hasDeals().value(), false);
}

void TestDealRepository::staleRevisionIsConflict()
{
    Deal original;
    QVERIFY(saveDeal(sampleDeal(), &original));
    Deal mine = original;   // opened in this window
    Deal theirs = original; // opened in another window at the same time

    theirs.notes = QStringLiteral("Changed in the other window");
    theirs.options.removeLast();
    Deal theirsSaved;
    QVERIFY(saveDeal(theirs, &theirsSaved));
    QCOMPARE(theirsSaved.revision, 2);

    mine.title = QStringLiteral("My stale edit");
    mine.options[0].assessment(Party::You).value = 1;
    const Expected<Deal> result = m_repository->save(mine);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StorageError::Kind::Conflict);
    QVERIFY(!result.error().message.isEmpty());

    // Nothing of the stale save reached the database: not the deal row, not its options.
    const Expected<Deal> loaded = m_repository->load(original.id);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    QVERIFY(loaded.value().sameContentAs(theirsSaved));
    QCOMPARE(loaded.value().revision, 2);
    QCOMPARE(loaded.value().options.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options")), 1);

    // After reloading, the same edit goes through.
    Deal reloaded = loaded.value();
    reloaded.title = mine.title;
    Deal third;
    QVERIFY(saveDeal(reloaded, &third));
    QCOMPARE(third.revision, 3);
    QCOMPARE(m_repository->load(original.id).value().title, mine.title);
}

void TestDealRepository::invalidDealRefused_data()
{
    QTest::addColumn<Deal>("deal");
    Deal deal = sampleDeal();
    deal.title.clear();
    QTest::newRow("empty title") << deal;
    deal.title = QStringLiteral(" \t ");
    QTest::newRow("blank title") << deal;
    deal = sampleDeal();
    deal.currency = QStringLiteral("eur");
    QTest::newRow("lower-case currency") << deal;
    deal.currency = QStringLiteral("EURO");
    QTest::newRow("four-letter currency") << deal;
    deal.currency.clear();
    QTest::newRow("no currency") << deal;
    deal = sampleDeal();
    deal.options[1].name = QStringLiteral("  ");
    QTest::newRow("option without a name") << deal;
}

void TestDealRepository::invalidDealRefused()
{
    QFETCH(Deal, deal);
    const Expected<Deal> result = m_repository->save(deal);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StorageError::Kind::Invalid);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(m_repository->count().value(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options")), 0);
}

void TestDealRepository::invalidUpdateKeepsStoredDeal()
{
    Deal original;
    QVERIFY(saveDeal(sampleDeal(), &original));
    Deal edit = original;
    edit.title = QString();
    edit.options.clear();
    const Expected<Deal> result = m_repository->save(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StorageError::Kind::Invalid);
    const Expected<Deal> loaded = m_repository->load(original.id);
    QVERIFY(loaded.value().sameContentAs(original));
    QCOMPARE(loaded.value().revision, 1);
}

void TestDealRepository::trashAndRestoreIsUndoDelete()
{
    Deal keep;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Keep")), &keep));
    Deal gone;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Delete me")), &gone));
    QCOMPARE(m_repository->count().value(), 2);

    const StorageError trashed = m_repository->moveToTrash(gone.id);
    QVERIFY2(trashed.ok(), qPrintable(describe(trashed)));
    QCOMPARE(listedTitles({}), QList<QString>{QStringLiteral("Keep")});
    QCOMPARE(m_repository->count().value(), 1);

    DealQuery trash;
    trash.trash = true;
    const Expected<QList<DealSummary>> inTrash = m_repository->list(trash);
    QVERIFY2(inTrash.ok(), qPrintable(describe(inTrash)));
    QCOMPARE(inTrash.value().size(), 1);
    QCOMPARE(inTrash.value().at(0).id, gone.id);
    QVERIFY(inTrash.value().at(0).deletedAt.isValid());

    // Trashing twice is refused; the trashed deal keeps all its data, and only who asks for it gets it: a deal in
    // the trash is not opened for work.
    QCOMPARE(m_repository->moveToTrash(gone.id).kind, StorageError::Kind::NotFound);
    QCOMPARE(m_repository->load(gone.id).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(m_repository->closeDeal(gone.id, gone.options.at(0).id, QStringLiteral("Dana")).error().kind,
             StorageError::Kind::NotFound);
    const Expected<Deal> stillThere = m_repository->load(gone.id, DealRepository::Trashed::Include);
    QVERIFY2(stillThere.ok(), qPrintable(describe(stillThere)));
    QVERIFY(stillThere.value().sameContentAs(gone));

    // Undo: it comes back exactly as it was.
    const StorageError restored = m_repository->restoreFromTrash(gone.id);
    QVERIFY2(restored.ok(), qPrintable(describe(restored)));
    QCOMPARE(m_repository->count().value(), 2);
    QCOMPARE(listedTitles(trash), QList<QString>{});
    const Expected<QList<DealSummary>> live = m_repository->list({});
    QCOMPARE(live.value().size(), 2);
    for (const DealSummary &row : live.value())
        QVERIFY(!row.deletedAt.isValid());
    QVERIFY(m_repository->load(gone.id).value().sameContentAs(gone));
    QVERIFY(m_repository->load(keep.id).value().sameContentAs(keep));

    // Restoring a deal that is not in the trash is refused.
    QCOMPARE(m_repository->restoreFromTrash(gone.id).kind, StorageError::Kind::NotFound);
    QCOMPARE(m_repository->moveToTrash(987654).kind, StorageError::Kind::NotFound);
}

void TestDealRepository::saveOfTrashedDealRefused()
{
    Deal deal;
    QVERIFY(saveDeal(sampleDeal(), &deal));
    QVERIFY(m_repository->moveToTrash(deal.id).ok());
    Deal edit = deal;
    edit.notes = QStringLiteral("edited in a window that was still open");
    const Expected<Deal> result = m_repository->save(edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StorageError::Kind::NotFound);
    QVERIFY(m_repository->load(deal.id, DealRepository::Trashed::Include).value().sameContentAs(deal));
}

void TestDealRepository::emptyTrashRemovesForGood()
{
    Deal keep;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Keep")), &keep));
    Deal gone;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Gone")), &gone));
    Deal alsoGone;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Also gone")), &alsoGone));
    QVERIFY(m_repository->moveToTrash(gone.id).ok());
    QVERIFY(m_repository->moveToTrash(alsoGone.id).ok());

    const Expected<int> removed = m_repository->emptyTrash();
    QVERIFY2(removed.ok(), qPrintable(describe(removed)));
    QCOMPARE(removed.value(), 2);

    for (const Deal &deal : {gone, alsoGone}) {
        const Expected<Deal> loaded = m_repository->load(deal.id);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, StorageError::Kind::NotFound);
        for (const DealOption &option : deal.options) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options WHERE id = ?"), {option.id}), 0);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE option_id = ?"), {option.id}), 0);
        }
        QCOMPARE(m_repository->restoreFromTrash(deal.id).kind, StorageError::Kind::NotFound);
    }
    DealQuery trash;
    trash.trash = true;
    QCOMPARE(listedTitles(trash), QList<QString>{});

    // The live deal is untouched, options and all.
    QVERIFY(m_repository->load(keep.id).value().sameContentAs(keep));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments")), 6);

    // Emptying an empty trash is fine and removes nothing.
    QCOMPARE(m_repository->emptyTrash().value(), 0);
    QCOMPARE(m_repository->count().value(), 1);
}

void TestDealRepository::loadUnknownIdIsNotFound()
{
    const Expected<Deal> loaded = m_repository->load(42);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, StorageError::Kind::NotFound);
    QVERIFY(!loaded.error().message.isEmpty());
}

void TestDealRepository::listNewestChangeFirst()
{
    // Timestamps have millisecond resolution; wait between saves so the order is by time, not by id.
    Deal a;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("A")), &a));
    QThread::msleep(3);
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("B"))));
    QThread::msleep(3);
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("C"))));
    QCOMPARE(listedTitles({}), (QList<QString>{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));

    QThread::msleep(3);
    Deal edit = a;
    edit.notes = QStringLiteral("touched");
    QVERIFY(saveDeal(edit));
    QCOMPARE(listedTitles({}), (QList<QString>{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));

    const Expected<QList<DealSummary>> rows = m_repository->list({});
    const DealSummary &top = rows.value().at(0);
    QCOMPARE(top.id, a.id);
    QCOMPARE(top.customer, a.customer);
    QCOMPARE(top.salesperson, a.salesperson);
    QCOMPARE(top.status, a.status);
    QCOMPARE(top.expectedClose, a.expectedClose);
    QVERIFY(top.updatedAt > a.updatedAt);
}

void TestDealRepository::listFiltersByStatus()
{
    Deal deal = sampleDeal(QStringLiteral("Preparing"));
    deal.status = DealStatus::Preparing;
    QVERIFY(saveDeal(deal));
    deal.title = QStringLiteral("Closed");
    Deal closed;
    QVERIFY(saveDeal(deal, &closed));
    QVERIFY(m_repository->closeDeal(closed.id, closed.options.at(0).id, QStringLiteral("Dana")).ok());
    deal.title = QStringLiteral("Walked away");
    Deal walked;
    QVERIFY(saveDeal(deal, &walked));
    QVERIFY(m_repository->walkAway(walked.id, QStringLiteral("Dana")).ok());

    DealQuery query;
    query.status = DealStatus::WalkedAway;
    QCOMPARE(listedTitles(query), QList<QString>{QStringLiteral("Walked away")});
    query.status = DealStatus::Negotiating;
    QCOMPARE(listedTitles(query), QList<QString>{});
    query.status = DealStatus::Closed;
    QCOMPARE(listedTitles(query), QList<QString>{QStringLiteral("Closed")});

    QVERIFY(m_repository->moveToTrash(walked.id).ok());
    query.status = DealStatus::WalkedAway;
    QCOMPARE(listedTitles(query), QList<QString>{});
    query.trash = true;
    QCOMPARE(listedTitles(query), QList<QString>{QStringLiteral("Walked away")});
}

void TestDealRepository::searchIsLiteral_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found"); // sorted titles

    QTest::newRow("percent matches only a percent sign")
        << QStringLiteral("%") << QStringList{QStringLiteral("100% sure")};
    QTest::newRow("digit then percent") << QStringLiteral("0%") << QStringList{QStringLiteral("100% sure")};
    QTest::newRow("underscore matches only an underscore")
        << QStringLiteral("_") << QStringList{QStringLiteral("snake_case")};
    QTest::newRow("underscore between letters") << QStringLiteral("e_c") << QStringList{QStringLiteral("snake_case")};
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList{QStringLiteral("back\\slash")};
    QTest::newRow("escaped percent stays literal") << QStringLiteral("\\%") << QStringList{};
    QTest::newRow("plain word in title") << QStringLiteral("sure")
                                         << QStringList{QStringLiteral("100 sure"), QStringLiteral("100% sure")};
    QTest::newRow("customer is searched too") << QStringLiteral("Globex") << QStringList{QStringLiteral("snakeXcase")};
    QTest::newRow("ASCII case is ignored")
        << QStringLiteral("SNAKE") << QStringList{QStringLiteral("snakeXcase"), QStringLiteral("snake_case")};
    QTest::newRow("surrounding spaces ignored")
        << QStringLiteral("  Globex ") << QStringList{QStringLiteral("snakeXcase")};
    QTest::newRow("quote") << QStringLiteral("'") << QStringList{QStringLiteral("O'Brien")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
}

void TestDealRepository::searchIsLiteral()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);

    for (const QString &title :
         {QStringLiteral("100% sure"), QStringLiteral("100 sure"), QStringLiteral("snake_case"),
          QStringLiteral("snakeXcase"), QStringLiteral("back\\slash"), QStringLiteral("O'Brien")}) {
        Deal deal = sampleDeal(title);
        deal.customer = title == QStringLiteral("snakeXcase") ? QStringLiteral("Globex") : QStringLiteral("Initech");
        QVERIFY(saveDeal(deal));
    }
    DealQuery query;
    query.search = search;
    QStringList titles = listedTitles(query);
    titles.sort();
    QCOMPARE(titles, found);
}

void TestDealRepository::keysetPagingReturnsEveryDealOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("pages of 1") << 1;
    QTest::newRow("pages of 7") << 7;
    QTest::newRow("page size divides the count") << 20;
    QTest::newRow("one page exactly") << 60;
    QTest::newRow("one page with room to spare") << 200;
}

void TestDealRepository::keysetPagingReturnsEveryDealOnce()
{
    QFETCH(int, limit);

    // Saved back to back, many deals share a millisecond: paging must break those ties by id.
    constexpr int Live = 60;
    QSet<qint64> expected;
    for (int i = 0; i < Live + 5; ++i) {
        Deal deal = sampleDeal(QStringLiteral("Deal %1").arg(i));
        deal.options.clear();
        Deal stored;
        QVERIFY(saveDeal(deal, &stored));
        if (i % 13 == 5)
            QVERIFY(m_repository->moveToTrash(stored.id).ok());
        else
            expected.insert(stored.id);
    }
    QCOMPARE(expected.size(), Live);

    DealQuery query;
    query.limit = limit;
    QList<DealSummary> all;
    for (int pages = 0;; ++pages) {
        QVERIFY2(pages <= Live + 1, "paging does not end");
        const Expected<QList<DealSummary>> page = m_repository->list(query);
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QVERIFY(page.value().size() <= limit);
        all.append(page.value());
        if (page.value().size() < limit)
            break;
        query.after = page.value().constLast();
    }

    QSet<qint64> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY2(!seen.contains(all.at(i).id), qPrintable(QStringLiteral("deal %1 listed twice").arg(all.at(i).id)));
        seen.insert(all.at(i).id);
        if (i > 0) {
            const DealSummary &previous = all.at(i - 1);
            const DealSummary &row = all.at(i);
            QVERIFY(previous.updatedAt > row.updatedAt ||
                    (previous.updatedAt == row.updatedAt && previous.id > row.id));
        }
    }
    QCOMPARE(seen, expected);
}

void TestDealRepository::reopenKeepsData()
{
    Deal first;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("First")), &first));
    Deal second;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Second 🤝")), &second));
    QVERIFY(m_repository->moveToTrash(second.id).ok());

    m_repository.reset();
    m_database.reset();

    Database reopened(QStringLiteral("tst_dealrepository_reopened"));
    const StorageError opened = TestBackend::openAgain(reopened, m_path);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    DealRepository repository(reopened);
    QVERIFY2(repository.count().ok(), qPrintable(describe(repository.count())));
    QCOMPARE(repository.count().value(), 1);
    const Expected<Deal> loaded = repository.load(first.id);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    QVERIFY(loaded.value().sameContentAs(first));
    QCOMPARE(loaded.value().uuid, first.uuid);
    QCOMPARE(loaded.value().revision, first.revision);
    QCOMPARE(optionIds(loaded.value()), optionIds(first));

    // The trash survives a restart too, so "undo delete" still works after reopening.
    QVERIFY(repository.restoreFromTrash(second.id).ok());
    QVERIFY2(repository.load(second.id).ok(), qPrintable(describe(repository.load(second.id))));
    QVERIFY(repository.load(second.id).value().sameContentAs(second));

    // Saving after reopening goes on from the stored revision.
    Deal edit = loaded.value();
    edit.notes = QStringLiteral("after reopening");
    const Expected<Deal> again = repository.save(edit);
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.value().revision, first.revision + 1);
}

void TestDealRepository::twoConnectionsStaleSaveChoices()
{
    Deal original;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Shared deal")), &original));

    // A second app instance (or the CLI) on the same file; on a server, a second client of the same login.
    Database other(QStringLiteral("tst_dealrepository_other"));
    QVERIFY(TestBackend::openAgain(other, m_path).ok());
    DealRepository theirs(other);
    Deal theirEdit = theirs.load(original.id).value();
    theirEdit.notes = QStringLiteral("their notes");
    QVERIFY(theirs.save(theirEdit).ok());

    // My save is based on the stale copy: refused, never a silent lost update.
    Deal mine = original;
    mine.notes = QStringLiteral("my notes");
    const Expected<Deal> refused = m_repository->save(mine);
    QCOMPARE(refused.error().kind, StorageError::Kind::Conflict);
    QCOMPARE(m_repository->load(original.id).value().notes, QStringLiteral("their notes"));

    // Choice "overwrite": mine wins, on top of their revision.
    const Expected<Deal> overwritten = m_repository->saveOverwriting(mine);
    QVERIFY2(overwritten.ok(), qPrintable(describe(overwritten)));
    QCOMPARE(overwritten.value().revision, original.revision + 2);
    QCOMPARE(theirs.load(original.id).value().notes, QStringLiteral("my notes"));

    // Their next save from their stale copy is refused in turn; they choose "save as a copy".
    theirEdit = theirs.load(original.id).value();
    theirEdit.revision = original.revision + 1;
    theirEdit.notes = QStringLiteral("their second thoughts");
    QCOMPARE(theirs.save(theirEdit).error().kind, StorageError::Kind::Conflict);
    const Expected<Deal> copy = theirs.save(copyOf(theirEdit, QStringLiteral("Shared deal (copy)")));
    QVERIFY2(copy.ok(), qPrintable(describe(copy)));
    QVERIFY(copy.value().id != original.id);
    QVERIFY(copy.value().uuid != original.uuid);
    QCOMPARE(copy.value().options.size(), original.options.size());
    QCOMPARE(m_repository->load(copy.value().id).value().notes, QStringLiteral("their second thoughts"));
    QCOMPARE(m_repository->load(original.id).value().notes, QStringLiteral("my notes"));

    // Overwriting a deal moved to the trash elsewhere is refused too.
    QVERIFY(theirs.moveToTrash(original.id).ok());
    QCOMPARE(m_repository->saveOverwriting(mine).error().kind, StorageError::Kind::NotFound);
}

void TestDealRepository::busyDatabaseWaitsInsteadOfFailing()
{
    // Another connection holds the write lock for a while; a save waits for it instead of failing.
    if (TestBackend::onServer())
        QSKIP("SQLite's one writer at a time: a server locks rows, and new deals wait for nobody.");
    QSemaphore locked;
    QThread *holder = QThread::create([this, &locked] {
        Database other(QStringLiteral("tst_dealrepository_holder"));
        if (!other.open(m_path).ok()) {
            locked.release();
            return;
        }
        QSqlQuery query(other.connection());
        query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        locked.release();
        QThread::msleep(700);
        query.exec(QStringLiteral("COMMIT"));
    });
    holder->start();
    locked.acquire();
    QElapsedTimer timer;
    timer.start();
    Deal saved;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Saved while busy")), &saved));
    QVERIFY2(timer.elapsed() >= 500, qPrintable(QString::number(timer.elapsed())));
    holder->wait();
    delete holder;
    QCOMPARE(m_repository->load(saved.id).value().title, QStringLiteral("Saved while busy"));
}

QStringList TestDealRepository::indexDefinitions()
{
    QStringList definitions;
    QSqlQuery query(m_database->connection());
    const QString indexes =
        TestBackend::onServer()
            ? QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'triplewin' "
                             "ORDER BY indexname")
            : QStringLiteral("SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                             "ORDER BY name");
    if (!query.exec(indexes))
        return {QStringLiteral("<query failed>")};
    while (query.next())
        definitions << query.value(0).toString();
    return definitions;
}

/// Enough closed and open deals for insertPulled() to take its bulk path (dropping and rebuilding the indexes). A
/// server has no such path (its indexes stay), and a tenth of them, a statement per row, shows the same there.
QList<Deal> TestDealRepository::manyDeals(int count)
{
    if (TestBackend::onServer())
        count /= 10;
    QList<Deal> deals;
    deals.reserve(count);
    for (int i = 0; i < count; ++i) {
        Deal deal = sampleDeal(QStringLiteral("Bulk %1").arg(i));
        deal.salesperson = QStringLiteral("Seller %1").arg(i % 7);
        if (i % 3 == 0) {
            DealEnding ending;
            ending.at = QDateTime(QDate(2026, 1 + i % 12, 1 + i % 28), QTime(12, 0), Qt::UTC);
            ending.by = deal.salesperson;
            ending.optionName = deal.options.constFirst().name;
            ending.outcome = Outcome::WinWin;
            deal.ending = ending;
        }
        deals.append(deal);
    }
    return deals;
}

void TestDealRepository::bigInsertKeepsIndexesAndDeals()
{
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Already there"))));
    const QStringList indexesBefore = indexDefinitions();
    QVERIFY(TestBackend::onServer() || indexesBefore.size() > 10);

    const QList<Deal> deals = manyDeals(int(DealRepository::BulkMinimumDeals) + 500);
    const Expected<QList<qint64>> ids = m_repository->insertMany(deals);
    QVERIFY2(ids.ok(), qPrintable(describe(ids)));
    QCOMPARE(ids.value().size(), deals.size());

    // The indexes dropped for the bulk insert are all back, as they were, and in use.
    QCOMPARE(indexDefinitions(), indexesBefore);
    if (!TestBackend::onServer()) {
        QSqlQuery check(m_database->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals")), deals.size() + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals WHERE agreed_option_id IS NOT NULL")),
             (deals.size() + 2) / 3);

    for (int i : {0, 1, int(deals.size()) * 3 / 4, int(deals.size()) - 1}) {
        const Expected<Deal> loaded = m_repository->load(ids.value().at(i));
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
        Deal expected = deals.at(i);
        expected.status = i % 3 == 0 ? DealStatus::Closed : expected.status; // closing sets the status
        QCOMPARE(loaded.value().options.size(), expected.options.size());
        for (qsizetype o = 0; o < expected.options.size(); ++o) // new ids, given by the insert
            expected.options[o].id = loaded.value().options.at(o).id;
        QVERIFY(loaded.value().sameContentAs(expected));
        QCOMPARE(bool(loaded.value().ending), i % 3 == 0);
        if (loaded.value().ending)
            QCOMPARE(loaded.value().ending->optionId, loaded.value().options.constFirst().id);
    }
    // The connection's page cache is back to what it was.
    if (!TestBackend::onServer())
        QCOMPARE(scalar(QStringLiteral("PRAGMA cache_size")), -2000);
}

void TestDealRepository::bigInsertFailureLeavesDatabaseAsItWas()
{
    Deal existing;
    QVERIFY(saveDeal(sampleDeal(QStringLiteral("Already there")), &existing));
    const QStringList indexesBefore = indexDefinitions();

    // The bad deal comes after the indexes were dropped: the rollback has to bring them back too.
    QList<Deal> deals = manyDeals(int(DealRepository::BulkMinimumDeals) + 10);
    deals.last().uuid = existing.uuid;
    const Expected<QList<qint64>> ids = m_repository->insertMany(deals);
    QVERIFY(!ids.ok());
    QVERIFY2(ids.error().message.contains(existing.uuid), qPrintable(describe(ids)));

    QCOMPARE(indexDefinitions(), indexesBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_options")), qint64(existing.options.size()));
    QVERIFY(m_repository->load(existing.id).value().sameContentAs(existing));
}

QTEST_GUILESS_MAIN(TestDealRepository)
#include "tst_dealrepository.moc"
