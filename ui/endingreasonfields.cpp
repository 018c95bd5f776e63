#include "endingreasonfields.h"

#include "accessiblenames.h"

#include <core/settings/profilesettings.h>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

EndingReasonFields::EndingReasonFields(QWidget *parent)
    : QWidget(parent)
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    m_reason->setObjectName(QStringLiteral("endingReason"));
    m_note->setObjectName(QStringLiteral("endingNote"));
    for (const QString &reason : ProfileSettings::endingReasons())
        m_reason->addItem(endingReasonName(reason), reason);
    // None chosen until the user chooses: a preselected "Price" would be counted as an answer nobody gave.
    m_reason->setCurrentIndex(-1);
    m_reason->setPlaceholderText(tr("Choose the main reason (optional)"));
    m_note->setPlaceholderText(tr("For example: their budget moved to next year"));
    m_note->setMaxLength(500);
    m_note->setClearButtonEnabled(true);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Main reason:"), m_reason);
    form->addRow(tr("I&n a few words:"), m_note);
    m_reason->setAccessibleName(tr("Main reason the deal ended"));
    m_note->setAccessibleName(tr("Why the deal ended, in a few words"));
    nameClearButton(m_note, tr("Clear the words"));
}

void EndingReasonFields::editList(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("endingReasonsDialog"));
    dialog.setWindowTitle(tr("Ending Reasons"));
    auto *intro = new QLabel(tr("The reasons offered when a deal is closed or walked away from, one per line, in the "
                                "order to offer them. Empty the list to get the standard one back."),
                             &dialog);
    intro->setWordWrap(true);
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    text->setAccessibleName(tr("Ending reasons, one per line"));
    QStringList names;
    for (const QString &reason : ProfileSettings::endingReasons())
        names << endingReasonName(reason);
    text->setPlainText(names.join(u'\n'));
    intro->setBuddy(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 60, dialog.fontMetrics().lineSpacing() * 16);
    text->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        ProfileSettings::setEndingReasons(text->toPlainText().split(u'\n'));
}

ReasonForEnding EndingReasonFields::value() const
{
    return {m_reason->currentIndex() >= 0 ? m_reason->currentData().toString() : QString(), m_note->text().trimmed()};
}

void EndingReasonFields::setValue(const ReasonForEnding &value)
{
    int index = value.reason.isEmpty() ? -1 : m_reason->findData(value.reason);
    if (!value.reason.isEmpty() && index < 0) {
        m_reason->addItem(endingReasonName(value.reason), value.reason);
        index = m_reason->count() - 1;
    }
    m_reason->setCurrentIndex(index);
    m_note->setText(value.note);
}

} // namespace Triplewin::Ui
