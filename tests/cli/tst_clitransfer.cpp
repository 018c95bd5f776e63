// triplewin-cli import and export run as processes: exit codes, output, and a database left unchanged by a
// refused import.

#include "../core/testdeals.h"
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
#include <sys/stat.h>

using namespace Triplewin::Core;

namespace {

QString golden(const QString &name)
{
    return QStringLiteral(TRIPLEWIN_GOLDEN_DIR "/csv/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importPrintsCount();
    void importAsJson();
    void importingTwiceUpdatesNothing();
    void notARegularFileIsRefused();
    void failedImportLeavesNoNewDatabase();
    void decimalMarkSettlesAmbiguousAmounts();
    void badRowsImportNothing();
    void exportThenImportGivesTheSameDeals();
    void exportJsonToStdout();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QString newDb(const QString &name) { return m_dir.filePath(name + u".sqlite"_qs); }

    QTemporaryDir m_dir;
};

TestCliTransfer::Run TestCliTransfer::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRIPLEWIN_CLI), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliTransfer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QFile products(m_dir.filePath(u"products.csv"_qs));
    QVERIFY(products.open(QIODevice::WriteOnly));
    products.write("Product,Price\nChair,10\n");
}

void TestCliTransfer::importPrintsCount()
{
    const QString db = newDb(u"count"_qs);
    const Run result = run({u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs, db});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("3 new deals"), result.out.constData());
    QVERIFY(result.out.contains("HubSpot"));
    Database database;
    QVERIFY(database.open(db).ok());
    QCOMPARE(DealRepository(database).count().value(), 3);
}

void TestCliTransfer::importingTwiceUpdatesNothing()
{
    const QString db = newDb(u"twice"_qs);
    const Run dry = run({u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs, db, u"--dry-run"_qs});
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains("nothing was changed") && dry.out.contains("3 new deals"), dry.out.constData());
    QCOMPARE(run({u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs, db}).exitCode, 0);
    // A dry run changes nothing, not even an older format: it says so instead of upgrading.
    const QString olderDb = newDb(u"older"_qs);
    QCOMPARE(run({u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs, olderDb}).exitCode, 0);
    {
        Database older(u"tst_clitransfer_older"_qs);
        QVERIFY(older.open(olderDb).ok());
        for (const QString &statement : Test::statementsBackToSchema(9)) {
            QSqlQuery query(older.connection());
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
    }
    const QByteArray olderBytes = Test::fileHash(olderDb);
    const Run refused = run({u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs, olderDb, u"--dry-run"_qs});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("older format"), refused.err.constData());
    QCOMPARE(Test::fileHash(olderDb), olderBytes);
    const Run again = run({u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs, db, u"--json"_qs});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(object.value(u"added").toInt(), 0);
    QCOMPARE(object.value(u"updated").toInt(), 0);
    QCOMPARE(object.value(u"unchanged").toInt(), 3);
    QCOMPARE(object.value(u"conflicting").toInt(), 0);
    Database database;
    QVERIFY(database.open(db).ok());
    QCOMPARE(DealRepository(database).count().value(), 3);
}

void TestCliTransfer::notARegularFileIsRefused()
{
    // /dev/zero never ends and a FIFO waits for a writer: both are refused at once, and no database is created.
    const QString fifo = m_dir.filePath(u"pipe.csv"_qs);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {u"/dev/zero"_qs, fifo, m_dir.path()}) {
        const QString db = m_dir.filePath(u"never.sqlite"_qs);
        const Run result = run({u"import"_qs, path, u"--db"_qs, db});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("not a regular file") || result.err.contains("is a folder"),
                 result.err.constData());
        QVERIFY(!QFileInfo::exists(db));
    }
}

