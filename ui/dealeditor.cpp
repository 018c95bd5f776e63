#include "dealeditor.h"

#include "appearance.h"
#include "concessionledgerpanel.h"
#include "dateedit.h"
#include "messagebar.h"
#include "optionstable.h"
#include "partypreparationpanel.h"

#include <core/coaching/walkawayscript.h>
#include <core/domain/endingreason.h>
#include <core/domain/optionanalysis.h>
#include <core/settings/profilesettings.h>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using Core::Deal;
using Core::DealStatus;

DealEditor::DealEditor(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_messageBar(new MessageBar(this))
    , m_title(new QLineEdit(this))
    , m_titleError(new QLabel(this))
    , m_customer(new QLineEdit(this))
    , m_customerWarning(new QLabel(this))
    , m_closingBanner(new QLabel(this))
    , m_coachingNotes(new QLabel(this))
    , m_noWinWin(new QWidget(this))
    , m_customersCustomer(new QLineEdit(this))
    , m_salesperson(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_expectedClose(new DateEdit(this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_optionsTable(new OptionsTable(undoStack, this))
    , m_tabs(new QTabWidget(this))
    , m_preparation(new PartyPreparationPanel(undoStack, this))
    , m_concessions(new ConcessionLedgerPanel(undoStack, this))
{
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Required, e.g. Fleet renewal 2027"));
    m_titleError->setObjectName(QStringLiteral("titleError"));
    m_titleError->hide();
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customerWarning->setObjectName(QStringLiteral("customerWarning"));
    m_customerWarning->setWordWrap(true);
    m_customerWarning->hide();
    applyErrorColours();
    m_closingBanner->setObjectName(QStringLiteral("closingBanner"));
    m_closingBanner->setWordWrap(true);
    m_closingBanner->setFrameShape(QFrame::StyledPanel);
    m_closingBanner->setMargin(6);
    m_closingBanner->setTextFormat(Qt::RichText);
    m_closingBanner->hide();
    m_customer->setPlaceholderText(tr("Who you are selling to"));
    m_customersCustomer->setObjectName(QStringLiteral("customersCustomerEdit"));
    m_customersCustomer->setPlaceholderText(tr("Who your customer serves, e.g. their patients"));
    m_salesperson->setObjectName(QStringLiteral("salespersonEdit"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->lineEdit()->setAccessibleName(m_currency->accessibleName());
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
                          QStringLiteral("JPY"), QStringLiteral("SEK"), QStringLiteral("CAD"), QStringLiteral("AUD")});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setToolTip(tr("Three-letter currency code (ISO 4217) for every amount of this deal"));
    m_expectedClose->setObjectName(QStringLiteral("expectedCloseEdit"));
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (DealStatus status : {DealStatus::Preparing, DealStatus::Negotiating})
        m_status->addItem(Core::statusName(status), int(status));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("Anything worth remembering before the meeting"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_title);
    titleColumn->addWidget(m_titleError);

    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *left = new QFormLayout;
    left->addRow(titleLabel, titleColumn);
    auto *customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer);
    left->addRow(customerLabel, m_customer);
    left->addRow(tr("T&heir customer:"), m_customersCustomer);
    left->addRow(tr("Sales&person:"), m_salesperson);
    auto *right = new QFormLayout;
    right->addRow(tr("Currenc&y:"), m_currency);
    right->addRow(tr("E&xpected close:"), m_expectedClose);
    right->addRow(tr("Stat&us:"), m_status);
    right->addRow(tr("&Notes:"), m_notes);
    auto *fields = new QHBoxLayout;
    fields->addLayout(left, 3);
    fields->addSpacing(16);
    fields->addLayout(right, 2);

    // The options, and beside them what was prepared about each party: a tab each, the options first.
    auto *optionsPage = new QWidget(m_tabs);
    auto *optionsLayout = new QVBoxLayout(optionsPage);
    optionsLayout->setContentsMargins(0, 6, 0, 0);
    optionsLayout->addWidget(m_optionsTable);
    m_optionsTable->setToolTip(tr("One row per way the deal could be struck"));
    auto *preparationScroll = new QScrollArea(m_tabs);
    preparationScroll->setObjectName(QStringLiteral("preparationPage"));
    preparationScroll->setWidgetResizable(true);
    preparationScroll->setFrameShape(QFrame::NoFrame);
    preparationScroll->setFocusPolicy(Qt::NoFocus); // its fields take the focus
    preparationScroll->setAccessibleName(tr("Interests and relationships"));
    preparationScroll->setWidget(m_preparation);
    m_preparation->setContentsMargins(0, 6, 0, 0);
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_tabs->setDocumentMode(true); // no frame around a frame: the table and the fields have their own
    m_tabs->setAccessibleName(tr("Options and preparation"));
    m_tabs->addTab(optionsPage, tr("&Options"));
    m_tabs->addTab(preparationScroll, tr("&Interests and Relationships"));
    m_tabs->addTab(m_concessions, tr("&Concessions"));
    // Choosing a tab (its mnemonic, a click) puts the cursor in the page, where typing goes on.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!isActiveWindow() || m_tabs->tabBar()->hasFocus()) // arrow keys on the tab bar keep it focused
            return;
        if (index == 0) {
            m_optionsTable->view()->setFocus();
            return;
        }
        if (index == 2) {
            m_concessions->view()->setFocus();
            return;
        }
        // Typing goes on after what is written there, not before it.
        QPlainTextEdit *first = m_preparation->firstField();
        first->setFocus();
        first->moveCursor(QTextCursor::End);
    });
    m_tabs->setTabToolTip(1, tr("What each party needs and why, the relationship, and what each reference point is "
                                "based on"));
    m_tabs->setTabToolTip(2, tr("Each concession given and received, and what it was traded for"));

    m_noWinWin->setObjectName(QStringLiteral("noWinWinNotice"));
    auto *noWinWinText = new QLabel(tr("<b>No option is good for both you and your customer.</b> Look for another "
                                       "option, or leave this deal honestly."),
                                    m_noWinWin);
    noWinWinText->setWordWrap(true);
    auto *prepare = new QPushButton(tr("Prepare a Transparent &Walk-Away…"), m_noWinWin);
    prepare->setObjectName(QStringLiteral("prepareWalkAway"));
    auto *noWinWinLayout = new QHBoxLayout(m_noWinWin);
    noWinWinLayout->setContentsMargins(0, 0, 0, 0);
    noWinWinLayout->addWidget(noWinWinText, 1);
    noWinWinLayout->addWidget(prepare);
    m_noWinWin->hide();
    connect(prepare, &QPushButton::clicked, this, &DealEditor::walkAwayRequested);

    m_coachingNotes->setObjectName(QStringLiteral("coachingNotes"));
    m_coachingNotes->setWordWrap(true);
    m_coachingNotes->setTextFormat(Qt::RichText);
    m_coachingNotes->setFrameShape(QFrame::StyledPanel);
    m_coachingNotes->setMargin(6);
    m_coachingNotes->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_closingBanner);
    layout->addWidget(m_coachingNotes);
    layout->addWidget(m_noWinWin);
    layout->addLayout(fields);
    // The warning about the customer's last deal spans the form's width: in the customer's column it took eight lines
    // in German and squeezed the options to one and a half rows at 1366x768.
    layout->addWidget(m_customerWarning);
    layout->addWidget(m_tabs, 1);

    const auto changed = [this] { Q_EMIT edited(); };
    for (QLineEdit *line : {m_title, m_customer, m_customersCustomer, m_salesperson})
        connect(line, &QLineEdit::textEdited, this, changed);
    connect(m_title, &QLineEdit::textEdited, m_titleError, &QWidget::hide);
    connect(m_customer, &QLineEdit::textEdited, this, &DealEditor::customerEdited);
    connect(m_currency, &QComboBox::currentTextChanged, this, changed);
    connect(m_expectedClose, &QDateEdit::dateChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
    connect(m_optionsTable, &OptionsTable::optionsChanged, this, changed);
    connect(m_preparation, &PartyPreparationPanel::edited, this, changed);
    connect(m_concessions, &ConcessionLedgerPanel::edited, this, changed);
    connect(m_currency, &QComboBox::currentTextChanged, m_concessions,
            [this](const QString &currency) { m_concessions->setCurrency(currency.trimmed().toUpper()); });
    connect(m_optionsTable, &OptionsTable::optionsChanged, this, &DealEditor::updateNoWinWinNotice);
    connect(m_optionsTable, &OptionsTable::inputRejected, this, &DealEditor::showMessage);
}

void DealEditor::applyErrorColours()
{
    // Problems said in words under a field: red text readable on the window's own background, light or dark.
    // Only the text colour: the rest stays the application's, and follows it.
    QPalette errorPalette;
    errorPalette.setResolveMask(0);
    errorPalette.setColor(QPalette::WindowText, errorTextColour(QApplication::palette()));
    m_titleError->setPalette(errorPalette);
    m_customerWarning->setPalette(errorPalette);
}

QColor DealEditor::errorTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x9C, 0x9C) : QColor(0xB0, 0x1C, 0x1C);
}

