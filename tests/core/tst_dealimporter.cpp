// CSV import and export: golden files for each CRM preset (golden/csv/*.csv, with the deals each gives in
// *.expected.txt), bad rows with their line numbers, all-or-nothing imports, and export → import round trips.
// Run with TRIPLEWIN_UPDATE_GOLDEN=1 to rewrite the .expected.txt files after an intended change, then review
// the diff like any other change.

#include "importtesting.h"
#include "io/csvreader.h"
#include "io/dealexporter.h"
#include "io/dealimporter.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "testdeals.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

class TestDealImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void golden_data();
    void golden();
    void detectsPresets();
    void crmClosedDealsHaveUnknownOutcome();
    void crmReasonsBecomeEndingReasons();
    void amounts_data();
    void amounts();
    void plainAmountsReadAsTheGeneralParserReadsThem();
    void dates_data();
    void dates();
    void timesKeepTheirDayInEveryZone();
    void badRowsNameTheirLines();
    void shortRowsAreBadRows();
    void nulAndContradictionsAreBadRowsWithTheirLine();
    void exportedCsvIsSafeToOpenAndRoundTrips();
    void failedImportLeavesDatabaseAsItWas();
    void skipBadRowsOnlyWhenAsked();
    void badOptionRowSkipsItsWholeDeal();
    void rowsOfOneDealMustAgree();
    void cancelLeavesDatabaseAsItWas();
    void previewShowsMappingAndFirstRows();
    void userMapping();
    void otherRowsSettleTheDecimalMark_data();
    void otherRowsSettleTheDecimalMark();
    void roundTripOfOwnCsv();
    void roundTripOfSavedDeals();
    void jsonExport();
    void optionMatrixAndEndingAreExported();
    void forEachDealStops();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_deals;
};

void TestDealImporter::init()
{
    m_deals.reset();
    m_database = std::make_unique<Database>(QStringLiteral("tst_dealimporter"));
    QVERIFY(m_database->openInMemory().ok());
    m_deals = std::make_unique<DealRepository>(*m_database);
}

void TestDealImporter::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("deals");
    QTest::newRow("Salesforce report: BOM, CRLF, $ and US dates") << u"salesforce-report"_qs << u"salesforce"_qs << 3;
    QTest::newRow("Salesforce API names") << u"salesforce-api"_qs << u"salesforce"_qs << 3;
    QTest::newRow("HubSpot: multi-line quoted text, EUR 12 000") << u"hubspot"_qs << u"hubspot"_qs << 3;
    QTest::newRow("HubSpot with tabs, £, (negative), day-first dates") << u"hubspot-tabs"_qs << u"hubspot"_qs << 2;
    QTest::newRow("Pipedrive: semicolons, 12.500,00, d.m.yyyy") << u"pipedrive"_qs << u"pipedrive"_qs << 3;
    QTest::newRow("Triplewin's own CSV") << u"triplewin"_qs << u"triplewin"_qs << 4;
}

void TestDealImporter::golden()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(int, deals);
    QFile input(goldenPath(file + u".csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QList<Deal> read;
    const ImportResult result = DealImporter().read(&input, &read);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.value(0).message));
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(presetKey(result.preset), preset);
    QCOMPARE(read.size(), deals);

    const QString actual = describe(read);
    QFile expectedFile(goldenPath(file + u".expected.txt"_qs));
    if (qEnvironmentVariableIsSet("TRIPLEWIN_UPDATE_GOLDEN")) {
        QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        expectedFile.write(actual.toUtf8());
        return;
    }
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
    QCOMPARE(actual, QString::fromUtf8(expectedFile.readAll()));

    // And they are all saved, in one go.
    input.seek(0);
    const ImportResult saved = DealImporter().importInto(*m_deals, &input);
    QCOMPARE(saved.status, ImportResult::Status::Imported);
    QCOMPARE(saved.ids.size(), deals);
    QCOMPARE(m_deals->count().value(), qint64(deals));
}

void TestDealImporter::detectsPresets()
{
    auto detected = [](const QStringList &headers) {
        const std::optional<ColumnMapping> mapping = DealImporter::detect(headers);
        return mapping ? presetKey(mapping->preset) : u"none"_qs;
    };
    QCOMPARE(detected({u"Opportunity Name"_qs, u"Account Name"_qs, u"Stage"_qs, u"Amount"_qs}), u"salesforce"_qs);
    QCOMPARE(detected({u"Name"_qs, u"StageName"_qs, u"Amount"_qs, u"CloseDate"_qs, u"OwnerId"_qs}), u"salesforce"_qs);
    QCOMPARE(detected({u" deal name "_qs, u"DEAL STAGE"_qs, u"Amount"_qs}), u"hubspot"_qs);
    QCOMPARE(detected({u"Deal - Title"_qs, u"Deal - Value"_qs}), u"pipedrive"_qs);
    QCOMPARE(detected(DealExporter::csvHeaders()), u"triplewin"_qs);
    QCOMPARE(detected({u"Product"_qs, u"Price"_qs}), u"none"_qs);
    QCOMPARE(detected({u"Deal Name"_qs}), u"none"_qs); // one column is too little to be sure
}