void TestCliTransfer::failedImportLeavesNoNewDatabase()
{
    const QString db = m_dir.filePath(u"not-yet.sqlite"_qs);
    const Run bad = run({u"import"_qs, golden(u"bad-rows.csv"_qs), u"--db"_qs, db});
    QCOMPARE(bad.exitCode, 1);
    const Run dry = run({u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs, db, u"--dry-run"_qs});
    QCOMPARE(dry.exitCode, 0);
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QVERIFY2(!QFileInfo::exists(db + suffix), qPrintable(db + suffix));
}

void TestCliTransfer::decimalMarkSettlesAmbiguousAmounts()
{
    const QString csv = m_dir.filePath(u"whole-thousands.csv"_qs);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Deal Name,Amount,Record ID\n Chairs ,\"1,500\",1\nDesks,\"2,000\",2\n");
    file.close();
    const QString db = newDb(u"decimal"_qs);
    const Run refused = run({u"import"_qs, csv, u"--db"_qs, db});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("line 2") && refused.err.contains("ambiguous"), refused.err.constData());
    QCOMPARE(run({u"import"_qs, csv, u"--db"_qs, db, u"--decimal"_qs, u"x"_qs}).exitCode, 2);
    const Run imported = run({u"import"_qs, csv, u"--db"_qs, db, u"--decimal"_qs, u"."_qs});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run exported = run({u"export"_qs, u"--db"_qs, db, u"--format"_qs, u"json"_qs});
    QVERIFY2(exported.out.contains("CRM amount: 1500.00 EUR") && exported.out.contains("CRM amount: 2000.00 EUR"),
             exported.out.constData());
    QVERIFY2(exported.out.contains("\"title\":\"Chairs\""), exported.out.constData()); // trimmed
}

void TestCliTransfer::importAsJson()
{
    const Run result = run({u"import"_qs, golden(u"pipedrive.csv"_qs), u"--db"_qs, newDb(u"json"_qs), u"--json"_qs,
                            u"--preset"_qs, u"pipedrive"_qs});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(object.value(u"imported").toInt(), 3);
    QCOMPARE(object.value(u"preset").toString(), u"pipedrive"_qs);
    QCOMPARE(object.value(u"ids").toArray().size(), 3);
}

void TestCliTransfer::badRowsImportNothing()
{
    const QString db = newDb(u"bad"_qs);
    QVERIFY(run({u"import"_qs, golden(u"salesforce-report.csv"_qs), u"--db"_qs, db}).exitCode == 0);
    const QByteArray before = run({u"export"_qs, u"--db"_qs, db, u"--format"_qs, u"json"_qs}).out;
    QVERIFY(before.contains("Fleet renewal"));

    const Run result = run({u"import"_qs, golden(u"bad-rows.csv"_qs), u"--db"_qs, db});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("nothing was imported"), result.err.constData());
    for (const char *line : {"line 5:", "line 6:", "line 7:", "line 8:", "line 9:"})
        QVERIFY2(result.err.contains(line), result.err.constData());
    QVERIFY(!result.err.contains("line 2:"));
    QCOMPARE(run({u"export"_qs, u"--db"_qs, db, u"--format"_qs, u"json"_qs}).out, before);

    const Run json = run({u"import"_qs, golden(u"bad-rows.csv"_qs), u"--db"_qs, db, u"--json"_qs});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(u"imported").toInt(), 0);
    const QJsonArray errors = object.value(u"errors").toArray();
    QCOMPARE(errors.size(), 5);
    QCOMPARE(errors.at(0).toObject().value(u"line").toInt(), 5);
    QVERIFY(!errors.at(0).toObject().value(u"message").toString().isEmpty());

    const Run skipping = run({u"import"_qs, golden(u"bad-rows.csv"_qs), u"--db"_qs, db, u"--skip-bad-rows"_qs});
    QCOMPARE(skipping.exitCode, 0);
    QVERIFY(skipping.out.contains("2 new deals"));
    QVERIFY(skipping.err.contains("line 5:"));
}

