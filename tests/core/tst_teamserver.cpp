// The team server's setup and who may see what on it (issue 15), against a real PostgreSQL: the one
// scripts/with-postgres.sh starts for the test command, named by TRIPLEWIN_TEST_PG. Each test logs in as a
// salesperson or a manager (never as a superuser or the tables' owner, who would bypass row-level security) and
// tries by hand-written SQL what the roles must not do, so the server, not the app, is what is tested.
#include "domain/amount.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/preparedstatement.h"
#include "storage/schema.h"
#include "storage/serverpush.h"
#include "storage/serverwatch.h"
#include "storage/teamserver.h"
#include "tcpforwarder.h"
#include "testdeals.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Triplewin::Core;

namespace {

/// A value of @p sql's first row, or an invalid QVariant with the error in the test log.
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

} // namespace

class TestTeamServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsConnectionStrings();
    void setupIsIdempotentAndForcesRowSecurity();
    void loginsAreNeitherSuperusersNorOwners();
    void salespersonSeesAndChangesOnlyOwnDeals();
    void managerReadsTheTeamAndWritesOnlyNotes();
    void cliSetsUpAndAddsLogins();
    void cliImportsAndExportsAsEachLogin();
    void pushIsIdempotentAndReportsConflicts();
    void pushStoppedBetweenChunksFinishesWhenRunAgain();
    void pushCarriesEveryFieldAsTyped();
    void lostConnectionIsSaidAndNothingHalfSaved();
    void reconnectsOnceTheServerAnswersAgain();
    void statementsArePreparedAgainAsTablesGrow();
    void newerServerSchemaIsRefused();
    void olderServerSchemaIsUpgradedByInit();

private:
    /// Logs in to the test database as @p login (a new TeamServer connection each time).
    std::unique_ptr<TeamServer> as(const QString &login);
    /// Inserts a deal with an option and its three assessments as @p server's login; returns the deal's id.
    qint64 insertDeal(TeamServer &server, const QString &title);

    ServerAddress m_admin; ///< the cluster's superuser, for setup only
    QString m_database;
    TeamServer m_setup{QStringLiteral("setup")};
    int m_logins = 0;
};

void TestTeamServer::initTestCase()
{
    const QString conninfo = qEnvironmentVariable("TRIPLEWIN_TEST_PG");
    if (conninfo.isEmpty())
        QSKIP("No test server: the test command (scripts/test.sh) runs this through scripts/with-postgres.sh.");
    const Expected<ServerAddress> admin = ServerAddress::parse(conninfo);
    QVERIFY2(admin.ok(), qPrintable(admin.error().fullText()));
    m_admin = admin.value();
    // A database of its own, so runs never meet each other's rows.
    m_database = QStringLiteral("triplewin_test_%1").arg(QRandomGenerator::global()->bounded(1u << 30));
    {
        TeamServer bootstrap(QStringLiteral("bootstrap"));
        const StorageError opened = bootstrap.open(m_admin);
        QVERIFY2(!opened, qPrintable(opened.fullText()));
        QSqlQuery create(bootstrap.connection());
        QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)),
                 qPrintable(create.lastError().text()));
    }
    m_admin.database = m_database;
    const StorageError opened = m_setup.open(m_admin);
    QVERIFY2(!opened, qPrintable(opened.fullText()));
    const StorageError setUp = m_setup.init();
    QVERIFY2(!setUp, qPrintable(setUp.fullText()));
    for (const auto &[login, role] : {std::pair{QStringLiteral("alice"), ServerRole::Salesperson},
                                      std::pair{QStringLiteral("bob"), ServerRole::Salesperson},
                                      std::pair{QStringLiteral("maria"), ServerRole::Manager}}) {
        const StorageError added = m_setup.addUser(login, role);
        QVERIFY2(!added, qPrintable(added.fullText()));
    }
}

void TestTeamServer::cleanupTestCase()
{
    m_setup.close();
    if (m_database.isEmpty())
        return;
    ServerAddress admin = m_admin;
    admin.database = QStringLiteral("postgres");
    TeamServer bootstrap(QStringLiteral("bootstrap"));
    if (!bootstrap.open(admin))
        QSqlQuery(bootstrap.connection()).exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_database));
}

std::unique_ptr<TeamServer> TestTeamServer::as(const QString &login)
{
    ServerAddress address = m_admin;
    address.user = login;
    auto server = std::make_unique<TeamServer>(QStringLiteral("login-%1").arg(++m_logins));
    const StorageError opened = server->open(address);
    if (opened)
        qWarning() << "cannot log in as" << login << opened.fullText();
    return server;
}

