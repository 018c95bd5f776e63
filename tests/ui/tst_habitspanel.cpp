// The coach panel lists flags with the deals that show them, per salesperson, and links to those deals.

#include <core/coaching/coach.h>
#include <core/i18n/translations.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>
#include <ui/habitspanel.h>

using namespace Triplewin;
using namespace Triplewin::Core;

class TestHabitsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyHistorySaysWhatItWillShow();
    void listsFlagWithEvidence();
    void evidenceLinksOpenDeals();
    void oneSalespersonNeverFlagsAnother();
    void unassessedDealsWaitInAListToAssess();

private:
    /// Saves a deal for @p salesperson whose only option has the given values and closes it with that option.
    qint64 closedDeal(const QString &title, const QString &salesperson, Money you, Money customer, const QDateTime &at);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_repository;
    std::unique_ptr<Coach> m_coach;
};

void TestHabitsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHabitsPanel::init()
{
    static int run = 0;
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("coach-%1.sqlite").arg(++run))).ok());
    m_repository = std::make_unique<DealRepository>(*m_database);
    m_coach = std::make_unique<Coach>(*m_database);
}

void TestHabitsPanel::cleanup()
{
    m_coach.reset();
    m_repository.reset();
    m_database.reset();
}

qint64 TestHabitsPanel::closedDeal(const QString &title, const QString &salesperson, Money you, Money customer,
                                   const QDateTime &at)
{
    Deal deal;
    deal.title = title;
    deal.customer = QStringLiteral("Customer of ") + title;
    deal.salesperson = salesperson;
    DealOption option;
    option.name = QStringLiteral("Agreed");
    option.assessment(Party::You).value = you;
    option.assessment(Party::Customer).value = customer;
    option.assessment(Party::You).referencePoint = 0;
    option.assessment(Party::Customer).referencePoint = 0;
    deal.options << option;
    const Expected<Deal> saved = m_repository->save(deal);
    if (!saved.ok())
        return 0;
    const Expected<Deal> closed =
        m_repository->closeDeal(saved.value().id, saved.value().options.at(0).id, salesperson, at);
    return closed.ok() ? closed.value().id : 0;
}

void TestHabitsPanel::emptyHistorySaysWhatItWillShow()
{
    Ui::HabitsPanel panel(*m_coach);
    panel.setSalesperson(QStringLiteral("Dana"));
    QVERIFY(panel.flagsText().contains(QStringLiteral("No ended deals yet for Dana")));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("rqValue"))->text(), QStringLiteral("–"));

    // One fair ending: nothing flagged, said in English that agrees with its number.
    QVERIFY(closedDeal(QStringLiteral("Fair renewal"), QStringLiteral("Dana"), 50000, 50000,
                       QDateTime::currentDateTimeUtc().addDays(-3)));
    panel.refresh();
    QVERIFY2(panel.flagsText().contains(QStringLiteral("Your 1 ended deal so far shows no pattern")),
             qPrintable(panel.flagsText()));
}

void TestHabitsPanel::listsFlagWithEvidence()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(closedDeal(QStringLiteral("Fair renewal"), QStringLiteral("Dana"), 50000, 50000, now.addDays(-30)));
    QVERIFY(closedDeal(QStringLiteral("Discount squeeze"), QStringLiteral("Dana"), -40000, 90000, now.addDays(-20)));
    QVERIFY(closedDeal(QStringLiteral("Free pilot"), QStringLiteral("Dana"), -10000, 30000, now.addDays(-10)));

    Ui::HabitsPanel panel(*m_coach);
    panel.setSalesperson(QStringLiteral("Dana"));
    const QString text = panel.flagsText();
    QVERIFY2(text.contains(QStringLiteral("Concession habit")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 of your last 3 ended deals")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Discount squeeze")));
    QVERIFY(text.contains(QStringLiteral("Free pilot")));
    // The fair deal is not evidence of a concession habit (it shows only under the chain blind spot).
    const qsizetype concession = text.indexOf(QStringLiteral("Concession habit"));
    const qsizetype nextFlag = text.indexOf(QStringLiteral("Chain blind spot"));
    QVERIFY(nextFlag > concession);
    QVERIFY(!text.mid(concession, nextFlag - concession).contains(QStringLiteral("Fair renewal")));
    // RQ of win/win (85) + 2 × lose/win (20) = 125/3 → 42.
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("rqValue"))->text(), QStringLiteral("42"));
}

