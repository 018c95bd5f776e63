// triplewin-cli brief run as a process, and its PDF read back as a person's viewer reads it: poppler's pdfinfo (one
// page, A4 or Letter), pdftotext (the words on it) and pdftoppm (it renders, and not blank).

#include "coaching/walkawayscript.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Triplewin::Core;

class TestCliBrief : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onePageWithWhatTheMeetingNeeds_data();
    void onePageWithWhatTheMeetingNeeds();
    void sixLongOptionsStillFitOnePage();
    void noWinWinGivesTheWalkAwayLines();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QString &program, const QStringList &arguments);
    Run cli(const QStringList &arguments) { return run(QStringLiteral(TRIPLEWIN_CLI), arguments); }
    /// pdftotext's reading of @p pdf, as one line of words.
    QString textOf(const QString &pdf);
    QString saveDeal(const Deal &deal);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_squeeze; ///< uuid of a deal with a dominated option and one below walk-away
};

namespace {

DealOption option(const QString &name, Money you, Money customer, Money theirs, const QString &reason = {})
{
    DealOption result;
    result.name = name;
    result.assessment(Party::You) = Assessment{you, 3'000'000, reason};
    result.assessment(Party::Customer) = Assessment{customer, 0, reason};
    result.assessment(Party::CustomersCustomer) = Assessment{theirs, 0, reason};
    return result;
}

} // namespace

TestCliBrief::Run TestCliBrief::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen by itself
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliBrief::textOf(const QString &pdf)
{
    // NFKC: the font's "ﬁ" ligature reads as "fi", as a search in a viewer finds it.
    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    return text.out.normalized(QString::NormalizationForm_KC).simplified();
}

QString TestCliBrief::saveDeal(const Deal &deal)
{
    Database database(QStringLiteral("tst_clibrief"));
    if (!database.open(m_db).ok())
        return {};
    const Expected<Deal> saved = DealRepository(database).save(deal);
    return saved.ok() ? saved.value().uuid : QString();
}

