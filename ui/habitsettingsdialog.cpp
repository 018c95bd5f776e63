#include "habitsettingsdialog.h"

#include <core/settings/habitsettings.h>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using Core::HabitSettings;
using Core::HabitThresholds;

HabitSettingsDialog::HabitSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_window(new QSpinBox(this))
    , m_concession(new QSpinBox(this))
    , m_hardBargain(new QSpinBox(this))
    , m_chain(new QSpinBox(this))
    , m_neverWalksAway(new QSpinBox(this))
    , m_unreciprocated(new QSpinBox(this))
    , m_rqMonths(new QSpinBox(this))
{
    setWindowTitle(tr("Coaching Thresholds"));
    m_window->setRange(1, 50);
    m_window->setSuffix(tr(" ended deals"));
    m_chain->setRange(1, 100);
    m_chain->setSuffix(QStringLiteral(" %"));
    m_unreciprocated->setRange(1, 100);
    m_unreciprocated->setSuffix(tr(" concessions"));
    m_rqMonths->setRange(1, 120);
    m_rqMonths->setSuffix(tr(" months"));
    for (QSpinBox *count : {m_concession, m_hardBargain, m_neverWalksAway})
        count->setSuffix(tr(" deals"));

    auto *intro = new QLabel(tr("The coach looks at each salesperson's most recently ended deals and flags a habit "
                                "when it shows up this often."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Look at the last:"), m_window);
    form->addRow(tr("Concession habit (lose/win) from:"), m_concession);
    form->addRow(tr("Hard-bargain habit (win/lose) from:"), m_hardBargain);
    form->addRow(tr("Chain blind spot from:"), m_chain);
    form->addRow(tr("Never walks away, losses from:"), m_neverWalksAway);
    form->addRow(tr("Gives without getting, concessions given for nothing from:"), m_unreciprocated);
    form->addRow(tr("Relational quotient over:"), m_rqMonths);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const HabitThresholds current = HabitSettings::thresholds();
    m_window->setValue(current.window);
    updateLimits();
    m_concession->setValue(current.concessionMin);
    m_hardBargain->setValue(current.hardBargainMin);
    m_chain->setValue(current.chainBlindSpotPercent);
    m_neverWalksAway->setValue(current.neverWalksAwayLosses);
    m_unreciprocated->setValue(current.unreciprocatedMin);
    m_rqMonths->setValue(HabitSettings::rqMonths());

    connect(m_window, &QSpinBox::valueChanged, this, &HabitSettingsDialog::updateLimits);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &HabitSettingsDialog::restoreDefaults);
}

void HabitSettingsDialog::updateLimits()
{
    for (QSpinBox *count : {m_concession, m_hardBargain, m_neverWalksAway})
        count->setRange(1, m_window->value());
}

void HabitSettingsDialog::restoreDefaults()
{
    const HabitThresholds defaults;
    m_window->setValue(defaults.window);
    m_concession->setValue(defaults.concessionMin);
    m_hardBargain->setValue(defaults.hardBargainMin);
    m_chain->setValue(defaults.chainBlindSpotPercent);
    m_neverWalksAway->setValue(defaults.neverWalksAwayLosses);
    m_unreciprocated->setValue(defaults.unreciprocatedMin);
    m_rqMonths->setValue(12);
}

void HabitSettingsDialog::apply()
{
    HabitThresholds thresholds;
    thresholds.window = m_window->value();
    thresholds.concessionMin = m_concession->value();
    thresholds.hardBargainMin = m_hardBargain->value();
    thresholds.chainBlindSpotPercent = m_chain->value();
    thresholds.neverWalksAwayLosses = m_neverWalksAway->value();
    thresholds.unreciprocatedMin = m_unreciprocated->value();
    HabitSettings::setThresholds(thresholds);
    HabitSettings::setRqMonths(m_rqMonths->value());
}

} // namespace Triplewin::Ui
