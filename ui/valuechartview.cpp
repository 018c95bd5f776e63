#include "valuechartview.h"

#include "appearance.h"
#include "chartownership.h"
#include "partycolours.h"

#include <cmath>
#include <core/domain/classification.h>
#include <core/domain/optionanalysis.h>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace Triplewin::Ui {

using namespace Core;

ValueChartView::ValueChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150); // with the editor above it, the window still fits a 1400x900 screen at 150 %
    auto *chart = new QChart;
    chart->setTitle(tr("Value over each party's reference point"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);

    m_bars = new QBarSeries(chart);
    for (Party party : AllParties) {
        auto *set = new QBarSet(partyName(party), m_bars);
        set->setColor(partyColour(party));
        set->setBorderColor(partyColour(party).darker(130));
        m_sets[std::size_t(partyIndex(party))] = set;
        m_bars->append(set);
    }
    chart->addSeries(m_bars);

    m_referenceLine = new QLineSeries(chart);
    m_referenceLine->setName(tr("Reference point (walk-away line)"));
    chart->addSeries(m_referenceLine);

    m_categoryAxis = new QBarCategoryAxis(chart);
    m_valueAxis = new QValueAxis(chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_categoryAxis);
    m_bars->attachAxis(m_valueAxis);
    // The legend names the parties by colour; a bar under the pointer names its party in words.
    connect(m_bars, &QBarSeries::hovered, this, [this](bool entered, int option, QBarSet *set) {
        const auto party = std::find(m_sets.cbegin(), m_sets.cend(), set);
        if (!entered || party == m_sets.cend()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), barTip(option, AllParties[std::size_t(party - m_sets.cbegin())]), this);
    });
    // The reference line spans the whole category range (-0.5 .. n-0.5) on a hidden linear axis.
    auto *lineAxis = new QValueAxis(chart);
    lineAxis->setVisible(false);
    chart->addAxis(lineAxis, Qt::AlignBottom);
    m_referenceLine->attachAxis(lineAxis);
    m_referenceLine->attachAxis(m_valueAxis);

    replaceChart(this, chart);
    // Qt measures a rich-text label by its markup and cuts it with room to spare: the names are shortened here,
    // to the width each option's group really has.
    m_categoryAxis->setTruncateLabels(false);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        updateCategories();
        placeLabels();
    });
    // A screen reader gets the chart's content in words: its description is rewritten with every change.
    setAccessibleName(tr("Three-party value chart"));
    viewport()->setAccessibleName(accessibleName());
    applyTheme();
    setOptions({}, QString());
}

