// Importing the same export again, as a manager does every week: a CRM re-import updates what the CRM owns and
// nothing else, reports status changes instead of applying them, and the same file twice changes nothing the
// second time (the whole database is compared). Triplewin's own CSV re-imports by uuid. On a file and on a team
// server (TestBackend). Golden files in golden/sync/; run with TRIPLEWIN_UPDATE_GOLDEN=1 to rewrite the
// .expected.txt files after an intended change.

#include "importtesting.h"
#include "testbackend.h"
#include "testdeals.h"

#include <QFile>
#include <QTranslator>
#include <QtTest>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

namespace {

QString syncPath(const QString &name)
{
    return QStringLiteral(TRIPLEWIN_GOLDEN_DIR "/sync/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What an import did, in a few lines: the counts, then one line per conflict and per bad row.
QString report(const ImportResult &result)
{
    QString text = QStringLiteral("added %1, updated %2, unchanged %3, conflicting %4\n")
                       .arg(result.ids.size())
                       .arg(result.updatedIds.size())
                       .arg(result.unchanged)
                       .arg(result.conflicts.size());
    for (const ImportIssue &conflict : result.conflicts)
        text += QStringLiteral("conflict, line %1: %2\n").arg(conflict.line).arg(conflict.message);
    for (const ImportIssue &issue : result.issues)
        text += QStringLiteral("bad row, line %1: %2\n").arg(issue.line).arg(issue.message);
    if (!result.error.isEmpty())
        text += QStringLiteral("error: %1\n").arg(result.error);
    return text;
}

void compareWithGolden(const QString &actual, const QString &name)
{
    const QString path = syncPath(name);
    if (qEnvironmentVariableIsSet("TRIPLEWIN_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QCOMPARE(actual, QString::fromUtf8(fileBytes(path)));
}

} // namespace

class TestImportSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void crmWeekAfterWeek();
    void sameFileTwiceChangesNothing_data();
    void sameFileTwiceChangesNothing();
    void fileWithoutIdsUsesNaturalKey();
    void oneRecordOnTwoRowsIsABadRow();
    void bigCrmFileTwiceAcrossPreparesAgain();
    void unmappedColumnsAreKept();
    void salespersonNotesSurviveAndEditedCrmNotesAreReported();
    void ownCsvReimportedByUuid();
    void dryRunCountsAndChangesNothing();
    void trashedDealIsNotUpdated();
    void reimportInAnotherLanguageChangesNothing();
    void twoHandMappedSystemsDoNotShareIds();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_deals;
};

void TestImportSync::init()
{
    if (const QString missing = TestBackend::missing(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    m_deals.reset();
    m_database = std::make_unique<Database>(QStringLiteral("tst_importsync"));
    // In memory; on a team server, its empty test database as a salesperson.
    const StorageError opened =
        TestBackend::onServer() ? TestBackend::openFresh(*m_database, QString()) : m_database->openInMemory();
    QVERIFY2(opened.ok(), qPrintable(opened.fullText()));
    m_deals = std::make_unique<DealRepository>(*m_database);
}

void TestImportSync::crmWeekAfterWeek()
{
    const ImportResult first = importBytes(*m_deals, fileBytes(syncPath(u"salesforce-week1.csv"_qs)));
    QCOMPARE(first.status, ImportResult::Status::Imported);
    QCOMPARE(first.ids.size(), 4);

    // During the week, in Triplewin: Dana assesses the fleet renewal and adds her own note; Eve walks away from
    // the warehouse robots. The pilot project and the support extension are not touched.
    Deal fleet = m_deals->load(first.ids.at(0)).value();
    DealOption option;
    option.name = u"Two-year term"_qs;
    option.assessment(Party::You).value = 1500000;
    option.assessment(Party::You).referencePoint = 1000000;
    fleet.options.append(option);
    fleet.notes += u"\n\nMy own note: ask about their shippers."_qs;
    QVERIFY(m_deals->save(fleet).ok());
    QVERIFY(
        m_deals->walkAway(first.ids.at(3), u"Eve Li"_qs, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)).ok());
    const Deal fleetBefore = m_deals->load(first.ids.at(0)).value();

    // A week later: the fleet renewal changed in the CRM (title, amount, close date, next step), the pilot did
    // not, the support extension is won and the robots lost there, and there is a new deal.
    const ImportResult second = importBytes(*m_deals, fileBytes(syncPath(u"salesforce-week2.csv"_qs)));
    QCOMPARE(second.status, ImportResult::Status::Imported);
    compareWithGolden(report(second) + describe(allDeals(*m_deals)), u"salesforce-week2.expected.txt"_qs);

    const Deal fleetAfter = m_deals->load(first.ids.at(0)).value();
    QCOMPARE(fleetAfter.title, u"Fleet renewal (40 vans)"_qs);
    QCOMPARE(fleetAfter.options, fleetBefore.options); // the values she entered are hers
    QVERIFY(fleetAfter.notes.endsWith(u"\n\nMy own note: ask about their shippers."_qs));
    QVERIFY(fleetAfter.notes.contains(u"CRM amount: 115000.00 USD"_qs));
    QVERIFY(fleetAfter.revision > fleetBefore.revision); // an editor holding the old revision sees the change
    const Deal robots = m_deals->load(first.ids.at(3)).value();
    QCOMPARE(robots.status, DealStatus::WalkedAway); // the CRM's "lost" is shown, not applied
    QVERIFY(robots.ending && robots.ending->walkedAway);
    const Deal support = m_deals->load(first.ids.at(2)).value();
    QCOMPARE(support.status, DealStatus::Negotiating); // "won" in the CRM is for the salesperson to record
    QCOMPARE(m_deals->count().value(), 5);
}

void TestImportSync::sameFileTwiceChangesNothing_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : {u"salesforce-report.csv"_qs, u"salesforce-api.csv"_qs, u"hubspot.csv"_qs,
                                u"hubspot-tabs.csv"_qs, u"pipedrive.csv"_qs, u"triplewin.csv"_qs})
        QTest::newRow(qPrintable(name)) << goldenPath(name);
    QTest::newRow("salesforce-week1.csv") << syncPath(u"salesforce-week1.csv"_qs);
}

void TestImportSync::sameFileTwiceChangesNothing()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());
    const ImportResult first = importBytes(*m_deals, bytes);
    QCOMPARE(first.status, ImportResult::Status::Imported);
    QVERIFY(!first.ids.isEmpty());
    const QString afterFirst = dump(*m_database);

