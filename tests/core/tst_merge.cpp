// Merging another member's file: new deals copied with their uuid, a second merge adds nothing, one-sided
// changes flow in, two-sided changes are conflicts, the source is never written and a failure keeps nothing.

#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/mergeservice.h"
#include "testdeals.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

namespace {

/// Runs statements on @p path through a plain connection (to build files Triplewin itself would not write).
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_merge_raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 scalar(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// Every row of the tables a merge writes, as text: equal before and after means nothing changed.
QString dump(const Database &database)
{
    return Test::dumpTables(database.connection(),
                            {QStringLiteral("deals"), QStringLiteral("deal_options"), QStringLiteral("assessments"),
                             QStringLiteral("deal_events"), QStringLiteral("walk_away_scripts"),
                             QStringLiteral("coaching_notes"), QStringLiteral("merge_log")});
}

QString describe(const StorageError &error)
{
    return error.fullText();
}

/// The deal with @p uuid (live or not), or a deal with id 0.
Deal findByUuid(DealRepository &deals, const QString &uuid)
{
    for (bool trash : {false, true}) {
        DealQuery query;
        query.trash = trash;
        const Expected<QList<DealSummary>> rows = deals.list(query);
        if (!rows.ok())
            return {};
        for (const DealSummary &row : rows.value()) {
            Expected<Deal> deal = deals.load(row.id);
            if (deal.ok() && deal.value().uuid == uuid)
                return deal.value();
        }
    }
    return {};
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsNewDeals();
    void mergeTwiceAddsNothing();
    void sourceOnlyChangeUpdates();
    void columnsOfSchema12CountOnlyWhenTheySaySomething();
    void localOnlyChangeIsKept();
    void changedOnBothSidesIsAConflict();
    void roundTripChangeIsAnUpdate();
    void trashedUnknownDealIsSkipped();
    void schema4SourceIsKnownByPath();
    void eachDatabaseHasItsOwnId();
    void aCopyIsAnotherDatabase();
    void refusedSource_data();
    void refusedSource();
    void failedMergeKeepsNothing();
    void concessionLedgerIsMergedOrItsDealNamed();
    void cancelledMergeKeepsNothing();

private:
    /// Opens the source with DealRepository, runs @p change, closes it again.
    void changeSource(const std::function<void(DealRepository &)> &change);
    Expected<MergeReport> merge() { return MergeService(*m_target).merge(m_sourcePath); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sourcePath;
    QString m_targetPath;
    std::unique_ptr<Database> m_target;
    QString m_closedUuid;
    QString m_openUuid;
};

void TestMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMerge::changeSource(const std::function<void(DealRepository &)> &change)
{
    Database source(QStringLiteral("tst_merge_source"));
    const StorageError opened = source.open(m_sourcePath);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    DealRepository deals(source);
    change(deals);
}

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sourcePath = m_dir->filePath(QStringLiteral("dana.sqlite"));
    m_targetPath = m_dir->filePath(QStringLiteral("team.sqlite"));

    // Dana's file: one deal closed (with its closing event and a coaching note), one still negotiating.
    changeSource([this](DealRepository &deals) {
        const Expected<Deal> closed = deals.save(sampleDeal(QStringLiteral("Fleet renewal")));
        QVERIFY2(closed.ok(), qPrintable(describe(closed.error())));
        const Expected<Deal> ended =
            deals.closeDeal(closed.value().id, closed.value().options.at(1).id, QStringLiteral("Dana"),
                            QDateTime(QDate(2026, 10, 1), {}, Qt::UTC));
        QVERIFY2(ended.ok(), qPrintable(describe(ended.error())));
        m_closedUuid = ended.value().uuid;
        Deal pending = sampleDeal(QStringLiteral("Warehouse racks"));
        pending.customersCustomer.clear();
        pending.notes.clear();
        const Expected<Deal> saved = deals.save(pending);
        QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
        m_openUuid = saved.value().uuid;
    });
    QVERIFY(rawExec(m_sourcePath, {QStringLiteral("INSERT INTO coaching_notes (deal_id, author, created_at, text) "
                                                  "SELECT id, 'Maria', '2026-10-02T09:00:00.000Z', 'Well done' "
                                                  "FROM deals WHERE uuid = '%1'")
                                       .arg(m_closedUuid)}));

    m_target = std::make_unique<Database>(QStringLiteral("tst_merge_target"));
    const StorageError opened = m_target->open(m_targetPath);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
}

void TestMerge::cleanup()
{
    m_target.reset();
    m_dir.reset();
}

void TestMerge::addsNewDeals()
{
    const QByteArray before = fileHash(m_sourcePath);
    const Expected<MergeReport> report = merge();
    QVERIFY2(report.ok(), qPrintable(describe(report.error())));
    QCOMPARE(report.value().added, 2);
    QCOMPARE(report.value().unchanged, 0);
    QVERIFY(report.value().conflicts.isEmpty());
    QCOMPARE(fileHash(m_sourcePath), before); // read-only on the source

    DealRepository local(*m_target);
    QCOMPARE(local.count().value(), 2);
    const qint64 closedId =
        scalar(*m_target, QStringLiteral("SELECT id FROM deals WHERE uuid = '%1'").arg(m_closedUuid));
    QVERIFY(closedId > 0);
    const Expected<Deal> copy = local.load(closedId);
    QVERIFY(copy.ok());
    QCOMPARE(copy.value().uuid, m_closedUuid);
    QCOMPARE(copy.value().status, DealStatus::Closed);
    QVERIFY(copy.value().ending.has_value());
    // The agreed option points at the copied option, not at the source's id.
    QCOMPARE(copy.value().ending->optionName, QStringLiteral("Two-year term"));
    QCOMPARE(copy.value().ending->optionId, copy.value().options.at(1).id);
    QCOMPARE(copy.value().ending->outcome, Outcome::WinWinWin);
    QCOMPARE(local.history(closedId).value().size(), 1);
    QCOMPARE(scalar(*m_target, QStringLiteral("SELECT count(*) FROM coaching_notes WHERE deal_id = %1").arg(closedId)),
             1);

    Database source(QStringLiteral("tst_merge_source"));
    QVERIFY(source.open(m_sourcePath).ok());
    DealRepository original(source);
    const qint64 sourceId = scalar(source, QStringLiteral("SELECT id FROM deals WHERE uuid = '%1'").arg(m_closedUuid));
    QVERIFY(copy.value().sameContentAs(original.load(sourceId).value()));
}

void TestMerge::mergeTwiceAddsNothing()
{
    QVERIFY(merge().ok());
    const QString afterFirst = dump(*m_target);
    const Expected<MergeReport> again = merge();
    QVERIFY2(again.ok(), qPrintable(describe(again.error())));
    QCOMPARE(again.value().added, 0);
    QCOMPARE(again.value().updated, 0);
    QCOMPARE(again.value().unchanged, 2);
    QVERIFY(again.value().conflicts.isEmpty());
    QCOMPARE(scalar(*m_target, QStringLiteral("SELECT count(*) FROM deals")), 2);
    QCOMPARE(scalar(*m_target, QStringLiteral("SELECT count(*) FROM coaching_notes")), 1);
    QCOMPARE(dump(*m_target), afterFirst); // not a row written, merge_log included
}

void TestMerge::columnsOfSchema12CountOnlyWhenTheySaySomething()
{
    // The merge log keeps a hash of each deal as last merged. Columns added in schema 12 (why a deal ended, the
    // value left on the table) are NULL in a file upgraded from 11 and '' where this version wrote "no reason": the
    // same deal either way, so neither may make it read as changed here (a one-sided change would then be a
    // conflict), and hashes logged before the upgrade, which had no such columns, still match.
    QVERIFY(merge().ok());
    QVERIFY(rawExec(m_targetPath, {QStringLiteral("UPDATE deals SET ending_reason = '', ending_note = ''")}));
    changeSource([this](DealRepository &deals) {
        Deal deal = findByUuid(deals, m_openUuid);
        deal.title = QStringLiteral("Warehouse racks, phase 3");
        QVERIFY(deals.save(deal).ok());
    });
    const Expected<MergeReport> report = merge();
    QVERIFY2(report.ok(), qPrintable(describe(report.error())));
    QVERIFY(report.value().conflicts.isEmpty());
    QCOMPARE(report.value().updated, 1);

    // A reason given is a change like any other.
    QVERIFY(rawExec(m_targetPath,
                    {QStringLiteral("UPDATE deals SET ending_reason = 'price' WHERE uuid = '%1'").arg(m_openUuid)}));
    changeSource([this](DealRepository &deals) {
        Deal deal = findByUuid(deals, m_openUuid);
        deal.title = QStringLiteral("Warehouse racks, phase 4");
        QVERIFY(deals.save(deal).ok());
    });
    const Expected<MergeReport> both = merge();
    QVERIFY(both.ok());
    QCOMPARE(both.value().conflicts.size(), 1);
}

void TestMerge::sourceOnlyChangeUpdates()
{
    QVERIFY(merge().ok());
    changeSource([this](DealRepository &deals) {
        Deal deal = findByUuid(deals, m_openUuid);
        QVERIFY(deal.id > 0);
        deal.title = QStringLiteral("Warehouse racks, phase 2");
        deal.options[0].assessment(Party::Customer).value = 470'000;
        deal.options.removeLast();
        QVERIFY(deals.save(deal).ok());
    });
    const qint64 localId = scalar(*m_target, QStringLiteral("SELECT id FROM deals WHERE uuid = '%1'").arg(m_openUuid));
    DealRepository local(*m_target);
    const qint64 revisionBefore = local.load(localId).value().revision;

    const Expected<MergeReport> report = merge();
    QVERIFY2(report.ok(), qPrintable(describe(report.error())));
    QCOMPARE(report.value().updated, 1);
    QCOMPARE(report.value().unchanged, 1);
    QCOMPARE(report.value().added, 0);
    QVERIFY(report.value().conflicts.isEmpty());
    const Deal updated = local.load(localId).value();
    QCOMPARE(updated.title, QStringLiteral("Warehouse racks, phase 2"));
    QCOMPARE(updated.options.size(), 1);
    QCOMPARE(updated.options.at(0).assessment(Party::Customer).value, std::optional<Money>(470'000));
    QCOMPARE(updated.revision, revisionBefore + 1); // an editor holding the old revision gets a conflict

    const Expected<MergeReport> again = merge();
    QVERIFY(again.ok());
    QCOMPARE(again.value().updated, 0);
    QCOMPARE(again.value().unchanged, 2);
}

void TestMerge::localOnlyChangeIsKept()
{
    QVERIFY(merge().ok());
    DealRepository local(*m_target);
    const qint64 localId = scalar(*m_target, QStringLiteral("SELECT id FROM deals WHERE uuid = '%1'").arg(m_openUuid));
    Deal deal = local.load(localId).value();
    deal.notes = QStringLiteral("Manager: ask about the second site.");
    QVERIFY(local.save(deal).ok());

    const Expected<MergeReport> report = merge();
    QVERIFY2(report.ok(), qPrintable(describe(report.error())));
    QCOMPARE(report.value().keptLocal, 1);
    QCOMPARE(report.value().updated, 0);
    QVERIFY(report.value().conflicts.isEmpty());
    QCOMPARE(local.load(localId).value().notes, QStringLiteral("Manager: ask about the second site."));
}

void TestMerge::changedOnBothSidesIsAConflict()
{
    QVERIFY(merge().ok());
    changeSource([this](DealRepository &deals) {
        Deal deal = findByUuid(deals, m_openUuid);
        QVERIFY(deal.id > 0);
        deal.notes = QStringLiteral("Dana's version");
        QVERIFY(deals.save(deal).ok());
    });
    DealRepository local(*m_target);
    const qint64 localId = scalar(*m_target, QStringLiteral("SELECT id FROM deals WHERE uuid = '%1'").arg(m_openUuid));
    Deal deal = local.load(localId).value();
    deal.notes = QStringLiteral("Manager's version");
    QVERIFY(local.save(deal).ok());
    const QString before = dump(*m_target);

    for (int run = 0; run < 2; ++run) {
        const Expected<MergeReport> report = merge();
        QVERIFY2(report.ok(), qPrintable(describe(report.error())));
        QCOMPARE(report.value().conflicts.size(), 1);
        const MergeConflict &conflict = report.value().conflicts.constFirst();
        QCOMPARE(conflict.uuid, m_openUuid);
        QCOMPARE(conflict.title, QStringLiteral("Warehouse racks"));
        QVERIFY(conflict.sourceRevision > 0);
        QVERIFY(conflict.localRevision > 0);
        QVERIFY(conflict.localUpdatedAt.isValid());
        QVERIFY(conflict.reason.contains(QStringLiteral("both")));
        QCOMPARE(report.value().updated, 0);
        QCOMPARE(report.value().unchanged, 1);
        QCOMPARE(local.load(localId).value().notes, QStringLiteral("Manager's version"));
    }
    QCOMPARE(dump(*m_target), before); // the conflicting deal's rows are untouched, and so is its merge_log
}

void TestMerge::roundTripChangeIsAnUpdate()
{
    // The manager's deal goes to Dana (she merges the team file), she changes it, and it comes back.
    DealRepository local(*m_target);
    const Expected<Deal> own = local.save(sampleDeal(QStringLiteral("Manager's deal")));
    QVERIFY(own.ok());
    {
        Database source(QStringLiteral("tst_merge_source"));
        QVERIFY(source.open(m_sourcePath).ok());
        const Expected<MergeReport> taken = MergeService(source).merge(m_targetPath);
        QVERIFY2(taken.ok(), qPrintable(describe(taken.error())));
        QCOMPARE(taken.value().added, 1);
    }
    changeSource([&own](DealRepository &deals) {
        Deal deal = findByUuid(deals, own.value().uuid);
        QVERIFY(deal.id > 0);
        deal.notes = QStringLiteral("Dana: the customer wants a pilot first.");
        QVERIFY(deals.save(deal).ok());
    });

    const Expected<MergeReport> report = merge();
    QVERIFY2(report.ok(), qPrintable(describe(report.error())));
    QVERIFY(report.value().conflicts.isEmpty());
    QCOMPARE(report.value().added, 2);
    QCOMPARE(report.value().updated, 1);
    QCOMPARE(local.load(own.value().id).value().notes, QStringLiteral("Dana: the customer wants a pilot first."));
}

void TestMerge::trashedUnknownDealIsSkipped()
{
    changeSource([this](DealRepository &deals) {
        const Deal deal = findByUuid(deals, m_openUuid);
        QVERIFY(deal.id > 0);
        QVERIFY(!deals.moveToTrash(deal.id));
    });
    const Expected<MergeReport> report = merge();
    QVERIFY2(report.ok(), qPrintable(describe(report.error())));
    QCOMPARE(report.value().added, 1);
    QCOMPARE(report.value().skippedTrashed, 1);
    QCOMPARE(scalar(*m_target, QStringLiteral("SELECT count(*) FROM deals WHERE uuid = '%1'").arg(m_openUuid)), 0);
}

void TestMerge::schema4SourceIsKnownByPath()
{
    // A member still on schema 4: no database id, so the file is known by its path, and it is never migrated.
    // Its columns named as then (schema 11 renamed the ending's): the merge reads them by those names.
    QVERIFY(rawExec(m_sourcePath, Test::statementsBackToSchema(4)));
    const QByteArray before = fileHash(m_sourcePath);
    const Expected<MergeReport> report = merge();
    QVERIFY2(report.ok(), qPrintable(describe(report.error())));
    QCOMPARE(report.value().added, 2);
    QVERIFY(report.value().sourceId.startsWith(QStringLiteral("path:")));
    QCOMPARE(merge().value().unchanged, 2);
    QCOMPARE(fileHash(m_sourcePath), before);
}

void TestMerge::aCopyIsAnotherDatabase()
{
    const QString idQuery = QStringLiteral("SELECT value FROM database_info WHERE key = 'database_id'");
    const auto idOf = [&idQuery](const Database &database) {
        QSqlQuery query(database.connection());
        return query.exec(idQuery) && query.next() ? query.value(0).toString() : QString();
    };
    // Dana copies her file for a colleague (cp: the same bytes, so the same id inside).
    QString danaId;
    {
        Database dana(QStringLiteral("tst_merge_dana"));
        QVERIFY(dana.open(m_sourcePath).ok());
        danaId = idOf(dana);
    }
    const QString copyPath = m_dir->filePath(QStringLiteral("copy-for-eve.sqlite"));
    QVERIFY(QFile::copy(m_sourcePath, copyPath));

    // Merged before it was ever opened, the copy is already known as a database of its own.
    const Expected<MergeReport> first = MergeService(*m_target).merge(copyPath);
    QVERIFY2(first.ok(), qPrintable(describe(first.error())));
    QVERIFY(!first.value().sourceId.isEmpty());
    QVERIFY(first.value().sourceId != danaId);
    QCOMPARE(first.value().added, 2);

    // Opened, it takes that identity for good; the original keeps its own.
    Database eve(QStringLiteral("tst_merge_eve"));
    QVERIFY(eve.open(copyPath).ok());
    QCOMPARE(idOf(eve), first.value().sourceId);
    {
        Database dana(QStringLiteral("tst_merge_dana"));
        QVERIFY(dana.open(m_sourcePath).ok());
        QCOMPARE(idOf(dana), danaId);
    }

    // Both ways between the copy and the original: Eve edits the open deal; Dana's file takes it as an update, and
    // merging back changes nothing.
    DealRepository eveDeals(eve);
    Deal racks = findByUuid(eveDeals, m_openUuid);
    racks.notes = QStringLiteral("Eve's price check");
    QVERIFY(eveDeals.save(racks).ok());
    eve.close();
    Database dana(QStringLiteral("tst_merge_dana"));
    QVERIFY(dana.open(m_sourcePath).ok());
    const Expected<MergeReport> intoDana = MergeService(dana).merge(copyPath);
    QVERIFY2(intoDana.ok(), qPrintable(describe(intoDana.error())));
    QCOMPARE(intoDana.value().sourceId, first.value().sourceId);
    QCOMPARE(intoDana.value().conflicts.size(), 0);
    QCOMPARE(intoDana.value().updated, 1);
    QCOMPARE(intoDana.value().unchanged, 1);
    DealRepository danaDeals(dana);
    QCOMPARE(findByUuid(danaDeals, m_openUuid).notes, QStringLiteral("Eve's price check"));
    dana.close();
    QVERIFY(eve.open(copyPath).ok());
    const Expected<MergeReport> intoEve = MergeService(eve).merge(m_sourcePath);
    QVERIFY2(intoEve.ok(), qPrintable(describe(intoEve.error())));
    QCOMPARE(intoEve.value().sourceId, danaId);
    QCOMPARE(intoEve.value().conflicts.size(), 0);
    QCOMPARE(intoEve.value().added + intoEve.value().updated, 0);
}

void TestMerge::eachDatabaseHasItsOwnId()
{
    const QString idQuery = QStringLiteral("SELECT value FROM database_info WHERE key = 'database_id'");
    QString sourceId;
    {
        Database source(QStringLiteral("tst_merge_source"));
        QVERIFY(source.open(m_sourcePath).ok());
        QSqlQuery query(source.connection());
        QVERIFY(query.exec(idQuery) && query.next());
        sourceId = query.value(0).toString();
    }
    QSqlQuery query(m_target->connection());
    QVERIFY(query.exec(idQuery) && query.next());
    QVERIFY(!sourceId.isEmpty());
    QVERIFY(query.value(0).toString() != sourceId);
    query.finish();
    const Expected<MergeReport> report = merge();
    QVERIFY(report.ok());
    QCOMPARE(report.value().sourceId, sourceId);

    // Upgrading a schema-4 file gives it an id too.
    m_target.reset();
    QVERIFY(rawExec(m_targetPath,
                    QStringList{QStringLiteral("DROP TABLE database_info"), QStringLiteral("DROP TABLE merge_log")} +
                        statementsBackToSchema(4)));
    Database upgraded(QStringLiteral("tst_merge_upgraded"));
    QVERIFY(upgraded.open(m_targetPath).ok());
    QSqlQuery again(upgraded.connection());
    QVERIFY(again.exec(idQuery) && again.next());
    QVERIFY(!again.value(0).toString().isEmpty());
    QCOMPARE(DealRepository(upgraded).count().value(), 2);
}

void TestMerge::refusedSource_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("errorKind");
    QTest::newRow("missing file") << QStringLiteral("missing") << int(StorageError::Kind::CannotOpen);
    QTest::newRow("text file") << QStringLiteral("text") << int(StorageError::Kind::NotADatabase);
    QTest::newRow("another program's SQLite") << QStringLiteral("other") << int(StorageError::Kind::NotADatabase);
    QTest::newRow("newer schema") << QStringLiteral("newer") << int(StorageError::Kind::NewerSchema);
    QTest::newRow("older schema") << QStringLiteral("older") << int(StorageError::Kind::Invalid);
    QTest::newRow("the target itself") << QStringLiteral("self") << int(StorageError::Kind::Invalid);
}

void TestMerge::refusedSource()
{
    QFETCH(QString, kind);
    QFETCH(int, errorKind);
    QVERIFY(merge().ok()); // the target has deals to keep
    QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    if (kind == u"text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,customer\nFleet,Acme\n");
    } else if (kind == u"other") {
        QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY, uuid TEXT)"),
                               QStringLiteral("INSERT INTO deals (uuid) VALUES ('x')")}));
    } else if (kind == u"newer" || kind == u"older") {
        QVERIFY(QFile::copy(m_sourcePath, path));
        QVERIFY(rawExec(
            path,
            {QStringLiteral("PRAGMA user_version = %1").arg(kind == u"newer" ? Database::SchemaVersion + 1 : 3)}));
    } else if (kind == u"self") {
        path = m_targetPath;
    }
    const QByteArray sourceBefore = fileHash(path);
    const QString targetBefore = dump(*m_target);

    const Expected<MergeReport> report = MergeService(*m_target).merge(path);
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().kind), errorKind);
    QVERIFY2(report.error().message.contains(QFileInfo(path).fileName()), qPrintable(report.error().message));
    if (kind != u"self") {
        QCOMPARE(fileHash(path), sourceBefore);
        QCOMPARE(dump(*m_target), targetBefore);
    }
    QCOMPARE(QFileInfo::exists(path), kind != u"missing");
}