void TestDealImporter::crmClosedDealsHaveUnknownOutcome()
{
    QFile input(goldenPath(u"salesforce-report.csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QList<Deal> deals;
    DealImporter().read(&input, &deals);
    QCOMPARE(deals.size(), 3);
    const Deal &won = deals.at(0);
    QCOMPARE(won.title, u"Fleet renewal \"40 vans\""_qs);
    QCOMPARE(won.customer, u"Acme Logistics, Inc."_qs);
    QCOMPARE(won.currency, u"USD"_qs);
    QVERIFY(won.options.isEmpty()); // three-party values are unknown until the salesperson assesses them
    QVERIFY(won.notes.contains(u"CRM amount: 1234567.89 USD"_qs));
    QVERIFY(won.ending);
    QCOMPARE(won.ending->outcome, Outcome::Unknown);
    QCOMPARE(won.ending->at, QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC)); // a date alone: noon UTC

    const Deal &lost = deals.at(1);
    QVERIFY(lost.ending);
    QVERIFY(!lost.ending->walkedAway); // lost never becomes walked away by itself
    QCOMPARE(lost.ending->outcome, Outcome::Unknown);
    QVERIFY(lost.notes.contains(u"Closed Lost"_qs));

    QVERIFY(!deals.at(2).ending);
    QCOMPARE(deals.at(2).status, DealStatus::Negotiating);

    // Stored that way too: closed, outcome unknown, not walked away.
    QVERIFY(m_deals->insertMany({lost}).ok());
    const Deal stored = allDeals(*m_deals).constFirst();
    QCOMPARE(stored.status, DealStatus::Closed);
    QVERIFY(stored.ending && !stored.ending->walkedAway);
}

void TestDealImporter::crmReasonsBecomeEndingReasons()
{
    // Issue 16: a CRM's lost reason, or else its next step, is why the deal ended; the words stay in the notes too.
    QByteArray csv = "Opportunity Owner,Account Name,Opportunity Name,Stage,Close Date,Created Date,Opportunity ID,"
                     "Loss Reason,Next Step\n"
                     "Dana Scott,Northwind,Pilot,Closed Lost,2/28/2026,1/2/2026,A1,Lost to Competitor,\n"
                     "Dana Scott,Contoso,Renewal,Closed Won,3/31/2026,1/2/2026,A2,,Signed after the pilot\n"
                     "Dana Scott,Fabrikam,Upsell,Closed Lost,3/31/2026,1/2/2026,A3,Price,Call in May\n"
                     "Eve Li,Contoso,Support,Negotiation/Review,4/15/2026,2/1/2026,A4,,Send the quote\n";
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<Deal> deals;
    const ImportResult read = DealImporter().read(&buffer, &deals);
    QVERIFY2(read.issues.isEmpty(), qPrintable(read.issues.value(0).message));
    QCOMPARE(deals.size(), 4);
    QCOMPARE(deals.at(0).ending->reason, u"competitor"_qs);
    QCOMPARE(deals.at(0).ending->reasonNote, u"Lost to Competitor"_qs);
    QCOMPARE(deals.at(1).ending->reason, u"other"_qs); // no lost reason: the next step, as the CRM wrote it
    QCOMPARE(deals.at(1).ending->reasonNote, u"Signed after the pilot"_qs);
    QCOMPARE(deals.at(2).ending->reason, u"price"_qs); // the lost reason comes first, and says it all
    QCOMPARE(deals.at(2).ending->reasonNote, QString());
    QVERIFY(!deals.at(3).ending); // open: no reason to give yet
    QVERIFY2(deals.at(3).notes.contains(u"Next Step: Send the quote"_qs), qPrintable(deals.at(3).notes));
    QVERIFY2(deals.at(0).notes.contains(u"Lost reason: Lost to Competitor"_qs), qPrintable(deals.at(0).notes));

    // Stored and read back with the deal.
    QVERIFY(m_deals->insertMany({deals.at(0)}).ok());
    const Deal stored = allDeals(*m_deals).constFirst();
    QCOMPARE(stored.ending->reason, u"competitor"_qs);
    QCOMPARE(stored.ending->reasonNote, u"Lost to Competitor"_qs);
}

void TestDealImporter::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("decimal"); // the file's decimal mark when known, else empty
    QTest::newRow("plain") << u"1234.5"_qs << true << qint64(123450) << QString() << QString();
    QTest::newRow("US with $") << u"$1,234.50"_qs << true << qint64(123450) << u"USD"_qs << QString();
    QTest::newRow("German with €") << u"1.234,50 €"_qs << true << qint64(123450) << u"EUR"_qs << QString();
    QTest::newRow("code and spaces") << u"EUR 12 000"_qs << true << qint64(1200000) << u"EUR"_qs << QString();
    QTest::newRow("no-break spaces") << u"12\u00A0000,75"_qs << true << qint64(1200075) << QString() << QString();
    QTest::newRow("Swiss apostrophes") << u"CHF 1'250.00"_qs << true << qint64(125000) << u"CHF"_qs << QString();
    // One separator before exactly three digits: 1234 or 1.234? Only the file's decimal mark says.
    QTest::newRow("thousands only, mark unknown") << u"1,234"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("thousands only, mark .") << u"1,234"_qs << true << qint64(123400) << QString() << u"."_qs;
    QTest::newRow("three decimals, mark ,") << u"1,234"_qs << false << qint64(-1) << QString() << u","_qs;
    QTest::newRow("dot thousands, mark unknown") << u"12.500"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("dot thousands, mark ,") << u"12.500"_qs << true << qint64(1250000) << QString() << u","_qs;
    QTest::newRow("comma after the decimal dot") << u"1.234,50"_qs << false << qint64(-1) << QString() << u"."_qs;
    QTest::newRow("repeated mark groups") << u"1,234,567"_qs << true << qint64(123456700) << QString() << QString();
    QTest::newRow("decimal comma") << u"12,5"_qs << true << qint64(1250) << QString() << QString();
    QTest::newRow("millions") << u"1.234.567,89"_qs << true << qint64(123456789) << QString() << QString();
    QTest::newRow("negative") << u"-250.00"_qs << true << qint64(-25000) << QString() << QString();
    QTest::newRow("accounting negative") << u"($250.00)"_qs << true << qint64(-25000) << u"USD"_qs << QString();
    QTest::newRow("pound, mark .") << u"£1,500"_qs << true << qint64(150000) << u"GBP"_qs << u"."_qs;
    QTest::newRow("empty is unknown") << u"  "_qs << true << qint64(-1) << QString() << QString();
    QTest::newRow("words") << u"twelve"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("three decimals") << u"1,234.567"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("two decimal points") << u"1.2.3,4,5"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("too large") << u"99999999999999"_qs << false << qint64(-1) << QString() << QString();
    // Grouping is regular or refused, never guessed into an amount a thousand times off.
    QTest::newRow("groups of one") << u"1,2,3"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("dotted groups of one") << u"1.2.3"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("short last group") << u"1,234,5"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("zero then three digits") << u"0.125"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("leading zero group") << u"012,345"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("first group too long") << u"1234,567.00"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("mixed grouping") << u"1.234,567,89"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("regular millions") << u"1,234,567.89"_qs << true << qint64(123456789) << QString() << QString();
    QTest::newRow("decimal under one") << u"0.50"_qs << true << qint64(50) << QString() << QString();
    QTest::newRow("decimal comma under one") << u"0,5"_qs << true << qint64(50) << QString() << QString();
    // The plain form, read by its own short path.
    QTest::newRow("plain whole") << u"25000"_qs << true << qint64(2500000) << QString() << QString();
    QTest::newRow("plain, one decimal") << u"-3.5"_qs << true << qint64(-350) << QString() << QString();
    QTest::newRow("plain, leading zeros") << u"007.10"_qs << true << qint64(710) << QString() << QString();
    QTest::newRow("plain dot, mark ,") << u"1234.50"_qs << false << qint64(-1) << QString() << u","_qs;
    QTest::newRow("plain, largest") << u"1000000000000"_qs << true << qint64(100000000000000) << QString() << QString();
    QTest::newRow("plain, too large") << u"1000000000000.01"_qs << false << qint64(-1) << QString() << QString();
    // Found by fuzz_csvimport: twenty digits overflowed the short path's sum before its length was checked.
    QTest::newRow("plain, twenty digits")
        << u"99999999999999999999"_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("plain, leading zeros past 13")
        << u"00000000000000000012.5"_qs << true << qint64(1250) << QString() << QString();
    QTest::newRow("plain, dot only") << u"1234."_qs << false << qint64(-1) << QString() << QString();
    QTest::newRow("plain, minus only") << u"-"_qs << false << qint64(-1) << QString() << QString();
}