    const ImportResult second = importBytes(*m_deals, bytes);
    QCOMPARE(second.status, ImportResult::Status::Imported);
    QCOMPARE(report(second), QStringLiteral("added 0, updated 0, unchanged %1, conflicting 0\n").arg(first.ids.size()));
    QCOMPARE(dump(*m_database), afterFirst); // every row of every table, not only the counts
}

void TestImportSync::fileWithoutIdsUsesNaturalKey()
{
    const QByteArray week1 = "Deal Name,Deal Owner,Deal Stage,Amount,Create Date\r\n"
                             "Acme renewal,Dana Scott,appointmentscheduled,1000,2026-10-01\r\n"
                             "Beta pilot,Dana Scott,appointmentscheduled,500,2026-10-02\r\n";
    QBuffer buffer;
    buffer.setData(week1);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ImportPreview preview = DealImporter().preview(&buffer, 10);
    QVERIFY(preview.naturalKeys); // the dialog says how these deals are recognised
    QCOMPARE(importBytes(*m_deals, week1).ids.size(), 2);

    // The same deals, with the owner and title written differently and the amount changed: the same records.
    const QByteArray week2 = "Deal Name,Deal Owner,Deal Stage,Amount,Create Date\r\n"
                             " ACME RENEWAL ,dana  scott,appointmentscheduled,1200,2026-10-01\r\n"
                             "Beta pilot,Dana Scott,appointmentscheduled,500,2026-10-02\r\n";
    const ImportResult second = importBytes(*m_deals, week2);
    QCOMPARE(report(second), u"added 0, updated 1, unchanged 1, conflicting 0\n"_qs);
    QCOMPARE(m_deals->count().value(), 2);
}

void TestImportSync::bigCrmFileTwiceAcrossPreparesAgain()
{
    // 1,200 CRM records, week after week: on a server the origin statements are prepared again at their 100th and
    // every 1,000th use within one import (see DealSync's preparedAgainNowAndThen()); nothing of that shows.
    QByteArray week = "Deal Name,Deal Owner,Deal Stage,Amount,Record ID\r\n";
    for (int record = 1; record <= 1200; ++record)
        week +=
            QStringLiteral("Deal %1,Dana Scott,appointmentscheduled,%2,%1\r\n").arg(record).arg(record * 10).toUtf8();
    const ImportResult first = importBytes(*m_deals, week);
    QCOMPARE(report(first), u"added 1200, updated 0, unchanged 0, conflicting 0\n"_qs);
    const ImportResult second = importBytes(*m_deals, week);
    QCOMPARE(report(second), u"added 0, updated 0, unchanged 1200, conflicting 0\n"_qs);
    week.replace("Deal 1150,", "Deal 1150 renamed,");
    const ImportResult third = importBytes(*m_deals, week);
    QCOMPARE(report(third), u"added 0, updated 1, unchanged 1199, conflicting 0\n"_qs);
    QCOMPARE(m_deals->count().value(), 1200);
}

