#include "dealbrief.h"

#include "partycolours.h"

#include <algorithm>
#include <cmath>
#include <core/coaching/walkawayscript.h>
#include <core/domain/amount.h>
#include <core/domain/classification.h>
#include <core/domain/optionanalysis.h>
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace Triplewin::Ui {

using namespace Core;

namespace {

/// The file's translation context, the same for lupdate as for the app: a file-local BriefText::tr() function would be
/// filed by lupdate under its namespace or class, and never found at run time.
struct BriefText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Ui::DealBrief)
};

const QString ChartUrl = QStringLiteral("triplewin-brief-chart");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A party's reference point across the options: one figure when they share it, else the range.
QString referenceText(const Deal &deal, Party party, const QLocale &locale)
{
    std::optional<Money> low;
    std::optional<Money> high;
    for (const DealOption &option : deal.options) {
        if (const std::optional<Money> reference = option.assessment(party).referencePoint) {
            low = low ? std::min(*low, *reference) : *reference;
            high = high ? std::max(*high, *reference) : *reference;
        }
    }
    if (!low)
        return BriefText::tr("not assessed");
    if (*low == *high)
        return formatAmount(*low, locale);
    return BriefText::tr("%1 to %2, by option").arg(formatAmount(*low, locale), formatAmount(*high, locale));
}

/// "48,000 over 30,000: <b>win</b>", or "not assessed".
QString cellText(const Assessment &assessment, const QLocale &locale)
{
    const Result result = classify(assessment);
    const QString value = assessment.value ? formatAmount(*assessment.value, locale) : QStringLiteral("–");
    const QString reference =
        assessment.referencePoint ? formatAmount(*assessment.referencePoint, locale) : QStringLiteral("–");
    return BriefText::tr("%1 against %2: <b>%3</b>")
        .arg(escaped(value), escaped(reference), escaped(resultName(result)));
}

/// Round numbers for an axis from @p low to @p high: a step of 1, 2 or 5 times a power of ten.
double niceStep(double span)
{
    const double raw = std::max(span, 1.0) / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

} // namespace

DealBrief::DealBrief(const Deal &deal)
    : m_deal(deal)
{}

QPageSize DealBrief::localPageSize()
{
    const QLocale::Territory territory = QLocale().territory();
    return QPageSize(territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                                        : QPageSize::A4);
}

