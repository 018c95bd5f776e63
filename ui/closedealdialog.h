#pragma once

#include <core/domain/deal.h>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Asks which option was agreed and when, and shows what will be frozen: each party's result and the outcome.
class CloseDealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseDealDialog)

public:
    explicit CloseDealDialog(const Core::Deal &deal, QWidget *parent = nullptr);

    qint64 optionId() const;
    /// The closing date at noon local time, in UTC.
    QDateTime closedAt() const;

private:
    void updatePreview();

    Core::Deal m_deal;
    QComboBox *m_option;
    QDateEdit *m_date;
    QLabel *m_preview;
};

} // namespace Triplewin::Ui