void TestCliTransfer::exportThenImportGivesTheSameDeals()
{
    const QString first = newDb(u"first"_qs);
    QCOMPARE(run({u"import"_qs, golden(u"triplewin.csv"_qs), u"--db"_qs, first}).exitCode, 0);
    QCOMPARE(run({u"import"_qs, golden(u"salesforce-api.csv"_qs), u"--db"_qs, first}).exitCode, 0);
    const QString csv = m_dir.filePath(u"export.csv"_qs);
    const Run exported = run({u"export"_qs, u"--db"_qs, first, u"--format"_qs, u"csv"_qs, u"--output"_qs, csv});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.out.contains("Exported 7 deal"));

    const QString second = newDb(u"second"_qs);
    const Run imported = run({u"import"_qs, csv, u"--db"_qs, second});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(imported.out.contains("7 new deals"));
    const QString again = m_dir.filePath(u"again.csv"_qs);
    QCOMPARE(run({u"export"_qs, u"--db"_qs, second, u"--output"_qs, again}).exitCode, 0);
    QCOMPARE(fileBytes(again), fileBytes(csv));

    // Stdout gets the same bytes as --output.
    QCOMPARE(run({u"export"_qs, u"--db"_qs, second, u"--format"_qs, u"csv"_qs}).out, fileBytes(csv));
}

void TestCliTransfer::exportJsonToStdout()
{
    const QString db = newDb(u"jsonexport"_qs);
    QCOMPARE(run({u"import"_qs, golden(u"triplewin.csv"_qs), u"--db"_qs, db}).exitCode, 0);
    const Run result = run({u"export"_qs, u"--db"_qs, db, u"--format"_qs, u"json"_qs});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonArray deals = QJsonDocument::fromJson(result.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(deals.size(), 4);
    QCOMPARE(deals.at(0).toObject().value(u"options").toArray().size(), 2);
    QCOMPARE(deals.at(1).toObject().value(u"closing").toObject().value(u"walked_away").toBool(), true);
}

void TestCliTransfer::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QString db = m_dir.filePath(u"errors.sqlite"_qs);
    QTest::newRow("import without a file") << QStringList{u"import"_qs, u"--db"_qs, db} << 2 << QByteArray("one CSV");
    QTest::newRow("import a missing file")
        << QStringList{u"import"_qs, m_dir.filePath(u"nope.csv"_qs), u"--db"_qs, db} << 1 << QByteArray("nope.csv");
    QTest::newRow("unknown preset") << QStringList{u"import"_qs,   golden(u"hubspot.csv"_qs),
                                                   u"--db"_qs,     db,
                                                   u"--preset"_qs, u"zoho"_qs}
                                    << 2 << QByteArray("zoho");
    QTest::newRow("wrong preset") << QStringList{u"import"_qs,   golden(u"hubspot.csv"_qs),
                                                 u"--db"_qs,     db,
                                                 u"--preset"_qs, u"pipedrive"_qs}
                                  << 1 << QByteArray("no title column");
    QTest::newRow("unrecognised columns")
        << QStringList{u"import"_qs, m_dir.filePath(u"products.csv"_qs), u"--db"_qs, db} << 1
        << QByteArray("cannot tell");
    QTest::newRow("bad currency") << QStringList{u"import"_qs, golden(u"hubspot.csv"_qs), u"--db"_qs,
                                                 db,           u"--currency"_qs,          u"euro"_qs}
                                  << 2 << QByteArray("--currency");
    QTest::newRow("bad format") << QStringList{u"export"_qs, u"--db"_qs, db, u"--format"_qs, u"xml"_qs} << 2
                                << QByteArray("--format");
    QTest::newRow("export a missing database")
        << QStringList{u"export"_qs, u"--db"_qs, m_dir.filePath(u"missing.sqlite"_qs)} << 1
        << QByteArray("no database");
}

void TestCliTransfer::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_clitransfer.moc"