qint64 TestTeamServer::insertDeal(TeamServer &server, const QString &title)
{
    QSqlQuery query(server.connection());
    query.prepare(QStringLiteral("INSERT INTO deals (uuid, title, status, created_at, updated_at) "
                                 "VALUES (?, ?, 'negotiating', now(), now()) RETURNING id"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(title);
    if (!query.exec() || !query.next()) {
        qWarning() << "insert deal" << query.lastError().text();
        return 0;
    }
    const qint64 deal = query.value(0).toLongLong();
    query.prepare(QStringLiteral("INSERT INTO deal_options (deal_id, position, name) VALUES (?, 0, 'List price') "
                                 "RETURNING id"));
    query.addBindValue(deal);
    if (!query.exec() || !query.next()) {
        qWarning() << "insert option" << query.lastError().text();
        return 0;
    }
    const qint64 option = query.value(0).toLongLong();
    for (const char *party : {"you", "customer", "customers_customer"}) {
        query.prepare(QStringLiteral("INSERT INTO assessments (option_id, party, value, reference_point) "
                                     "VALUES (?, ?, 1000, 0)"));
        query.addBindValue(option);
        query.addBindValue(QString::fromLatin1(party));
        if (!query.exec()) {
            qWarning() << "insert assessment" << query.lastError().text();
            return 0;
        }
    }
    return deal;
}

void TestTeamServer::readsConnectionStrings()
{
    const Expected<ServerAddress> full = ServerAddress::parse(
        QStringLiteral("host=db.example.com port=6543 dbname=sales user='dana o\\'hara' sslmode=require"));
    QVERIFY2(full.ok(), qPrintable(full.error().fullText()));
    QCOMPARE(full.value().host, QStringLiteral("db.example.com"));
    QCOMPARE(full.value().port, 6543);
    QCOMPARE(full.value().database, QStringLiteral("sales"));
    QCOMPARE(full.value().user, QStringLiteral("dana o'hara"));
    QCOMPARE(full.value().options, QStringList{QStringLiteral("sslmode=require")});
    QCOMPARE(full.value().displayName(), QStringLiteral("dana o'hara@db.example.com:6543/sales"));
    QVERIFY(ServerAddress::parse(QString()).ok()); // everything from PG* variables
    for (const QString &bad : {QStringLiteral("host"), QStringLiteral("port=99999"), QStringLiteral("port=x"),
                               QStringLiteral("user='unclosed"), QStringLiteral("postgresql://db/sales")}) {
        const Expected<ServerAddress> parsed = ServerAddress::parse(bad);
        QVERIFY2(!parsed.ok(), qPrintable(bad));
        QCOMPARE(parsed.error().kind, StorageError::Kind::Invalid);
    }
    const Expected<ServerAddress> secret = ServerAddress::parse(QStringLiteral("host=db password=hunter2"));
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().message.contains(QStringLiteral("pgpass")), qPrintable(secret.error().message));
    QVERIFY(!secret.error().fullText().contains(QStringLiteral("hunter2")));
}

void TestTeamServer::setupIsIdempotentAndForcesRowSecurity()
{
    // Again, twice: nothing changes, nothing fails.
    for (int run = 0; run < 2; ++run) {
        const StorageError again = m_setup.init();
        QVERIFY2(!again, qPrintable(again.fullText()));
    }
    const Expected<int> version = m_setup.schemaVersion();
    QVERIFY(version.ok());
    QCOMPARE(version.value(), TeamServer::SchemaVersion);
    // One row per version the scripts brought (1, 2, ...), however often init ran.
    QCOMPARE(scalar(m_setup.connection(), QStringLiteral("SELECT count(*) FROM triplewin.schema_version")).toInt(),
             TeamServer::SchemaVersion);
    QSqlQuery tables(m_setup.connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                                       "pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n "
                                       "ON n.oid = c.relnamespace WHERE n.nspname = 'triplewin' AND c.relkind = 'r' "
                                       "AND c.relname <> 'schema_version' ORDER BY 1")));
    QStringList secured;
    while (tables.next()) {
        QVERIFY2(tables.value(1).toBool() && tables.value(2).toBool(), qPrintable(tables.value(0).toString()));
        QCOMPARE(tables.value(3).toString(), QStringLiteral("triplewin_owner"));
        secured << tables.value(0).toString();
    }
    QCOMPARE(secured,
             (QStringList{QStringLiteral("assessments"), QStringLiteral("coaching_notes"),
                          QStringLiteral("deal_events"), QStringLiteral("deal_options"), QStringLiteral("deal_origins"),
                          QStringLiteral("deals"), QStringLiteral("drafts"), QStringLiteral("walk_away_scripts")}));
}

void TestTeamServer::loginsAreNeitherSuperusersNorOwners()
{
    // Row-level security binds neither a superuser nor (without FORCE) a table's owner: the tests below would
    // prove nothing as either.
    for (const QString &login : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("maria")}) {
        const std::unique_ptr<TeamServer> server = as(login);
        QVERIFY(server->isOpen());
        const QSqlDatabase db = server->connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT current_user")).toString(), login);
        QCOMPARE(scalar(db, QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles "
                                           "WHERE rolname = current_user"))
                     .toBool(),
                 false);
        QCOMPARE(scalar(db, QStringLiteral("SELECT pg_has_role(current_user, 'triplewin_owner', 'MEMBER')")).toBool(),
                 false);
    }
}

void TestTeamServer::salespersonSeesAndChangesOnlyOwnDeals()
{
    const std::unique_ptr<TeamServer> alice = as(QStringLiteral("alice"));
    const std::unique_ptr<TeamServer> bob = as(QStringLiteral("bob"));
    const qint64 hers = insertDeal(*alice, QStringLiteral("Alice's fleet renewal"));
    QVERIFY(hers > 0);
    const qint64 his = insertDeal(*bob, QStringLiteral("Bob's cold chain"));
    QVERIFY(his > 0);
    const QSqlDatabase b = bob->connection();
    const QString id = QString::number(hers);

    // Invisible: the deal and everything hanging off it.
    QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM deals WHERE id = %1").arg(id)).toInt(), 0);
    QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 1);
    QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM deal_options WHERE deal_id = %1").arg(id)).toInt(), 0);
    QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM assessments a JOIN deal_options o ON o.id = a.option_id "
                                      "WHERE o.deal_id = %1")
                           .arg(id))
                 .toInt(),
             0);
    QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM assessments")).toInt(), 3); // his own three

    // Untouchable: UPDATE and DELETE find nothing to change.
    QSqlQuery query(b);
    QVERIFY(query.exec(QStringLiteral("UPDATE deals SET title = 'Taken over' WHERE id = %1").arg(id)));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM deals WHERE id = %1").arg(id)));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("UPDATE assessments SET value = 0")));
    QCOMPARE(query.numRowsAffected(), 3); // his own only
    // Refused: a deal written as hers, an option added to her deal, his deal handed to her.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO deals (uuid, owner_login, title, status, created_at, updated_at) "
                                       "VALUES ('forged', 'alice', 'Forged', 'preparing', now(), now())")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501")); // violates row-level security policy
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO deal_options (deal_id, position, name) VALUES (%1, 9, 'Mine')").arg(id)));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!query.exec(QStringLiteral("UPDATE deals SET owner_login = 'alice' WHERE id = %1").arg(his)));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));

    // Hers, as she left it.
    const QSqlDatabase a = alice->connection();
    QCOMPARE(scalar(a, QStringLiteral("SELECT title FROM deals WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Alice's fleet renewal"));
    QCOMPARE(scalar(a, QStringLiteral("SELECT sum(value) FROM assessments")).toLongLong(), 3000);
    QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM deals WHERE title = 'Forged'")).toInt(), 0);
}

