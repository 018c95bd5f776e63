// The manager's team review: history from SQL, filters, dashboard with walk-aways as their own category,
// read-only deals with coaching notes the salesperson then sees.

#include <core/models/optionsmodel.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <core/storage/noterepository.h>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
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
    void managerReadsWhyAQuestionableDealClosed();
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
                          int daysAgo, const QString &reason = {}, bool chainAssessed = false) {
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
        if (chainAssessed)
            option.assessment(Party::CustomersCustomer) = Assessment{0, 0, {}};
        deal.options << option;
        DealEnding ending;
        ending.at = now.addDays(-daysAgo);
        ending.by = salesperson;
        ending.optionName = option.name;
        ending.walkedAway = walkedAway;
        ending.outcome = outcomeOf(option);
        ending.reason = reason;
        deal.ending = ending;
        deals << deal;
    };
    make(QStringLiteral("Dana squeeze"), QStringLiteral("Dana"), -10000, 50000, false, 5, QStringLiteral("price"));
    make(QStringLiteral("Dana again"), QStringLiteral("Dana"), -10000, 50000, false, 4, QStringLiteral("price"));
    make(QStringLiteral("Eve fair"), QStringLiteral("Eve"), 50000, 50000, false, 3, {}, true);
    make(QStringLiteral("Eve leaves"), QStringLiteral("Eve"), 0, 0, true, 2, QStringLiteral("timing"));
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
    // Read on a worker (BackgroundReads): the window is there at once and says what it is doing.
    QVERIFY(window.isReadingDashboard());
    QCOMPARE(window.dashboardText(), QStringLiteral("Reading the team's deals…"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Reading the team's deals for the dashboard…"));
    QTRY_VERIFY(!window.isReadingDashboard());
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    // Which team's deals these are: the file (a team server's name on a server, tst_teamserverui).
    auto *source = window.findChild<QLabel *>(QStringLiteral("reviewSource"));
    QVERIFY(source);
    QCOMPARE(source->text(), QDir::toNativeSeparators(QFileInfo(m_database->path()).absoluteFilePath()));
    const QString text = window.dashboardText();
    QVERIFY2(text.contains(QStringLiteral("Concession habit")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Dana squeeze")));
    // Value left on the table per salesperson, where it could be said: Eve's fair deal, all three assessed, closed on
    // its only option, the best for all (nothing left); Dana's have no option where nobody loses to measure against.
    const QString left = text.mid(text.indexOf(QStringLiteral("Value left on the table")));
    QVERIFY2(!left.isEmpty(), qPrintable(text));
    QVERIFY2(left.contains(QStringLiteral("Eve\n1\n0 EUR\n0 EUR\n0 EUR\n0 EUR")), qPrintable(left));
    QVERIFY2(!left.contains(QStringLiteral("Dana")), qPrintable(left));
    // Why deals ended, by outcome and by salesperson (issue 16), a tab of its own: a column per reason given, "none
    // given" last.
    const QString reasons = window.reasonsText();
    QVERIFY2(reasons.startsWith(QStringLiteral("Why deals ended")) && reasons.contains(QStringLiteral("4 deal")),
             qPrintable(reasons));
    const QString byOutcome = reasons.section(QStringLiteral("By salesperson"), 0, 0);
    const QString bySalesperson = reasons.section(QStringLiteral("By salesperson"), 1);
    // A table row in plain text is its cells on lines of their own: "lose/win", "2", "", "", "2".
    const auto row = [](const QString &table, const QString &label) {
        const QStringList lines = table.split(u'\n');
        const qsizetype at = lines.indexOf(label);
        return at < 0 ? QStringList() : lines.mid(at, 5);
    };
    QCOMPARE(row(byOutcome, QStringLiteral("Outcome")),
             (QStringList{QStringLiteral("Outcome"), QStringLiteral("Price"), QStringLiteral("Timing"),
                          QStringLiteral("No reason given"), QStringLiteral("Total")}));
    QCOMPARE(row(byOutcome, QStringLiteral("lose/win")),
             (QStringList{QStringLiteral("lose/win"), QStringLiteral("2"), QString(), QString(), QStringLiteral("2")}));
    QCOMPARE(
        row(byOutcome, QStringLiteral("walked away")),
        (QStringList{QStringLiteral("walked away"), QString(), QStringLiteral("1"), QString(), QStringLiteral("1")}));
    QCOMPARE(
        row(bySalesperson, QStringLiteral("Eve")),
        (QStringList{QStringLiteral("Eve"), QString(), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")}));
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

    // Each bar carries its counts in words under it, so no reading depends on colour.
    auto *axis = qobject_cast<QBarCategoryAxis *>(window.outcomeChart()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories().size(), 2);
    QVERIFY2(axis->categories().at(0).contains(QStringLiteral("2 lose/win")), qPrintable(axis->categories().at(0)));
    QVERIFY2(axis->categories().at(1).contains(QStringLiteral("1 win/win")) &&
                 axis->categories().at(1).contains(QStringLiteral("1 walked away")),
             qPrintable(axis->categories().at(1)));
    QVERIFY(!axis->truncateLabels());
    // And the colours are told apart: CIE76 ΔE of at least 40 between any two endings (the two oranges were 33
    // apart, the two greens 25).
    const auto lab = [](const QColor &colour) {
        const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        const double r = linear(colour.redF()), g = linear(colour.greenF()), b = linear(colour.blueF());
        const auto f = [](double v) { return v > 0.008856 ? std::cbrt(v) : 7.787 * v + 16.0 / 116.0; };
        const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return std::array<double, 3>{116.0 * y - 16.0, 500.0 * (x - y), 200.0 * (y - z)};
    };
    const QList<QBarSet *> sets = stacked->barSets();
    for (qsizetype a = 0; a < sets.size(); ++a) {
        for (qsizetype b = a + 1; b < sets.size(); ++b) {
            const auto x = lab(sets.at(a)->color());
            const auto y = lab(sets.at(b)->color());
            const double distance = std::hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
            QVERIFY2(distance >= 40,
                     qPrintable(
                         QStringLiteral("%1 and %2: %3").arg(sets.at(a)->label(), sets.at(b)->label()).arg(distance)));
        }
    }

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

void TestTeamReview::managerReadsWhyAQuestionableDealClosed()
{
    // A salesperson closed on a dominated option and said why at the gate (issue 16): the manager's read-only view
    // shows the reason, the dominated mark and what was left on the table.
    DealRepository repository(*m_database);
    Deal deal;
    deal.title = QStringLiteral("Gate check");
    deal.customer = QStringLiteral("Globex");
    deal.salesperson = QStringLiteral("Dana");
    const auto option = [](const QString &name, Money you, Money customer) {
        DealOption result;
        result.name = name;
        result.assessment(Party::You) = Assessment{you, 100'000, {}};
        result.assessment(Party::Customer) = Assessment{customer, 100'000, {}};
        result.assessment(Party::CustomersCustomer) = Assessment{0, 0, {}};
        return result;
    };
    deal.options = {option(QStringLiteral("Quick yes"), 150'000, 150'000),
                    option(QStringLiteral("Phased"), 150'000, 180'000)};
    // What the salesperson prepared and gave: the manager reads it too.
    deal.preparation[std::size_t(Core::partyIndex(Party::Customer))] = {
        QStringLiteral("Uptime during the season"), QStringLiteral("Third year together"),
        QStringLiteral("Nordline's quote"), Core::Confidence::High};
    Core::Concession installation;
    installation.date = QDate(2026, 11, 3);
    installation.what = QStringLiteral("Free installation");
    installation.value[0] = -200'000;
    deal.concessions = {installation};
    const Expected<Deal> saved = repository.save(deal);
    QVERIFY(saved.ok());
    QVERIFY(repository
                .closeDeal(saved.value().id, saved.value().options.at(0).id, QStringLiteral("Dana"),
                           QDateTime::currentDateTimeUtc(), QStringLiteral("They would not wait for phase two."),
                           {QStringLiteral("timing"), QStringLiteral("Their board meets in June")})
                .ok());

    Ui::DealViewer viewer(*m_database, saved.value().id, QStringLiteral("Mara"));
    QVERIFY(viewer.isValid());
    const QString summary = viewer.findChild<QLabel *>(QStringLiteral("dealSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("closed anyway because: They would not wait for phase two.")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Value left on the table against “Phased”")), qPrintable(summary));
    for (const QString &read : {QStringLiteral("Why it ended: Timing — Their board meets in June"),
                                QStringLiteral("Uptime during the season"), QStringLiteral("Third year together"),
                                QStringLiteral("Nordline's quote"), QStringLiteral("Free installation"),
                                QStringLiteral("1 given for nothing in return")})
        QVERIFY2(summary.contains(read), qPrintable(read + QStringLiteral(" is not in: ") + summary));
    QVERIFY(viewer.findChildren<QLineEdit *>().isEmpty() && viewer.findChildren<QPlainTextEdit *>().size() <= 1);
    auto *table = viewer.findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(table->model()->index(0, OptionsModel::OutcomeColumn).data(OptionsModel::MarksRole).toStringList(),
             QStringList{QStringLiteral("Dominated by 2")});
    QVERIFY(repository.moveToTrash(saved.value().id).ok()); // the other tests count four deals
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

    // What is printed: the deals behind the charts as a table, and charts drawn at their printed size (600 points
    // wide, three pixels a point), so their 10 pt type prints at 10 pt, not at two thirds of it.
    QTextDocument report;
    window.fillReport(&report);
    const QString text = report.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Deal history")), qPrintable(text));
    for (const QString &title : {QStringLiteral("Dana squeeze"), QStringLiteral("Dana again"),
                                 QStringLiteral("Eve fair"), QStringLiteral("Eve leaves")})
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(text.contains(QStringLiteral("walked away")));
    QVERIFY2(text.contains(QStringLiteral("Why deals ended")) && text.contains(QStringLiteral("No reason given")),
             qPrintable(text)); // the reasons print too
    const QImage chart =
        report.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://outcomes"))).value<QImage>();
    QCOMPARE(chart.size(), QSize(1800, 1020));
    QCOMPARE(chart.devicePixelRatio(), 3.0);
    QCOMPARE(window.outcomeChart()->chart()->titleFont(), window.font()); // the window's type is back
    if (const QString dir = qEnvironmentVariable("TRIPLEWIN_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(path, dir + QStringLiteral("/team-report.pdf"));
}

QTEST_MAIN(TestTeamReview)
#include "tst_teamreview.moc"