QString DealBrief::html() const
{
    const QLocale locale;
    const Deal &deal = m_deal;
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(deal.title));
    QStringList facts;
    facts << BriefText::tr("Customer: %1")
                 .arg(escaped(deal.customer.trimmed().isEmpty() ? BriefText::tr("not named") : deal.customer));
    facts << BriefText::tr("Their customer: %1")
                 .arg(escaped(deal.customersCustomer.trimmed().isEmpty() ? BriefText::tr("not named")
                                                                         : deal.customersCustomer));
    facts << BriefText::tr("Salesperson: %1")
                 .arg(escaped(deal.salesperson.trimmed().isEmpty() ? BriefText::tr("not named") : deal.salesperson));
    facts << BriefText::tr("Status: %1").arg(escaped(statusName(deal.status)));
    if (deal.expectedClose.isValid())
        facts << BriefText::tr("Expected close: %1")
                     .arg(escaped(locale.toString(deal.expectedClose, QLocale::ShortFormat)));
    facts << BriefText::tr("Amounts in %1").arg(escaped(deal.currency));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!deal.notes.trimmed().isEmpty()) {
        QString notes = deal.notes.simplified();
        if (notes.size() > 400)
            notes = notes.left(399) + u'…';
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(notes));
    }

    // The three parties and what each option is measured against.
    html += QStringLiteral("<h3>%1</h3>").arg(BriefText::tr("The three parties"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #999999\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                           "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                .arg(BriefText::tr("Party"), BriefText::tr("Who"), BriefText::tr("Reference point"),
                     BriefText::tr("Interests"), BriefText::tr("Relationship"));
    const std::array<QString, PartyCount> who{deal.salesperson, deal.customer, deal.customersCustomer};
    // What was prepared about each party, shortened so that the brief stays on one page.
    const auto shortened = [](const QString &text) {
        return escaped(text.size() > 160 ? text.left(159) + u'…' : text);
    };
    for (Party party : AllParties) {
        const QString name = who[std::size_t(partyIndex(party))].trimmed();
        const PartyPreparation &prepared = deal.preparation[std::size_t(partyIndex(party))];
        QString reference = QStringLiteral("%1 (%2)").arg(escaped(referenceText(deal, party, locale)),
                                                          escaped(referencePointName(party)));
        if (const QString source = referenceSourceText(party, prepared); !source.isEmpty())
            reference += QStringLiteral("<br><i>%1</i>").arg(shortened(source));
        const QString interests = interestList(prepared).join(QStringLiteral("; "));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(escaped(partyName(party)), escaped(name.isEmpty() ? BriefText::tr("not named") : name),
                         reference, interests.isEmpty() ? BriefText::tr("not written down") : shortened(interests),
                         prepared.relationship.trimmed().isEmpty() ? BriefText::tr("not written down")
                                                                   : shortened(prepared.relationship.simplified()));
    }
    html += QStringLiteral("</table>");

    // The options: each party's figures and result, the outcome, and what the option matrix says of it.
    html += QStringLiteral("<h3>%1</h3>").arg(BriefText::tr("Options"));
    if (deal.options.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(BriefText::tr("No options yet."));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\" "
                               "style=\"border-collapse: collapse; border-color: #999999\"><tr>");
        for (const QString &header : {BriefText::tr("Option"), BriefText::tr("Outcome"), partyName(Party::You),
                                      partyName(Party::Customer), partyName(Party::CustomersCustomer)})
            html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(header));
        html += QStringLiteral("</tr>");
        for (qsizetype i = 0; i < deal.options.size(); ++i) {
            const DealOption &option = deal.options.at(i);
            QString name = QStringLiteral("%1. %2").arg(i + 1).arg(escaped(option.name));
            for (const QString &warning : optionWarnings(deal.options, int(i)))
                name += QStringLiteral("<br><i>%1</i>").arg(escaped(warning));
            html +=
                QStringLiteral("<tr><td>%1</td><td><b>%2</b></td>").arg(name, escaped(outcomeName(outcomeOf(option))));
            for (Party party : AllParties)
                html += QStringLiteral("<td>%1</td>").arg(cellText(option.assessment(party), locale));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><img src=\"%1\"></p>").arg(ChartUrl);

    // Where this leaves the meeting: the best option for all, or the walk-away's key lines.
    html += QStringLiteral("<h3>%1</h3>").arg(BriefText::tr("Going in"));
    if (const std::optional<int> best = bestForAll(deal.options)) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(BriefText::tr("Best option for all: <b>%1</b> (%2). Nobody at either table loses with it.")
                             .arg(escaped(deal.options.at(*best).name),
                                  escaped(outcomeName(outcomeOf(deal.options.at(*best))))));
    }
    if (hasNoWinWin(deal) && hasAssessedOption(deal)) {
        const WalkAwayScript script = generateWalkAwayScript(deal, FollowUp{}, locale);
        html += QStringLiteral("<p>%1</p>")
                    .arg(BriefText::tr(
                        "No option is good for both you and your customer. The walk-away script's key lines:"));
        for (const WalkAwayScript::Section &section : script.sections) {
            if (section.step != ScriptStep::Commitment && section.step != ScriptStep::Proposal)
                continue;
            html += QStringLiteral("<p><b>%1.</b> %2</p>")
                        .arg(escaped(section.heading), escaped(section.text).replace(u'\n', QStringLiteral("<br>")));
        }
    } else if (!bestForAll(deal.options)) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(BriefText::tr("Not every party is assessed yet: fill in the missing values and "
                                       "reference points before the meeting."));
    }
    // Concessions given with nothing received in return yet: what to ask for before giving more. At most four,
    // shortened, so that the brief stays on one page.
    QStringList open;
    for (const Concession &concession : deal.concessions) {
        if (isUnreciprocated(concession))
            open << concession.what.simplified();
    }
    if (!open.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(open.size(), 4);
        QStringList items;
        for (qsizetype i = 0; i < shown; ++i)
            items << escaped(open.at(i).size() > 80 ? open.at(i).left(79) + u'…' : open.at(i));
        if (open.size() > shown)
            items << BriefText::tr("and %n more", nullptr, int(open.size() - shown));
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(BriefText::tr("Open concessions (given, nothing received in return yet):"),
                         items.join(QStringLiteral("; ")));
    }
    return html;
}