void TestCliBrief::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdfinfo", "pdftotext", "pdftoppm"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils is missing (scripts/install-deps.sh installs it)");
    m_db = m_dir.filePath(QStringLiteral("brief.sqlite"));
    Deal deal;
    deal.title = QStringLiteral("Fleet renewal 2027");
    deal.customer = QStringLiteral("Acme Logistics");
    deal.customersCustomer = QStringLiteral("Acme's shippers");
    deal.salesperson = QStringLiteral("Dana Whitfield");
    deal.notes = QStringLiteral("Budget freeze until March.");
    deal.preparation[std::size_t(partyIndex(Party::Customer))] = {
        QStringLiteral("Uptime in the peak season\nOne contract"), QStringLiteral("Third renewal; a new CFO"),
        QStringLiteral("Nordline's quote"), Confidence::Medium};
    // The ledger: two given for nothing (open), one traded, one received.
    Concession tyres;
    tyres.what = QStringLiteral("Free winter tyres");
    Concession terms;
    terms.what = QStringLiteral("Payment in 60 days");
    Concession reviews;
    reviews.what = QStringLiteral("Quarterly service reviews");
    reviews.tradedFor = QStringLiteral("A reference visit");
    Concession visit;
    visit.by = Party::Customer;
    visit.what = QStringLiteral("A reference visit");
    deal.concessions = {tyres, reviews, visit, terms};
    deal.options = {option(QStringLiteral("List price"), 4'800'000, -600'000, 0),
                    option(QStringLiteral("Two-year term"), 3'600'000, 900'000, 400'000),
                    option(QStringLiteral("Phased roll-out"), 3'100'000, 300'000, 0)};
    m_squeeze = saveDeal(deal);
    QVERIFY(!m_squeeze.isEmpty());
}

void TestCliBrief::onePageWithWhatTheMeetingNeeds_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("size");
    QTest::newRow("a4") << QStringLiteral("a4") << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("letter") << QStringLiteral("letter") << QStringLiteral("612 x 792 pts (letter)");
}

void TestCliBrief::onePageWithWhatTheMeetingNeeds()
{
    QFETCH(QString, page);
    QFETCH(QString, size);
    const QString pdf = m_dir.filePath(page + QStringLiteral(".pdf"));
    const Run brief = cli({QStringLiteral("brief"), QStringLiteral("--db"), m_db, QStringLiteral("--deal"), m_squeeze,
                           QStringLiteral("--output"), pdf, QStringLiteral("--page"), page});
    QVERIFY2(brief.exitCode == 0, qPrintable(brief.err));
    QVERIFY2(brief.out.contains(QStringLiteral("Fleet renewal 2027")), qPrintable(brief.out));

    // What was traded, or received, is not open.
    QVERIFY(!textOf(pdf).contains(QStringLiteral("Quarterly service reviews")));
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info.out));
    QVERIFY2(info.out.contains(size), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Deal brief: Fleet renewal 2027")), qPrintable(info.out));

    const QString text = textOf(pdf);
    for (const QString &expected :
         {QStringLiteral("Fleet renewal 2027"), QStringLiteral("Customer: Acme Logistics"),
          QStringLiteral("Their customer: Acme's shippers"), QStringLiteral("Salesperson: Dana Whitfield"),
          QStringLiteral("Budget freeze until March."), QStringLiteral("The three parties"),
          QStringLiteral("walk-away point"), QStringLiteral("best alternative"), QStringLiteral("1. List price"),
          QStringLiteral("win/lose"), QStringLiteral("win-win-win"),
          QStringLiteral("Below walk-away for your customer"), QStringLiteral("Dominated by “Two-year term”"),
          QStringLiteral("48,000 against 30,000"), QStringLiteral("Best option for all: Two-year term"),
          // what was prepared about the customer, and that nothing was about the others
          QStringLiteral("Uptime in the peak season;"), QStringLiteral("One contract"),
          QStringLiteral("Third renewal; a new CFO"),
          QStringLiteral("Best alternative based on: Nordline's quote (confidence: medium)"),
          QStringLiteral("not written down"),
          // the concessions given with nothing received in return yet
          QStringLiteral("Open concessions (given, nothing received in return yet): Free winter tyres; Payment in 60 "
                         "days")})
        // pdftotext joins a word broken at a hyphen at the end of a line ("Two-" "year" reads "Twoyear").
        QVERIFY2(QString(text).remove(u'-').contains(QString(expected).remove(u'-')),
                 qPrintable(expected + QStringLiteral(" not in: ") + text));

    // Rendered as a viewer renders it: one page image, with the chart's colours on it.
    const QString prefix = m_dir.filePath(page + QStringLiteral("-page"));
    QCOMPARE(run(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf, prefix})
                 .exitCode,
             0);
    const QStringList images = QDir(m_dir.path()).entryList({page + QStringLiteral("-page*.png")});
    QCOMPARE(images.size(), 1);
    const QImage image(m_dir.filePath(images.constFirst()));
    QVERIFY(!image.isNull());
    int blue = 0; // the bars of "you" (0x0072B2)
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            blue += c.blue() > 150 && c.red() < 60 && c.green() > 80 && c.green() < 150 ? 1 : 0;
        }
    }
    QVERIFY2(blue > 20, qPrintable(QString::number(blue)));
}

