#include "closedealdialog.h"

#include "dateedit.h"
#include "endingreasonfields.h"

#include <core/domain/amount.h>
#include <core/domain/optionanalysis.h>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

CloseDealDialog::CloseDealDialog(const Deal &deal, bool gate, QWidget *parent)
    : QDialog(parent)
    , m_deal(deal)
    , m_gate(gate)
    , m_option(new QComboBox(this))
    , m_date(new DateEdit(QDate::currentDate(), this))
    , m_why(new EndingReasonFields(this))
    , m_preview(new QLabel(this))
    , m_concerns(new QLabel(this))
    , m_reasonLabel(new QLabel(tr("Wh&y close on this option anyway?"), this))
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Close “%1”").arg(deal.title));
    m_option->setObjectName(QStringLiteral("agreedOption"));
    for (const DealOption &option : deal.options)
        m_option->addItem(tr("%1 (%2)").arg(option.name, outcomeName(outcomeOf(option))), option.id);
    // No preselection: the agreed option is a fact to record, and a default would tempt Enter.
    m_option->setCurrentIndex(-1);
    m_option->setPlaceholderText(tr("Choose the option you agreed on"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_preview->setObjectName(QStringLiteral("closePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);

    auto *intro = new QLabel(tr("Record the option you and your customer agreed on. Each party's result and the "
                                "outcome are frozen now: later edits to the estimates do not rewrite history, and "
                                "the coach counts this deal in your habits and relational quotient."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Agreed option:"), m_option);
    form->addRow(tr("Closed &on:"), m_date);
    // The gate: what is questionable about the chosen option, and the reason that makes closing on it deliberate.
    m_concerns->setObjectName(QStringLiteral("closeConcerns"));
    m_concerns->setWordWrap(true);
    m_concerns->setTextFormat(Qt::RichText);
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the customer's budget ends this quarter and the renewal makes up "
                                    "for it."));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);
    m_reasonLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Close Deal"));
    m_walkAwayButton = buttons->addButton(tr("&Walk Away Instead…"), QDialogButtonBox::ActionRole);
    m_walkAwayButton->setObjectName(QStringLiteral("walkAwayInstead"));
    m_walkAwayButton->setToolTip(tr("Leave without closing and prepare a transparent walk-away script"));
    connect(m_walkAwayButton, &QPushButton::clicked, this, [this] {
        m_walkAway = true;
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_why);
    layout->addWidget(m_preview);
    layout->addWidget(m_concerns);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_option, &QComboBox::currentIndexChanged, this, &CloseDealDialog::updatePreview);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CloseDealDialog::updateButtons);
    m_preview->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updatePreview();
}

qint64 CloseDealDialog::optionId() const
{
    return m_option->currentData().toLongLong();
}

QString CloseDealDialog::reason() const
{
    return concerns().isEmpty() ? QString() : m_reason->toPlainText().trimmed();
}

ReasonForEnding CloseDealDialog::why() const
{
    return m_why->value();
}

QStringList CloseDealDialog::concerns() const
{
    const int index = m_option->currentIndex();
    return m_gate && index >= 0 ? closingConcerns(m_deal.options, index) : QStringList();
}

void CloseDealDialog::updateButtons()
{
    const QStringList questioned = concerns();
    m_ok->setEnabled(m_option->currentIndex() >= 0 &&
                     (questioned.isEmpty() || !m_reason->toPlainText().trimmed().isEmpty()));
    m_ok->setToolTip(m_ok->isEnabled() || m_option->currentIndex() < 0
                         ? QString()
                         : tr("Write why you close on this option anyway, or walk away instead"));
}

QDateTime CloseDealDialog::closedAt() const
{
    const QDate date = m_date->date();
    // Today: now. An earlier day: its noon, so the month in UTC is the month the user picked.
    if (date == QDate::currentDate())
        return QDateTime::currentDateTimeUtc();
    return QDateTime(date, QTime(12, 0)).toUTC();
}

void CloseDealDialog::updatePreview()
{
    const int index = m_option->currentIndex();
    const QStringList questioned = concerns();
    m_concerns->setVisible(!questioned.isEmpty());
    m_reasonLabel->setVisible(!questioned.isEmpty());
    m_reason->setVisible(!questioned.isEmpty());
    m_walkAwayButton->setVisible(!questioned.isEmpty());
    if (!questioned.isEmpty()) {
        QString items;
        for (const QString &concern : questioned)
            items += QStringLiteral("<li>%1</li>").arg(concern.toHtmlEscaped());
        m_concerns->setText(tr("<b>Before you close on this option:</b><ul>%1</ul>Closing on it is your call. Say why "
                               "in a sentence: it stays in the deal's history, where your manager sees it. Or walk "
                               "away transparently instead.")
                                .arg(items));
    }
    updateButtons();
    if (index < 0 || index >= m_deal.options.size()) {
        m_preview->setText(m_deal.options.isEmpty() ? tr("This deal has no saved options to agree on.")
                                                    : tr("Each party's result and the outcome appear here."));
        return;
    }
    const DealOption &option = m_deal.options.at(index);
    const QLocale locale;
    QString rows;
    for (Party party : AllParties) {
        const Assessment &assessment = option.assessment(party);
        // The figures behind each result, so that what is frozen can be checked before it is.
        const QString figures = assessment.value && assessment.referencePoint
                                    ? tr("%1 against a %2 of %3")
                                          .arg(formatAmount(*assessment.value, locale), referencePointName(party),
                                               formatAmount(*assessment.referencePoint, locale))
                                    : tr("not assessed: no value or no %1").arg(referencePointName(party));
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(partyName(party).toHtmlEscaped(), resultName(classify(assessment)).toHtmlEscaped(),
                         figures.toHtmlEscaped());
    }
    const Outcome outcome = outcomeOf(option);
    m_preview->setText(QStringLiteral("<table cellpadding=\"3\">%1</table><p><b>%2</b>: %3</p>")
                           .arg(rows, outcomeName(outcome), outcomeExplanation(outcome).toHtmlEscaped()));
    // The dialog grows with its preview (a chosen option adds a table and an explanation): never cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

} // namespace Triplewin::Ui