void ValueChartView::setOptions(const QList<DealOption> &options, const QString &currency)
{
    const int optionCount = int(options.size());
    m_outcomes.clear();
    m_names.clear();
    m_marks.clear();
    m_tips.clear();
    std::array<QList<qreal>, PartyCount> values;
    m_values.clear();
    QStringList words;
    QStringList description;
    const QLocale locale;
    double low = 0.0;
    double high = 0.0;
    const QList<std::optional<int>> dominatedBy = dominators(options);
    for (const DealOption &option : options) {
        m_outcomes << outcomeName(outcomeOf(option));
        m_names << option.name;
        // Only "dominated" under the bars: a party below its reference point shows as "lose" at its own bar.
        const std::optional<int> dominator = dominatedBy.at(m_names.size() - 1);
        m_marks << (dominator ? QStringList{dominatedMark(*dominator)} : QStringList());
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            const std::optional<Money> difference = surplus(assessment);
            const double value = difference ? double(*difference) / 100.0 : 0.0;
            values[std::size_t(partyIndex(party))] << value;
            m_values << value;
            words << resultName(classify(assessment));
            // Hovering a bar names its party and option in words, with the figures behind it.
            m_tips << (difference ? tr("%1, “%2”: %3, %4 over the %5")
                                        .arg(partyName(party), option.name, resultName(classify(assessment)),
                                             locale.toString(value, 'f', 0), referencePointName(party))
                                  : tr("%1, “%2”: not assessed").arg(partyName(party), option.name));
            low = std::min(low, value);
            if (party == Party::You)
                description << tr("Option %1, %2: %3.").arg(m_names.size()).arg(option.name, m_outcomes.constLast());
            description.last() += u' ' + (difference ? tr("%1 %2 (%3 over the reference point).")
                                                           .arg(partyName(party), resultName(classify(assessment)),
                                                                locale.toString(value, 'f', 0))
                                                     : tr("%1 not assessed.").arg(partyName(party)));
            high = std::max(high, value);
        }
        for (const QString &warning : optionWarnings(options, int(m_names.size() - 1)))
            description.last() += u' ' + warning + u'.';
    }

    // Reuse the sets so that typing does not rebuild the scene.
    for (Party party : AllParties) {
        QBarSet *set = m_sets[std::size_t(partyIndex(party))];
        const QList<qreal> &partyValues = values[std::size_t(partyIndex(party))];
        if (set->count() > partyValues.size())
            set->remove(int(partyValues.size()), int(set->count() - partyValues.size()));
        for (qsizetype i = 0; i < partyValues.size(); ++i) {
            if (i < set->count())
                set->replace(int(i), partyValues.at(i));
            else
                set->append(partyValues.at(i));
        }
    }
    updateCategories();

    // No options: no axes to read (they would show "0 0 0 -0"); the accessible description says what to do.
    m_valueAxis->setVisible(optionCount > 0);
    m_categoryAxis->setVisible(optionCount > 0);
    chart()->legend()->setVisible(optionCount > 0);

    // Room above and below the bars for their result words.
    const double span = std::max(1.0, high - low);
    m_valueAxis->setRange(low - span * 0.22, high + span * 0.22);
    m_valueAxis->applyNiceNumbers();
    // The currency goes in the chart's title: the axis's own stays short enough to be read beside a low plot (at
    // 1366x768, "Surplus (EUR)" was cut to "Surplus …").
    m_valueAxis->setTitleText(tr("Surplus"));
    chart()->setTitle(currency.isEmpty() ? tr("Value over each party's reference point")
                                         : tr("Value over each party's reference point, in %1").arg(currency));

    const auto lineAxes = m_referenceLine->attachedAxes();
    for (QAbstractAxis *axis : lineAxes) {
        if (axis != m_valueAxis)
            axis->setRange(-0.5, std::max(0.5, optionCount - 0.5));
    }
    m_referenceLine->replace({QPointF(-0.5, 0.0), QPointF(std::max(0.5, optionCount - 0.5), 0.0)});

    // One text item per bar: the result in words.
    while (m_labels.size() > words.size())
        delete m_labels.takeLast();
    while (m_labels.size() < words.size()) {
        auto *label = new QGraphicsSimpleTextItem(chart());
        label->setZValue(20);
        m_labels << label;
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        styleLabel(m_labels.at(i));
        m_labels.at(i)->setText(words.at(i));
    }
    placeLabels();

    const QString summary =
        description.isEmpty()
            ? tr("No options yet: add an option to see who wins and who loses.")
            : tr("Each party's surplus over its own reference point, per option.") + u' ' + description.join(u' ');
    setAccessibleDescription(summary);
    viewport()->setAccessibleDescription(summary);
}

QString ValueChartView::barTip(int option, Party party) const
{
    return m_tips.value(qsizetype(option) * PartyCount + partyIndex(party));
}

QString ValueChartView::resultLabel(int option, Party party) const
{
    const qsizetype i = qsizetype(option) * PartyCount + partyIndex(party);
    return i >= 0 && i < m_labels.size() ? m_labels.at(i)->text() : QString();
}

QStringList ValueChartView::categories() const
{
    return m_categoryAxis->categories();
}

QString ValueChartView::outcomeLabel(int option) const
{
    return m_outcomes.value(option);
}

