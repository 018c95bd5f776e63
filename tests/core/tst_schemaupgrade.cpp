// Upgrades from real old files: golden/schemas/vN.sqlite was made by the code of the commit that introduced schema
// N (scripts/make-schema-fixtures.sh), with the same deals. Each is opened with today's code, and what a user had
// must all be there, in today's shape.

#include "coaching/coach.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/noterepository.h"
#include "storage/scriptrepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Triplewin::Core;

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOlderSchemaUpgrades_data();
    void everyOlderSchemaUpgrades();

private:
    QTemporaryDir m_dir;
};

namespace {

QVariant scalar(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    return query.exec(statement) && query.next() ? query.value(0) : QVariant();
}

const DealOption *optionNamed(const Deal &deal, const QString &name)
{
    for (const DealOption &option : deal.options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

} // namespace

void TestSchemaUpgrade::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSchemaUpgrade::everyOlderSchemaUpgrades_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Database::SchemaVersion; ++version)
        QTest::addRow("schema %d", version) << version;
}

void TestSchemaUpgrade::everyOlderSchemaUpgrades()
{
    QFETCH(int, version);
    const QString fixture = QFINDTESTDATA(QStringLiteral("golden/schemas/v%1.sqlite").arg(version));
    QVERIFY2(!fixture.isEmpty(), "run scripts/make-schema-fixtures.sh when a schema version is added");
    const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(Database::peekSchemaVersion(path), version);

    QList<int> steps;
    Database database(QStringLiteral("tst_schemaupgrade"));
    database.setUpgradeProgress([&steps](int done, int) { steps << done; });
    const StorageError opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.fullText()));
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(steps.size(), Database::SchemaVersion - version + 1);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(!scalar(database, QStringLiteral("PRAGMA foreign_key_check")).isValid());
    QVERIFY(!scalar(database, QStringLiteral("SELECT value FROM database_info WHERE key = 'database_id'"))
                 .toString()
                 .isEmpty());
    // The file as it was is kept, before anything changed.
    const QList<BackupFile> backups = Backups::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().reason, BackupFile::Reason::BeforeMigration);

    // Exactly today's schema, as a new file gets it: every table, column, index and constraint.
    const auto schemaOf = [](const Database &db) {
        QSqlQuery query(db.connection());
        QStringList objects;
        if (query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                                      "ORDER BY type, name")))
            while (query.next())
                objects << query.value(0).toString() + u' ' + query.value(1).toString() + u' ' +
                               query.value(2).toString().simplified();
        return objects;
    };
    {
        Database fresh(QStringLiteral("tst_schemaupgrade_fresh"));
        QVERIFY(fresh.open(m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(version))).ok());
        QCOMPARE(schemaOf(database), schemaOf(fresh));
    }

    DealRepository deals(database);
    QCOMPARE(deals.count().value(), 3);
    // The deal being prepared: both options with every value, reason and reference point.
    const Expected<Deal> fleet = deals.load(1);
    QVERIFY2(fleet.ok(), qPrintable(fleet.error().fullText()));
    QCOMPARE(fleet.value().title, QStringLiteral("Fleet renewal"));
    QCOMPARE(fleet.value().customersCustomer, QStringLiteral("Acme's shippers"));
    QCOMPARE(fleet.value().revision, 3);
    QCOMPARE(fleet.value().options.size(), 2);
    const DealOption *lease = optionNamed(fleet.value(), QStringLiteral("Lease"));
    QVERIFY(lease);
    QCOMPARE(lease->assessment(Party::You).value, std::optional<Money>(12000));
    QCOMPARE(lease->assessment(Party::You).referencePoint, std::optional<Money>(8000));
    QCOMPARE(lease->assessment(Party::You).reason, QStringLiteral("margin"));
    QCOMPARE(lease->assessment(Party::Customer).referencePoint, std::optional<Money>(2000));
    QCOMPARE(lease->assessment(Party::CustomersCustomer).value, std::optional<Money>());
    // Before schema 9 an untouched reference point was stored as 0: with no value beside it, it was never given.
    QCOMPARE(lease->assessment(Party::CustomersCustomer).referencePoint,
             version < 9 ? std::optional<Money>() : std::optional<Money>(0));
    QCOMPARE(optionNamed(fleet.value(), QStringLiteral("Buy"))->assessment(Party::Customer).value,
             std::optional<Money>(1000));

    const Deal scanner = deals.load(2).value();
    const Deal tablets = deals.load(3).value();
    if (version >= 2) {
        // The closing as it was recorded, with its frozen results and values, and who walked away when.
        QVERIFY(scanner.ending.has_value());
        QCOMPARE(scanner.status, DealStatus::Closed);
        QCOMPARE(scanner.ending->optionName, QStringLiteral("Pilot"));
        QCOMPARE(scanner.ending->outcome, Outcome::WinWinWin);
        QCOMPARE(scanner.ending->by, QStringLiteral("Dana Scott"));
        QCOMPARE(scanner.ending->at, QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(scalar(database,
                        QStringLiteral("SELECT you_value || '/' || customer_value || '/' || customers_customer_value "
                                       "FROM deals WHERE id = 2"))
                     .toString(),
                 QStringLiteral("14000/3000/200"));
        QVERIFY(tablets.ending.has_value() && tablets.ending->walkedAway);
        QCOMPARE(tablets.status, DealStatus::WalkedAway);
        QCOMPARE(deals.history(2).value().size(), 1);
        QCOMPARE(deals.history(3).value().size(), 1);
        // One person however the name was written, the spelling of their latest ending.
        Coach coach(database);
        QCOMPARE(coach.repository().salespeople().value(),
                 (QStringList{QStringLiteral("dana scott"), QStringLiteral("Eve")}));
    } else {
        QVERIFY(!scanner.ending.has_value());
        QCOMPARE(scanner.status, DealStatus::Negotiating);
    }
    if (version >= 3) {
        const auto script = ScriptRepository(database).load(3);
        QVERIFY(script.ok() && script.value().has_value());
        QCOMPARE(script.value()->text, QStringLiteral("We looked at the discount."));
    }
    if (version >= 4)
        QCOMPARE(NoteRepository(database).notes(3).value().size(), 1);
    if (version >= 10) {
        // Where an imported deal came from: a re-import of the CRM's file still finds it.
        QCOMPARE(
            scalar(database, QStringLiteral("SELECT source || '/' || record_key FROM deal_origins WHERE deal_id = 1"))
                .toString(),
            QStringLiteral("hubspot/id:901"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT salesperson_key FROM deals WHERE id = 2")).toString(),
                 QStringLiteral("dana scott"));
    }
    // The deal in the trash stays there.
    QCOMPARE(deals.load(4).error().kind, StorageError::Kind::NotFound);
    QCOMPARE(deals.load(4, DealRepository::Trashed::Include).value().title, QStringLiteral("Old idea"));

    // And it works as a database of today: a change saves, a new deal goes in.
    Deal edited = fleet.value();
    edited.notes = QStringLiteral("after the upgrade");
    QVERIFY(deals.save(edited).ok());
    Deal added;
    added.title = QStringLiteral("New after the upgrade");
    added.salesperson = QStringLiteral("Eve");
    QVERIFY(deals.save(added).ok());
    QCOMPARE(deals.count().value(), 4);
}

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schemaupgrade.moc"
