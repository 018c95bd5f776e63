// The manager's team review: history from SQL, filters, dashboard with walk-aways as their own category,
// read-only deals with coaching notes the salesperson then sees.

#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <core/storage/noterepository.h>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <ui/dealeditor.h>
#include <ui/dealviewer.h>
#include <ui/mainwindow.h>
#include <ui/teamreviewwindow.h>

using namespace Triplewin;
using namespace Triplewin::Core;

class TestTeamReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyAndFilters();
    void dashboard();
    void noteReachesTheSalesperson();
    void pdfReport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QList<qint64> m_ids;
};

void TestTeamReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("team.sqlite"))).ok());
    QList<Deal> deals;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto make = [&](const QString &title, const QString &salesperson, Money you, Money customer, bool walkedAway,
                          int daysAgo) {
        Deal deal;
        deal.title = title;
        deal.customer = QStringLiteral("Acme");
        deal.salesperson = salesperson;
        DealOption option;
        option.name = QStringLiteral("Agreed");
        option.assessment(Party::You).value = you;
        option.assessment(Party::Customer).value = customer;
        option.assessment(Party::You).referencePoint = 0;
        option.assessment(Party::Customer).referencePoint = 0;
        deal.options << option;
        Closing closing;
        closing.at = now.addDays(-daysAgo);
        closing.by = salesperson;
        closing.optionName = option.name;
        closing.walkedAway = walkedAway;
        closing.outcome = outcomeOf(option);
        deal.closing = closing;
        deals << deal;
    };
    make(QStringLiteral("Dana squeeze"), QStringLiteral("Dana"), -10000, 50000, false, 5);
    make(QStringLiteral("Dana again"), QStringLiteral("Dana"), -10000, 50000, false, 4);
    make(QStringLiteral("Eve fair"), QStringLiteral("Eve"), 50000, 50000, false, 3);
    make(QStringLiteral("Eve leaves"), QStringLiteral("Eve"), 0, 0, true, 2);
    const Expected<QList<qint64>> ids = DealRepository(*m_database).insertMany(deals);
    QVERIFY(ids.ok());
    m_ids = ids.value();
}

void TestTeamReview::historyAndFilters()
{
    Ui::TeamReviewWindow window(*m_database, QStringLiteral("Mara"));
    QCOMPARE(window.historyModel()->rowCount(), 4);
    auto *salesperson = window.findChildren<QComboBox *>().at(0);
    salesperson->setCurrentText(QStringLiteral("Eve"));
    QCOMPARE(window.historyModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(window.historyModel()->index(row, int(TeamHistoryColumn::Salesperson)).data().toString(),
                 QStringLiteral("Eve"));
    // Sorting by a header runs in SQL.
    window.historyModel()->sort(int(TeamHistoryColumn::Title), Qt::AscendingOrder);
    QCOMPARE(window.historyModel()->index(0, int(TeamHistoryColumn::Title)).data().toString(),
             QStringLiteral("Eve fair"));
}

void TestTeamReview::dashboard()
{
    Ui::TeamReviewWindow window(*m_database, QStringLiteral("Mara"));
    const QString text = window.dashboardText();
    QVERIFY2(text.contains(QStringLiteral("Concession habit")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Dana squeeze")));
    // Outcome mix: walk-aways are their own category, never counted as a loss.
    const auto series = window.outcomeChart()->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *stacked = qobject_cast<QStackedBarSeries *>(series.at(0));
    QVERIFY(stacked);
    QBarSet *walked = nullptr;
    for (QBarSet *set : stacked->barSets()) {
        if (set->label() == QStringLiteral("walked away"))
            walked = set;
    }
    QVERIFY(walked);
    QCOMPARE(walked->at(1), 1.0); // Eve (second in name order)
    QCOMPARE(walked->at(0), 0.0); // Dana

    // For looking at it: TRIPLEWIN_SCREENSHOT_DIR=/some/dir saves both tabs as PNGs there.
    if (const QString dir = qEnvironmentVariable("TRIPLEWIN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto *tabs = window.findChild<QTabWidget *>();
        window.show();
        tabs->setCurrentIndex(0);
        window.grab().save(dir + QStringLiteral("/team-history.png"));
        tabs->setCurrentIndex(1);
        window.grab().save(dir + QStringLiteral("/team-dashboard.png"));
    }
}

void TestTeamReview::noteReachesTheSalesperson()
{
    const qint64 deal = m_ids.at(0);
    Ui::DealViewer viewer(*m_database, deal, QStringLiteral("Mara"));
    QVERIFY(viewer.isValid());
    QVERIFY(viewer.notesText().contains(QStringLiteral("No coaching notes yet")));
    viewer.findChild<QPlainTextEdit *>(QStringLiteral("newNote"))->setPlainText(QStringLiteral("Try a phased offer."));
    QVERIFY(viewer.addNote());
    QVERIFY(viewer.notesText().contains(QStringLiteral("Try a phased offer.")));
    QVERIFY(viewer.notesText().contains(QStringLiteral("Mara")));

    Ui::MainWindow window(*m_database);
    QVERIFY(window.openDeal(deal));
    QVERIFY(window.editor()->coachingNotesText().contains(QStringLiteral("Try a phased offer.")));
}

void TestTeamReview::pdfReport()
{
    Ui::TeamReviewWindow window(*m_database, QStringLiteral("Mara"));
    const QString path = m_dir.filePath(QStringLiteral("team-report.pdf"));
    QString error;
    QVERIFY2(window.exportReport(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Image")); // the charts are in it
    QVERIFY(pdf.size() > 10000);
    if (const QString dir = qEnvironmentVariable("TRIPLEWIN_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(path, dir + QStringLiteral("/team-report.pdf"));
}

QTEST_MAIN(TestTeamReview)
#include "tst_teamreview.moc"
