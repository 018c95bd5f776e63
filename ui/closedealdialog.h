#pragma once

#include <core/domain/deal.h>
#include <core/domain/endingreason.h>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Triplewin::Ui {

class EndingReasonFields;

/// Asks which option was agreed and when, and shows what will be frozen: each party's result and the outcome.
///
/// The gate before closing (@p gate, ProfileSettings::closingGate()): when the chosen option leaves you or your
/// customer below the reference point, or another option dominates it (closingConcerns()), the dialog says so and
/// asks for a written reason before it closes, and offers the walk-away script instead. It never blocks: with a
/// reason the deal closes.
class CloseDealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseDealDialog)

public:
    explicit CloseDealDialog(const Core::Deal &deal, bool gate = true, QWidget *parent = nullptr);

    qint64 optionId() const;
    /// The closing date at noon local time, in UTC.
    QDateTime closedAt() const;
    /// Why the salesperson closes on a questioned option; empty when the gate did not ask.
    QString reason() const;
    /// Why the deal ended as it did: a reason from the list and a few words (both may be empty).
    Core::ReasonForEnding why() const;
    /// True when the dialog was left with "Walk Away Instead…": the caller opens the walk-away script.
    bool walkAwayRequested() const { return m_walkAway; }

private:
    void updatePreview();
    void updateButtons();
    QStringList concerns() const;

    Core::Deal m_deal;
    bool m_gate;
    bool m_walkAway = false;
    QComboBox *m_option;
    QDateEdit *m_date;
    EndingReasonFields *m_why;
    QLabel *m_preview;
    QLabel *m_concerns;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok = nullptr;
    QPushButton *m_walkAwayButton = nullptr;
};

} // namespace Triplewin::Ui