void TestHabitsPanel::evidenceLinksOpenDeals()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(closedDeal(QStringLiteral("Squeeze one"), QStringLiteral("Dana"), -40000, 90000, now.addDays(-2)));
    const qint64 newest =
        closedDeal(QStringLiteral("Squeeze two"), QStringLiteral("Dana"), -40000, 90000, now.addDays(-1));
    QVERIFY(newest);
    Ui::HabitsPanel panel(*m_coach);
    panel.setSalesperson(QStringLiteral("Dana"));
    auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("habitFlags"));
    QVERIFY(browser->toHtml().contains(QStringLiteral("deal:%1").arg(newest)));
    QSignalSpy opened(&panel, &Ui::HabitsPanel::dealActivated);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("deal:%1").arg(newest)));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), newest);
}

void TestHabitsPanel::unassessedDealsWaitInAListToAssess()
{
    // Two concessions, then a deal won in the CRM comes in closed but unassessed: the habit stays flagged, the RQ
    // counts the two, and the CRM deal waits in a list, opened from the keyboard like any link.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(closedDeal(QStringLiteral("Squeeze one"), QStringLiteral("Dana"), -40000, 90000, now.addDays(-3)));
    QVERIFY(closedDeal(QStringLiteral("Squeeze two"), QStringLiteral("Dana"), -40000, 90000, now.addDays(-2)));
    Deal crm;
    crm.title = QStringLiteral("Won in the CRM");
    crm.customer = QStringLiteral("Kappa");
    crm.salesperson = QStringLiteral("Dana");
    DealEnding ending;
    ending.at = now.addDays(-1);
    ending.by = QStringLiteral("Dana");
    crm.ending = ending;
    const Expected<QList<qint64>> added = m_repository->insertMany({crm});
    QVERIFY(added.ok());
    const qint64 crmId = added.value().constFirst();

    Ui::HabitsPanel panel(*m_coach);
    panel.setSalesperson(QStringLiteral("Dana"));
    const QString text = panel.flagsText();
    QVERIFY2(text.contains(QStringLiteral("Concession habit")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("To assess (1)")), qPrintable(text));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("rqValue"))->text(), QStringLiteral("20"));

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("habitFlags"));
    browser->setFocus();
    QSignalSpy opened(&panel, &Ui::HabitsPanel::dealActivated);
    // Tab walks the links (two pieces of evidence first, then the deal to assess); Enter opens one.
    for (int link = 0; link < 8 && opened.isEmpty(); ++link) {
        QTest::keyClick(browser, Qt::Key_Tab);
        if (browser->textCursor().selectedText() == QStringLiteral("Won in the CRM"))
            QTest::keyClick(browser, Qt::Key_Return);
    }
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), crmId);
}

void TestHabitsPanel::oneSalespersonNeverFlagsAnother()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(closedDeal(QStringLiteral("Dana gives in"), QStringLiteral("Dana"), -40000, 90000, now.addDays(-3)));
    QVERIFY(closedDeal(QStringLiteral("Eve gives in"), QStringLiteral("Eve"), -40000, 90000, now.addDays(-2)));
    QVERIFY(closedDeal(QStringLiteral("Eve again"), QStringLiteral("Eve"), -40000, 90000, now.addDays(-1)));
    Ui::HabitsPanel panel(*m_coach);
    panel.setSalesperson(QStringLiteral("Dana"));
    QVERIFY(!panel.flagsText().contains(QStringLiteral("Concession habit")));
    panel.setSalesperson(QStringLiteral("Eve"));
    QVERIFY(panel.flagsText().contains(QStringLiteral("Concession habit")));
    QVERIFY(!panel.flagsText().contains(QStringLiteral("Dana gives in")));
}

QTEST_MAIN(TestHabitsPanel)
#include "tst_habitspanel.moc"
