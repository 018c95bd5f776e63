#include "teamreviewwindow.h"

#include "accessiblenames.h"
#include "chartownership.h"
#include "dealviewer.h"
#include "habitspanel.h"
#include "screenfit.h"

#include <algorithm>
#include <core/domain/amount.h>
#include <core/settings/habitsettings.h>
#include <core/storage/database.h>
#include <functional>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

namespace {

// Good outcomes green, a walk-away its own blue (never a loss), losses red and orange, unknown grey.
/// Colours at least 40 apart (CIE76 ΔE) from each other, mostly Okabe–Ito, which are told apart with the common
/// colour-vision deficiencies: green for the good endings, orange and purple for the one-sided ones, red for
/// lose/lose, blue for a walk-away, grey for not assessed. The words under each bar (and its accessible
/// description) carry the same counts, so no reading depends on colour.
QColor endingColour(Ending ending)
{
    switch (ending) {
    case Ending::WinWinWin:
        return QColor(0x00, 0x9E, 0x73);
    case Ending::WinWin:
        return QColor(0xA6, 0xD9, 0x6A);
    case Ending::WalkedAway:
        return QColor(0x00, 0x72, 0xB2);
    case Ending::WinLose:
        return QColor(0xE6, 0x9F, 0x00);
    case Ending::LoseWin:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple: never a second orange beside win/lose
    case Ending::LoseLose:
        return QColor(0xB0, 0x1C, 0x1C);
    case Ending::Unknown:
        return QColor(0xDD, 0xDD, 0xDD);
    }
    return Qt::gray;
}

} // namespace

TeamReviewWindow::TeamReviewWindow(Database &database, const QString &manager, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_manager(manager)
    , m_repository(database)
    , m_coach(database)
    , m_model(new TeamHistoryModel(m_repository, this))
    , m_salesperson(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_outcomeChart(new QChartView(this))
    , m_rqChart(new QChartView(this))
    , m_habits(new QTextBrowser(this))
    , m_reasons(new QTextBrowser(this))
    , m_reads(new BackgroundReads(database, this))
{
    setWindowTitle(database.isServer() ? tr("Team Review — %1 — Triplewin").arg(database.displayName())
                                       : tr("Team Review — Triplewin"));
    resizeWithinScreen(this, QSize(1300, 820));

    m_status->addItem(tr("Any status"), -1);
    for (DealStatus status :
         {DealStatus::Preparing, DealStatus::Negotiating, DealStatus::Closed, DealStatus::WalkedAway})
        m_status->addItem(statusName(status), int(status));
    m_outcome->addItem(tr("Any outcome"), -1);
    for (int ending = 0; ending < EndingCount; ++ending)
        m_outcome->addItem(endingName(Ending(ending)), ending);
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_search->setPlaceholderText(tr("Search deal, customer or salesperson"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search, tr("Clear the search"));
    m_search->setAccessibleName(tr("Search deal, customer or salesperson"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_outcome->setAccessibleName(tr("Filter by outcome"));
    m_period->setAccessibleName(tr("Filter by period"));

    auto *filters = new QHBoxLayout;
    auto *salespersonLabel = new QLabel(tr("&Salesperson:"), this);
    salespersonLabel->setBuddy(m_salesperson);
    m_salesperson->setAccessibleName(tr("Filter by salesperson"));
    filters->addWidget(salespersonLabel);
    filters->addWidget(m_salesperson);
    filters->addWidget(m_status);
    filters->addWidget(m_outcome);
    filters->addWidget(m_period);
    filters->addWidget(m_search, 1);
    auto *report = new QPushButton(tr("Export &Report…"), this);
    report->setToolTip(tr("Save the dashboard as a PDF to share"));
    filters->addWidget(report);
    connect(report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Team Report"), tr("team-report.pdf"),
                                                          tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error))
            QMessageBox::warning(this, tr("Export Team Report"), error);
    });

    m_table->setObjectName(QStringLiteral("teamHistory"));
    m_table->setAccessibleName(tr("Team deal history"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(TeamHistoryColumn::Created), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(int(TeamHistoryColumn::Title), QHeaderView::Stretch);
    // Each column at least as wide as its heading in the language shown ("Kunde Ihres Kunden" was cut at 100 px).
    for (int column = 0; column < TeamHistoryColumnCount; ++column)
        if (column != int(TeamHistoryColumn::Title))
            m_table->setColumnWidth(
                column, std::max(m_table->columnWidth(column), m_table->horizontalHeader()->sectionSizeHint(column)));
    m_table->verticalHeader()->hide();

    m_habits->setOpenLinks(false);
    m_habits->setAccessibleName(tr("Habits per salesperson"));
    m_outcomeChart->setAccessibleName(tr("Outcome mix per salesperson"));
    m_outcomeChart->viewport()->setAccessibleName(m_outcomeChart->accessibleName());
    m_rqChart->setAccessibleName(tr("Relational quotient per salesperson"));
    m_rqChart->viewport()->setAccessibleName(m_rqChart->accessibleName());
    m_outcomeChart->setRenderHint(QPainter::Antialiasing);
    m_rqChart->setRenderHint(QPainter::Antialiasing);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_outcomeChart);
    charts->addWidget(m_rqChart);
    auto *dashboard = new QSplitter(Qt::Vertical, this);
    dashboard->addWidget(charts);
    dashboard->addWidget(m_habits);

    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("History and dashboard"));
    tabs->addTab(m_table, tr("&History"));
    tabs->addTab(dashboard, tr("&Dashboard"));
    m_reasons->setObjectName(QStringLiteral("endingReasons"));
    m_reasons->setAccessibleName(tr("Why deals ended"));
    tabs->addTab(m_reasons, tr("&Why Deals Ended"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(tabs, 1);
    setCentralWidget(central);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &TeamReviewWindow::applyFilter);
    for (QComboBox *combo : {m_salesperson, m_status, m_outcome, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &TeamReviewWindow::applyFilter);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openDeal(m_model->dealIdAt(index.row())); });
    connect(m_habits, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"deal")
            openDeal(url.path().toLongLong());
    });
    connect(m_model, &TeamHistoryModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Team Review"), message); });
    // Which team's deals these are: the database, as the main window's title names it.
    auto *source = new QLabel(database.isServer()       ? tr("Team server %1").arg(database.displayName())
                              : database.canOpenAgain() ? displayPath(database.path())
                                                        : QString(),
                              this);
    source->setObjectName(QStringLiteral("reviewSource"));
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(source);
    connect(m_reads, &BackgroundReads::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Reading the team's deals for the dashboard…"));
        else
            statusBar()->clearMessage();
    });
    refresh();
}