void TestDealImporter::plainAmountsReadAsTheGeneralParserReadsThem()
{
    // The short path for "-1234.50" must agree with the general parser in every field. A leading space keeps a
    // text off the short path (the general parser trims it first), so both readings of each text are compared.
    QRandomGenerator random(1130);
    QStringList texts{u"99999999999999999999"_qs,
                      u"-99999999999999999999.99"_qs,
                      u"00000000000000000012.5"_qs,
                      u"0"_qs,
                      u"-0"_qs,
                      u"00"_qs,
                      u"0.0"_qs,
                      u"1.5"_qs,
                      u"12.50"_qs,
                      u"12.500"_qs,
                      u"1234567890123"_qs,
                      u"12345678901234"_qs,
                      u"9999999999999.99"_qs,
                      u"10000000000000"_qs,
                      u"-"_qs,
                      u"."_qs,
                      u".5"_qs,
                      u"5."_qs,
                      u"1.2.3"_qs,
                      u"--1"_qs,
                      u"1-"_qs,
                      u"+1"_qs,
                      u"1e5"_qs,
                      u"١٢٣"_qs};
    for (int i = 0; i < 5000; ++i) {
        QString text = random.bounded(4) == 0 ? u"-"_qs : QString();
        text += QString::number(random.bounded(Q_INT64_C(0), Q_INT64_C(10000000000000)));
        if (const int decimals = random.bounded(4); decimals > 0)
            text += u'.' + QString::number(random.bounded(1000)).left(decimals);
        texts << text;
    }
    for (const QString &text : std::as_const(texts)) {
        for (const QChar mark : {QChar(), QChar(u'.'), QChar(u',')}) {
            const CrmAmount plain = parseCrmAmount(text, mark);
            const CrmAmount general = parseCrmAmount(u' ' + text, mark);
            const QByteArray where = (text + u" with mark " + (mark.isNull() ? u"unknown"_qs : QString(mark))).toUtf8();
            QVERIFY2(plain.ok == general.ok, where.constData());
            QVERIFY2(plain.value == general.value, where.constData());
            QVERIFY2(plain.ambiguous == general.ambiguous, where.constData());
            QVERIFY2(plain.decimalMark == general.decimalMark, where.constData());
            QVERIFY2(plain.currency == general.currency, where.constData());
        }
    }
}

void TestDealImporter::amounts()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, decimal);
    const CrmAmount amount = parseCrmAmount(text, decimal.isEmpty() ? QChar() : decimal.at(0));
    QCOMPARE(amount.ok, ok);
    QCOMPARE(amount.value.value_or(-1), cents);
    if (ok)
        QCOMPARE(amount.currency, currency);
}

void TestDealImporter::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ISO") << u"2026-03-04"_qs << false << QDate(2026, 3, 4);
    QTest::newRow("ISO with time") << u"2026-03-04T22:10:00Z"_qs << false << QDate(2026, 3, 4);
    QTest::newRow("ISO with space time") << u"2026-03-04 17:00"_qs << false << QDate(2026, 3, 4);
    QTest::newRow("year/month/day") << u"2026/3/4"_qs << false << QDate(2026, 3, 4);
    QTest::newRow("US") << u"3/4/2026"_qs << false << QDate(2026, 3, 4);
    QTest::newRow("US with time") << u"3/4/2026 10:00 AM"_qs << false << QDate(2026, 3, 4);
    QTest::newRow("day first when asked") << u"3/4/2026"_qs << true << QDate(2026, 4, 3);
    QTest::newRow("day first when unambiguous") << u"25/03/2026"_qs << false << QDate(2026, 3, 25);
    QTest::newRow("month first when unambiguous") << u"03/25/2026"_qs << true << QDate(2026, 3, 25);
    QTest::newRow("German") << u"31.03.2026"_qs << false << QDate(2026, 3, 31);
    QTest::newRow("empty") << u""_qs << false << QDate();
    QTest::newRow("impossible") << u"31/31/2026"_qs << false << QDate();
    QTest::newRow("February 30") << u"2026-02-30"_qs << false << QDate();
    QTest::newRow("words") << u"next week"_qs << false << QDate();
}

void TestDealImporter::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, dayFirst);
    QFETCH(QDate, expected);
    bool ok = false;
    const QDate date = parseCrmDate(text, dayFirst ? SlashDates::DayFirst : SlashDates::MonthFirst, &ok);
    QCOMPARE(date, expected);
    QCOMPARE(ok, expected.isValid() || text.isEmpty());
}

void TestDealImporter::timesKeepTheirDayInEveryZone()
{
    // Run by ctest in UTC, in America/New_York and in Asia/Tokyo (tests/core/CMakeLists.txt). Without the zone
    // data the zone would silently be UTC, and this test would prove nothing: check the zone first.
    const QByteArray zone = qgetenv("TZ");
    const int januaryOffset = QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::LocalTime).offsetFromUtc();
    if (zone == "America/New_York")
        QCOMPARE(januaryOffset, -5 * 3600);
    else if (zone == "Asia/Tokyo")
        QCOMPARE(januaryOffset, 9 * 3600);

    const QByteArray file = "Deal - ID,Deal - Title,Deal - Owner,Deal - Status,Deal - Expected close date,"
                            "Deal - Deal created,Deal - Won time\r\n"
                            "1,Date only,Dana,won,2026-10-31,2026-10-01,2026-10-31\r\n"
                            "2,Local time,Dana,won,2026-10-31,2026-10-01 09:30,2026-10-31 17:00\r\n"
                            "3,UTC time,Dana,won,2026-10-31,2026-10-01T09:30:00Z,2026-10-31T23:30:00Z\r\n"
                            "4,US time,Dana,won,10/31/2026,10/1/2026 9:30 AM,10/31/2026 5:00 PM\r\n";
    const ImportResult result = importBytes(*m_deals, file);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QList<Deal> deals;
    for (qint64 id : result.ids)
        deals << m_deals->load(id).value(); // through the database: stored and read back
    QCOMPARE(deals.size(), 4);
    for (const Deal &deal : deals) {
        QCOMPARE(deal.expectedClose, QDate(2026, 10, 31)); // a date stays a date
        QVERIFY(deal.ending);
    }
    // A date alone shows as that day wherever the user is (as the app shows it: in local time).
    QCOMPARE(deals.at(0).ending->at.toLocalTime().date(), QDate(2026, 10, 31));
    QCOMPARE(deals.at(0).createdAt.toLocalTime().date(), QDate(2026, 10, 1));
    // A time without a zone is the importing user's local time, and keeps it.
    const QDateTime fivePm(QDate(2026, 10, 31), QTime(17, 0), Qt::LocalTime);
    QCOMPARE(deals.at(1).ending->at.toLocalTime(), fivePm);
    QCOMPARE(deals.at(1).createdAt.toLocalTime(), QDateTime(QDate(2026, 10, 1), QTime(9, 30), Qt::LocalTime));
    QCOMPARE(deals.at(3).ending->at.toLocalTime(), fivePm);
    // A time with a zone is that instant (in Tokyo it is already 1 November).
    QCOMPARE(deals.at(2).ending->at, QDateTime(QDate(2026, 10, 31), QTime(23, 30), Qt::UTC));
    QCOMPARE(deals.at(2).createdAt, QDateTime(QDate(2026, 10, 1), QTime(9, 30), Qt::UTC));

    // Not a time: a bad row, with its line.
    const ImportResult bad = importBytes(*m_deals, "Deal - ID,Deal - Title,Deal - Status,Deal - Won time\r\n"
                                                   "9,Odd,won,2026-10-31 25:00\r\n");
    QCOMPARE(bad.status, ImportResult::Status::BadRows);
    QCOMPARE(bad.issues.constFirst().line, 2);
}

