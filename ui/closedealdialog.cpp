#include "closedealdialog.h"

#include <core/domain/amount.h>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

CloseDealDialog::CloseDealDialog(const Deal &deal, QWidget *parent)
    : QDialog(parent)
    , m_deal(deal)
    , m_option(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_preview(new QLabel(this))
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Close Deal"));
    ok->setEnabled(false);
    connect(m_option, &QComboBox::currentIndexChanged, ok, [ok](int index) { ok->setEnabled(index >= 0); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_option, &QComboBox::currentIndexChanged, this, &CloseDealDialog::updatePreview);
    m_preview->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updatePreview();
}

qint64 CloseDealDialog::optionId() const
{
    return m_option->currentData().toLongLong();
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
