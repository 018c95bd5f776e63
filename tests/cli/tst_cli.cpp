// triplewin-cli run as a process, as scripts and CI jobs run it: output, JSON and exit codes.

#include "../core/testdeals.h"
#include "coaching/coach.h"
#include "io/dealexporter.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace Triplewin::Core;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void habitsAsJson();
    void habitsAsTable();
    void rqAsJson();
    void reasonsAsJson();
    void reasonsAsTable();
    void badDatabaseFails();
    void reportsNeverChangeTheFile();
    void readOnlyFolder();
    void helpNamesTheCommand();
    void salespersonMatchedAsPeopleMeanIt();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QStringList &asUser = {});
    qint64 endDeal(DealRepository &deals, const QString &title, const QString &salesperson, Money you, Money customer,
                   const QDateTime &at, const ReasonForEnding &why = {});

    QTemporaryDir m_dir;
    QString m_db;
    QList<qint64> m_danaConcessions;
};

/// @p asUser: a command that runs the CLI as another user (setpriv ...), or empty.
TestCli::Run TestCli::run(const QStringList &arguments, const QStringList &asUser)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    if (asUser.isEmpty())
        process.start(QStringLiteral(TRIPLEWIN_CLI), arguments);
    else
        process.start(asUser.constFirst(), asUser.mid(1) + QStringList{QStringLiteral(TRIPLEWIN_CLI)} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

qint64 TestCli::endDeal(DealRepository &deals, const QString &title, const QString &salesperson, Money you,
                        Money customer, const QDateTime &at, const ReasonForEnding &why)
{
    Deal deal;
    deal.title = title;
    deal.customer = QStringLiteral("Acme");
    deal.salesperson = salesperson;
    DealOption option;
    option.name = QStringLiteral("Agreed");
    for (Party party : AllParties)
        option.assessment(party).referencePoint = 0;
    option.assessment(Party::You).value = you;
    option.assessment(Party::Customer).value = customer;
    deal.options << option;
    const Expected<Deal> saved = deals.save(deal);
    if (!saved.ok())
        return 0;
    const Expected<Deal> closed =
        deals.closeDeal(saved.value().id, saved.value().options.at(0).id, salesperson, at, QString(), why);
    return closed.ok() ? closed.value().id : 0;
}

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("team.sqlite"));
    Database database;
    QVERIFY(database.open(m_db).ok());
    DealRepository deals(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_danaConcessions << endDeal(deals, QStringLiteral("Dana gives in"), QStringLiteral("Dana"), -10000, 50000,
                                 now.addDays(-3), {QStringLiteral("price"), QStringLiteral("matched their budget")});
    m_danaConcessions << endDeal(deals, QStringLiteral("Dana again"), QStringLiteral("Dana"), -10000, 50000,
                                 now.addDays(-2), {QStringLiteral("price"), {}});
    QVERIFY(endDeal(deals, QStringLiteral("Eve fair"), QStringLiteral("Eve"), 50000, 50000, now.addDays(-1)));
    QVERIFY(!m_danaConcessions.contains(0));
}

