#include "presenterview.h"

#include "coaching/habits.h"
#include "domain/classification.h"
#include "screenfit.h"
#include "valuechartview.h"
#include "workshop/workshopsandbox.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The coach's name for a habit key from a scenario pack.
QString habitTitle(const QString &key)
{
    for (HabitKind kind : AllHabitKinds) {
        if (habitKey(kind) == key) {
            HabitFlag flag;
            flag.kind = kind;
            return flag.title();
        }
    }
    if (key == QLatin1String(CustomerCameOffWorseKey))
        return PresenterView::tr("The customer came off worse last time");
    return key;
}

} // namespace

PresenterView::PresenterView(QList<Scenario> scenarios, int firstScenario, QWidget *parent)
    : QWidget(parent)
    , m_scenarios(std::move(scenarios))
    , m_scenario(std::clamp(firstScenario, 0, std::max(0, int(m_scenarios.size()) - 1)))
    , m_position(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_textPage(new QScrollArea(this))
    , m_text(new QLabel(this))
    , m_chartPage(new QWidget(this))
    , m_chart(new ValueChartView(m_chartPage))
    , m_outcomes(new QLabel(m_chartPage))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Triplewin Workshop — Presenter"));
    setObjectName(QStringLiteral("presenterView"));
    // High contrast whatever the desktop theme: white on black reads from the back of a room.
    QPalette contrast = palette();
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Text, Qt::white);
    setPalette(contrast);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);

    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("presenterHeading"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("presenterText"));
    m_textPage->setWidget(m_text);
    m_textPage->setWidgetResizable(true);
    m_textPage->setFrameShape(QFrame::NoFrame);
    m_textPage->setFocusPolicy(Qt::NoFocus);
    m_textPage->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);

    m_outcomes->setWordWrap(true);
    m_outcomes->setTextFormat(Qt::RichText);
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_outcomes);
    m_chart->setFocusPolicy(Qt::NoFocus);

    m_pages->addWidget(m_textPage);
    m_pages->addWidget(m_chartPage);

    m_hint->setText(tr("Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards    "
                       "Esc leave"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("presenterHint"));
    QPalette dim = contrast;
    dim.setColor(QPalette::WindowText, QColor(0xd0, 0xd0, 0xd0));
    m_hint->setPalette(dim);
    m_position->setPalette(dim);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(56, 32, 56, 20);
    layout->setSpacing(16);
    layout->addWidget(m_position);
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_hint);
    resizeWithinScreen(this, QSize(1280, 800));
    applyFontSizes();
    refresh();
}

QString PresenterView::visibleText() const
{
    QStringList parts{m_position->text(), m_heading->text()};
    const QLabel *body = m_pages->currentWidget() == m_chartPage ? m_outcomes : m_text;
    parts << QTextDocumentFragment::fromHtml(body->text()).toPlainText();
    return parts.join(u'\n');
}

void PresenterView::showStep(int scenario, Step step)
{
    if (m_scenarios.isEmpty())
        return;
    m_scenario = std::clamp(scenario, 0, int(m_scenarios.size()) - 1);
    m_step = step;
    m_role.reset();
    refresh();
}

void PresenterView::next()
{
    if (m_step != Step::Debrief)
        showStep(m_scenario, Step(int(m_step) + 1));
    else if (m_scenario + 1 < m_scenarios.size())
        showStep(m_scenario + 1, Step::Deal);
}

void PresenterView::previous()
{
    if (m_step != Step::Deal)
        showStep(m_scenario, Step(int(m_step) - 1));
    else if (m_scenario > 0)
        showStep(m_scenario - 1, Step::Debrief);
}

void PresenterView::showRole(std::optional<Party> role)
{
    m_role = role;
    refresh();
}

void PresenterView::refresh()
{
    if (m_scenarios.isEmpty()) {
        m_position->clear();
        m_heading->setText(tr("No scenarios"));
        m_text->setText(tr("Import a scenario pack first."));
        m_pages->setCurrentWidget(m_textPage);
        return;
    }
    const Scenario &scenario = m_scenarios.at(m_scenario);
    static const char *const stepNames[StepCount] = {QT_TR_NOOP("The deal"), QT_TR_NOOP("Your guess"),
                                                     QT_TR_NOOP("The result"), QT_TR_NOOP("Debrief")};
    m_position->setText(tr("Scenario %1 of %2 · step %3 of %4: %5")
                            .arg(m_scenario + 1)
                            .arg(m_scenarios.size())
                            .arg(int(m_step) + 1)
                            .arg(StepCount)
                            .arg(tr(stepNames[int(m_step)])));
    if (m_role) {
        m_heading->setText(tr("Role card: %1").arg(roleName(*m_role)));
        m_text->setText(roleText(scenario, *m_role));
        m_pages->setCurrentWidget(m_textPage);
        return;
    }
    m_heading->setText(scenario.title);
    switch (m_step) {
    case Step::Deal:
        m_text->setText(dealText(scenario));
        break;
    case Step::Guess:
        m_text->setText(guessText(scenario));
        break;
    case Step::Reveal:
        m_chart->setOptions(scenario.deal.options, scenario.deal.currency);
        m_outcomes->setText(revealText(scenario));
        m_pages->setCurrentWidget(m_chartPage);
        return;
    case Step::Debrief:
        m_text->setText(debriefText(scenario));
        break;
    }
    m_pages->setCurrentWidget(m_textPage);
    m_textPage->ensureVisible(0, 0);
}