void TeamReviewWindow::refresh()
{
    {
        const QSignalBlocker blocker(m_salesperson);
        const QString current = m_salesperson->currentText();
        m_salesperson->clear();
        m_salesperson->addItem(tr("Everyone"));
        const Expected<QStringList> people = m_coach.repository().salespeople();
        if (people.ok())
            m_salesperson->addItems(people.value());
        const int index = m_salesperson->findText(current);
        m_salesperson->setCurrentIndex(std::max(0, index));
    }
    applyFilter();
    refreshDashboard();
}

void TeamReviewWindow::applyFilter()
{
    TeamHistoryFilter filter = m_model->filter();
    filter.salesperson = m_salesperson->currentIndex() > 0 ? m_salesperson->currentText() : QString();
    const int status = m_status->currentData().toInt();
    filter.status = status < 0 ? std::nullopt : std::optional<DealStatus>(DealStatus(status));
    const int ending = m_outcome->currentData().toInt();
    filter.ending = ending < 0 ? std::nullopt : std::optional<Ending>(Ending(ending));
    const int days = m_period->currentData().toInt();
    filter.createdFrom = days > 0 ? QDate::currentDate().addDays(-days) : QDate();
    filter.search = m_search->text();
    m_model->setFilter(filter);
}

TeamReviewWindow::Dashboard TeamReviewWindow::emptyDashboard()
{
    const QDate today = QDate::currentDate();
    Dashboard dashboard;
    dashboard.months = HabitSettings::rqMonths();
    const QDate first = today.addMonths(1 - dashboard.months);
    dashboard.from = QDate(first.year(), first.month(), 1);
    dashboard.to = today;
    dashboard.thresholds = HabitSettings::thresholds();
    return dashboard;
}