void DealEditor::changeEvent(QEvent *event)
{
    // Settings ▸ Appearance: the application's palette changed, and with it this editor's.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyErrorColours();
    QWidget::changeEvent(event);
}

void DealEditor::setDeal(const Deal &deal)
{
    const QSignalBlocker blockTitle(m_title);
    const QSignalBlocker blockCurrency(m_currency);
    const QSignalBlocker blockDate(m_expectedClose);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockNotes(m_notes);
    m_loaded = deal;
    clearMessage();
    m_titleError->hide();
    m_title->setText(deal.title);
    m_customer->setText(deal.customer);
    m_customersCustomer->setText(deal.customersCustomer);
    m_salesperson->setText(deal.salesperson);
    // A long title reads from its start, not its end (setText() leaves the cursor after the last character).
    for (QLineEdit *edit : {m_title, m_customer, m_customersCustomer, m_salesperson})
        edit->setCursorPosition(0);
    m_currency->setCurrentText(deal.currency);
    m_expectedClose->setDate(deal.expectedClose.isValid() ? deal.expectedClose : QDate::currentDate().addDays(30));
    int statusRow = m_status->findData(int(deal.status));
    if (statusRow < 0) {
        // Closed and walked-away deals keep their status; it is set by closing, not chosen here.
        m_status->addItem(Core::statusName(deal.status), int(deal.status));
        statusRow = m_status->count() - 1;
    }
    m_status->setCurrentIndex(statusRow);
    // Closing, walking away and reopening change the status, each with its record.
    m_status->setEnabled(!deal.ending);
    if (!deal.ending)
        m_closingBanner->hide();
    m_notes->setPlainText(deal.notes);
    m_preparation->setPreparation(deal.preparation);
    // The same ledger again (the deal just saved) keeps the row the keyboard was on.
    m_concessions->setLedger(deal.concessions, deal.concessions == m_concessions->ledger());
    m_concessions->setCurrency(deal.currency);
    for (int row = m_status->count() - 1; row >= 2; --row) {
        if (row != m_status->currentIndex())
            m_status->removeItem(row);
    }
    {
        const QSignalBlocker blockOptions(m_optionsTable);
        m_optionsTable->setOptions(deal.options);
    }
    updateNoWinWinNotice();
    // Remember what the date field shows, so a deal without a date does not count as edited.
    m_loaded.expectedClose = m_expectedClose->date();
}

