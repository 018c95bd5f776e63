#include "walkawaywizard.h"

#include "dateedit.h"
#include "endingreasonfields.h"
#include "rehearsalview.h"
#include "screenfit.h"
#include "scriptdocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

namespace {

QString sectionText(const WalkAwayScript &script, ScriptStep step)
{
    for (const WalkAwayScript::Section &section : script.sections) {
        if (section.step == step)
            return section.text;
    }
    return {};
}

} // namespace

WalkAwayWizard::WalkAwayWizard(const Deal &deal, const std::optional<SavedScript> &saved, QWidget *parent)
    : QWizard(parent)
    , m_deal(deal)
    , m_whatWouldChange(new QPlainTextEdit)
    , m_hasRevisit(new QCheckBox(tr("&Revisit on:")))
    , m_revisit(new DateEdit(QDate::currentDate().addMonths(3)))
    , m_staleNote(new QLabel)
    , m_review(new QPlainTextEdit)
    , m_why(new EndingReasonFields)
{
    setWindowTitle(tr("Transparent Walk-Away: %1").arg(deal.title));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Record Walk-Away"));
    setButtonText(QWizard::FinishButton, tr("&Keep Script"));
    button(QWizard::CustomButton1)
        ->setToolTip(
            tr("End the deal as walked away: a transparent no deal, counted in favour of your relational quotient"));
    button(QWizard::FinishButton)->setToolTip(tr("Keep the script with the deal and close"));
    resizeWithinScreen(this, QSize(720, 560));

    m_revisit->setCalendarPopup(true);
    m_revisit->setEnabled(false);
    if (saved) {
        m_whatWouldChange->setPlainText(saved->followUp.whatWouldChange);
        if (saved->followUp.revisitOn.isValid()) {
            // A kept date stays as it was, even when it has passed.
            m_revisit->setMinimumDate(std::min(saved->followUp.revisitOn, QDate::currentDate()));
            m_revisit->setDate(saved->followUp.revisitOn);
            m_hasRevisit->setChecked(true);
            m_revisit->setEnabled(true);
        }
    }
    const WalkAwayScript script = generateWalkAwayScript(deal, followUp());
    setPage(CheckPage, textPage(tr("1. Check"), tr("The options you explored, and who falls short under each."),
                                sectionText(script, ScriptStep::Check)));
    setPage(CommitmentPage,
            textPage(tr("2. Commitment"), tr("Start by saying what you are after: an outcome good for both sides."),
                     sectionText(script, ScriptStep::Commitment)));
    setPage(TransparencyPage, textPage(tr("3. Transparency"), tr("Say what each side needs, and what you tried."),
                                       sectionText(script, ScriptStep::Transparency)));
    setPage(ProposalPage, textPage(tr("4. The proposal"), tr("No win/win: propose not to do this deal this time."),
                                   sectionText(script, ScriptStep::Proposal)));
    setPage(FollowUpPage, followUpPage());
    setPage(ReviewPage, reviewPage());

    if (saved && !saved->text.isEmpty()) {
        {
            const QScopedValueRollback<bool> restoring(m_regenerating, true);
            m_review->setPlainText(saved->text);
        }
        m_reviewEdited = true; // the salesperson's own words win over a regenerated script
        // ...but say so when the deal changed after they were written.
        if (deal.updatedAt.isValid() && saved->updatedAt.isValid() && deal.updatedAt > saved->updatedAt) {
            m_staleNote->setText(tr("The deal changed after you edited this script. Check the numbers, or choose "
                                    "Start Over to build it again from the current values."));
            m_staleNote->show();
        }
    }
    m_initial = WalkAwayWizard::script();
    connect(m_review, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_regenerating)
            m_reviewEdited = true;
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CustomButton1)->setVisible(id == ReviewPage);
        if (id == ReviewPage && !m_reviewEdited)
            regenerateReview();
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        // It ends the deal: ask first (Cancel is the default, so a stray Enter does not end it).
        QMessageBox confirm(QMessageBox::Question, tr("Record Walk-Away"),
                            tr("Record that you walked away from “%1”? This ends the deal as a transparent walk-away "
                               "(a good outcome, never counted as lost); your script is kept, and the deal can be "
                               "reopened later.")
                                .arg(m_deal.title),
                            QMessageBox::Cancel, this);
        QPushButton *record = confirm.addButton(tr("&Record Walk-Away"), QMessageBox::AcceptRole);
        record->setObjectName(QStringLiteral("confirmRecordWalkAway"));
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != record)
            return;
        m_recordRequested = true;
        accept();
    });
    button(QWizard::CustomButton1)->setVisible(false);
}

QWizardPage *WalkAwayWizard::textPage(const QString &title, const QString &subtitle, const QString &text)
{
    auto *page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(subtitle);
    auto *label = new QLabel(text, page);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addStretch();
    return page;
}

