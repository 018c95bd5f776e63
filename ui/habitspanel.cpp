#include "habitspanel.h"

#include "appearance.h"
#include "chartownership.h"

#include <algorithm>
#include <core/domain/deal.h>
#include <core/settings/habitsettings.h>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

HabitsPanel::HabitsPanel(Coach &coach, QWidget *parent)
    : QWidget(parent)
    , m_coach(coach)
    , m_salesperson(new QComboBox(this))
    , m_rq(new QLabel(this))
    , m_rqCaption(new QLabel(this))
    , m_flags(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("habitsPanel"));
    m_salesperson->setObjectName(QStringLiteral("coachSalesperson"));
    m_salesperson->setAccessibleName(tr("Coach for salesperson"));
    m_salesperson->setEditable(true);
    m_salesperson->lineEdit()->setAccessibleName(m_salesperson->accessibleName());
    m_salesperson->setInsertPolicy(QComboBox::NoInsert);
    m_salesperson->setToolTip(tr("Whose habits to show"));

    m_rq->setObjectName(QStringLiteral("rqValue"));
    QFont big = m_rq->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_rq->setFont(big);
    m_rq->setAlignment(Qt::AlignCenter);
    m_rq->setMinimumWidth(m_rq->fontMetrics().horizontalAdvance(QStringLiteral("100")) + 16);
    m_rqCaption->setWordWrap(true);
    auto *formula = new QPushButton(tr("How is this computed?"), this);
    formula->setObjectName(QStringLiteral("rqFormulaButton"));
    formula->setFlat(true);
    formula->setCursor(Qt::PointingHandCursor);

    m_flags->setObjectName(QStringLiteral("habitFlags"));
    m_flags->setAccessibleName(tr("Habits flagged"));
    m_flags->setOpenLinks(false);
    m_flags->setFrameShape(QFrame::NoFrame);

    auto *who = new QHBoxLayout;
    who->addWidget(new QLabel(tr("Coach for:"), this));
    who->addWidget(m_salesperson, 1);
    auto *score = new QHBoxLayout;
    score->addWidget(m_rq);
    auto *captionColumn = new QVBoxLayout;
    captionColumn->addWidget(m_rqCaption);
    captionColumn->addWidget(formula, 0, Qt::AlignLeft);
    score->addLayout(captionColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addLayout(score);
    layout->addWidget(m_flags, 1);

    connect(formula, &QPushButton::clicked, this, &HabitsPanel::showFormula);
    connect(m_flags, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"deal")
            Q_EMIT dealActivated(url.path().toLongLong());
    });
    connect(m_salesperson, &QComboBox::currentTextChanged, this, &HabitsPanel::refresh);
}

void HabitsPanel::setSalesperson(const QString &salesperson)
{
    const QSignalBlocker blocker(m_salesperson);
    m_salesperson->clear();
    const Expected<QStringList> known = m_coach.repository().salespeople();
    QStringList names = known.ok() ? known.value() : QStringList();
    // The same person however their name was written ("dana scott" is "Dana Scott"): one entry, not two.
    const QString key = nameKey(salesperson);
    const auto same =
        std::find_if(names.cbegin(), names.cend(), [&key](const QString &name) { return nameKey(name) == key; });
    const QString shown = same != names.cend() ? *same : salesperson;
    if (!salesperson.isEmpty() && same == names.cend())
        names.prepend(salesperson);
    m_salesperson->addItems(names);
    m_salesperson->setCurrentText(shown);
    refresh();
}

void HabitsPanel::themeTrend()
{
    // The chart follows the palette, light or dark (Settings ▸ Appearance); setTheme() resets the bars' colour.
    QChart *chart = m_trend->chart();
    chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsColor(palette().color(QPalette::Text));
    m_trendSet->setColor(QColor(0x00, 0x72, 0xB2));
    m_trendSet->setLabelColor(Qt::white); // inside the blue bar: 5.3:1
}

void HabitsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_trend && event->type() == QEvent::PaletteChange)
        themeTrend();
}

void HabitsPanel::buildTrend()
{
    if (m_trend)
        return;
    m_trend = new QChartView(this);
    m_trendSet = new QBarSet(tr("RQ"));
    m_trendAxis = new QBarCategoryAxis;
    auto *chart = new QChart;
    chart->setTitle(tr("RQ per month"));
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *series = new QBarSeries(chart);
    series->append(m_trendSet);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *values = new QValueAxis(chart);
    values->setRange(0, 100);
    values->setTickCount(3);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_trendAxis, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(m_trendAxis);
    series->attachAxis(values);
    replaceChart(m_trend, chart);
    themeTrend();
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(170);
    m_trend->setObjectName(QStringLiteral("rqTrend"));
    // Between the score and the flags.
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_flags), m_trend);
}

QString HabitsPanel::salesperson() const
{
    return m_salesperson->currentText().trimmed();
}

void HabitsPanel::refresh()
{
    const QDate today = QDate::currentDate();
    const QDate from = today.addMonths(1 - HabitSettings::rqMonths());
    const Expected<HabitReport> report =
        m_coach.report(salesperson(), HabitSettings::thresholds(), QDate(from.year(), from.month(), 1), today);
    if (!report.ok()) {
        m_report = HabitReport();
        m_flags->setPlainText(report.error().fullText());
        return;
    }
    m_report = report.value();
    showReport();
}

