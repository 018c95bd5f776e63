// triplewin-cli merge run as a process: summary, JSON, conflicts and exit codes.

#include "../core/testdeals.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Triplewin::Core;

class TestCliMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mergeTwiceAsJson();
    void conflictsAreListed();
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
    /// Sets the notes of the deal titled @p title in the database at @p path.
    bool changeNotes(const QString &path, const QString &title, const QString &notes);

    QTemporaryDir m_dir;
    QString m_source;
};

TestCliMerge::Run TestCliMerge::run(const QStringList &arguments)
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

bool TestCliMerge::changeNotes(const QString &path, const QString &title, const QString &notes)
{
    Database database(QStringLiteral("tst_climerge_change"));
    if (!database.open(path).ok())
        return false;
    DealRepository deals(database);
    const Expected<QList<DealSummary>> rows = deals.list({});
    if (!rows.ok())
        return false;
    for (const DealSummary &row : rows.value()) {
        if (row.title != title)
            continue;
        Deal deal = deals.load(row.id).value();
        deal.notes = notes;
        return deals.save(deal).ok();
    }
    return false;
}

void TestCliMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("dana.sqlite"));
    Database database(QStringLiteral("tst_climerge"));
    QVERIFY(database.open(m_source).ok());
    DealRepository deals(database);
    QVERIFY(deals.save(Test::sampleDeal(QStringLiteral("Fleet renewal"))).ok());
    QVERIFY(deals.save(Test::sampleDeal(QStringLiteral("Warehouse racks"))).ok());
}

void TestCliMerge::mergeTwiceAsJson()
{
    const QString target = m_dir.filePath(QStringLiteral("team-json.sqlite"));
    const QByteArray sourceBefore = Test::fileHash(m_source);
    const Run first =
        run({QStringLiteral("merge"), m_source, QStringLiteral("--db"), target, QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(report.value(QStringLiteral("added")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 0);
    QVERIFY(report.value(QStringLiteral("conflicts")).toArray().isEmpty());
    QCOMPARE(Test::fileHash(m_source), sourceBefore);

    const Run second =
        run({QStringLiteral("merge"), m_source, QStringLiteral("--db"), target, QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject again = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(again.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 2);

    Database database(QStringLiteral("tst_climerge_check"));
    QVERIFY(database.open(target).ok());
    QCOMPARE(DealRepository(database).count().value(), 2);
}

void TestCliMerge::conflictsAreListed()
{
    const QString target = m_dir.filePath(QStringLiteral("team-conflict.sqlite"));
    const QString source = m_dir.filePath(QStringLiteral("dana-copy.sqlite"));
    QVERIFY(QFile::copy(m_source, source));
    QCOMPARE(run({QStringLiteral("merge"), source, QStringLiteral("--db"), target}).exitCode, 0);
    QVERIFY(changeNotes(source, QStringLiteral("Warehouse racks"), QStringLiteral("Dana's notes")));
    QVERIFY(changeNotes(target, QStringLiteral("Warehouse racks"), QStringLiteral("Manager's notes")));

    const Run merged = run({QStringLiteral("merge"), source, QStringLiteral("--db"), target});
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    const QString out = QString::fromUtf8(merged.out);
    QVERIFY2(out.contains(QStringLiteral("1 conflict")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Warehouse racks")), qPrintable(out));

    const Run json = run({QStringLiteral("merge"), source, QStringLiteral("--db"), target, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray conflicts =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Warehouse racks"));
}

void TestCliMerge::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing source") << QStringLiteral("nowhere.sqlite") << 1 << QStringLiteral("nowhere.sqlite");
    QTest::newRow("not Triplewin") << QStringLiteral("deals.csv") << 1 << QStringLiteral("not a Triplewin database");
    QTest::newRow("no source") << QString() << 2 << QStringLiteral("name the file to merge");
}

void TestCliMerge::errors()
{
    QFETCH(QString, source);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    {
        QFile csv(m_dir.filePath(QStringLiteral("deals.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("title,customer\nFleet renewal,Acme\n");
    }
    QStringList arguments{QStringLiteral("merge"), QStringLiteral("--db"),
                          m_dir.filePath(QStringLiteral("team-errors.sqlite"))};
    if (!source.isEmpty())
        arguments << m_dir.filePath(source);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliMerge)

#include "tst_climerge.moc"