void TestDealImporter::badRowsNameTheirLines()
{
    QFile input(goldenPath(u"bad-rows.csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const ImportResult result = DealImporter().importInto(*m_deals, &input);
    QCOMPARE(result.status, ImportResult::Status::BadRows);
    QVERIFY(result.ids.isEmpty());
    QList<qint64> lines;
    for (const ImportIssue &issue : result.issues)
        lines << issue.line;
    // Row 3 spans lines 3 and 4, so the bad rows start on lines 5 to 9.
    QCOMPARE(lines, (QList<qint64>{5, 6, 7, 8, 9}));
    QVERIFY2(result.issues.at(0).message.contains(u"twelve hundred"_qs), qPrintable(result.issues.at(0).message));
    QVERIFY(result.issues.at(1).message.contains(u"31/31/2026"_qs));
    QVERIFY(result.issues.at(2).message.contains(u"no title"_qs));
    QVERIFY(result.issues.at(3).message.contains(u"500 EURO"_qs));
    QVERIFY(result.issues.at(4).message.contains(u"header"_qs));
    QCOMPARE(m_deals->count().value(), 0);
}

void TestDealImporter::shortRowsAreBadRows()
{
    // A row cut short would read its missing cells as empty: a closed deal without its owner, closed "now".
    const QByteArray hubspot = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner\n"
                               "101,Fleet renewal,Closed Won,12000,2026-03-01,Dana\n"
                               "102,Scanner pilot,Closed Won\n"
                               "103,Dock doors,Closed Lost,5000,2026-04-01,Eve,,surplus\n";
    const ImportResult result = importBytes(*m_deals, hubspot);
    QCOMPARE(result.status, ImportResult::Status::BadRows);
    QCOMPARE(result.issues.size(), 2);
    QCOMPARE(result.issues.at(0).line, 3);
    QVERIFY2(result.issues.at(0).message.contains(u"3 fields but the header 6"_qs),
             qPrintable(result.issues.at(0).message));
    QCOMPARE(result.issues.at(1).line, 4);
    QVERIFY2(result.issues.at(1).message.contains(u"header only 6"_qs), qPrintable(result.issues.at(1).message));
    QCOMPARE(m_deals->count().value(), 0);
}

void TestDealImporter::nulAndContradictionsAreBadRowsWithTheirLine()
{
    // A title that begins with a NUL byte was empty to SQLite's CHECK and failed the whole import without a line.
    const QByteArray nul =
        QByteArray("Deal Name,Deal Owner\r\nFine,Dana\r\n") + QByteArray(1, '\0') + QByteArray("Zero title,Dana\r\n");
    const ImportResult crm = importBytes(*m_deals, nul);
    QCOMPARE(crm.status, ImportResult::Status::BadRows);
    QCOMPARE(crm.issues.size(), 1);
    QCOMPARE(crm.issues.constFirst().line, 3);
    QVERIFY2(crm.issues.constFirst().message.contains(u"NUL"_qs), qPrintable(crm.issues.constFirst().message));

    // Triplewin rows whose frozen ending contradicts itself: you lose and the customer wins, yet "win/win"; a
    // closing on a deal said to be still negotiating.
    const QString header = DealExporter::csvHeaders().join(u',');
    auto row = [](const char *uuid, const char *status, const char *outcome, const char *results) -> QByteArray {
        return QByteArray(uuid) + ",Deal " + uuid + ",Acme,,Dana,EUR,," + status + ",,2026-01-01T00:00:00.000Z,," +
               "2026-02-01T00:00:00.000Z,Dana,Only," + outcome + "," + results + ",," + // no reason given
               ",,,,,,,,,,,,," + // nothing prepared about the parties, no concessions
               ",Only,1.00,0.00,,1.00,0.00,,1.00,"
               "0.00,,,,,,"; // the option's marks and the value left: not read back
    };
    const QByteArray file = header.toUtf8() + "\r\n" + row("a1", "closed", "win_win", "win,win,win") +
                            "\r\n" + // win-win-win, says win/win
                            row("a2", "closed", "win_win", "lose,win,even") + "\r\n" +
                            row("a3", "negotiating", "lose_win", "lose,win,even") + "\r\n" +
                            row("a4", "closed", "lose_win", "lose,win,even") + "\r\n";
    const ImportResult own = importBytes(*m_deals, file);
    QCOMPARE(own.status, ImportResult::Status::BadRows);
    QStringList lines;
    for (const ImportIssue &issue : own.issues)
        lines << QString::number(issue.line) + u": "_qs + issue.message;
    QCOMPARE(own.issues.size(), 3);
    QCOMPARE(own.issues.at(0).line, 2);
    QVERIFY2(lines.at(0).contains(u"“win_win” contradicts the results"_qs), qPrintable(lines.join(u'\n')));
    QCOMPARE(own.issues.at(1).line, 3);
    QCOMPARE(own.issues.at(2).line, 4);
    QVERIFY2(lines.at(2).contains(u"status “negotiating” contradicts the ending"_qs), qPrintable(lines.join(u'\n')));
    QCOMPARE(m_deals->count().value(), 0);
}

void TestDealImporter::exportedCsvIsSafeToOpenAndRoundTrips()
{
    // The usual CSV injection strings, in every kind of text cell, and texts that only look like them.
    const QStringList texts{u"=HYPERLINK(\"http://evil.example\",\"Click\")"_qs,
                            u"+1+cmd|' /C calc'!A0"_qs,
                            u"-2+3"_qs,
                            u"@SUM(A1:A9)"_qs,
                            u"\t=1+1"_qs,
                            u"\r=1+1"_qs,
                            u"'=already quoted"_qs,
                            u"''=twice"_qs,
                            u"'Tis the season"_qs,
                            u"a=b, plain"_qs};
    for (int i = 0; i < texts.size(); ++i) {
        Deal deal = Test::sampleDeal(QStringLiteral("Deal %1 ").arg(i) + texts.at(i));
        deal.title = texts.at(i) + QString::number(i); // unique, and first in the cell
        deal.customer = texts.at(i);
        deal.notes = texts.at(i);
        deal.options[0].name = texts.at(i);
        deal.options[1].assessment(Party::You).reason = texts.at(i);
        QVERIFY(m_deals->save(deal).ok());
    }
    const QByteArray csv = exportAll(*m_deals, DealExporter::Format::Csv);

    // No cell a spreadsheet would run: each text cell that started like a formula now starts with a quote.
    QBuffer buffer;
    buffer.setData(csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    CsvRecord record;
    int cells = 0;
    int guarded = 0;
    while (reader.readRecord(&record)) {
        for (const QString &cell : record.fields) {
            ++cells;
            if (cell.isEmpty())
                continue;
            const QChar first = cell.at(0);
            const bool amount = cell.contains(QRegularExpression(u"^-\\d+\\.\\d\\d$"_qs));
            QVERIFY2(amount || (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
                                first != u'\r'),
                     qPrintable(cell));
            guarded += cell.startsWith(u"'="_qs) || cell.startsWith(u"'@"_qs) ? 1 : 0;
        }
    }
    QVERIFY(!reader.hasError());
    QVERIFY(cells > 100);
    QVERIFY(guarded > 10);
    QVERIFY(csv.contains("'=HYPERLINK("));
    QVERIFY(csv.contains("'Tis the season")); // not a formula: left as it was
    QVERIFY(!csv.contains("''Tis"));

    // Imported again, every text is exactly what it was.
    Database other(QStringLiteral("tst_dealimporter_injection"));
    QVERIFY(other.openInMemory().ok());
    DealRepository otherDeals(other);
    const ImportResult result = importBytes(otherDeals, csv);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.issues.value(0).message + result.error));
    const QList<Deal> originals = allDeals(*m_deals);
    const QList<Deal> copies = allDeals(otherDeals);
    QCOMPARE(copies.size(), originals.size());
    for (qsizetype i = 0; i < originals.size(); ++i) {
        QCOMPARE(copies.at(i).title, originals.at(i).title);
        QCOMPARE(copies.at(i).customer, originals.at(i).customer);
        QCOMPARE(copies.at(i).notes, originals.at(i).notes);
        QCOMPARE(copies.at(i).options.at(0).name, originals.at(i).options.at(0).name);
        QCOMPARE(copies.at(i).options.at(1).assessment(Party::You).reason,
                 originals.at(i).options.at(1).assessment(Party::You).reason);
    }
    QCOMPARE(unguardSpreadsheetFormula(guardSpreadsheetFormula(u"''=twice"_qs)), u"''=twice"_qs);
}

void TestDealImporter::failedImportLeavesDatabaseAsItWas()
{
    QVERIFY(m_deals->save(Test::sampleDeal()).ok());
    QVERIFY(m_deals->save(Test::sampleDeal(u"Second"_qs)).ok());
    const QString before = dump(*m_database);

    QFile bad(goldenPath(u"bad-rows.csv"_qs));
    QVERIFY(bad.open(QIODevice::ReadOnly));
    QCOMPARE(DealImporter().importInto(*m_deals, &bad).status, ImportResult::Status::BadRows);
    QCOMPARE(dump(*m_database), before);

    // The database refuses a deal in the middle of a file: the deals the first rows already wrote in that
    // transaction are rolled back.
    QFile own(goldenPath(u"triplewin.csv"_qs));
    QVERIFY(own.open(QIODevice::ReadOnly));
    QSqlQuery trigger(m_database->connection());
    QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON deals WHEN NEW.title = 'Boom' "
                         "BEGIN SELECT RAISE(ABORT, 'refused by a test'); END"_qs));
    const QByteArray file = own.readAll();
    const int secondDeal = file.indexOf("\n2f1e7a10-0000-4000-8000-000000000002,");
    QVERIFY(secondDeal > 0);
    const QByteArray refused = file.left(secondDeal) +
                               "\naaaaaaaa-0000-4000-8000-000000000001,Boom,,,Dana,EUR,,negotiating" +
                               QByteArray(19, ',') + file.mid(secondDeal);
    const ImportResult again = importBytes(*m_deals, refused);
    QCOMPARE(again.status, ImportResult::Status::Failed);
    QVERIFY2(again.error.contains(u"refused by a test"_qs), qPrintable(again.error));
    QCOMPARE(dump(*m_database), before);
}