QString PresenterView::dealText(const Scenario &scenario) const
{
    const Deal &deal = scenario.deal;
    QString html = QStringLiteral("<p>%1</p>").arg(escaped(scenario.summary));
    const auto orUnnamed = [](const QString &name) { return name.isEmpty() ? tr("(not named)") : name; };
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("<b>%1</b> sells to <b>%2</b>, who serves <b>%3</b>.")
                         .arg(escaped(orUnnamed(deal.salesperson)), escaped(orUnnamed(deal.customer)),
                              escaped(orUnnamed(deal.customersCustomer))));
    html += QStringLiteral("<p>%1</p><ol>").arg(tr("The options on the table:"));
    for (const DealOption &option : deal.options)
        html += QStringLiteral("<li>%1</li>").arg(escaped(option.name));
    html += QStringLiteral("</ol>");
    // The concession ledger so far, those given for nothing in bold: what the room discusses in a ledger case.
    if (!deal.concessions.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Concessions so far:"));
        for (const Concession &concession : deal.concessions) {
            const QString sentence = escaped(concessionSentence(concession, deal.currency));
            html += QStringLiteral("<li>%1</li>")
                        .arg(isUnreciprocated(concession) ? QStringLiteral("<b>%1</b>").arg(sentence) : sentence);
        }
        html += QStringLiteral("</ul>");
    }
    if (!scenario.history.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p><ul>").arg(tr("Earlier deals of %1:").arg(escaped(orUnnamed(deal.salesperson))));
        const QLocale locale;
        for (const Deal &ended : scenario.history) {
            const QString outcome =
                ended.ending->walkedAway ? tr("walked away transparently") : outcomeName(ended.ending->outcome);
            QString given;
            if (const int open = unreciprocatedCount(ended.concessions); open > 0)
                given = tr(", %n concession(s) given for nothing", nullptr, open);
            html += QStringLiteral("<li>%1 — %2 (%3): <b>%4</b>%5</li>")
                        .arg(locale.toString(ended.ending->at.date(), QLocale::ShortFormat), escaped(ended.title),
                             escaped(ended.customer), escaped(outcome), given);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString PresenterView::guessText(const Scenario &scenario) const
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("For each option: does each party <b>win</b>, break <b>even</b> or <b>lose</b> "
                               "against its own walk-away point?"));
    html += QStringLiteral("<table cellpadding='10'><tr><th></th>");
    for (Party party : AllParties)
        html += QStringLiteral("<th>%1</th>").arg(escaped(partyName(party)));
    html += QStringLiteral("</tr>");
    for (const DealOption &option : scenario.deal.options) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(option.name));
        for (int i = 0; i < PartyCount; ++i)
            html += QStringLiteral("<td align='center'>?</td>");
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString PresenterView::revealText(const Scenario &scenario) const
{
    QStringList lines;
    for (const DealOption &option : scenario.deal.options)
        lines << tr("%1: <b>%2</b>").arg(escaped(option.name), escaped(outcomeName(outcomeOf(option))));
    return lines.join(QStringLiteral("<br>"));
}

QString PresenterView::debriefText(const Scenario &scenario) const
{
    QString html = QStringLiteral("<ol>");
    for (const QString &question : scenario.debrief)
        html += QStringLiteral("<li>%1</li>").arg(escaped(question));
    html += QStringLiteral("</ol>");
    const QStringList habits = habitsShownBy(scenario);
    if (!habits.isEmpty()) {
        QStringList titles;
        for (const QString &key : habits)
            titles << escaped(habitTitle(key));
        html += QStringLiteral("<p>%1</p>").arg(tr("The coach would flag: <b>%1</b>").arg(titles.join(u", ")));
    }
    html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(scenario.lesson));
    return html;
}

QString PresenterView::roleText(const Scenario &scenario, Party role) const
{
    const RoleCard &card = scenario.role(role);
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(escaped(card.name), escaped(card.brief));
    if (!card.confidential.isEmpty())
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("<b>Confidential — for this role only:</b>"), escaped(card.confidential));
    html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Press the same key or Esc to hide this card."));
    return html;
}

void PresenterView::applyFontSizes()
{
    // Sizes follow the window's height, so a projector's 1080 lines get big type and a laptop preview fits.
    const int h = std::max(480, height());
    QFont body = font();
    body.setPixelSize(std::max(20, h / 24));
    m_text->setFont(body);
    m_outcomes->setFont(body);
    QFont heading = body;
    heading.setPixelSize(std::max(28, h / 14));
    heading.setBold(true);
    m_heading->setFont(heading);
    QFont small = body;
    small.setPixelSize(std::max(14, h / 48));
    m_hint->setFont(small);
    m_position->setFont(small);
    QFont chart = body;
    chart.setPixelSize(std::max(14, h / 40));
    m_chart->setFont(chart);
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFontSizes();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_Down:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        previous();
        return;
    case Qt::Key_PageDown:
        showStep(m_scenario + 1, Step::Deal);
        return;
    case Qt::Key_PageUp:
        showStep(m_scenario - 1, Step::Deal);
        return;
    case Qt::Key_Home:
        showStep(m_scenario, Step::Deal);
        return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3: {
        const Party role = AllParties[std::size_t(event->key() - Qt::Key_1)];
        showRole(m_role == role ? std::nullopt : std::optional<Party>(role));
        return;
    }
    case Qt::Key_0:
        showRole(std::nullopt);
        return;
    case Qt::Key_Escape:
        if (m_role)
            showRole(std::nullopt);
        else
            Q_EMIT leaveRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Triplewin::Ui