QWizardPage *WalkAwayWizard::followUpPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("5. Follow-up"));
    page->setSubTitle(tr("What would need to change for a deal that is good for both sides, and when to talk again."));
    m_whatWouldChange->setObjectName(QStringLiteral("whatWouldChange"));
    m_whatWouldChange->setPlaceholderText(tr("e.g. their budget for next year is confirmed, or we can offer a "
                                             "phased roll-out"));
    m_whatWouldChange->setTabChangesFocus(true);
    m_revisit->setObjectName(QStringLiteral("revisitOn"));
    m_revisit->setAccessibleName(tr("Revisit on"));
    if (!m_hasRevisit->isChecked())
        m_revisit->setMinimumDate(QDate::currentDate());
    m_hasRevisit->setObjectName(QStringLiteral("hasRevisit"));
    m_hasRevisit->setToolTip(tr("Leave unticked until you have agreed on a date with the customer"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("What would need to &change:"), m_whatWouldChange);
    form->addRow(m_hasRevisit, m_revisit);
    connect(m_hasRevisit, &QCheckBox::toggled, m_revisit, &QWidget::setEnabled);
    connect(m_hasRevisit, &QCheckBox::toggled, this, [this] {
        if (!m_reviewEdited)
            regenerateReview();
    });
    connect(m_whatWouldChange, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_reviewEdited)
            regenerateReview();
    });
    connect(m_revisit, &QDateEdit::dateChanged, this, [this] {
        if (!m_reviewEdited)
            regenerateReview();
    });
    return page;
}

QWizardPage *WalkAwayWizard::reviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("6. Review"));
    page->setSubTitle(tr("The whole script. Make it your own words; your edits are kept with the deal."));
    m_review->setObjectName(QStringLiteral("scriptReview"));
    m_review->setAccessibleName(tr("Walk-away script"));
    auto *copy = new QPushButton(tr("&Copy"), page);
    auto *print = new QPushButton(tr("&Print…"), page);
    auto *pdf = new QPushButton(tr("Export &PDF…"), page);
    auto *rehearse = new QPushButton(tr("Re&hearse"), page);
    auto *regenerate = new QPushButton(tr("Start &Over"), page);
    regenerate->setToolTip(tr("Replace your edits with a script generated from the deal again"));
    rehearse->setToolTip(tr("One step per screen in large type, to practise aloud (Space for the next step)"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {copy, print, pdf, rehearse})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(regenerate);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->hide();
    auto *whyIntro =
        new QLabel(tr("When you record the walk-away, say why it came to this (your manager sees it):"), page);
    whyIntro->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_staleNote);
    layout->addWidget(m_review, 1);
    layout->addLayout(buttons);
    layout->addWidget(whyIntro);
    layout->addWidget(m_why);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_review->toPlainText()); });
    connect(print, &QPushButton::clicked, this, &WalkAwayWizard::printScript);
    connect(pdf, &QPushButton::clicked, this, &WalkAwayWizard::exportPdf);
    connect(rehearse, &QPushButton::clicked, this, &WalkAwayWizard::rehearse);
    connect(regenerate, &QPushButton::clicked, this, [this] {
        m_reviewEdited = false;
        m_staleNote->hide();
        regenerateReview();
    });
    return page;
}

ReasonForEnding WalkAwayWizard::why() const
{
    return m_why->value();
}

FollowUp WalkAwayWizard::followUp() const
{
    return FollowUp{m_whatWouldChange->toPlainText(), m_hasRevisit->isChecked() ? m_revisit->date() : QDate()};
}

void WalkAwayWizard::regenerateReview()
{
    const QScopedValueRollback<bool> regenerating(m_regenerating, true);
    m_review->setPlainText(generateWalkAwayScript(m_deal, followUp()).toPlainText(m_deal.title));
}

SavedScript WalkAwayWizard::script() const
{
    return SavedScript{m_reviewEdited ? m_review->toPlainText() : QString(), followUp(), {}};
}

bool WalkAwayWizard::isModified() const
{
    const SavedScript now = script();
    return now.text != m_initial.text || !(now.followUp == m_initial.followUp);
}

void WalkAwayWizard::rehearse()
{
    RehearsalView view(m_review->toPlainText(), this);
    view.exec();
}

void WalkAwayWizard::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Walk-Away Script"),
                                                      m_deal.title + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ScriptDocument(tr("Transparent walk-away: %1").arg(m_deal.title), m_review->toPlainText())
             .exportPdf(path, &error))
        QMessageBox::warning(this, tr("Export Walk-Away Script"), error);
    else
        Q_EMIT scriptExported(QDir::toNativeSeparators(path));
}

void WalkAwayWizard::printScript()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ScriptDocument(tr("Transparent walk-away: %1").arg(m_deal.title), m_review->toPlainText()).print(&printer);
}

} // namespace Triplewin::Ui