Expected<TeamReviewWindow::Dashboard> TeamReviewWindow::readDashboard(Database &database, Dashboard dashboard,
                                                                      const BackgroundReads::Wanted &wanted)
{
    // Three reads; between them, whether it is still wanted (a newer refresh, or the window closing).
    const StorageError unwanted{StorageError::Kind::Cancelled, {}, {}}; // dropped, never shown
    Coach coach(database);
    Expected<QList<HabitReport>> team = coach.teamReport(dashboard.thresholds, dashboard.from, dashboard.to);
    if (!team.ok())
        return team.error();
    dashboard.team = std::move(team).value();
    if (!wanted())
        return unwanted;
    // The value left and the reasons are parts of their own: when one cannot be read, it says so in its place and
    // the rest is shown.
    Expected<QList<ValueLeftSum>> valueLeft = coach.repository().valueLeftBySalesperson(dashboard.from, dashboard.to);
    if (valueLeft.ok())
        dashboard.valueLeft = std::move(valueLeft).value();
    else
        dashboard.valueLeftError = valueLeft.error().fullText();
    if (!wanted())
        return unwanted;
    Expected<QList<ReasonCount>> reasons = coach.repository().endingReasons(std::nullopt, dashboard.from, dashboard.to);
    if (reasons.ok())
        dashboard.reasons = std::move(reasons).value();
    else
        dashboard.reasonsError = reasons.error().fullText();
    return dashboard;
}

void TeamReviewWindow::refreshDashboard()
{
    // On the team's whole history this takes a while (half a second on a million deals on a team server): on a
    // worker, with the dashboard as it was (or a line saying it is being read) meanwhile.
    if (!m_dashboardShown)
        m_habits->setPlainText(tr("Reading the team's deals…"));
    m_reads->read<Dashboard>(
        [empty = emptyDashboard()](Database &database, const BackgroundReads::Wanted &wanted) {
            return readDashboard(database, empty, wanted);
        },
        [this](const Expected<Dashboard> &dashboard) { showDashboard(dashboard); });
}