void TestMerge::cancelledMergeKeepsNothing()
{
    const QString before = dump(*m_target);
    QList<std::pair<qint64, qint64>> calls;
    MergeService service(*m_target);
    service.setProgress([&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return done < 1; // Cancel after the first deal went in
    });
    const Expected<MergeReport> report = service.merge(m_sourcePath);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, StorageError::Kind::Cancelled);
    QCOMPARE(calls, (QList<std::pair<qint64, qint64>>{{0, 2}, {1, 2}}));
    QCOMPARE(dump(*m_target), before);
    // Not cancelled, it goes through and reports every deal.
    calls.clear();
    service.setProgress([&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(service.merge(m_sourcePath).ok());
    QCOMPARE(calls.size(), 2);
    QCOMPARE(DealRepository(*m_target).count().value(), 2);
}

void TestMerge::concessionLedgerIsMergedOrItsDealNamed()
{
    // A ledger comes along with its deal, and a change to it alone is an update.
    Concession given;
    given.date = QDate(2026, 11, 3);
    given.what = QStringLiteral("Free installation");
    given.value[0] = -200'000;
    qint64 sourceId = 0;
    changeSource([&sourceId](DealRepository &deals) {
        Deal ledger = sampleDeal(QStringLiteral("With a ledger"));
        Concession first;
        first.what = QStringLiteral("Free installation");
        ledger.concessions = {first};
        const Expected<Deal> saved = deals.save(ledger);
        QVERIFY(saved.ok());
        sourceId = saved.value().id;
    });
    QVERIFY(merge().ok());
    DealRepository local(*m_target);
    const qint64 id = scalar(*m_target, QStringLiteral("SELECT id FROM deals WHERE title = 'With a ledger'"));
    QCOMPARE(local.load(id).value().concessions.size(), 1);
    changeSource([&given, sourceId](DealRepository &deals) {
        Deal edited = deals.load(sourceId).value();
        edited.concessions << given;
        QVERIFY(deals.save(edited).ok());
    });
    const Expected<MergeReport> updated = merge();
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().updated, 1);
    QCOMPARE(local.load(id).value().concessions.constLast(), given);

    // A ledger this version cannot read: nothing is merged, and the message names the deal.
    QVERIFY(rawExec(m_sourcePath, {QStringLiteral("UPDATE deals SET concessions = '[{\"by\": \"you\"}]' "
                                                  "WHERE title = 'With a ledger'")}));
    const QString before = dump(*m_target);
    const Expected<MergeReport> refused = merge();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("“With a ledger”")) &&
                 refused.error().message.contains(QStringLiteral("concession 1")),
             qPrintable(refused.error().message));
    QCOMPARE(dump(*m_target), before);
}

void TestMerge::failedMergeKeepsNothing()
{
    {
        DealRepository local(*m_target);
        QVERIFY(local.save(sampleDeal(QStringLiteral("Manager's own deal"))).ok());
    }
    // A third deal that breaks a rule of the target (an empty title), after two good ones.
    QVERIFY(rawExec(m_sourcePath, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                   QStringLiteral("INSERT INTO deals (uuid, title, status, created_at, updated_at) "
                                                  "VALUES ('bad-deal', '', 'preparing', '2026-10-03T00:00:00.000Z', "
                                                  "'2026-10-03T00:00:00.000Z')")}));
    const QString before = dump(*m_target);
    const Expected<MergeReport> report = merge();
    QVERIFY(!report.ok());
    QCOMPARE(dump(*m_target), before);
    QCOMPARE(scalar(*m_target, QStringLiteral("SELECT count(*) FROM deals")), 1);
    QCOMPARE(scalar(*m_target, QStringLiteral("SELECT count(*) FROM merge_log")), 0);
}

QTEST_GUILESS_MAIN(TestMerge)

#include "tst_merge.moc"