Deal DealEditor::deal() const
{
    Deal deal = m_loaded;
    deal.title = m_title->text().trimmed();
    deal.customer = m_customer->text().trimmed();
    deal.customersCustomer = m_customersCustomer->text().trimmed();
    deal.salesperson = m_salesperson->text().trimmed();
    deal.currency = m_currency->currentText().trimmed().toUpper();
    deal.expectedClose = m_expectedClose->date();
    deal.status = DealStatus(m_status->currentData().toInt());
    deal.notes = m_notes->toPlainText();
    deal.preparation = m_preparation->preparation();
    deal.concessions = m_concessions->ledger();
    deal.options = m_optionsTable->options();
    return deal;
}

bool DealEditor::validate()
{
    const Deal current = deal();
    const QString problem = Core::validationError(current);
    if (problem.isEmpty()) {
        m_titleError->hide();
        return true;
    }
    if (current.title.isEmpty()) {
        showFieldError(problem);
        m_title->setFocus();
    } else {
        showMessage(problem);
    }
    return false;
}

void DealEditor::updateNoWinWinNotice()
{
    const QList<Core::DealOption> options = m_optionsTable->options();
    Core::Deal current;
    current.options = options;
    // Only once something is assessed: an empty new option is not yet a reason to leave.
    m_noWinWin->setVisible(!m_loaded.ending && Core::hasAssessedOption(current) && Core::hasNoWinWin(current));
}

bool DealEditor::isNoWinWinNoticeShown() const
{
    return !m_noWinWin->isHidden();
}