void TeamReviewWindow::showDashboard(const Expected<Dashboard> &read)
{
    if (!read.ok()) {
        // Nothing of what was shown stays as if it were current: the charts empty, the error on both tabs.
        m_habits->setPlainText(read.error().fullText());
        m_reasons->setPlainText(read.error().fullText());
        replaceChart(m_outcomeChart, new QChart);
        replaceChart(m_rqChart, new QChart);
        m_dashboardShown = false;
        return;
    }
    m_dashboardShown = true;
    const Dashboard &dashboard = read.value();
    const QList<HabitReport> &team = dashboard.team;
    QStringList people;
    for (const HabitReport &report : team)
        people << report.salesperson;
    // Under each bar, its counts in words: "Dana / 3 win/win / 1 lose/win". Numbered, as the axis drops
    // duplicate labels.
    QStringList barLabels;

    // The charts in words, for a screen reader (and the same counts the bars show).
    QStringList mixWords;
    QStringList rqWords;
    for (const HabitReport &report : team) {
        QStringList counts;
        for (int ending = 0; ending < EndingCount; ++ending) {
            if (const qint64 count = report.counts[Ending(ending)])
                counts << QStringLiteral("%1 %2").arg(count).arg(endingName(Ending(ending)));
        }
        if (report.toAssessCount > 0)
            counts << tr("%n to assess", nullptr, int(report.toAssessCount));
        mixWords << tr("%1: %2.").arg(report.salesperson,
                                      counts.isEmpty() ? tr("no ended deals") : counts.join(QStringLiteral(", ")));
        barLabels << QStringLiteral("<b>%1</b><br>%2")
                         .arg(report.salesperson.toHtmlEscaped(),
                              (counts.isEmpty() ? tr("no ended deals") : counts.join(u'\n'))
                                  .toHtmlEscaped()
                                  .replace(u'\n', QStringLiteral("<br>")));
        rqWords << (report.rq ? tr("%1: RQ %2.").arg(report.salesperson).arg(*report.rq)
                              : tr("%1: no RQ yet.").arg(report.salesperson));
    }
    const QString none = tr("No ended deals yet.");
    m_outcomeChart->setAccessibleDescription(mixWords.isEmpty() ? none : mixWords.join(u' '));
    m_outcomeChart->viewport()->setAccessibleDescription(m_outcomeChart->accessibleDescription());
    m_rqChart->setAccessibleDescription(rqWords.isEmpty() ? none : rqWords.join(u' '));
    m_rqChart->viewport()->setAccessibleDescription(m_rqChart->accessibleDescription());

    // Outcome mix per salesperson: one stacked bar each; walk-aways are their own category, never a loss.
    auto *mix = new QChart;
    mix->setTitle(tr("Outcome mix per salesperson, last %n month(s)", nullptr, dashboard.months));
    auto *stacked = new QStackedBarSeries(mix);
    for (int ending = 0; ending < EndingCount; ++ending) {
        if (Ending(ending) == Ending::Unknown)
            continue; // unassessed endings do not count: they are listed to assess below
        auto *set = new QBarSet(endingName(Ending(ending)), stacked);
        set->setColor(endingColour(Ending(ending)));
        set->setBorderColor(endingColour(Ending(ending)).darker(150)); // a light grey segment still has an edge
        for (const HabitReport &report : team)
            set->append(qreal(report.counts[Ending(ending)]));
        stacked->append(set);
    }
    mix->addSeries(stacked);
    auto *mixAxis = new QBarCategoryAxis(mix);
    mixAxis->setTruncateLabels(false); // Qt measures rich text by its markup; the words are short
    mixAxis->append(barLabels);
    mix->addAxis(mixAxis, Qt::AlignBottom);
    stacked->attachAxis(mixAxis);
    qint64 most = 1;
    for (const HabitReport &report : team)
        most = std::max(most, report.counts.total());
    auto *countAxis = new QValueAxis(mix);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    // Whole deals only: ticks at whole numbers, about five of them.
    // Up to a whole tick above the tallest bar, so that its top is on the scale.
    const qint64 interval = std::max<qint64>(1, (most + 4) / 5);
    countAxis->setRange(0, double((most + interval - 1) / interval * interval));
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0);
    countAxis->setTickInterval(double(interval));
    countAxis->setTitleText(tr("ended deals"));
    mix->addAxis(countAxis, Qt::AlignLeft);
    stacked->attachAxis(countAxis);
    // Seven endings do not fit in a row under a chart half a screen (or a page) wide: one per line, beside it.
    mix->legend()->setAlignment(Qt::AlignRight);
    replaceChart(m_outcomeChart, mix);

    // RQ per salesperson.
    auto *rq = new QChart;
    rq->setTitle(tr("Relational quotient per salesperson"));
    rq->legend()->hide();
    auto *bars = new QBarSeries(rq);
    auto *values = new QBarSet(tr("RQ"), bars);
    values->setColor(QColor(0x00, 0x72, 0xB2));
    for (const HabitReport &report : team)
        values->append(report.rq.value_or(0));
    bars->append(values);
    bars->setLabelsVisible(true);
    // Above each bar, in the text colour: a low RQ (or none yet, drawn as 0) has no room inside its bar.
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    values->setLabelColor(palette().color(QPalette::WindowText));
    rq->addSeries(bars);
    auto *rqAxis = new QBarCategoryAxis(rq);
    rqAxis->setTruncateLabels(false);
    rqAxis->append(people);
    rq->addAxis(rqAxis, Qt::AlignBottom);
    bars->attachAxis(rqAxis);
    auto *scale = new QValueAxis(rq);
    scale->setRange(0, 100);
    scale->setLabelFormat(QStringLiteral("%d"));
    rq->addAxis(scale, Qt::AlignLeft);
    bars->attachAxis(scale);
    replaceChart(m_rqChart, rq);

    // Habit flags per salesperson, with their evidence.
    const QLocale locale;
    QString html;
    if (team.isEmpty())
        html = tr("<p>No ended deals yet. When the team closes deals or walks away from them, their outcome mix, "
                  "relational quotient and habits appear here.</p>");
    for (const HabitReport &report : team) {
        html +=
            QStringLiteral("<h3>%1 — RQ %2</h3>")
                .arg(report.salesperson.toHtmlEscaped(), report.rq ? QString::number(*report.rq) : QStringLiteral("–"));
        if (report.flags.isEmpty())
            html += tr("<p>No habits flagged.</p>");
        for (const HabitFlag &flag : report.flags) {
            // About someone else: by name, never "your".
            html += QStringLiteral("<p><b>%1</b>: %2. %3</p><ul>")
                        .arg(flag.title().toHtmlEscaped(), flag.strength(report.salesperson).toHtmlEscaped(),
                             flag.explanation(report.salesperson).toHtmlEscaped());
            for (const EndedDeal &deal : flag.evidence)
                html += QStringLiteral("<li><a href=\"deal:%1\">%2</a> — %3, %4</li>")
                            .arg(deal.id)
                            .arg(deal.title.toHtmlEscaped(), deal.customer.toHtmlEscaped(),
                                 locale.toString(deal.endedAt.toLocalTime().date(), QLocale::ShortFormat));
            html += QStringLiteral("</ul>");
        }
        html += HabitsPanel::toAssessHtml(report, report.salesperson);
    }
    html += dashboard.valueLeftError.isEmpty()
                ? valueLeftHtml(dashboard.valueLeft, dashboard.from)
                : QStringLiteral("<p>%1</p>").arg(dashboard.valueLeftError.toHtmlEscaped());
    m_habits->setHtml(html);
    if (!dashboard.reasonsError.isEmpty()) {
        m_reasons->setPlainText(dashboard.reasonsError);
        return;
    }
    const QString reasons = reasonsHtml(dashboard.reasons, dashboard.from);
    m_reasons->setHtml(reasons.isEmpty() ? tr("<p>No deal ended in the last %n month(s). When the team closes deals or "
                                              "walks away from them, why they ended is counted here, by outcome and "
                                              "by salesperson.</p>",
                                              nullptr, dashboard.months)
                                         : reasons);
}