void ValueChartView::updateCategories()
{
    QStringList categories;
    const int count = int(m_names.size());
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    const double plotWidth = chart() ? chart()->plotArea().width() : 0.0;
    const int room = count > 0 && plotWidth > 0 ? int(plotWidth / count) - 8 : 0;
    for (int i = 0; i < count; ++i) {
        // Numbered: the category axis drops duplicate labels, and two options may share a name. The outcome comes
        // first and whole; only the name is shortened, and only when it does not fit.
        const QString number = QStringLiteral("%1. ").arg(i + 1);
        QString name = m_names.at(i);
        if (room > 0)
            name = metrics.elidedText(name, Qt::ElideRight, std::max(room - metrics.horizontalAdvance(number), 0));
        QString label =
            QStringLiteral("<b>%1</b><br>%2%3").arg(m_outcomes.at(i).toHtmlEscaped(), number, name.toHtmlEscaped());
        for (QString mark : m_marks.at(i)) {
            if (room > 0)
                mark = metrics.elidedText(mark, Qt::ElideRight, room);
            label += QStringLiteral("<br><i>%1</i>").arg(mark.toHtmlEscaped());
        }
        categories << label;
    }
    if (m_categoryAxis->categories() != categories) {
        m_categoryAxis->clear();
        if (!categories.isEmpty())
            m_categoryAxis->append(categories);
    }
}

void ValueChartView::placeLabels()
{
    if (!chart() || m_labels.isEmpty())
        return;
    // QBarSeries centres each category's group on the integer x and splits barWidth among the sets.
    const double groupWidth = m_bars->barWidth();
    const double setWidth = groupWidth / PartyCount;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const int option = int(i / PartyCount);
        const int party = int(i % PartyCount);
        const double x = option - groupWidth / 2.0 + (party + 0.5) * setWidth;
        const double value = m_values.value(i);
        const QPointF anchor = chart()->mapToPosition(QPointF(x, value), m_bars);
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        const QRectF box = label->boundingRect();
        const double gap = 3.0;
        double y = value >= 0 ? anchor.y() - box.height() - gap : anchor.y() + gap;
        // Labels are wider than their bars: two at the same height collide ("unknownunknown" for two parties not
        // assessed). Step this one away from the axis past each label of its group already placed that it would touch.
        const double left = anchor.x() - box.width() / 2.0;
        for (qsizetype placed = i - party; placed < i; ++placed) {
            const QGraphicsSimpleTextItem *other = m_labels.at(placed);
            const QRectF otherBox = other->mapRectToParent(other->boundingRect());
            // A little room on each side: two words side by side must not read as one ("winunknown").
            if (QRectF(QPointF(left, y), box.size()).adjusted(-4, 0, 4, 0).intersects(otherBox))
                y = value >= 0 ? otherBox.top() - box.height() : otherBox.bottom();
        }
        label->setPos(left, y);
    }
}

void ValueChartView::applyTheme()
{
    const bool dark = isDark(palette());
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // setTheme() resets series colours; the party colours carry the legend.
    for (Party party : AllParties) {
        QBarSet *set = m_sets[std::size_t(partyIndex(party))];
        set->setColor(partyColour(party));
        set->setBorderColor(partyColour(party).darker(130));
    }
    QPen line(palette().color(QPalette::WindowText));
    line.setWidthF(1.5);
    line.setStyle(Qt::DashLine);
    m_referenceLine->setPen(line);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        styleLabel(label);
    m_categoryAxis->setLabelsColor(palette().color(QPalette::Text));
    m_valueAxis->setLabelsColor(palette().color(QPalette::Text));
    m_valueAxis->setTitleBrush(palette().color(QPalette::Text));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    // The widget's font sizes all text, so a presenter's large font reaches the axes and the legend too.
    m_categoryAxis->setLabelsFont(font());
    m_valueAxis->setLabelsFont(font());
    m_valueAxis->setTitleFont(font());
    chart()->legend()->setFont(font());
    chart()->setTitleFont(font());
}

void ValueChartView::styleLabel(QGraphicsSimpleTextItem *label) const
{
    QFont labelFont = font();
    labelFont.setBold(true);
    label->setFont(labelFont);
    label->setBrush(palette().color(QPalette::Text));
}

void ValueChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        placeLabels();
    }
}

} // namespace Triplewin::Ui
