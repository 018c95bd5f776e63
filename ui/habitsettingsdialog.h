#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QSpinBox;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Edits the habit thresholds and the RQ period (Core::HabitSettings).
class HabitSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HabitSettingsDialog)

public:
    explicit HabitSettingsDialog(QWidget *parent = nullptr);

    /// Stores the values shown.
    void apply();

private:
    void restoreDefaults();
    void updateLimits();

    QSpinBox *m_window;
    QSpinBox *m_concession;
    QSpinBox *m_hardBargain;
    QSpinBox *m_chain;
    QSpinBox *m_neverWalksAway;
    QSpinBox *m_unreciprocated;
    QSpinBox *m_rqMonths;
};

} // namespace Triplewin::Ui