QString TeamReviewWindow::valueLeftHtml(const QList<ValueLeftSum> &sums, const QDate &from)
{
    if (sums.isEmpty())
        return {};
    const QLocale locale;
    QString html = tr("<h2>Value left on the table</h2><p>Per salesperson, what the deals they closed since %1 left on "
                      "the table against each deal's best option for all (the greatest sum of surpluses where nobody "
                      "loses), as it stood when each deal closed. Positive: that party could have had more.</p>")
                       .arg(locale.toString(from, QLocale::ShortFormat));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    for (const QString &heading : {tr("Salesperson"), tr("Closed deals"), partyName(Party::You),
                                   partyName(Party::Customer), partyName(Party::CustomersCustomer), tr("Total")})
        html += QStringLiteral("<th>%1</th>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const ValueLeftSum &sum : sums) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>")
                    .arg(sum.salesperson.toHtmlEscaped())
                    .arg(sum.deals);
        for (qint64 amount : sum.perParty)
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(tr("%1 %2").arg(formatAmount(amount, locale), sum.currency).toHtmlEscaped());
        html += QStringLiteral("<td align=\"right\"><b>%1</b></td></tr>")
                    .arg(tr("%1 %2").arg(formatAmount(sum.total(), locale), sum.currency).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString TeamReviewWindow::reasonsHtml(const QList<ReasonCount> &counts, const QDate &from)
{
    const ReasonTable byEnding = reasonsByEnding(counts);
    if (byEnding.isEmpty())
        return {};
    // One table per grouping: a row each, a column per reason given, the totals last.
    const auto table = [](const ReasonTable &reasons, const QString &corner) -> QString {
        QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th>")
                           .arg(corner.toHtmlEscaped());
        for (const QString &reason : reasons.reasons)
            html += QStringLiteral("<th>%1</th>").arg(reasonColumnName(reason).toHtmlEscaped());
        html += QStringLiteral("<th>%1</th></tr>").arg(tr("Total"));
        for (const ReasonTable::Row &row : reasons.rows) {
            html += QStringLiteral("<tr><td>%1</td>").arg(row.label.toHtmlEscaped());
            for (qint64 count : row.counts)
                html +=
                    QStringLiteral("<td align=\"right\">%1</td>").arg(count > 0 ? QString::number(count) : QString());
            html += QStringLiteral("<td align=\"right\"><b>%1</b></td></tr>").arg(row.total);
        }
        return html + QStringLiteral("</table>");
    };
    return tr("<h2>Why deals ended</h2><p>%n deal(s) ended since %1, counted by the main reason given when they "
              "were closed or walked away from (or the CRM's lost reason).</p>",
              nullptr, int(byEnding.total))
               .arg(QLocale().toString(from, QLocale::ShortFormat)) +
           QStringLiteral("<h3>%1</h3>").arg(tr("By outcome")) + table(byEnding, tr("Outcome")) +
           QStringLiteral("<h3>%1</h3>").arg(tr("By salesperson")) +
           table(reasonsBySalesperson(counts), tr("Salesperson"));
}

void TeamReviewWindow::fillReport(QTextDocument *document)
{
    // The report says what the team's deals say now: read here, on this thread (the user asked for the file and waits
    // for it), and shown too; a read on the worker from before it would be older.
    m_reads->dropPending();
    showDashboard(readDashboard(m_database, emptyDashboard(), [] { return true; }));
    // Render each chart at a fixed size, whatever the window's layout is now.
    const auto render = [](QChartView *view) {
        // Render the chart itself at the size it is printed (600 of the page's 680 points, so its type prints at
        // its own 10 pt instead of two thirds of it), three times over for sharpness; the view may be hidden or
        // laid out at any size now.
        const QSizeF size(600, 340);
        QChart *chart = view->chart();
        const QRectF old = chart->geometry();
        // Each text in 10 pt for the page, then back to the window's type.
        const auto setType = [chart](const std::function<QFont(const QFont &)> &font) {
            chart->setTitleFont(font(chart->titleFont()));
            chart->legend()->setFont(font(chart->legend()->font()));
            const auto axes = chart->axes();
            for (QAbstractAxis *axis : axes) {
                axis->setLabelsFont(font(axis->labelsFont()));
                axis->setTitleFont(font(axis->titleFont()));
            }
        };
        QList<QFont> shown;
        setType([&shown](const QFont &font) {
            shown << font;
            QFont printed = font;
            printed.setPointSizeF(10);
            return printed;
        });
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        if (chart->layout())
            chart->layout()->activate(); // lays out axes and series at once (no posted layout request needed)
        QImage image((size * 3).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(3);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), chart->geometry());
        painter.end();
        setType([&shown](const QFont &) { return shown.takeFirst(); });
        chart->setGeometry(old);
        return image;
    };
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://outcomes")),
                          render(m_outcomeChart));
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://rq")), render(m_rqChart));
    const QString title = tr("Team report, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    document->setHtml(QStringLiteral("<h1>%1</h1><p><img src=\"chart://outcomes\" width=\"600\"></p>"
                                     "<p><img src=\"chart://rq\" width=\"600\"></p>%2%3%4")
                          .arg(title.toHtmlEscaped(), m_habits->toHtml(), m_reasons->toHtml(), historyHtml()));
}

