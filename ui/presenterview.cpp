#include "presenterview.h"

#include "coaching/habits.h"
#include "domain/classification.h"
#include "qrcodeview.h"
#include "roomdialog.h"
#include "roomresultsview.h"
#include "screenfit.h"
#include "valuechartview.h"
#include "workshop/roomserver.h"
#include "workshop/workshopsandbox.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocumentFragment>
#include <QTimer>
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

PresenterView::PresenterView(QList<Scenario> scenarios, int firstScenario, RoomServer *room, QWidget *parent)
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
    , m_room(room)
    , m_roomPanel(new QWidget(this))
    , m_qr(new QrCodeView(m_roomPanel))
    , m_roomAddress(new QLabel(m_roomPanel))
    , m_roomCounts(new QLabel(m_roomPanel))
    , m_roomResults(new RoomResultsView(m_chartPage))
    , m_roomCountsTimer(new QTimer(this))
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
    m_roomResults->setObjectName(QStringLiteral("roomResults"));
    m_roomResults->hide();
    auto *chartLayout = new QVBoxLayout;
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_outcomes);
    auto *chartAndRoom = new QHBoxLayout(m_chartPage);
    chartAndRoom->setContentsMargins(0, 0, 0, 0);
    chartAndRoom->setSpacing(32);
    chartAndRoom->addLayout(chartLayout, 1);
    chartAndRoom->addWidget(m_roomResults, 1);
    m_chart->setFocusPolicy(Qt::NoFocus);

    // The room: its QR code, its address in letters for those who type it, and the counts.
    m_qr->setObjectName(QStringLiteral("roomQrCode"));
    m_roomAddress->setObjectName(QStringLiteral("roomAddress"));
    m_roomAddress->setAlignment(Qt::AlignCenter);
    m_roomAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roomCounts->setObjectName(QStringLiteral("roomCounts"));
    m_roomCounts->setAlignment(Qt::AlignCenter);
    m_roomCounts->setWordWrap(true);
    auto *roomLayout = new QVBoxLayout(m_roomPanel);
    roomLayout->setContentsMargins(0, 0, 0, 0);
    roomLayout->addWidget(m_qr, 1);
    roomLayout->addWidget(m_roomAddress);
    roomLayout->addWidget(m_roomCounts);
    m_roomPanel->hide();
    // Two hundred phones voting within seconds: the counts are redrawn at most five times a second.
    m_roomCountsTimer->setSingleShot(true);
    m_roomCountsTimer->setInterval(200);
    connect(m_roomCountsTimer, &QTimer::timeout, this, &PresenterView::showRoomCounts);
    if (m_room) {
        connect(m_room, &RoomServer::changed, m_roomCountsTimer, [this] {
            if (!m_roomCountsTimer->isActive()) // not restarted by each vote: a steady stream still shows
                m_roomCountsTimer->start();
        });
    }

    m_pages->addWidget(m_textPage);
    m_pages->addWidget(m_chartPage);

    m_hint->setText(m_room ? tr("Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards"
                                "    R room    Esc leave")
                           : tr("Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards"
                                "    Esc leave"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("presenterHint"));
    QPalette dim = contrast;
    dim.setColor(QPalette::WindowText, QColor(0xd0, 0xd0, 0xd0));
    m_hint->setPalette(dim);
    m_position->setPalette(dim);
    m_roomCounts->setPalette(dim);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(56, 32, 56, 20);
    layout->setSpacing(16);
    layout->addWidget(m_position);
    layout->addWidget(m_heading);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(32);
    middle->addWidget(m_pages, 1);
    middle->addWidget(m_roomPanel);
    layout->addLayout(middle, 1);
    layout->addWidget(m_hint);
    resizeWithinScreen(this, QSize(1280, 800));
    applyFontSizes();
    refresh();
}

PresenterView::~PresenterView()
{
    closeRoom();
}

QString PresenterView::visibleText() const
{
    QStringList parts{m_position->text(), m_heading->text()};
    const QLabel *body = m_pages->currentWidget() == m_chartPage ? m_outcomes : m_text;
    parts << QTextDocumentFragment::fromHtml(body->text()).toPlainText();
    if (m_pages->currentWidget() == m_chartPage && !m_roomResults->isHidden())
        parts << m_roomResults->text();
    if (!m_roomPanel->isHidden())
        parts << m_roomAddress->text() << m_roomCounts->text();
    return parts.join(u'\n');
}

QString PresenterView::openRoom(const QHostAddress &address, quint16 port)
{
    if (!m_room)
        return tr("This presenter has no room.");
    if (const QString error = m_room->open(address, port); !error.isEmpty())
        return error;
    refresh();
    return {};
}

void PresenterView::closeRoom()
{
    if (!m_room || !m_room->isOpen())
        return;
    m_room->votes().closeVote();
    m_room->close();
    refresh();
}

bool PresenterView::isRoomOpen() const
{
    return m_room && m_room->isOpen();
}

