#include "profiledialog.h"

#include <core/settings/profilesettings.h>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Triplewin::Ui {

ProfileDialog::ProfileDialog(const QString &initialName, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(initialName, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(purpose == Purpose::FirstStart ? tr("Welcome to Triplewin") : tr("Your Name"));
    QString intro;
    switch (purpose) {
    case Purpose::FirstStart:
        intro = tr("Who is preparing deals here? New deals are filed under your name, and closings, walk-aways "
                   "and coaching notes are signed with it. You can change it later under Settings ▸ Your Name.");
        break;
    case Purpose::Change:
        intro = tr("New deals are filed under this name, and your closings, walk-aways and coaching notes are "
                   "signed with it. Deals already recorded keep the name they were recorded with.");
        break;
    case Purpose::Required:
        intro = tr("Deals are filed under your name, and closings, walk-aways and coaching notes are signed with "
                   "it. It has not been set yet: who are you?");
        break;
    }
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Dana Fischer"));
    m_name->setMaxLength(120);
    m_name->selectAll();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("profileOkButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name); // the label is the field's buddy: its accessible name too
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    const auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString ProfileDialog::name() const
{
    return m_name->text().simplified();
}

QString ProfileDialog::ask(QWidget *parent, Purpose purpose)
{
    ProfileDialog dialog(Core::ProfileSettings::salespersonName(), purpose, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return {};
    Core::ProfileSettings::setSalespersonName(dialog.name());
    return dialog.name();
}

} // namespace Triplewin::Ui