bool TeamReviewWindow::exportReport(const QString &path, QString *error)
{
    QTextDocument document;
    fillReport(&document);
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Triplewin"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = tr("Cannot write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString TeamReviewWindow::historyHtml()
{
    // The deals behind the charts, as filtered in the window, up to a few pages' worth.
    constexpr int MostRows = 500;
    while (m_model->rowCount() < MostRows && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int rows = std::min(m_model->rowCount(), MostRows);
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Deal history").toHtmlEscaped());
    if (rows == 0)
        return html + QStringLiteral("<p>%1</p>").arg(tr("No deals match the filters.").toHtmlEscaped());
    if (m_model->canFetchMore({}) || m_model->rowCount() > rows)
        html += QStringLiteral("<p>%1</p>").arg(tr("The first %n deals in the window's order.", nullptr, rows));
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size: 8pt\"><thead><tr>");
    const int columns = m_model->columnCount();
    for (int column = 0; column < columns; ++column)
        html +=
            QStringLiteral("<th>%1</th>").arg(m_model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (int row = 0; row < rows; ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < columns; ++column) {
            const QModelIndex cell = m_model->index(row, column);
            const bool right = cell.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(right ? QStringLiteral(" align=\"right\"") : QString(),
                             cell.data().toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString TeamReviewWindow::dashboardText() const
{
    return m_habits->toPlainText();
}

QString TeamReviewWindow::reasonsText() const
{
    return m_reasons->toPlainText();
}

void TeamReviewWindow::openDeal(qint64 id)
{
    if (id <= 0)
        return;
    DealViewer viewer(m_database, id, m_manager, this);
    if (!viewer.isValid()) {
        QMessageBox::warning(this, tr("Open Deal"), viewer.errorText());
        return;
    }
    viewer.exec();
}

} // namespace Triplewin::Ui