void TestDealImporter::skipBadRowsOnlyWhenAsked()
{
    QFile input(goldenPath(u"bad-rows.csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.skipBadRows = true;
    const ImportResult result = DealImporter(options).importInto(*m_deals, &input);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.ids.size(), 2);
    QCOMPARE(result.issues.size(), 5); // still reported
    QCOMPARE(m_deals->count().value(), 2);
}

void TestDealImporter::badOptionRowSkipsItsWholeDeal()
{
    // The second option of "Fleet renewal" (line 4, after a two-line note) has a value that is not a number:
    // with skipBadRows the whole deal is left out, never imported with one option missing.
    QFile input(goldenPath(u"triplewin.csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QByteArray bytes = input.readAll();
    const qsizetype at = bytes.indexOf("Two-year term,11000.00");
    QVERIFY(at > 0);
    bytes.replace(at, qstrlen("Two-year term,11000.00"), "Two-year term,eleven");
    ImportOptions options;
    options.skipBadRows = true;
    const ImportResult result = importBytes(*m_deals, bytes, options);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.at(0).line, 4);
    QVERIFY(result.issues.at(0).message.contains(u"eleven"_qs));
    QStringList titles;
    for (const Deal &deal : allDeals(*m_deals))
        titles << deal.title;
    QCOMPARE(titles, (QStringList{u"Kiosk"_qs, u"Audit"_qs, u"Idea only"_qs}));
}

void TestDealImporter::rowsOfOneDealMustAgree()
{
    QFile input(goldenPath(u"triplewin.csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QByteArray bytes = input.readAll();
    // The second row of "Fleet renewal" names another salesperson.
    const qsizetype second = bytes.indexOf("Acme's shippers,Dana", bytes.indexOf("List price"));
    QVERIFY(second > 0);
    bytes.replace(second, qstrlen("Acme's shippers,Dana"), "Acme's shippers,Eve");
    const ImportResult result = importBytes(*m_deals, bytes);
    QCOMPARE(result.status, ImportResult::Status::BadRows);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.at(0).line, 4);
    QVERIFY2(result.issues.at(0).message.contains(u"line 2"_qs), qPrintable(result.issues.at(0).message));
    QCOMPARE(m_deals->count().value(), 0);
}

void TestDealImporter::cancelLeavesDatabaseAsItWas()
{
    QVERIFY(m_deals->save(Test::sampleDeal()).ok());
    const QString before = dump(*m_database);
    QByteArray big = "Deal Name,Amount\n";
    for (int i = 0; i < 5000; ++i)
        big += "Deal " + QByteArray::number(i) + ",100\n";
    int calls = 0;
    ImportOptions options;
    options.progress = [&calls](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2; // the user presses Cancel half-way
    };
    const ImportResult result = importBytes(*m_deals, big, options);
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QVERIFY(calls > 0);
    QCOMPARE(dump(*m_database), before);

    // Without cancelling, progress reaches the end.
    qint64 last = 0;
    options.progress = [&last](qint64 done, qint64) {
        last = done;
        return true;
    };
    QCOMPARE(importBytes(*m_deals, big, options).ids.size(), 5000);
    QCOMPARE(last, qint64(big.size()));
}

void TestDealImporter::previewShowsMappingAndFirstRows()
{
    QFile input(goldenPath(u"pipedrive.csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const ImportPreview preview = DealImporter().preview(&input, 2);
    QVERIFY(preview.recognised);
    QCOMPARE(preview.delimiter, QChar(u';'));
    QCOMPARE(preview.mapping.preset, ImportPreset::Pipedrive);
    QCOMPARE(preview.headers.at(preview.mapping.column(ImportField::Title)), u"Deal - Title"_qs);
    QCOMPARE(preview.headers.at(preview.mapping.column(ImportField::Amount)), u"Deal - Value"_qs);
    QVERIFY(!preview.mapping.has(ImportField::YouValue)); // CRMs know nothing of the three parties
    QCOMPARE(preview.deals.size(), 2);
    QCOMPARE(preview.deals.at(0).title, u"Kantine Neubau"_qs);
    QVERIFY(preview.issues.isEmpty());
    QCOMPARE(m_deals->count().value(), 0);

    QBuffer unknown;
    unknown.setData("Product,Price\nChair,10\n");
    unknown.open(QIODevice::ReadOnly);
    const ImportPreview none = DealImporter().preview(&unknown, 10);
    QVERIFY(!none.recognised);
    QCOMPARE(none.headers, (QStringList{u"Product"_qs, u"Price"_qs}));
    QVERIFY(!none.issues.isEmpty());
}

void TestDealImporter::userMapping()
{
    ColumnMapping mapping;
    mapping.setColumn(ImportField::Title, 1);
    mapping.setColumn(ImportField::Amount, 2);
    mapping.setColumn(ImportField::Salesperson, 0);
    ImportOptions options;
    options.mapping = mapping;
    options.defaultCurrency = u"USD"_qs;
    // "1,500" alone: 1500, or 1.5 where the comma is the decimal mark? Refused until the user says.
    const QByteArray file = "Rep,Product,Price\nDana,Chairs,\"1,500\"\n";
    const ImportResult ambiguous = importBytes(*m_deals, file, options);
    QCOMPARE(ambiguous.status, ImportResult::Status::BadRows);
    QVERIFY2(ambiguous.issues.constFirst().message.contains(u"ambiguous"_qs),
             qPrintable(ambiguous.issues.constFirst().message));
    options.decimalMark = u'.';
    const ImportResult result = importBytes(*m_deals, file, options);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    const Deal deal = allDeals(*m_deals).constFirst();
    QCOMPARE(deal.title, u"Chairs"_qs);
    QCOMPARE(deal.salesperson, u"Dana"_qs);
    QCOMPARE(deal.currency, u"USD"_qs);
    QVERIFY(deal.notes.contains(u"1500.00 USD"_qs));
}

void TestDealImporter::otherRowsSettleTheDecimalMark_data()
{
    QTest::addColumn<QByteArray>("amounts");  // one per row
    QTest::addColumn<QList<qint64>>("cents"); // empty: the import is refused
    QTest::newRow("a later row has cents with a dot") << QByteArray("1,500|2,250.75") << QList<qint64>{150000, 225075};
    QTest::newRow("an earlier row has a decimal comma") << QByteArray("12,5|1.500") << QList<qint64>{1250, 150000};
    QTest::newRow("grouping shows the mark") << QByteArray("1.234.567|2.500") << QList<qint64>{123456700, 250000};
    QTest::newRow("nothing settles it") << QByteArray("1,500|2,000") << QList<qint64>{};
    QTest::newRow("rows disagree") << QByteArray("1,500.00|1.500,00|2,000") << QList<qint64>{};
}

void TestDealImporter::otherRowsSettleTheDecimalMark()
{
    QFETCH(QByteArray, amounts);
    QFETCH(QList<qint64>, cents);
    QByteArray file = "Deal Name,Amount,Record ID\r\n";
    int id = 0;
    for (const QByteArray &amount : amounts.split('|')) {
        const QByteArray number = QByteArray::number(++id);
        file += "Deal " + number + ",\"" + amount + "\"," + number + "\r\n";
    }
    const ImportResult result = importBytes(*m_deals, file);
    if (cents.isEmpty()) {
        QCOMPARE(result.status, ImportResult::Status::BadRows);
        QVERIFY(std::any_of(result.issues.cbegin(), result.issues.cend(),
                            [](const ImportIssue &issue) { return issue.message.contains(u"ambiguous"_qs); }));
        return;
    }
    QCOMPARE(result.status, ImportResult::Status::Imported);
    // The preview reports the mark it settled, so the next run over the file need not scan the amounts again.
    QBuffer buffer;
    buffer.setData(file);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const QChar settled = DealImporter().preview(&buffer, 1).decimalMark;
    QVERIFY(settled == u'.' || settled == u',');
    const QList<Deal> deals = allDeals(*m_deals);
    for (qsizetype i = 0; i < cents.size(); ++i) {
        const QString expected =
            u"CRM amount: %1.%2 EUR"_qs.arg(cents.at(i) / 100).arg(cents.at(i) % 100, 2, 10, QChar(u'0'));
        QVERIFY2(deals.at(i).notes.contains(expected), qPrintable(deals.at(i).notes));
    }
}

void TestDealImporter::roundTripOfOwnCsv()
{
    // The golden file was exported before schema 11 renamed the ending's columns: last week's file still imports,
    // endings and the customer's customer's values included, and is exported again under today's names.
    QFile input(goldenPath(u"triplewin.csv"_qs));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray oldHeader = input.readLine();
    QVERIFY(oldHeader.contains(",closed_at,closed_by,closed_option,final_outcome,"));
    QVERIFY(oldHeader.contains(",chain_value,chain_reference,chain_reason"));
    QVERIFY(input.seek(0));
    QCOMPARE(DealImporter().importInto(*m_deals, &input).status, ImportResult::Status::Imported);
    const QList<Deal> imported = allDeals(*m_deals);
    QVERIFY(std::any_of(imported.cbegin(), imported.cend(), [](const Deal &deal) {
        return deal.ending && !deal.ending->walkedAway && deal.ending->optionName == u"Standard"_qs &&
               deal.ending->outcome == Outcome::WinWin && deal.ending->by == u"Eve"_qs;
    }));
    QVERIFY(std::any_of(imported.cbegin(), imported.cend(),
                        [](const Deal &deal) { return deal.ending && deal.ending->walkedAway; }));
    QVERIFY(std::any_of(imported.cbegin(), imported.cend(), [](const Deal &deal) {
        return std::any_of(deal.options.cbegin(), deal.options.cend(), [](const DealOption &option) {
            return option.assessment(Party::CustomersCustomer).value.has_value();
        });
    }));
    const QByteArray first = exportAll(*m_deals, DealExporter::Format::Csv);
    const QByteArray newHeader = first.left(first.indexOf('\n'));
    QVERIFY2(newHeader.contains(",ended_at,ended_by,agreed_option,ending,"), newHeader.constData());
    QVERIFY2(newHeader.contains(",customers_customer_value,customers_customer_reference,customers_customer_reason"),
             newHeader.constData());
    QVERIFY2(!newHeader.contains("closed_") && !newHeader.contains("chain_") && !newHeader.contains("final_outcome"),
             newHeader.constData());

    Database other(QStringLiteral("tst_dealimporter_other"));
    QVERIFY(other.openInMemory().ok());
    DealRepository otherDeals(other);
    const ImportResult again = importBytes(otherDeals, first);
    QVERIFY2(again.status == ImportResult::Status::Imported, qPrintable(again.issues.value(0).message + again.error));
    QCOMPARE(exportAll(otherDeals, DealExporter::Format::Csv), first);
}

void TestDealImporter::roundTripOfSavedDeals()
{
    Deal tricky = Test::sampleDeal(u"  Quotes \"and\", commas; semicolons\ttabs  "_qs);
    tricky.customer = u"Ärger & Söhne, \"GmbH\"\r\nline two"_qs;
    tricky.notes = u"=1+1 stays text\nunicode: 日本語 – ✓"_qs;
    tricky.options[1].assessment(Party::Customer).value.reset();                    // unknown value
    tricky.options[1].assessment(Party::You).referencePoint = -123456;              // negative reference
    tricky.options[1].assessment(Party::Customer).referencePoint.reset();           // reference not assessed
    tricky.options[0].assessment(Party::CustomersCustomer).reason = u" leading"_qs; // spaces kept
    // What was prepared about the parties, lines and quotes and all.
    tricky.preparation[std::size_t(partyIndex(Party::Customer))] = {u"Uptime, \"99 %\"\nA fixed price"_qs,
                                                                    u"=Third deal; trust is good"_qs,
                                                                    u"Nordline's quote"_qs, Confidence::Medium};
    tricky.preparation[std::size_t(partyIndex(Party::You))].confidence = Confidence::Low;
    // The concession ledger, in one cell: quotes, a line break, a text that looks like a formula, cents.
    Concession given;
    given.date = QDate(2026, 11, 3);
    given.what = u"=Free \"installation\",\nsame day"_qs;
    given.value = {std::optional<Money>(-200'001), std::optional<Money>(300'000), std::nullopt};
    Concession received;
    received.by = Party::CustomersCustomer;
    received.what = u"A case study"_qs;
    received.tradedFor = u"Free installation"_qs;
    tricky.concessions = {given, received};
    const Deal saved = m_deals->save(tricky).value();
    const Deal closed = m_deals->save(Test::sampleDeal(u"Closed one"_qs)).value();
    QVERIFY(m_deals
                ->closeDeal(closed.id, closed.options.at(1).id, u"Dana"_qs,
                            QDateTime(QDate(2026, 5, 1), QTime(9, 30, 15, 250), Qt::UTC), QString(),
                            ReasonForEnding{u"competitor"_qs, u"Their \"best\" offer, beat ours; by 5%"_qs})
                .ok());
    const Deal walked = m_deals->save(Test::sampleDeal(u"Walked"_qs)).value();
    QVERIFY(m_deals
                ->walkAway(walked.id, u"Eve"_qs, QDateTime(QDate(2026, 5, 2), QTime(10, 0), Qt::UTC),
                           ReasonForEnding{u"Procurement freeze"_qs, {}})
                .ok());
    Deal bare;
    bare.title = u"No options yet"_qs;
    QVERIFY(m_deals->save(bare).ok());
    const QList<Deal> originals = allDeals(*m_deals);
    QCOMPARE(originals.size(), 4);

    const QByteArray csv = exportAll(*m_deals, DealExporter::Format::Csv);
    // A confidence Triplewin does not know, or the stored key of "not said", is a bad row with its line, not a guess.
    for (const QByteArray &wrong : {QByteArray("certain"), QByteArray("unknown")}) {
        Database scratch(QStringLiteral("tst_dealimporter_scratch"));
        QVERIFY(scratch.openInMemory().ok());
        DealRepository scratchDeals(scratch);
        const ImportResult refused =
            importBytes(scratchDeals, QByteArray(csv).replace(QByteArray(",medium,"), QByteArray("," + wrong + ",")));
        QCOMPARE(refused.status, ImportResult::Status::BadRows);
        QVERIFY2(refused.issues.value(0).message.contains(QString::fromLatin1(wrong)),
                 qPrintable(refused.issues.value(0).message));
        QCOMPARE(scratchDeals.count().value(), 0);
    }
    // A ledger whose party Triplewin does not know is a bad row with its line and what is wrong, never half read.
    {
        Database scratch(QStringLiteral("tst_dealimporter_scratch"));
        QVERIFY(scratch.openInMemory().ok());
        DealRepository scratchDeals(scratch);
        QVERIFY(csv.contains(R"(""by"":""customers_customer"")"));
        const ImportResult refused = importBytes(
            scratchDeals, QByteArray(csv).replace(R"(""by"":""customers_customer"")", R"(""by"":""seller"")"));
        QCOMPARE(refused.status, ImportResult::Status::BadRows);
        QVERIFY2(refused.issues.value(0).message.contains(u"concession 2: “by” is “seller”"_qs),
                 qPrintable(refused.issues.value(0).message));
        QVERIFY(refused.issues.value(0).line > 1);
        QCOMPARE(scratchDeals.count().value(), 0);
    }
    Database other(QStringLiteral("tst_dealimporter_other"));
    QVERIFY(other.openInMemory().ok());
    DealRepository otherDeals(other);
    const ImportResult result = importBytes(otherDeals, csv);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.issues.value(0).message + result.error));
    const QList<Deal> copies = allDeals(otherDeals);
    QCOMPARE(copies.size(), originals.size());
    for (qsizetype i = 0; i < originals.size(); ++i) {
        const Deal &a = originals.at(i);
        const Deal &b = copies.at(i);
        QCOMPARE(b.uuid, a.uuid);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.customer, a.customer);
        QCOMPARE(b.notes, a.notes);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.createdAt, a.createdAt);
        QVERIFY2(
            b.sameContentAs(a) ||
                [&] {
                    // options carry new ids in the new database; compare without them
                    Deal x = b;
                    for (qsizetype o = 0; o < x.options.size() && o < a.options.size(); ++o)
                        x.options[o].id = a.options.at(o).id;
                    return x.sameContentAs(a);
                }(),
            qPrintable(a.title));
        QCOMPARE(b.ending.has_value(), a.ending.has_value());
        if (a.ending) {
            DealEnding expected = *a.ending;
            expected.optionId = b.ending->optionId;
            QCOMPARE(*b.ending, expected);
            QCOMPARE(b.ending->optionId != 0, a.ending->optionId != 0); // the agreed option is found again
        }
    }
}

void TestDealImporter::optionMatrixAndEndingAreExported()
{
    // Three options: "List price" leaves the customer below its walk-away, "Discount" is beaten for all three by
    // "Two-year term", and the deal closes on "Discount" anyway, for its price: both exports say so, with the value
    // that closing left on the table against the best option for all (Two-year term).
    Deal deal = Test::sampleDeal();
    deal.options << Test::option(u"Discount"_qs, Test::assessment(1'050'000, 1'000'000),
                                 Test::assessment(480'000, 450'000), Test::assessment(10'000, 0));
    const Expected<Deal> saved = m_deals->save(deal);
    QVERIFY(saved.ok());
    QVERIFY(m_deals
                ->closeDeal(saved.value().id, saved.value().options.at(2).id, u"Dana"_qs,
                            QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC), u"They insisted"_qs,
                            {u"price"_qs, u"Budget frozen until March"_qs})
                .ok());

    const QJsonArray deals = QJsonDocument::fromJson(exportAll(*m_deals, DealExporter::Format::Json)).array();
    QCOMPARE(deals.size(), 1);
    const QJsonObject exported = deals.at(0).toObject();
    const QJsonArray options = exported.value(u"options").toArray();
    QCOMPARE(options.size(), 3);
    QVERIFY(options.at(0).toObject().value(u"dominated_by").isNull());
    QCOMPARE(options.at(0).toObject().value(u"below_walk_away_for").toArray(), QJsonArray{u"customer"_qs});
    QVERIFY(options.at(1).toObject().value(u"below_walk_away_for").toArray().isEmpty());
    QCOMPARE(options.at(2).toObject().value(u"dominated_by").toString(), u"Two-year term"_qs);
    const QJsonObject closing = exported.value(u"closing").toObject();
    QCOMPARE(closing.value(u"option").toString(), u"Discount"_qs);
    QCOMPARE(closing.value(u"reason").toString(), u"price"_qs);
    QCOMPARE(closing.value(u"reason_note").toString(), u"Budget frozen until March"_qs);
    const QJsonObject left = closing.value(u"value_left_cents").toObject();
    QCOMPARE(left.value(u"you").toInteger(), 50'000);
    QCOMPARE(left.value(u"customer").toInteger(), 20'000);
    QCOMPARE(left.value(u"customers_customer").toInteger(), 10'000);
    // The history, with why the salesperson closed on a dominated option when the gate asked.
    const QJsonArray history = exported.value(u"history").toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(u"kind").toString(), u"closed"_qs);
    QCOMPARE(history.at(0).toObject().value(u"by").toString(), u"Dana"_qs);
    QCOMPARE(history.at(0).toObject().value(u"at").toString(), u"2026-11-20T10:00:00.000Z"_qs);
    QVERIFY2(history.at(0).toObject().value(u"detail").toString().endsWith(u"closed anyway because: They insisted"_qs),
             qPrintable(history.at(0).toObject().value(u"detail").toString()));

    // The CSV: one row per option, the marks on each, the value left on every row of the deal.
    const QByteArray csv = exportAll(*m_deals, DealExporter::Format::Csv);
    const QList<QByteArray> lines = csv.split('\n');
    const QStringList header = QString::fromUtf8(lines.at(0)).remove(QChar(0xFEFF)).trimmed().split(u',');
    for (const char *column : {"dominated_by", "below_walk_away_for", "ending_reason", "you_value_left",
                               "customer_value_left", "customers_customer_value_left"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    const auto cell = [&](int line, const char *column) {
        const QStringList cells = QString::fromUtf8(lines.at(line)).trimmed().split(u',');
        return cells.value(header.indexOf(QLatin1String(column)));
    };
    QCOMPARE(cell(1, "below_walk_away_for"), u"customer"_qs);
    QCOMPARE(cell(1, "dominated_by"), QString());
    QCOMPARE(cell(3, "dominated_by"), u"Two-year term"_qs);
    QCOMPARE(cell(3, "ending_reason"), u"price"_qs);
    for (int line = 1; line <= 3; ++line) {
        QCOMPARE(cell(line, "you_value_left"), u"500.00"_qs);
        QCOMPARE(cell(line, "customer_value_left"), u"200.00"_qs);
        QCOMPARE(cell(line, "customers_customer_value_left"), u"100.00"_qs);
    }
    // Read back, the file gives the same deal (the marks and the value left are worked out again, not read).
    init();
    const ImportResult read = importBytes(*m_deals, csv);
    QCOMPARE(read.status, ImportResult::Status::Imported);
    QCOMPARE(read.ids.size(), 1);
    const Deal back = m_deals->load(read.ids.constFirst()).value();
    QCOMPARE(back.options.size(), 3);
    QCOMPARE(back.ending->optionName, u"Discount"_qs);
    QCOMPARE(back.ending->reason, u"price"_qs);
}

void TestDealImporter::jsonExport()
{
    Deal prepared = Test::sampleDeal();
    prepared.preparation[std::size_t(partyIndex(Party::Customer))] = {u"Uptime\nA fixed price"_qs, u"Trust is good"_qs,
                                                                      u"Nordline's quote"_qs, Confidence::High};
    Concession installation;
    installation.date = QDate(2026, 11, 3);
    installation.what = u"Free installation"_qs;
    installation.value[0] = -200'000;
    prepared.concessions = {installation};
    QVERIFY(m_deals->save(prepared).ok());
    Deal unknown = Test::sampleDeal(u"Unknowns"_qs);
    unknown.options[0].assessment(Party::You).value.reset();
    QVERIFY(m_deals->save(unknown).ok());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exportAll(*m_deals, DealExporter::Format::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray deals = document.array();
    QCOMPARE(deals.size(), 2);
    const QJsonObject first = deals.at(0).toObject();
    QCOMPARE(first.value(u"title").toString(), u"Fleet renewal"_qs);
    const QJsonArray options = first.value(u"options").toArray();
    QCOMPARE(options.size(), 2);
    const QJsonObject you = options.at(0).toObject().value(u"parties").toObject().value(u"you").toObject();
    QCOMPARE(you.value(u"value_cents").toInteger(), 1'200'000);
    QCOMPARE(you.value(u"reference_point_cents").toInteger(), 1'000'000);
    QCOMPARE(you.value(u"reason").toString(), u"margin 20%"_qs);
    // What was prepared about the parties: the customer's, by its key; the others said nothing and are left out.
    const QJsonObject preparation = first.value(u"preparation").toObject();
    QCOMPARE(preparation.keys(), QStringList{u"customer"_qs});
    QCOMPARE(preparation.value(u"customer").toObject().value(u"interests").toString(), u"Uptime\nA fixed price"_qs);
    QCOMPARE(preparation.value(u"customer").toObject().value(u"reference_source").toString(), u"Nordline's quote"_qs);
    QCOMPARE(preparation.value(u"customer").toObject().value(u"confidence").toString(), u"high"_qs);
    // The concession ledger: an array in the order recorded, amounts in cents, null where not known.
    QVERIFY(first.value(u"concessions").isArray());
    const QJsonArray concessions = first.value(u"concessions").toArray();
    QCOMPARE(concessions.size(), 1);
    const QJsonObject concession = concessions.at(0).toObject();
    QCOMPARE(concession.value(u"by").toString(), u"you"_qs);
    QCOMPARE(concession.value(u"what").toString(), u"Free installation"_qs);
    QCOMPARE(concession.value(u"date").toString(), u"2026-11-03"_qs);
    QCOMPARE(concession.value(u"value_cents").toObject().value(u"you").toInteger(), -200'000);
    QVERIFY(concession.value(u"value_cents").toObject().value(u"customer").isNull());
    QVERIFY(concession.value(u"traded_for").isString() && concession.value(u"traded_for").toString().isEmpty());
    QVERIFY(deals.at(1).toObject().value(u"concessions").isArray());
    QVERIFY(deals.at(1).toObject().value(u"concessions").toArray().isEmpty());
    const QJsonObject unknownYou = deals.at(1)
                                       .toObject()
                                       .value(u"options")
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"parties")
                                       .toObject()
                                       .value(u"you")
                                       .toObject();
    QVERIFY(unknownYou.value(u"value_cents").isNull());

    init();
    QCOMPARE(exportAll(*m_deals, DealExporter::Format::Json), QByteArray("[]\n"));
}

void TestDealImporter::forEachDealStops()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_deals->save(Test::sampleDeal(QStringLiteral("Deal %1").arg(i))).ok());
    const qint64 trashed = m_deals->save(Test::sampleDeal(u"Trashed"_qs)).value().id;
    QVERIFY(m_deals->moveToTrash(trashed).ok());
    const Deal closed = m_deals->save(Test::sampleDeal(u"Closed"_qs)).value();
    QVERIFY(m_deals->closeDeal(closed.id, closed.options.at(0).id, u"Dana"_qs).ok());
    QStringList seen;
    QVERIFY(m_deals
                ->forEachDeal([&](const Deal &deal) {
                    seen << deal.title;
                    // The streamed deal is the one load() gives, options, ids and closing included.
                    const Deal loaded = m_deals->load(deal.id).value();
                    return deal.sameContentAs(loaded) && deal.uuid == loaded.uuid && deal.revision == loaded.revision &&
                           deal.createdAt == loaded.createdAt && deal.updatedAt == loaded.updatedAt &&
                           deal.ending == loaded.ending && !deal.options.isEmpty();
                })
                .ok());
    QCOMPARE(seen, (QStringList{u"Deal 0"_qs, u"Deal 1"_qs, u"Deal 2"_qs, u"Closed"_qs}));
    seen.clear();
    QVERIFY(m_deals
                ->forEachDeal([&](const Deal &deal) {
                    seen << deal.title;
                    return true;
                })
                .ok());
    seen.removeLast();
    QCOMPARE(seen, (QStringList{u"Deal 0"_qs, u"Deal 1"_qs, u"Deal 2"_qs}));
    seen.clear();
    QVERIFY(m_deals
                ->forEachDeal([&](const Deal &deal) {
                    seen << deal.title;
                    return false;
                })
                .ok());
    QCOMPARE(seen.size(), 1);
}

QTEST_GUILESS_MAIN(TestDealImporter)
#include "tst_dealimporter.moc"