void TestTeamServer::managerReadsTheTeamAndWritesOnlyNotes()
{
    const std::unique_ptr<TeamServer> alice = as(QStringLiteral("alice"));
    const std::unique_ptr<TeamServer> bob = as(QStringLiteral("bob"));
    const std::unique_ptr<TeamServer> maria = as(QStringLiteral("maria"));
    const qint64 hers = insertDeal(*alice, QStringLiteral("Alice's spare parts"));
    QVERIFY(hers > 0);
    const QString id = QString::number(hers);
    const QSqlDatabase m = maria->connection();

    // The whole team's deals, options and assessments.
    const int all = scalar(m_setup.connection(), QStringLiteral("SELECT count(*) FROM triplewin.deals")).toInt();
    QCOMPARE(scalar(m, QStringLiteral("SELECT count(*) FROM deals")).toInt(), all);
    QCOMPARE(scalar(m, QStringLiteral("SELECT count(*) FROM assessments a JOIN deal_options o ON o.id = a.option_id "
                                      "WHERE o.deal_id = %1")
                           .arg(id))
                 .toInt(),
             3);
    // No edits to a salesperson's deal, nor deals of her own.
    QSqlQuery query(m);
    QVERIFY(!query.exec(QStringLiteral("UPDATE deals SET title = 'Managed' WHERE id = %1").arg(id)));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501")); // permission denied
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM assessments")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO deals (uuid, title, status, created_at, updated_at) "
                                       "VALUES ('manager', 'Hers', 'preparing', now(), now())")));
    // A coaching note, signed with her own login only.
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO coaching_notes (deal_id, author, created_at, text) "
                                       "VALUES (%1, 'Maria', now(), 'Ask what their customer gains')")
                            .arg(id)),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO coaching_notes (deal_id, author_login, created_at, text) "
                                       "VALUES (%1, 'bob', now(), 'Forged note')")
                            .arg(id)));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // The deal's owner reads the note; another salesperson does not.
    QCOMPARE(scalar(alice->connection(), QStringLiteral("SELECT text FROM coaching_notes WHERE deal_id = %1").arg(id))
                 .toString(),
             QStringLiteral("Ask what their customer gains"));
    QCOMPARE(scalar(bob->connection(), QStringLiteral("SELECT count(*) FROM coaching_notes")).toInt(), 0);
    QSqlQuery forged(bob->connection());
    QVERIFY(!forged.exec(QStringLiteral("INSERT INTO coaching_notes (deal_id, created_at, text) "
                                        "VALUES (%1, now(), 'Bob was here')")
                             .arg(id)));
    QCOMPARE(forged.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

void TestTeamServer::cliImportsAndExportsAsEachLogin()
{
    // The everyday commands with --server, as each login: alice imports last week's CRM file twice (the second time
    // adds nothing), bob sees none of it, and the manager's habit report reads the whole team.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("week.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Deal Name,Deal Owner,Deal Stage,Close Date,Record ID,Associated Company,Amount\r\n"
                   "Fleet renewal,Alice,closedwon,2026-03-01,101,Acme,25000\r\n"
                   "Depot lighting,Alice,contractsent,2026-04-01,102,Umbrella,12000\r\n");
    }
    const auto cli = [this](const QString &login, const QStringList &arguments) {
        ServerAddress address = m_admin;
        address.user = login;
        QProcess process;
        process.start(QStringLiteral(TRIPLEWIN_CLI),
                      arguments +
                          QStringList{QStringLiteral("--server"), QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                                                      .arg(address.host)
                                                                      .arg(address.port)
                                                                      .arg(login, address.database)});
        process.waitForFinished(60000);
        return std::pair{process.exitCode(),
                         QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    };
    const auto [dryRun, dryRunOutput] =
        cli(QStringLiteral("alice"), {QStringLiteral("import"), QStringLiteral("--dry-run"), csv});
    QVERIFY2(dryRun == 0 && dryRunOutput.contains(QStringLiteral("Dry run")), qPrintable(dryRunOutput));
    const auto [imported, importOutput] = cli(QStringLiteral("alice"), {QStringLiteral("import"), csv});
    QVERIFY2(imported == 0, qPrintable(importOutput));
    const auto [again, againOutput] = cli(QStringLiteral("alice"), {QStringLiteral("import"), csv});
    QVERIFY2(again == 0, qPrintable(againOutput));
    const auto [exported, rows] =
        cli(QStringLiteral("alice"), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(exported == 0, qPrintable(rows));
    QCOMPARE(rows.count(QStringLiteral("\"Fleet renewal\"")), 1);
    QCOMPARE(rows.count(QStringLiteral("\"Depot lighting\"")), 1);
    const auto [bobExported, bobRows] =
        cli(QStringLiteral("bob"), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(bobExported == 0, qPrintable(bobRows));
    QVERIFY2(!bobRows.contains(QStringLiteral("Fleet renewal")), qPrintable(bobRows));
    const auto [report, reportOutput] = cli(QStringLiteral("maria"), {QStringLiteral("habits")});
    QVERIFY2(report == 0, qPrintable(reportOutput));
    QVERIFY2(reportOutput.contains(QStringLiteral("Alice")), qPrintable(reportOutput));
    // Both at once is a mistake, said so.
    const auto [both, bothOutput] = cli(
        QStringLiteral("alice"), {QStringLiteral("export"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x"))});
    QCOMPARE(both, 1);
    QVERIFY2(bothOutput.contains(QStringLiteral("not both")), qPrintable(bothOutput));
}

void TestTeamServer::pushIsIdempotentAndReportsConflicts()
{
    // Bob's personal file goes to the server as his login: twice adds nothing twice, a later edit in the file is
    // reported and never overwrites the server's version; pulling back gives the server's deals, and only his.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database file(QStringLiteral("push-file"));
    QVERIFY(file.open(dir.filePath(QStringLiteral("bob.sqlite"))).ok());
    DealRepository local(file);
    QList<Deal> deals;
    for (const char *title : {"Pushed fleet deal", "Pushed depot deal", "Pushed lighting deal"})
        deals << local.save(Test::sampleDeal(QString::fromUtf8(title))).value();
    deals[2] = local.closeDeal(deals[2].id, deals[2].options.at(1).id, QStringLiteral("Bob")).value();

    ServerAddress bob = m_admin;
    bob.user = QStringLiteral("bob");
    Database server(QStringLiteral("push-server"));
    const StorageError opened = server.openServer(bob);
    QVERIFY2(!opened, qPrintable(opened.fullText()));
    const qint64 before = scalar(server.connection(), QStringLiteral("SELECT count(*) FROM deals")).toLongLong();

    const Expected<PushReport> first = pushDeals(file, server);
    QVERIFY2(first.ok(), qPrintable(first.error().fullText()));
    QCOMPARE(first.value().added, 3);
    const Expected<PushReport> again = pushDeals(file, server);
    QVERIFY(again.ok());
    QCOMPARE(again.value().added, 0);
    QCOMPARE(again.value().unchanged, 3);
    QCOMPARE(scalar(server.connection(), QStringLiteral("SELECT count(*) FROM deals")).toLongLong(), before + 3);
    QCOMPARE(scalar(server.connection(), QStringLiteral("SELECT count(*) FROM deals WHERE owner_login <> 'bob'"))
                 .toLongLong(),
             0); // bob sees only his own, and everything pushed is his
    const auto onServer = [&server](const QString &uuid) {
        DealRepository there(server);
        QSqlQuery query(server.connection());
        query.prepare(QStringLiteral("SELECT id FROM deals WHERE uuid = ?"));
        query.addBindValue(uuid);
        return query.exec() && query.next() ? there.load(query.value(0).toLongLong()).value() : Deal();
    };
    Deal copied = onServer(deals[0].uuid);
    QCOMPARE(copied.options.size(), deals[0].options.size());
    for (qsizetype i = 0; i < copied.options.size(); ++i) // the server's own ids
        copied.options[i].id = deals[0].options.at(i).id;
    QVERIFY(copied.sameContentAs(deals[0]));
    QVERIFY(onServer(deals[2].uuid).ending.has_value());

    // Edited again in the file after the push (and, for one, on the server too): reported, never overwriting what
    // is on the server; the server's versions stay. (Without a record of what each push sent, an edit in the file
    // cannot be told from one that crossed an edit on the server.)
    deals[0].notes = QStringLiteral("Edited offline");
    deals[0] = local.save(deals[0]).value();
    Deal there = onServer(deals[1].uuid);
    there.notes = QStringLiteral("Edited on the server");
    QVERIFY(DealRepository(server).save(there).ok());
    deals[1].notes = QStringLiteral("Edited in the file");
    deals[1] = local.save(deals[1]).value();
    const Expected<PushReport> edits = pushDeals(file, server);
    QVERIFY(edits.ok());
    QCOMPARE(edits.value().added, 0);
    QCOMPARE(edits.value().unchanged, 1);
    QCOMPARE(edits.value().conflicts.size(), 2);
    QCOMPARE(edits.value().conflicts.at(1).title, deals[1].title);
    QVERIFY2(edits.value().conflicts.at(1).message.contains(QStringLiteral("kept")),
             qPrintable(edits.value().conflicts.at(1).message));
    QCOMPARE(onServer(deals[0].uuid).notes, Test::sampleDeal().notes);
    QCOMPARE(onServer(deals[1].uuid).notes, QStringLiteral("Edited on the server"));

    // Alice, pulling into a file of her own, gets none of Bob's deals.
    ServerAddress alice = m_admin;
    alice.user = QStringLiteral("alice");
    Database aliceServer(QStringLiteral("pull-server"));
    QVERIFY(!aliceServer.openServer(alice));
    Database aliceFile(QStringLiteral("pull-file"));
    QVERIFY(aliceFile.open(dir.filePath(QStringLiteral("alice.sqlite"))).ok());
    QVERIFY(pushDeals(aliceServer, aliceFile).ok());
    QVERIFY2(scalar(aliceFile.connection(), QStringLiteral("SELECT count(*) FROM deals WHERE title LIKE 'Pushed%'"))
                     .toLongLong() == 0,
             "Bob's deals reached Alice's file");
    // Bob pulling into a new file gets his deals back, the server's version of the one in conflict.
    Database copy(QStringLiteral("pull-copy"));
    QVERIFY(copy.open(dir.filePath(QStringLiteral("bob-copy.sqlite"))).ok());
    const Expected<PushReport> pulled = pushDeals(server, copy);
    QVERIFY2(pulled.ok(), qPrintable(pulled.error().fullText()));
    QCOMPARE(pulled.value().added, before + 3);
    QCOMPARE(scalar(copy.connection(), QStringLiteral("SELECT notes FROM deals WHERE uuid = '%1'").arg(deals[1].uuid))
                 .toString(),
             QStringLiteral("Edited on the server"));

    // The command, as Bob types it: the report in words, the deal not moved named with why.
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(TRIPLEWIN_CLI),
              {QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("--db"),
               dir.filePath(QStringLiteral("bob.sqlite")), QStringLiteral("--server"),
               QStringLiteral("host=%1 port=%2 user=bob dbname=%3").arg(bob.host).arg(bob.port).arg(bob.database)});
    QVERIFY(cli.waitForFinished(60000));
    const QString output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("0 added, 0 updated, 1 unchanged, 2 not moved")), qPrintable(output));
    QVERIFY2(output.contains(deals[1].title), qPrintable(output));
}

void TestTeamServer::pushCarriesEveryFieldAsTyped()
{
    // A push adds the file's new deals a table at a time (one statement for each, their texts sent as array
    // literals): what people type, quotes, backslashes, braces, commas, the word NULL, empty texts, newlines and
    // other scripts, comes out as it went in, with the agreed option, its frozen values and the history. Pulled
    // back into a new file (SQLite's side of the same path), it is the same again.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database file(QStringLiteral("typed-file"));
    QVERIFY(file.open(dir.filePath(QStringLiteral("typed.sqlite"))).ok());
    DealRepository local(file);
    const QStringList awkward = {QStringLiteral("Say \"yes\", then {sign}"),
                                 QStringLiteral("C:\\deals\\2026\\"),
                                 QStringLiteral("NULL"),
                                 QStringLiteral(""),
                                 QStringLiteral("Müller GmbH — Zürich, 北京\nsecond line\ttab"),
                                 QStringLiteral("'; DROP TABLE deals; --"),
                                 QStringLiteral("{\"a\",\"b\"}"),
                                 QStringLiteral("  spaces  ")};
    QList<Deal> deals;
    for (qsizetype i = 0; i < awkward.size(); ++i) {
        Deal deal;
        deal.title = QStringLiteral("Typed %1: %2").arg(i).arg(awkward.at(i));
        deal.customer = awkward.at(i);
        deal.customersCustomer = awkward.at((i + 1) % awkward.size());
        deal.salesperson = awkward.at((i + 2) % awkward.size());
        deal.notes = awkward.at((i + 3) % awkward.size());
        deal.status = DealStatus::Negotiating;
        deal.expectedClose = i % 2 ? QDate(2027, 3, 31) : QDate();
        // What was prepared about the parties, in the same awkward words; sameContentAs() compares it.
        for (int party = 0; party < PartyCount; ++party)
            deal.preparation[std::size_t(party)] = {
                awkward.at((i + party) % awkward.size()), awkward.at((i + party + 1) % awkward.size()),
                awkward.at((i + party + 2) % awkward.size()), Confidence((i + party) % ConfidenceCount)};
        for (int o = 0; o < 3; ++o) {
            DealOption option;
            option.name = awkward.at((i + o) % awkward.size()) + QString::number(o);
            option.assessment(Party::You).value = o == 0 ? std::optional<Money>() : Money(MaxAmount / (o + i + 1));
            option.assessment(Party::You).referencePoint = Money(-1 - i);
            option.assessment(Party::Customer).value = Money(0);
            option.assessment(Party::CustomersCustomer).reason = awkward.at((i + o + 4) % awkward.size());
            deal.options << option;
        }
        Expected<Deal> saved = local.save(deal);
        QVERIFY2(saved.ok(), qPrintable(saved.error().fullText()));
        // Why each ended, in awkward words too: a standard reason, or one of the user's own.
        const ReasonForEnding why{i % 2 ? QStringLiteral("price") : awkward.at((i + 5) % awkward.size()),
                                  awkward.at((i + 6) % awkward.size())};
        if (i % 3 == 1)
            saved = local.closeDeal(saved.value().id, saved.value().options.at(2).id, awkward.at(i),
                                    QDateTime::currentDateTimeUtc(), QString(), why);
        else if (i % 3 == 2)
            saved = local.walkAway(saved.value().id, QStringLiteral("Bob"), QDateTime::currentDateTimeUtc(), why);
        QVERIFY2(saved.ok(), qPrintable(saved.error().fullText()));
        deals << saved.value();
    }

    ServerAddress bob = m_admin;
    bob.user = QStringLiteral("bob");
    Database server(QStringLiteral("typed-server"));
    QVERIFY(!server.openServer(bob));
    const Expected<PushReport> pushed = pushDeals(file, server);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error().fullText()));
    QCOMPARE(pushed.value().added, deals.size());

    // The same deal, read back from @p database by its uuid, with @p database's own ids.
    const auto readBack = [](Database &database, const Deal &deal, Deal *stored) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT id FROM deals WHERE uuid = ?"));
        query.addBindValue(deal.uuid);
        QVERIFY2(query.exec() && query.next(), qPrintable(deal.title));
        const Expected<Deal> loaded = DealRepository(database).load(query.value(0).toLongLong());
        QVERIFY2(loaded.ok(), qPrintable(deal.title));
        *stored = loaded.value();
    };
    const auto sameAsTyped = [](Deal stored, const Deal &typed) {
        QCOMPARE(stored.options.size(), typed.options.size());
        for (qsizetype o = 0; o < stored.options.size(); ++o)
            stored.options[o].id = typed.options.at(o).id;
        QVERIFY2(stored.sameContentAs(typed), qPrintable(typed.title));
        QCOMPARE(stored.title, typed.title);
        QCOMPARE(stored.createdAt, typed.createdAt);
        QCOMPARE(stored.updatedAt, typed.updatedAt);
        QCOMPARE(stored.ending.has_value(), typed.ending.has_value());
        if (!typed.ending)
            return;
        QCOMPARE(stored.ending->optionName, typed.ending->optionName);
        QCOMPARE(stored.ending->by, typed.ending->by);
        QCOMPARE(stored.ending->at, typed.ending->at);
        QCOMPARE(stored.ending->results, typed.ending->results);
        QCOMPARE(stored.ending->outcome, typed.ending->outcome);
        QCOMPARE(stored.ending->walkedAway, typed.ending->walkedAway);
        QCOMPARE(stored.ending->reason, typed.ending->reason);
        QCOMPARE(stored.ending->reasonNote, typed.ending->reasonNote);
    };
    for (const Deal &typed : std::as_const(deals)) {
        Deal stored;
        readBack(server, typed, &stored);
        if (QTest::currentTestFailed())
            return;
        sameAsTyped(stored, typed);
        if (QTest::currentTestFailed())
            return;
        const Expected<QList<DealEvent>> history = DealRepository(server).history(stored.id);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), typed.ending ? 1 : 0);
        if (!typed.ending || typed.ending->walkedAway) {
            QVERIFY(!stored.ending || stored.ending->optionId == 0);
            continue;
        }
        // The agreed option is the server's own option of that name, and its values are frozen on the deal.
        QCOMPARE(stored.ending->optionId, stored.options.at(2).id);
        QSqlQuery frozen(server.connection());
        QVERIFY(frozen.exec(QStringLiteral("SELECT agreed_option_id, you_value, customer_value, "
                                           "customers_customer_value, salesperson_key FROM deals WHERE id = %1")
                                .arg(stored.id)) &&
                frozen.next());
        QCOMPARE(frozen.value(0).toLongLong(), stored.options.at(2).id);
        QCOMPARE(frozen.value(1).toLongLong(), qint64(*typed.options.at(2).assessment(Party::You).value));
        QCOMPARE(frozen.value(2).toLongLong(), 0);
        QVERIFY(frozen.value(3).isNull());
        QCOMPARE(frozen.value(4).toString(), nameKey(typed.salesperson));
    }

    // Pulled back into a new file, every deal is the same again.
    Database copy(QStringLiteral("typed-copy"));
    QVERIFY(copy.open(dir.filePath(QStringLiteral("typed-copy.sqlite"))).ok());
    const Expected<PushReport> pulled = pushDeals(server, copy);
    QVERIFY2(pulled.ok(), qPrintable(pulled.error().fullText()));
    for (const Deal &typed : std::as_const(deals)) {
        Deal stored;
        readBack(copy, typed, &stored);
        if (QTest::currentTestFailed())
            return;
        sameAsTyped(stored, typed);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestTeamServer::pushStoppedBetweenChunksFinishesWhenRunAgain()
{
    // A push shows its progress a thousand deals at a time and stops there when asked (the app's Cancel): what was
    // saved stays, and pushing again moves the rest and nothing twice.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database file(QStringLiteral("push-stop-file"));
    QVERIFY(file.open(dir.filePath(QStringLiteral("carol.sqlite"))).ok());
    QList<Deal> deals;
    for (int n = 1; n <= 2500; ++n)
        deals << Test::sampleDeal(QStringLiteral("Stopped push deal %1").arg(n));
    QVERIFY(DealRepository(file).insertMany(deals).ok());

    ServerAddress alice = m_admin;
    alice.user = QStringLiteral("alice");
    Database server(QStringLiteral("push-stop-server"));
    QVERIFY(!server.openServer(alice));
    const auto onServer = [&server] {
        return scalar(server.connection(),
                      QStringLiteral("SELECT count(*) FROM deals WHERE title LIKE 'Stopped push deal %'"))
            .toLongLong();
    };
    QList<std::pair<qint64, qint64>> heard;
    const Expected<PushReport> stopped = pushDeals(file, server, [&heard](qint64 done, qint64 total) {
        heard.append({done, total});
        return false;
    });
    QVERIFY2(stopped.ok(), qPrintable(stopped.error().fullText()));
    QVERIFY(stopped.value().stopped);
    QCOMPARE(stopped.value().added, 1000);
    QCOMPARE(heard, (QList<std::pair<qint64, qint64>>{{1000, 2500}}));
    QCOMPARE(onServer(), 1000);

    heard.clear();
    const Expected<PushReport> rest = pushDeals(file, server, [&heard](qint64 done, qint64 total) {
        heard.append({done, total});
        return true;
    });
    QVERIFY2(rest.ok(), qPrintable(rest.error().fullText()));
    QVERIFY(!rest.value().stopped);
    QCOMPARE(rest.value().added, 1500);
    QCOMPARE(rest.value().unchanged, 1000);
    QCOMPARE(heard, (QList<std::pair<qint64, qint64>>{{1000, 2500}, {2000, 2500}, {2500, 2500}}));
    QCOMPARE(onServer(), 2500);

    // A stop asked for during the last chunk has nothing left to stop: the push is complete and says so.
    Database small(QStringLiteral("push-stop-small"));
    QVERIFY(small.open(dir.filePath(QStringLiteral("small.sqlite"))).ok());
    QVERIFY(DealRepository(small).insertMany({Test::sampleDeal(QStringLiteral("Stopped push deal last"))}).ok());
    const Expected<PushReport> last = pushDeals(small, server, [](qint64, qint64) { return false; });
    QVERIFY2(last.ok(), qPrintable(last.error().fullText()));
    QVERIFY(!last.value().stopped);
    QCOMPARE(last.value().added, 1);
}

void TestTeamServer::lostConnectionIsSaidAndNothingHalfSaved()
{
    // The server ends alice's session (a restart, a network cut, an idle timeout): her next save says so in plain
    // words, as Unreachable, and nothing of it is on the server; once connected again, the deal is as it was.
    ServerAddress alice = m_admin;
    alice.user = QStringLiteral("alice");
    Database database(QStringLiteral("lost-connection"));
    QVERIFY(!database.openServer(alice));
    DealRepository deals(database);
    const Deal saved = deals.save(Test::sampleDeal(QStringLiteral("Saved before the cut"))).value();
    const qint64 pid = scalar(database.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    QVERIFY(scalar(m_setup.connection(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)).toBool());

    Deal edit = saved;
    edit.notes = QStringLiteral("Edited after the cut");
    edit.options.removeLast();
    const Expected<Deal> refused = deals.save(edit);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, StorageError::Kind::Unreachable);
    QVERIFY2(refused.error().message.contains(QStringLiteral("connection to the team server was lost")),
             qPrintable(refused.error().fullText()));

    // A login the server does not know is refused by it, not taken for a server that cannot be reached.
    ServerAddress nobody = m_admin;
    nobody.user = QStringLiteral("nobody_here");
    Database stranger(QStringLiteral("stranger"));
    QCOMPARE(stranger.openServer(nobody).kind, StorageError::Kind::Refused);

    Database again(QStringLiteral("lost-connection-again"));
    QVERIFY(!again.openServer(alice));
    const Expected<Deal> stored = DealRepository(again).load(saved.id);
    QVERIFY2(stored.ok(), qPrintable(stored.error().fullText()));
    QVERIFY(stored.value().sameContentAs(saved));
}

void TestTeamServer::reconnectsOnceTheServerAnswersAgain()
{
    // The network between alice and the server breaks: her save fails as Unreachable, and so does reconnecting.
    // ServerWatch tries the server in the background, quietly while nothing answers; once it answers again,
    // reconnect() and the same save work, on the revision she edited.
    Test::TcpForwarder cable(quint16(m_admin.port));
    QVERIFY(cable.port());
    ServerAddress alice = m_admin;
    alice.host = QStringLiteral("127.0.0.1");
    alice.port = cable.port();
    alice.user = QStringLiteral("alice");
    Database database(QStringLiteral("reconnecting"));
    QVERIFY(!database.openServer(alice));
    DealRepository deals(database);
    const Deal saved = deals.save(Test::sampleDeal(QStringLiteral("Before the network broke"))).value();

    cable.cut();
    Deal edit = saved;
    edit.notes = QStringLiteral("Typed while the network was down");
    QCOMPARE(deals.save(edit).error().kind, StorageError::Kind::Unreachable);
    QCOMPARE(database.reconnect().kind, StorageError::Kind::Unreachable);
    // Still the server (its name in the title bar), and still saying why nothing can be saved.
    QVERIFY(database.isServer());
    QCOMPARE(database.displayName(), alice.displayName());
    QCOMPARE(deals.save(edit).error().kind, StorageError::Kind::Unreachable);

    ServerWatch watch(database);
    watch.setInterval(50);
    QSignalSpy answered(&watch, &ServerWatch::answered);
    watch.start();
    QVERIFY(!answered.wait(600));
    QVERIFY(watch.isWatching());
    cable.resume();
    QVERIFY(answered.wait(10000));
    QVERIFY(!watch.isWatching());
    const StorageError reconnected = database.reconnect();
    QVERIFY2(!reconnected, qPrintable(reconnected.fullText()));
    const Expected<Deal> resaved = deals.save(edit);
    QVERIFY2(resaved.ok(), qPrintable(resaved.error().fullText()));
    QCOMPARE(resaved.value().notes, edit.notes);
    QCOMPARE(resaved.value().revision, saved.revision + 1);
}

void TestTeamServer::statementsArePreparedAgainAsTablesGrow()
{
    // PostgreSQL keeps a generic plan chosen after a statement's first runs; chosen while the tables were empty (the
    // start of an import or a push) it went on scanning them whole. A statement run many times is prepared again,
    // planned for the tables as they are then: its server-side name changes.
    ServerAddress alice = m_admin;
    alice.user = QStringLiteral("alice");
    Database database(QStringLiteral("prepared-again"));
    QVERIFY(!database.openServer(alice));
    const auto preparedAs = [&database] {
        return scalar(database.connection(), QStringLiteral("SELECT string_agg(name, ',') FROM pg_prepared_statements "
                                                            "WHERE statement LIKE '%FROM deals WHERE id = $1%'"))
            .toString();
    };
    PreparedStatement lookup(database, QStringLiteral("SELECT count(*) FROM deals WHERE id = ?"));
    QString first;
    for (qint64 run = 1; run <= 1000; ++run) {
        lookup.bind(-run); // no deal has such an id, whatever earlier tests left
        QVERIFY2(lookup.next(), qPrintable(lookup.errorText()));
        QCOMPARE(lookup.int64At(0), 0);
        lookup.reset();
        if (run == 1)
            first = preparedAs();
    }
    QVERIFY(!first.isEmpty());
    const QString now = preparedAs();
    QVERIFY2(!now.isEmpty() && now != first && !now.contains(u','), qPrintable(first + QStringLiteral(" / ") + now));
}

void TestTeamServer::cliSetsUpAndAddsLogins()
{
    // The command a DBA runs, on a database of its own: set up twice (idempotent), add a login, and the login
    // can work as a salesperson.
    const QString database = m_database + QStringLiteral("_cli");
    QVERIFY(QSqlQuery(m_setup.connection()).exec(QStringLiteral("CREATE DATABASE %1").arg(database)));
    const QString server = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                               .arg(m_admin.host)
                               .arg(m_admin.port)
                               .arg(m_admin.user, database);
    const auto cli = [&server](const QStringList &arguments, const QString &at = QString()) {
        QProcess process;
        process.start(QStringLiteral(TRIPLEWIN_CLI), QStringList{QStringLiteral("server")}
                                                         << arguments << QStringLiteral("--server")
                                                         << (at.isEmpty() ? server : at));
        process.waitForFinished(60000);
        return std::pair{process.exitCode(),
                         QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    };
    for (int run = 0; run < 2; ++run) {
        const auto [status, output] = cli({QStringLiteral("init")});
        QVERIFY2(status == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("set up")), qPrintable(output));
    }
    const auto [added, addOutput] = cli(
        {QStringLiteral("add-user"), QStringLiteral("carol"), QStringLiteral("--role"), QStringLiteral("salesperson")});
    QVERIFY2(added == 0, qPrintable(addOutput));
    const auto [bad, badOutput] =
        cli({QStringLiteral("add-user"), QStringLiteral("dave"), QStringLiteral("--role"), QStringLiteral("owner")});
    QCOMPARE(bad, 2);
    QVERIFY2(badOutput.contains(QStringLiteral("--role salesperson")), qPrintable(badOutput));
    const auto [unreachable, unreachableOutput] =
        cli({QStringLiteral("init")}, QStringLiteral("host=127.0.0.1 port=1"));
    QCOMPARE(unreachable, 1);
    QVERIFY2(unreachableOutput.contains(QStringLiteral("Cannot connect to the team server")),
             qPrintable(unreachableOutput));

    ServerAddress address = m_admin;
    address.database = database;
    address.user = QStringLiteral("carol");
    TeamServer carol(QStringLiteral("carol"));
    const StorageError opened = carol.open(address);
    QVERIFY2(!opened, qPrintable(opened.fullText()));
    QVERIFY(insertDeal(carol, QStringLiteral("Carol's first deal")) > 0);
    QCOMPARE(scalar(carol.connection(), QStringLiteral("SELECT owner_login FROM deals")).toString(),
             QStringLiteral("carol"));
    carol.close();
    QSqlQuery(m_setup.connection()).exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
}

void TestTeamServer::newerServerSchemaIsRefused()
{
    QSqlQuery query(m_setup.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO triplewin.schema_version (version) VALUES (%1)")
                           .arg(TeamServer::SchemaVersion + 1)));
    ServerAddress address = m_admin;
    address.user = QStringLiteral("alice");
    TeamServer alice(QStringLiteral("alice-newer"));
    const StorageError refused = alice.open(address);
    QCOMPARE(refused.kind, StorageError::Kind::NewerSchema);
    QVERIFY2(refused.message.contains(QStringLiteral("newer version of Triplewin")), qPrintable(refused.message));
    QVERIFY(!alice.isOpen());
    QVERIFY(query.exec(
        QStringLiteral("DELETE FROM triplewin.schema_version WHERE version > %1").arg(TeamServer::SchemaVersion)));
}