void TestImportSync::oneRecordOnTwoRowsIsABadRow()
{
    const QByteArray bytes = "Deal Name,Deal Owner,Deal Stage,Record ID\r\n"
                             "Acme renewal,Dana,appointmentscheduled,77\r\n"
                             "Acme renewal (copy),Dana,appointmentscheduled,77\r\n";
    const ImportResult result = importBytes(*m_deals, bytes);
    QCOMPARE(result.status, ImportResult::Status::BadRows);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.constFirst().line, 3);
    QVERIFY2(result.issues.constFirst().message.contains(u"line 2"_qs), qPrintable(result.issues.constFirst().message));
    QCOMPARE(m_deals->count().value(), 0);
}

void TestImportSync::unmappedColumnsAreKept()
{
    QVERIFY(importBytes(*m_deals, fileBytes(syncPath(u"salesforce-week1.csv"_qs))).ids.size() == 4);
    const QList<Deal> deals = allDeals(*m_deals);
    const QString notes = deals.constFirst().notes;
    QVERIFY2(notes.contains(u"Next Step: Call CFO on Monday."_qs), qPrintable(notes));
    QVERIFY2(notes.contains(u"Send revised quote."_qs), qPrintable(notes)); // the second line of the cell
    QVERIFY2(notes.contains(u"Forecast Category: Pipeline"_qs), qPrintable(notes));
    QVERIFY2(notes.contains(u"Type: Existing Business"_qs), qPrintable(notes));
    // An empty unmapped cell adds nothing.
    QVERIFY2(!deals.at(1).notes.contains(u"Next Step"_qs), qPrintable(deals.at(1).notes));
}

void TestImportSync::salespersonNotesSurviveAndEditedCrmNotesAreReported()
{
    const QByteArray week1 = "Deal - ID,Deal - Title,Deal - Owner,Deal - Status,Deal - Value\r\n"
                             "17,Fleet,Dana,open,1000\r\n";
    const QByteArray week2 = "Deal - ID,Deal - Title,Deal - Owner,Deal - Status,Deal - Value\r\n"
                             "17,Fleet,Dana,open,2000\r\n";
    const qint64 id = importBytes(*m_deals, week1).ids.value(0);
    QVERIFY(id > 0);
    // The salesperson rewrites the notes the CRM wrote: theirs win, and the CRM's new text is reported.
    Deal deal = m_deals->load(id).value();
    deal.notes = u"Rewritten by Dana."_qs;
    QVERIFY(m_deals->save(deal).ok());
    const ImportResult second = importBytes(*m_deals, week2);
    QCOMPARE(second.conflicts.size(), 1);
    QVERIFY2(second.conflicts.constFirst().message.contains(u"CRM amount: 2000.00 EUR"_qs),
             qPrintable(second.conflicts.constFirst().message));
    QCOMPARE(second.conflicts.constFirst().line, 2);
    QCOMPARE(m_deals->load(id).value().notes, u"Rewritten by Dana."_qs);
    // Reported once: the same file again is unchanged.
    QCOMPARE(report(importBytes(*m_deals, week2)), u"added 0, updated 0, unchanged 1, conflicting 0\n"_qs);
}