void DealEditor::setHistory(const QList<Core::DealEvent> &events)
{
    if (!m_loaded.ending && events.isEmpty()) {
        m_closingBanner->hide();
        return;
    }
    const QLocale locale;
    QString text;
    if (const std::optional<Core::DealEnding> &closing = m_loaded.ending) {
        const QString when = locale.toString(closing->at.toLocalTime().date(), QLocale::LongFormat);
        // Endings recorded before names were required may have none: the sentence then leaves "by" out.
        const QString onWhenBy = closing->by.trimmed().isEmpty()
                                     ? tr("on %1").arg(when)
                                     : tr("on %1 by %2").arg(when, closing->by.toHtmlEscaped());
        text = closing->walkedAway
                   ? tr("<b>Walked away transparently</b> %1: a good outcome, never counted as lost.").arg(onWhenBy)
                   : tr("<b>Closed</b> %1 with “%2”: <b>%3</b> (you %4, your customer %5, their customer %6). "
                        "Edits to the estimates do not change this record.")
                         .arg(onWhenBy, closing->optionName.toHtmlEscaped(), Core::outcomeName(closing->outcome),
                              Core::resultName(closing->result(Core::Party::You)),
                              Core::resultName(closing->result(Core::Party::Customer)),
                              Core::resultName(closing->result(Core::Party::CustomersCustomer)));
        if (const QString why = Core::endingReasonSentence({closing->reason, closing->reasonNote}); !why.isEmpty())
            text += QStringLiteral("<br>") + why.toHtmlEscaped();
        if (const QString left = Core::valueLeftOnTableText(m_loaded.options, closing->optionId); !left.isEmpty())
            text += QStringLiteral("<br>") + left.toHtmlEscaped();
    } else {
        text = tr("<b>Reopened</b>: this deal is being negotiated again; its earlier ending stays in the history.");
    }
    // Every step, with what was agreed and why where the closing gate asked (DealRepository::closeDeal()).
    if (!events.isEmpty())
        text += QStringLiteral("<br>") + historyText(events);
    m_closingBanner->setText(text);
    m_closingBanner->show();
}

QString DealEditor::historyText(const QList<Core::DealEvent> &events)
{
    const QLocale locale;
    QStringList steps;
    for (const Core::DealEvent &event : events) {
        QString what;
        switch (event.kind) {
        case Core::DealEvent::Kind::Closed:
            what = tr("closed");
            break;
        case Core::DealEvent::Kind::WalkedAway:
            what = tr("walked away");
            break;
        case Core::DealEvent::Kind::Reopened:
            what = tr("reopened");
            break;
        }
        const QString date = locale.toString(event.at.toLocalTime().date(), QLocale::ShortFormat);
        QString step = event.by.trimmed().isEmpty() ? tr("%1 %2").arg(what, date)
                                                    : tr("%1 %2 by %3").arg(what, date, event.by.toHtmlEscaped());
        if (!event.detail.isEmpty())
            step += QStringLiteral(" (") + event.detail.toHtmlEscaped() + u')';
        steps << step;
    }
    return tr("History: %1.").arg(steps.join(QStringLiteral("; ")));
}

QString DealEditor::closingText() const
{
    return m_closingBanner->isVisible() ? m_closingBanner->text() : QString();
}

void DealEditor::setCoachingNotes(const QList<Core::CoachingNote> &notes, const QString &error)
{
    QStringList lines;
    if (!error.isEmpty())
        lines << error.toHtmlEscaped();
    for (const Core::CoachingNote &note : notes)
        lines << tr("%1 (%2): %3")
                     .arg(note.author.toHtmlEscaped(),
                          QLocale().toString(note.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                          note.text.toHtmlEscaped());
    m_coachingNotes->setText(tr("<b>Coaching notes:</b> %1").arg(lines.join(QStringLiteral("<br>"))));
    m_coachingNotes->setVisible(!lines.isEmpty());
}

void DealEditor::focusTitle()
{
    m_title->setFocus();
}

QString DealEditor::coachingNotesText() const
{
    return m_coachingNotes->isHidden() ? QString() : m_coachingNotes->text();
}

void DealEditor::setCustomerWarning(const QString &warning)
{
    m_customerWarning->setText(warning);
    m_customerWarning->setVisible(!warning.isEmpty());
}

QString DealEditor::customerWarning() const
{
    return m_customerWarning->isVisible() ? m_customerWarning->text() : QString();
}

void DealEditor::showFieldError(const QString &message)
{
    m_titleError->setText(message);
    m_titleError->show();
}

void DealEditor::showMessage(const QString &message)
{
    m_messageBar->showMessage(message);
}

void DealEditor::clearMessage()
{
    m_messageBar->showMessage({});
}

} // namespace Triplewin::Ui
