#include "partypreparationpanel.h"

#include "changecommand.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QUndoStack>
#include <utility>

namespace Triplewin::Ui {

using Core::Confidence;
using Core::Party;

namespace {

/// The fields' object names start with these, in Party order ("customerInterests").
const QString ObjectKeys[] = {QStringLiteral("you"), QStringLiteral("customer"), QStringLiteral("customersCustomer")};

QString interestsHint(Party party)
{
    switch (party) {
    case Party::You:
        return PartyPreparationPanel::tr("What you need and why, one per line");
    case Party::Customer:
        return PartyPreparationPanel::tr("What your customer needs and why, one per line");
    case Party::CustomersCustomer:
        return PartyPreparationPanel::tr("What their customers need, one per line");
    }
    return {};
}

/// An example of what a party's reference point is based on: short enough for the field at 1280 px in each language
/// (the placeholder), and in full words (its tooltip).
struct SourceHint
{
    QString brief;
    QString full;
};

SourceHint sourceHint(Party party)
{
    switch (party) {
    case Party::You:
        return {PartyPreparationPanel::tr("e.g. cost plus margin"),
                PartyPreparationPanel::tr("e.g. cost plus our minimum margin")};
    case Party::Customer:
        return {PartyPreparationPanel::tr("e.g. a rival's quote"),
                PartyPreparationPanel::tr("e.g. the competitor's quote")};
    case Party::CustomersCustomer:
        return {PartyPreparationPanel::tr("e.g. what they have today"),
                PartyPreparationPanel::tr("e.g. what they get today")};
    }
    return {};
}

} // namespace

PartyPreparationPanel::PartyPreparationPanel(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    const QString rowNames[] = {tr("Interests:"), tr("Relationship:"), tr("Reference point\nbased on:"),
                                tr("How sure:")};
    for (int row = 0; row < 4; ++row)
        grid->addWidget(new QLabel(rowNames[row], this), row + 1, 0, Qt::AlignTop);
    const int lineHeight = fontMetrics().lineSpacing();
    QWidget *previous = nullptr;
    for (Party party : Core::AllParties) {
        const int column = Core::partyIndex(party) + 1;
        const QString name = Core::partyName(party);
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), this);
        grid->addWidget(heading, 0, column);
        Fields &fields = m_fields[std::size_t(column - 1)];
        const QString key = ObjectKeys[column - 1];
        fields.interests = new QPlainTextEdit(this);
        fields.interests->setObjectName(key + QStringLiteral("Interests"));
        fields.interests->setAccessibleName(tr("%1: interests").arg(name));
        fields.interests->setPlaceholderText(interestsHint(party));
        fields.relationship = new QPlainTextEdit(this);
        fields.relationship->setObjectName(key + QStringLiteral("Relationship"));
        fields.relationship->setAccessibleName(tr("%1: relationship").arg(name));
        fields.relationship->setPlaceholderText(tr("History, trust, what is at stake next time"));
        for (QPlainTextEdit *text : {fields.interests, fields.relationship}) {
            text->setTabChangesFocus(true);
            text->setMinimumHeight(lineHeight * 2 + 12);
            text->setMaximumHeight(lineHeight * 4 + 12);
            connect(text, &QPlainTextEdit::textChanged, this, &PartyPreparationPanel::edited);
        }
        fields.referenceSource = new QLineEdit(this);
        fields.referenceSource->setObjectName(key + QStringLiteral("ReferenceSource"));
        fields.referenceSource->setAccessibleName(tr("%1: %2 based on").arg(name, Core::referencePointName(party)));
        const SourceHint hint = sourceHint(party);
        fields.referenceSource->setPlaceholderText(hint.brief);
        fields.referenceSource->setToolTip(hint.full);
        connect(fields.referenceSource, &QLineEdit::textEdited, this, &PartyPreparationPanel::edited);
        fields.confidence = new QComboBox(this);
        fields.confidence->setObjectName(key + QStringLiteral("Confidence"));
        fields.confidence->setAccessibleName(tr("%1: how sure").arg(name));
        for (int i = 0; i < Core::ConfidenceCount; ++i)
            fields.confidence->addItem(Core::confidenceName(Confidence(i)), i);
        // How sure is one choice, not typed text: each change is a step of Edit ▸ Undo (the deal's undo stack, which
        // its window creates before the editor and so deletes, with these steps, before this panel).
        connect(fields.confidence, &QComboBox::currentIndexChanged, this, [this, party, name](int index) {
            Fields &changed = m_fields[std::size_t(Core::partyIndex(party))];
            const int before = std::exchange(changed.shownConfidence, index);
            const auto show = [this, party](const int &shown) {
                Fields &target = m_fields[std::size_t(Core::partyIndex(party))];
                const QSignalBlocker block(target.confidence);
                target.confidence->setCurrentIndex(shown);
                target.shownConfidence = shown;
                Q_EMIT edited();
            };
            m_undoStack->push(new ChangeCommand<int>(
                show, before, index, tr("Change how sure for %1 to %2").arg(name, changed.confidence->currentText())));
            Q_EMIT edited();
        });
        grid->addWidget(fields.interests, 1, column);
        grid->addWidget(fields.relationship, 2, column);
        grid->addWidget(fields.referenceSource, 3, column);
        grid->addWidget(fields.confidence, 4, column);
        grid->setColumnStretch(column, 1);
        // Tab goes down one party's column, then on to the next party.
        for (QWidget *field : std::initializer_list<QWidget *>{fields.interests, fields.relationship,
                                                               fields.referenceSource, fields.confidence}) {
            if (previous)
                setTabOrder(previous, field);
            previous = field;
        }
    }
    grid->setRowStretch(5, 1);
}

void PartyPreparationPanel::setPreparation(const Core::PartyPreparations &preparation)
{
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const Fields &fields = m_fields[i];
        const Core::PartyPreparation &prepared = preparation[i];
        const QSignalBlocker blockInterests(fields.interests);
        const QSignalBlocker blockRelationship(fields.relationship);
        const QSignalBlocker blockConfidence(fields.confidence);
        // Like the notes, each field's own undo history ends here: it belonged to the deal shown before, or to the
        // edits a save has just taken (as Edit ▸ Undo's does, DealSession::showSaved()).
        fields.interests->setPlainText(prepared.interests);
        fields.relationship->setPlainText(prepared.relationship);
        fields.referenceSource->setText(prepared.referenceSource);
        fields.referenceSource->setCursorPosition(0); // its start shows, not its end
        fields.confidence->setCurrentIndex(fields.confidence->findData(int(prepared.confidence)));
        m_fields[i].shownConfidence = fields.confidence->currentIndex();
    }
}

Core::PartyPreparations PartyPreparationPanel::preparation() const
{
    Core::PartyPreparations preparation;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const Fields &fields = m_fields[i];
        preparation[i] = {fields.interests->toPlainText(), fields.relationship->toPlainText(),
                          fields.referenceSource->text(), Confidence(fields.confidence->currentData().toInt())};
    }
    return preparation;
}

QPlainTextEdit *PartyPreparationPanel::firstField() const
{
    return m_fields[0].interests;
}

} // namespace Triplewin::Ui