void PresenterView::askToOpenRoom()
{
    RoomDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    if (const QString error = openRoom(dialog.address(), dialog.port()); !error.isEmpty())
        QMessageBox::warning(this, tr("Open the Room"),
                             tr("The room was not opened. %1\nPick another port or network and try again.").arg(error));
}

void PresenterView::syncRoom()
{
    const bool open = isRoomOpen();
    if (!open)
        m_position->setText(m_positionText);
    // The QR code, the address and the counts while people join and answer; afterwards the result needs the room,
    // and the address and counts move to the line at the top.
    m_roomPanel->setVisible(open && (m_step == Step::Deal || m_step == Step::Guess) && !m_role);
    if (!open || m_scenarios.isEmpty())
        return;
    const Scenario &scenario = m_scenarios.at(m_scenario);
    RoomVotes &votes = m_room->votes();
    // The guess step asks the room (a question already revealed stays closed); the result step reveals the truth to
    // the phones; any other step only closes the vote.
    if (m_step == Step::Guess && (!votes.isVoteOpen() || votes.currentScenarioId() != scenario.id))
        votes.ask(scenario);
    else if (m_step == Step::Reveal && votes.currentScenarioId() == scenario.id && !votes.isRevealed())
        votes.reveal();
    else if (m_step != Step::Guess && votes.isVoteOpen())
        votes.closeVote();
    const QString url = m_room->url().toString();
    m_qr->setText(url);
    m_qr->setAccessibleName(tr("QR code of the room's address, %1").arg(url));
    // In letters without "http://", which a phone's browser adds: shorter to read out and to type.
    m_roomAddress->setText(m_room->url().toString(QUrl::RemoveScheme).mid(2));
    showRoomCounts();
}

void PresenterView::showRoomCounts()
{
    if (!isRoomOpen())
        return;
    const RoomVotes &votes = m_room->votes();
    const bool asked = !m_scenarios.isEmpty() && votes.currentScenarioId() == m_scenarios.at(m_scenario).id;
    const QString joined = tr("%n joined", nullptr, votes.joined());
    m_roomCounts->setText(asked ? tr("%1 · %2 answered").arg(joined).arg(votes.answeredAny()) : joined);
    // Without the room's panel (the result, the debrief, a role card) its address and counts are on the top line.
    m_position->setText(m_roomPanel->isHidden()
                            ? tr("%1 · room %2 · %3").arg(m_positionText, m_roomAddress->text(), m_roomCounts->text())
                            : m_positionText);
}

bool PresenterView::roomAnswered(const Scenario &scenario) const
{
    return m_room && m_room->votes().currentScenarioId() == scenario.id && m_room->votes().answeredAny() > 0;
}

QString PresenterView::roomMissesText(const Scenario &scenario) const
{
    if (!roomAnswered(scenario))
        return {};
    const RoomVotes &votes = m_room->votes();
    const QList<RoomVotes::Miss> misses = votes.mostWrong();
    if (misses.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("The room got every result right."));
    QString html = QStringLiteral("<p>%1</p><ul>").arg(tr("What the room got most wrong:"));
    for (qsizetype i = 0; i < std::min<qsizetype>(3, misses.size()); ++i) {
        const RoomVotes::Miss &miss = misses.at(i);
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1, %2: %3 of %4 answered otherwise; it was <b>%5</b>.")
                             .arg(escaped(votes.optionName(miss.option)), escaped(partyName(miss.party)))
                             .arg(miss.wrong)
                             .arg(miss.answers)
                             .arg(escaped(resultName(votes.truth(miss.option, miss.party)))));
    }
    return html + QStringLiteral("</ul>");
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
    m_positionText = m_position->text();
    syncRoom();
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
        if (roomAnswered(scenario))
            m_roomResults->setVotes(m_room->votes());
        m_roomResults->setVisible(roomAnswered(scenario));
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
    html += roomMissesText(scenario);
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
    // The body's font at a height's fraction (1/divisor), never below minimum pixels.
    const auto sized = [&body, h](int minimum, int divisor, bool bold = false) {
        QFont sizedFont = body;
        sizedFont.setPixelSize(std::max(minimum, h / divisor));
        sizedFont.setBold(bold);
        return sizedFont;
    };
    m_text->setFont(body);
    m_outcomes->setFont(body);
    m_roomCounts->setFont(body);
    m_heading->setFont(sized(28, 14, true));
    m_hint->setFont(sized(14, 48));
    m_position->setFont(sized(14, 48));
    m_roomAddress->setFont(sized(16, 32, true));
    m_roomResults->setFont(sized(16, 30));
    m_chart->setFont(sized(14, 40));
    m_qr->setFixedWidth(std::max(160, h / 3));
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
    case Qt::Key_R:
        if (!m_room) {
            QWidget::keyPressEvent(event);
            return;
        }
        if (isRoomOpen())
            closeRoom();
        else
            askToOpenRoom();
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