QImage DealBrief::chart(int width, int height) const
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QList<DealOption> &options = m_deal.options;
    const QList<std::optional<int>> dominatedBy = dominators(options);

    QFont font = QGuiApplication::font();
    font.setPixelSize(std::max(8, height / 22));
    QFont bold = font;
    bold.setBold(true);
    QFont italic = font;
    italic.setItalic(true);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();

    // Surpluses in whole currency units; the scale always shows 0, the reference line.
    double low = 0;
    double high = 0;
    for (const DealOption &option : options) {
        for (Party party : AllParties) {
            if (const std::optional<Money> difference = surplus(option.assessment(party))) {
                low = std::min(low, double(*difference) / 100.0);
                high = std::max(high, double(*difference) / 100.0);
            }
        }
    }
    const double step = niceStep(high - low);
    low = std::floor(low / step) * step - (low < 0 ? step * 0.4 : 0);
    high = std::ceil(high / step) * step + step * 0.4;

    const double legendHeight = line * 1.6;
    const double labelsHeight = line * 3.4;
    QString widestTick;
    for (double tick = std::ceil(low / step) * step; tick <= high; tick += step)
        widestTick = std::max(widestTick, locale.toString(tick, 'f', 0),
                              [](const QString &a, const QString &b) { return a.size() < b.size(); });
    const QRectF plot(metrics.horizontalAdvance(widestTick) + line, legendHeight + line * 0.5,
                      width - metrics.horizontalAdvance(widestTick) - line * 1.5,
                      height - legendHeight - labelsHeight - line * 0.5);
    const auto yOf = [&](double value) { return plot.bottom() - (value - low) / (high - low) * plot.height(); };

    // Legend: the three parties and the reference line.
    painter.setFont(font);
    double x = plot.left();
    for (Party party : AllParties) {
        painter.fillRect(QRectF(x, line * 0.3, line * 0.9, line * 0.9), partyColour(party));
        x += line * 1.2;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, line * 1.05), partyName(party));
        x += metrics.horizontalAdvance(partyName(party)) + line;
    }
    painter.setPen(QPen(Qt::black, std::max(1.0, line / 10), Qt::DashLine));
    painter.drawLine(QPointF(x, line * 0.75), QPointF(x + line * 1.5, line * 0.75));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(x + line * 1.8, line * 1.05), BriefText::tr("Reference point (walk-away line)"));

    // Value axis: round figures and light grid lines.
    painter.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 1));
    for (double tick = std::ceil(low / step) * step; tick <= high; tick += step)
        painter.drawLine(QPointF(plot.left(), yOf(tick)), QPointF(plot.right(), yOf(tick)));
    painter.setPen(Qt::black);
    for (double tick = std::ceil(low / step) * step; tick <= high; tick += step) {
        const QString text = locale.toString(tick, 'f', 0);
        painter.drawText(QRectF(0, yOf(tick) - line / 2, plot.left() - line * 0.4, line),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }

    if (options.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, BriefText::tr("No options yet."));
        return image;
    }
    const double group = plot.width() / double(options.size());
    const double barWidth = std::min(group * 0.22, line * 3);
    for (qsizetype i = 0; i < options.size(); ++i) {
        const DealOption &option = options.at(i);
        const double centre = plot.left() + group * (double(i) + 0.5);
        for (Party party : AllParties) {
            const int p = partyIndex(party);
            const double left = centre + (p - 1.5) * barWidth;
            const Assessment &assessment = option.assessment(party);
            const std::optional<Money> difference = surplus(assessment);
            const double value = difference ? double(*difference) / 100.0 : 0.0;
            const QRectF bar =
                QRectF(QPointF(left, yOf(std::max(value, 0.0))), QPointF(left + barWidth, yOf(std::min(value, 0.0))));
            if (difference)
                painter.fillRect(bar, partyColour(party));
            // The result in words at the end of its bar: colour is never the only signal.
            painter.setFont(bold);
            painter.setPen(Qt::black);
            const QString word = resultName(classify(assessment));
            const double wordWidth = QFontMetricsF(bold).horizontalAdvance(word);
            const double wordY = value >= 0 ? bar.top() - line * 0.25 : bar.bottom() + line * 0.85;
            painter.save();
            painter.translate(left + barWidth / 2, wordY);
            if (wordWidth > barWidth * 1.1) { // narrow bars: the word runs along them
                painter.rotate(-90);
                painter.translate(value >= 0 ? 0 : -wordWidth - line, line * 0.3);
            } else {
                painter.translate(-wordWidth / 2, 0);
            }
            painter.drawText(QPointF(0, 0), word);
            painter.restore();
        }
        // Under the group: the outcome, the option's number and name, and "Dominated by …".
        const QRectF labels(centre - group / 2 + 2, plot.bottom() + line * 0.3, group - 4, labelsHeight);
        painter.setFont(bold);
        painter.drawText(QRectF(labels.left(), labels.top(), labels.width(), line), Qt::AlignHCenter,
                         outcomeName(outcomeOf(option)));
        painter.setFont(font);
        painter.drawText(
            QRectF(labels.left(), labels.top() + line, labels.width(), line), Qt::AlignHCenter,
            metrics.elidedText(QStringLiteral("%1. %2").arg(i + 1).arg(option.name), Qt::ElideRight, labels.width()));
        if (dominatedBy.at(i)) {
            painter.setFont(italic);
            painter.drawText(QRectF(labels.left(), labels.top() + 2 * line, labels.width(), line), Qt::AlignHCenter,
                             dominatedMark(*dominatedBy.at(i)));
        }
    }
    painter.setPen(QPen(Qt::black, std::max(1.0, line / 10), Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    return image;
}

void DealBrief::fillDocument(QTextDocument *document, double pageWidthPoints, const QImage &chartImage) const
{
    document->setDocumentMargin(0);
    const double chartWidth = pageWidthPoints;
    const double chartHeight = pageWidthPoints * 0.36;
    document->addResource(QTextDocument::ImageResource, QUrl(ChartUrl), chartImage);
    QString text = html();
    text.replace(QStringLiteral("<img src=\"%1\">").arg(ChartUrl),
                 QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                     .arg(ChartUrl)
                     .arg(int(chartWidth))
                     .arg(int(chartHeight)));
    document->setHtml(text);
}

bool DealBrief::writePdf(const QString &path, const QPageSize &pageSize, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = BriefText::tr("Cannot write “%1”: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
        writer.setResolution(72); // a device pixel is a point: the document is laid out in points
        writer.setTitle(BriefText::tr("Deal brief: %1").arg(m_deal.title));
        writer.setCreator(QStringLiteral("Triplewin"));
        const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(page.size());
        // One page: the type shrinks from 9 pt until everything fits (a deal of six options with long reasons).
        // The chart at three pixels a point, so it prints sharp; drawn once, whatever the type size.
        const QImage chartImage = chart(int(page.width() * 3), int(page.width() * 0.36 * 3));
        QFont font = QGuiApplication::font();
        for (double points = 9.0; points >= 5.0; points -= 0.5) {
            font.setPointSizeF(points);
            document.setDefaultFont(font);
            fillDocument(&document, page.width(), chartImage);
            if (document.pageCount() <= 1)
                break;
        }
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error =
                    BriefText::tr("Cannot write “%1”: the PDF could not be started.").arg(QFileInfo(path).fileName());
            file.cancelWriting();
            return false;
        }
        document.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = BriefText::tr("Cannot write “%1”: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Triplewin::Ui