void HabitsPanel::showReport()
{
    const QLocale locale;
    const QString name = m_report.salesperson.isEmpty() ? tr("you") : m_report.salesperson.toHtmlEscaped();
    if (m_report.rq) {
        m_rq->setText(locale.toString(*m_report.rq));
        m_rqCaption->setText(tr("Relational quotient over the last %n month(s).", nullptr, HabitSettings::rqMonths()) +
                             u' ' + tr("Ended deals counted: %1.").arg(m_report.counts.total()));
    } else {
        m_rq->setText(QStringLiteral("–"));
        m_rqCaption->setText(tr("No relational quotient yet: it needs at least one ended deal."));
    }

    QStringList months;
    QList<qreal> values;
    for (const RqPoint &point : std::as_const(m_report.monthly)) {
        // Month names repeat after a year, and the category axis drops repeated labels.
        months << locale.toString(point.month,
                                  HabitSettings::rqMonths() > 12 ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
        values << point.rq;
    }
    if (months.isEmpty()) {
        if (m_trend)
            m_trend->hide();
    } else {
        buildTrend();
        m_trend->show();
        m_trend->chart()->setTitle(
            tr("RQ per month, %1 – %2")
                .arg(locale.toString(m_report.monthly.constFirst().month, QStringLiteral("MMM yyyy")),
                     locale.toString(m_report.monthly.constLast().month, QStringLiteral("MMM yyyy"))));
        m_trendSet->remove(0, m_trendSet->count());
        m_trendSet->append(values);
        m_trendAxis->clear();
        m_trendAxis->append(months);
    }

    QString html;
    if (m_report.recent.isEmpty() && !m_report.toAssess.isEmpty()) {
        html = tr("<p><b>No assessed endings yet for %1.</b> Habits and the RQ need deals whose value for each "
                  "party is known.</p>")
                   .arg(name);
    } else if (m_report.recent.isEmpty()) {
        html = tr("<p><b>No ended deals yet for %1.</b></p><p>When you close a deal with the option you agreed on, "
                  "or walk away from one, the coach looks at your most recent ended deals and points out habits "
                  "that are forming: giving in to close (lose/win), pushing customers into a loss (win/lose), "
                  "forgetting their customer, never walking away. Each flag names the deals that show it.</p>")
                   .arg(name);
    } else if (m_report.flags.isEmpty()) {
        html = tr("<p><b>No habits flagged.</b> Your last %n ended deal(s) show no pattern of concessions, hard "
                  "bargains, blind spots or avoided walk-aways. Keep it up.</p>",
                  nullptr, int(m_report.recent.size()));
    } else {
        for (const HabitFlag &flag : std::as_const(m_report.flags)) {
            html += QStringLiteral("<h3>%1</h3><p><b>%2</b>, %3.</p><p>%4</p><ul>")
                        .arg(flag.title().toHtmlEscaped(), flag.strength().toHtmlEscaped(),
                             tr("since %1").arg(locale.toString(flag.since.toLocalTime().date(), QLocale::ShortFormat)),
                             flag.explanation().toHtmlEscaped());
            for (const EndedDeal &deal : flag.evidence) {
                const QString what = deal.walkedAway ? tr("walked away") : outcomeName(deal.outcome);
                html += QStringLiteral("<li><a href=\"deal:%1\">%2</a> — %3, %4, %5</li>")
                            .arg(deal.id)
                            .arg(deal.title.toHtmlEscaped(), deal.customer.toHtmlEscaped(), what,
                                 locale.toString(deal.endedAt.toLocalTime().date(), QLocale::ShortFormat));
            }
            html += QStringLiteral("</ul>");
        }
    }
    html += toAssessHtml(m_report);
    m_flags->setHtml(html);
}

QString HabitsPanel::toAssessHtml(const HabitReport &report, const QString &salesperson)
{
    if (report.toAssess.isEmpty())
        return {};
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                       .arg(tr("To assess (%1)").arg(locale.toString(report.toAssessCount)),
                            (salesperson.isEmpty()
                                 ? tr("These deals ended without a value for each party (won or lost in the CRM, or "
                                      "closed with a value missing), so they count in neither your habits nor your "
                                      "RQ. Open one, reopen it, enter the three values and close it again.")
                                 : tr("These deals of %1 ended without a value for each party (won or lost in the "
                                      "CRM, or closed with a value missing), so they count in neither the habits "
                                      "nor the RQ above until they are assessed.")
                                       .arg(salesperson))
                                .toHtmlEscaped());
    for (const EndedDeal &deal : report.toAssess)
        html += QStringLiteral("<li><a href=\"deal:%1\">%2</a> — %3, %4</li>")
                    .arg(deal.id)
                    .arg(deal.title.toHtmlEscaped(), deal.customer.toHtmlEscaped(),
                         locale.toString(deal.endedAt.toLocalTime().date(), QLocale::ShortFormat));
    if (report.toAssessCount > report.toAssess.size())
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("and %n more", nullptr, int(report.toAssessCount - report.toAssess.size())));
    return html + QStringLiteral("</ul>");
}

QString HabitsPanel::flagsText() const
{
    return m_flags->toPlainText();
}

void HabitsPanel::showFormula()
{
    QMessageBox box(QMessageBox::Information, tr("How the RQ is computed"), RelationalQuotient::explanation(),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace Triplewin::Ui