void TestImportSync::ownCsvReimportedByUuid()
{
    const qint64 first = m_deals->save(Test::sampleDeal(u"First"_qs)).value().id;
    const qint64 second = m_deals->save(Test::sampleDeal(u"Second"_qs)).value().id;
    const QByteArray exported = exportAll(*m_deals, DealExporter::Format::Csv);

    // Re-imported as it is: nothing changes.
    const QString before = dump(*m_database);
    QCOMPARE(report(importBytes(*m_deals, exported)), u"added 0, updated 0, unchanged 2, conflicting 0\n"_qs);
    QCOMPARE(dump(*m_database), before);

    // Edited in a spreadsheet and re-imported: the deal not changed here since takes the file's version; the one
    // changed here since is kept and reported.
    QByteArray edited = exported;
    edited.replace(",First,", ",First (edited in the file),").replace(",Second,", ",Second (edited in the file),");
    Deal changedHere = m_deals->load(second).value();
    changedHere.customer = u"Changed in Triplewin"_qs;
    QVERIFY(m_deals->save(changedHere).ok());
    const ImportResult result = importBytes(*m_deals, edited);
    QCOMPARE(result.ids.size(), 0);
    QCOMPARE(result.updatedIds, QList<qint64>{first});
    QCOMPARE(result.conflicts.size(), 1);
    QVERIFY2(result.conflicts.constFirst().message.contains(u"changed here after this file was exported"_qs),
             qPrintable(result.conflicts.constFirst().message));
    const Deal firstAfter = m_deals->load(first).value();
    QCOMPARE(firstAfter.title, u"First (edited in the file)"_qs);
    QCOMPARE(firstAfter.options.size(), Test::sampleDeal().options.size());
    QCOMPARE(m_deals->load(second).value().title, u"Second"_qs);
    QCOMPARE(m_deals->count().value(), 2);
}

void TestImportSync::dryRunCountsAndChangesNothing()
{
    QVERIFY(importBytes(*m_deals, fileBytes(syncPath(u"salesforce-week1.csv"_qs))).ids.size() == 4);
    const QString before = dump(*m_database);
    QBuffer buffer;
    buffer.setData(fileBytes(syncPath(u"salesforce-week2.csv"_qs)));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ImportResult result = DealImporter().dryRun(*m_deals, &buffer);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.ids.size(), 1);
    QCOMPARE(result.updatedIds.size(), 1);
    QCOMPARE(result.unchanged, 1);
    QCOMPARE(result.conflicts.size(), 2); // won and lost in the CRM, open here
    QCOMPARE(dump(*m_database), before);
}

void TestImportSync::trashedDealIsNotUpdated()
{
    const QList<qint64> ids = importBytes(*m_deals, fileBytes(syncPath(u"salesforce-week1.csv"_qs))).ids;
    QVERIFY(!m_deals->moveToTrash(ids.at(0)));
    const ImportResult result = importBytes(*m_deals, fileBytes(syncPath(u"salesforce-week2.csv"_qs)));
    QVERIFY(std::any_of(result.conflicts.cbegin(), result.conflicts.cend(),
                        [](const ImportIssue &c) { return c.message.contains(u"trash"_qs); }));
    QCOMPARE(m_deals->count().value(), 4); // 3 live + the new one; the trashed deal is not added again
}

void TestImportSync::reimportInAnotherLanguageChangesNothing()
{
    // The notes an import writes are translated; whether a record changed must not depend on the language of the
    // one importing (the CLI in English, the app in German).
    const QByteArray week1 = fileBytes(syncPath(u"salesforce-week1.csv"_qs));
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), u"triplewin"_qs, u"_"_qs, u":/i18n"_qs));
    QCoreApplication::installTranslator(&german);
    const ImportResult first = importBytes(*m_deals, week1);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(first.ids.size(), 4);
    QVERIFY2(allDeals(*m_deals).constFirst().notes.startsWith(u"Quelle des Imports: Salesforce."_qs),
             qPrintable(allDeals(*m_deals).constFirst().notes));
    const QString before = dump(*m_database);
    QCOMPARE(report(importBytes(*m_deals, week1)), u"added 0, updated 0, unchanged 4, conflicting 0\n"_qs);
    QCOMPARE(dump(*m_database), before);
}

void TestImportSync::twoHandMappedSystemsDoNotShareIds()
{
    // Record 42 of one system mapped by hand is not record 42 of another.
    ColumnMapping mapping;
    mapping.setColumn(ImportField::Title, 0);
    mapping.setColumn(ImportField::RecordId, 1);
    ImportOptions options;
    options.mapping = mapping;
    QCOMPARE(importBytes(*m_deals, "Project,Number\r\nScanner,42\r\n", options).ids.size(), 1);
    QCOMPARE(importBytes(*m_deals, "Vorhaben,Nummer\r\nTablets,42\r\n", options).ids.size(), 1);
    QCOMPARE(m_deals->count().value(), 2);
    // The same system again: the same record.
    QCOMPARE(report(importBytes(*m_deals, "Project,Number\r\nScanner,42\r\n", options)),
             u"added 0, updated 0, unchanged 1, conflicting 0\n"_qs);
}

QTEST_GUILESS_MAIN(TestImportSync)
#include "tst_importsync.moc"