void TestTeamServer::olderServerSchemaIsUpgradedByInit()
{
    // A server set up by the previous version (schema 1: no ending reasons) is refused with what to do, not met
    // with SQL errors; `server init` upgrades it in place and keeps its deals.
    QSqlQuery query(m_setup.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM triplewin.deals")) && query.next());
    const qint64 deals = query.value(0).toLongLong();
    QStringList added{QStringLiteral("ending_reason"), QStringLiteral("ending_note"), QStringLiteral("you_left"),
                      QStringLiteral("customer_left"), QStringLiteral("customers_customer_left")};
    for (const QString &party : Schema::PartyKeys) {
        for (const char *what : {"interests", "relationship", "reference_source", "confidence"})
            added << party + u'_' + QLatin1String(what);
    }
    added << Schema::ConcessionsColumn; // schema 4
    for (const QString &column : std::as_const(added))
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE triplewin.deals DROP COLUMN %1").arg(column)),
                 qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM triplewin.schema_version WHERE version > 1")));
    ServerAddress address = m_admin;
    address.user = QStringLiteral("alice");
    Database older(QStringLiteral("alice-older"));
    const StorageError refused = older.openServer(address);
    QVERIFY(refused);
    QVERIFY2(refused.message.contains(QStringLiteral("older version of Triplewin")) &&
                 refused.message.contains(QStringLiteral("triplewin-cli server init")),
             qPrintable(refused.message));

    QVERIFY2(!m_setup.init(), "server init on a schema-1 server");
    QVERIFY(query.exec(QStringLiteral("SELECT coalesce(max(version), 0), (SELECT count(*) FROM triplewin.deals) "
                                      "FROM triplewin.schema_version")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), TeamServer::SchemaVersion);
    QCOMPARE(query.value(1).toLongLong(), deals);
    const StorageError opened = older.openServer(address);
    QVERIFY2(!opened, qPrintable(opened.fullText()));
}

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