void TestCli::habitsAsJson()
{
    const Run result = run({QStringLiteral("habits"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.out.constData());
    const QJsonArray people = document.array();
    QCOMPARE(people.size(), 2);
    const QJsonObject dana = people.at(0).toObject();
    QCOMPARE(dana.value(u"salesperson").toString(), QStringLiteral("Dana"));
    const QJsonArray flags = dana.value(u"flags").toArray();
    QVERIFY(!flags.isEmpty());
    const QJsonObject concession = flags.at(0).toObject();
    QCOMPARE(concession.value(u"kind").toString(), QStringLiteral("concession"));
    QCOMPARE(concession.value(u"count").toInt(), 2);
    const QJsonArray evidence = concession.value(u"evidence").toArray();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence.at(0).toObject().value(u"id").toInteger(), m_danaConcessions.at(1)); // newest first
    QCOMPARE(evidence.at(1).toObject().value(u"outcome").toString(), QStringLiteral("lose_win"));
    // Eve's fair deal flags nothing of Eve's concessions (she has none).
    const QJsonObject eve = people.at(1).toObject();
    for (const QJsonValue &flag : eve.value(u"flags").toArray())
        QVERIFY(flag.toObject().value(u"kind").toString() != u"concession");
}

void TestCli::habitsAsTable()
{
    const Run result = run({QStringLiteral("habits"), QStringLiteral("--db"), m_db, QStringLiteral("--salesperson"),
                            QStringLiteral("Dana")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("Concession habit")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Dana gives in")));
    QVERIFY(!text.contains(QStringLiteral("Eve")));
}

void TestCli::reasonsAsJson()
{
    const Run result = run({QStringLiteral("reasons"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(report.value(u"endedDeals").toInteger(), 3);
    const QJsonObject byEnding = report.value(u"byEnding").toObject();
    QCOMPARE(byEnding.value(u"lose_win").toObject().value(u"total").toInteger(), 2);
    QCOMPARE(byEnding.value(u"lose_win").toObject().value(u"reasons").toObject(),
             (QJsonObject{{QStringLiteral("price"), 2}}));
    QCOMPARE(byEnding.value(u"win_win").toObject().value(u"reasons").toObject(),
             (QJsonObject{{QStringLiteral("none"), 1}}));
    const QJsonObject bySalesperson = report.value(u"bySalesperson").toObject();
    QCOMPARE(bySalesperson.value(u"Dana").toObject().value(u"reasons").toObject(),
             (QJsonObject{{QStringLiteral("price"), 2}}));
    QCOMPARE(bySalesperson.value(u"Eve").toObject().value(u"reasons").toObject(),
             (QJsonObject{{QStringLiteral("none"), 1}}));
    QCOMPARE(report.value(u"counts").toArray().size(), 2); // Dana's lose/win for price, Eve's win/win for none

    // One salesperson, as people write the name.
    const Run dana = run({QStringLiteral("reasons"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                          QStringLiteral("--salesperson"), QStringLiteral("dana")});
    QCOMPARE(dana.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(dana.out).object().value(u"endedDeals").toInteger(), 2);
}

void TestCli::reasonsAsTable()
{
    const Run result = run({QStringLiteral("reasons"), QStringLiteral("--db"), m_db});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("Why 3 deals ended since")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Price")) && text.contains(QStringLiteral("No reason given")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("By salesperson:")), qPrintable(text));
}

void TestCli::rqAsJson()
{
    const Run result = run({QStringLiteral("rq"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray people = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(people.size(), 2);
    // Two lose/win deals: weight 20 each.
    QCOMPARE(people.at(0).toObject().value(u"rq").toInt(), 20);
    QCOMPARE(people.at(0).toObject().value(u"deals").toInt(), 2);
    // One win/win: 85.
    QCOMPARE(people.at(1).toObject().value(u"rq").toInt(), 85);
    QVERIFY(!people.at(1).toObject().value(u"monthly").toArray().isEmpty());
}

void TestCli::badDatabaseFails()
{
    const QString notADatabase = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are meeting notes, not a database\n");
    file.close();
    const Run result = run({QStringLiteral("rq"), QStringLiteral("--db"), notADatabase});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("notes.sqlite") && result.err.contains("not a Triplewin database"),
             result.err.constData());

    const QString missing = m_dir.filePath(QStringLiteral("typo.sqlite"));
    const Run typo = run({QStringLiteral("habits"), QStringLiteral("--db"), missing});
    QCOMPARE(typo.exitCode, 1);
    QVERIFY(typo.err.contains("no database"));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCli::readOnlyFolder()
{
    // A colleague's file in a shared folder the user can only read: SQLite cannot create the WAL index there, yet
    // reports, export and merge from it work. Root may write anywhere, so as root the CLI runs as "nobody".
    const QString folder = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString shared = folder + QStringLiteral("/team.sqlite");
    QVERIFY(Backups::copy(m_db, shared).ok());
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QFile::Permissions readOnly =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(folder, readOnly));
    QVERIFY(QFile::setPermissions(m_dir.path(), readOnly | QFile::WriteOwner));
    QStringList asUser;
    if (::geteuid() == 0)
        asUser = {QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                  QStringLiteral("--clear-groups")};
    const QByteArray before = Test::fileHash(shared);
    for (const QString &command : {QStringLiteral("habits"), QStringLiteral("rq")}) {
        const Run result = run({command, QStringLiteral("--db"), shared, QStringLiteral("--json")}, asUser);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Dana"), result.out.constData());
    }
    const Run exported = run(
        {QStringLiteral("export"), QStringLiteral("--db"), shared, QStringLiteral("--format"), QStringLiteral("json")},
        asUser);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.out.contains("Dana gives in"));

    // Merging it into one's own database, in a folder one can write to.
    QTemporaryDir own;
    QVERIFY(QFile::setPermissions(own.path(), QFile::ReadOther | QFile::WriteOther | QFile::ExeOther |
                                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const Run merged = run(
        {QStringLiteral("merge"), QStringLiteral("--db"), own.filePath(QStringLiteral("mine.sqlite")), shared}, asUser);
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    QCOMPARE(Test::fileHash(shared), before);
    QVERIFY(!QFileInfo::exists(shared + QStringLiteral("-shm")));
    QVERIFY(QFile::setPermissions(folder, readOnly | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(m_dir.path(), readOnly | QFile::WriteOwner));
}

void TestCli::salespersonMatchedAsPeopleMeanIt()
{
    const Run dana = run({QStringLiteral("habits"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                          QStringLiteral("--salesperson"), QStringLiteral(" DANA ")});
    QVERIFY2(dana.exitCode == 0, dana.err.constData());
    const QJsonArray people = QJsonDocument::fromJson(dana.out).array();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.at(0).toObject().value(u"salesperson").toString(), QStringLiteral("Dana"));
    QVERIFY(!people.at(0).toObject().value(u"flags").toArray().isEmpty());

    // A name nobody ended a deal under is an error that says so, not a clean record.
    const Run nobody = run(
        {QStringLiteral("rq"), QStringLiteral("--db"), m_db, QStringLiteral("--salesperson"), QStringLiteral("Danna")});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains("“Danna”") && nobody.err.contains("Dana, Eve"), nobody.err.constData());
}

void TestCli::helpNamesTheCommand()
{
    const Run import = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(import.exitCode, 0);
    QCOMPARE(import.out.left(import.out.indexOf('\n')), QByteArray("Usage: triplewin-cli import [options] FILE"));
    QVERIFY2(import.out.contains("--dry-run"), import.out.constData());
    const Run habits = run({QStringLiteral("habits"), QStringLiteral("--help")});
    QVERIFY(habits.out.startsWith("Usage: triplewin-cli habits [options]\n"));
    QVERIFY2(!habits.out.contains("--months"), habits.out.constData()); // only rq's
    QVERIFY(run({QStringLiteral("rq"), QStringLiteral("--help")}).out.contains("--months"));
    const Run wrong = run({QStringLiteral("habits"), QStringLiteral("--months"), QStringLiteral("3")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("Usage: triplewin-cli habits"), wrong.err.constData());
}

void TestCli::reportsNeverChangeTheFile()
{
    // A read-only copy (a colleague's file, a backup): reports and exports read it and leave every byte alone.
    const QString copy = m_dir.filePath(QStringLiteral("read-only.sqlite"));
    {
        Database source(QStringLiteral("tst_cli_copy_source"));
        QVERIFY(source.open(m_db).ok());
        QVERIFY(Backups::copy(m_db, copy).ok());
    }
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = Test::fileHash(copy);
    for (const QString &command : {QStringLiteral("habits"), QStringLiteral("rq")}) {
        const Run result = run({command, QStringLiteral("--db"), copy, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Dana"), result.out.constData());
    }
    const Run exported = run(
        {QStringLiteral("export"), QStringLiteral("--db"), copy, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("Dana gives in"));
    QCOMPARE(Test::fileHash(copy), before);

    // An older format is not upgraded behind the user's back: the report says what to do.
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    {
        Database older(QStringLiteral("tst_cli_older"));
        QVERIFY(older.open(copy).ok());
        for (const QString &statement : Test::statementsBackToSchema(7)) {
            QSqlQuery query(older.connection());
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
    }
    const QByteArray olderBytes = Test::fileHash(copy);
    const Run refused = run({QStringLiteral("rq"), QStringLiteral("--db"), copy});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("older format (schema 7)"), refused.err.constData());
    QCOMPARE(Test::fileHash(copy), olderBytes);

    // A command that writes upgrades it, saying so step by step on stderr (stdout stays the command's own).
    const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DealExporter::csvHeaders().join(u',').toUtf8() + '\n');
    }
    const Run upgraded = run({QStringLiteral("import"), QStringLiteral("--db"), copy, empty});
    QCOMPARE(upgraded.exitCode, 0);
    const QByteArray steps = QByteArray::number(Database::SchemaVersion - 7);
    const QByteArray firstStep = QByteArray("to this version of Triplewin: step 1 of ") + steps + "…";
    const QByteArray lastStep = QByteArray("step ") + steps + " of " + steps + ", done.";
    QVERIFY2(upgraded.err.contains(firstStep) && upgraded.err.contains(lastStep), upgraded.err.constData());
    QVERIFY(!upgraded.out.contains("Upgrading"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList() << QByteArray("exactly one command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("forecast")} << QByteArray("unknown command");
    QTest::newRow("bad months") << QStringList{QStringLiteral("rq"), QStringLiteral("--months"), QStringLiteral("x")}
                                << QByteArray("--months");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = run(arguments + QStringList{QStringLiteral("--db"), m_db});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