void TestCliBrief::sixLongOptionsStillFitOnePage()
{
    Deal deal;
    deal.title = QStringLiteral("Six options, long reasons");
    deal.customer = QStringLiteral("Globex");
    deal.notes = QString(600, u'n');
    for (PartyPreparation &prepared : deal.preparation) // long preparation is shortened, never a second page
        prepared = {QString(600, u'i'), QString(600, u'r'), QString(300, u's'), Confidence::High};
    for (int i = 0; i < 9; ++i) { // many long open concessions: four shown, shortened, and how many more
        Concession given;
        given.what = QStringLiteral("Concession %1 ").arg(i) + QString(200, u'c');
        deal.concessions << given;
    }
    const QString reason =
        QStringLiteral("A long reason that a careful salesperson wrote down in full, with the figures "
                       "behind it and the people who confirmed them.");
    for (int i = 0; i < 6; ++i)
        deal.options << option(QStringLiteral("Option number %1 with a rather long name").arg(i + 1),
                               3'000'000 + i * 100'000, 500'000 - i * 200'000, i * 1000, reason);
    const QString uuid = saveDeal(deal);
    const QString pdf = m_dir.filePath(QStringLiteral("six.pdf"));
    const Run brief = cli({QStringLiteral("brief"), QStringLiteral("--db"), m_db, QStringLiteral("--deal"), uuid,
                           QStringLiteral("--output"), pdf, QStringLiteral("--page"), QStringLiteral("letter")});
    QVERIFY2(brief.exitCode == 0, qPrintable(brief.err));
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info.out));
    const QString text = textOf(pdf);
    QVERIFY2(text.contains(QStringLiteral("6. Option number 6")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("and 5 more")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Concession 4")), qPrintable(text));
}

void TestCliBrief::noWinWinGivesTheWalkAwayLines()
{
    Deal deal;
    deal.title = QStringLiteral("Price war");
    deal.customer = QStringLiteral("Initech");
    deal.options = {option(QStringLiteral("Match the rival"), 2'000'000, 500'000, 0),
                    option(QStringLiteral("Hold the price"), 3'500'000, -400'000, 0)};
    const QString uuid = saveDeal(deal);
    const QString pdf = m_dir.filePath(QStringLiteral("walk.pdf"));
    QCOMPARE(cli({QStringLiteral("brief"), QStringLiteral("--db"), m_db, QStringLiteral("--deal"), uuid,
                  QStringLiteral("--output"), pdf})
                 .exitCode,
             0);
    const QString text = textOf(pdf);
    QVERIFY2(text.contains(QStringLiteral("No option is good for both you and your customer")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Best option for all")), qPrintable(text));
    // The script's key lines themselves: the proposal and the commitment, headed and in the script's words (the
    // CLI runs in English, as this test does).
    const Triplewin::Core::WalkAwayScript script =
        Triplewin::Core::generateWalkAwayScript(deal, {}, QLocale(QLocale::English, QLocale::UnitedStates));
    int keyLines = 0;
    for (const auto &section : script.sections) {
        if (section.step != Triplewin::Core::ScriptStep::Commitment &&
            section.step != Triplewin::Core::ScriptStep::Proposal)
            continue;
        ++keyLines;
        const QString words = section.text.simplified().section(u' ', 0, 7);
        QVERIFY2(text.contains(section.heading + u'.'), qPrintable(section.heading + QStringLiteral(" in: ") + text));
        QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" in: ") + text));
    }
    QCOMPARE(keyLines, 2);
}

void TestCliBrief::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QDir::temp().filePath(QStringLiteral("tst_clibrief-never.pdf"));
    QTest::newRow("no deal") << QStringList{QStringLiteral("--output"), out} << 2 << QStringLiteral("--deal");
    QTest::newRow("no output") << QStringList{QStringLiteral("--deal"), QStringLiteral("x")} << 2
                               << QStringLiteral("--output");
    QTest::newRow("bad page") << QStringList{QStringLiteral("--deal"),   QStringLiteral("x"),
                                             QStringLiteral("--output"), out,
                                             QStringLiteral("--page"),   QStringLiteral("a5")}
                              << 2 << QStringLiteral("a4 or letter");
    QTest::newRow("unknown uuid") << QStringList{QStringLiteral("--deal"), QStringLiteral("no-such-deal"),
                                                 QStringLiteral("--output"), out}
                                  << 1 << QStringLiteral("no deal with the uuid “no-such-deal”");
}

void TestCliBrief::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run brief = cli(QStringList{QStringLiteral("brief"), QStringLiteral("--db"), m_db} + arguments);
    QCOMPARE(brief.exitCode, exitCode);
    QVERIFY2(brief.err.contains(message), qPrintable(brief.err));
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("tst_clibrief-never.pdf"))));

    // A folder that cannot be written: said, and nothing left behind.
    if (qstrcmp(QTest::currentDataTag(), "unknown uuid") == 0) {
        const QString pdf = m_dir.filePath(QStringLiteral("no-such-folder/brief.pdf"));
        const Run unwritable = cli({QStringLiteral("brief"), QStringLiteral("--db"), m_db, QStringLiteral("--deal"),
                                    m_squeeze, QStringLiteral("--output"), pdf});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("Cannot write “brief.pdf”")), qPrintable(unwritable.err));
        QVERIFY(!QFile::exists(pdf));
    }
}

QTEST_MAIN(TestCliBrief)
#include "tst_clibrief.moc"
