#pragma once

#include <core/coaching/coach.h>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QTextBrowser;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// The coach's memory for one salesperson: habit flags with the deals that show them (clickable), the
/// relational quotient and its trend per month. Reads everything through Core::Coach.
class HabitsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HabitsPanel)

public:
    explicit HabitsPanel(Core::Coach &coach, QWidget *parent = nullptr);

    /// Shows the coach for @p salesperson (added to the list when new).
    void setSalesperson(const QString &salesperson);
    QString salesperson() const;
    /// The report on screen (for tests).
    const Core::HabitReport &report() const { return m_report; }
    /// The flags and evidence as plain text (for tests and screen readers).
    QString flagsText() const;
    /// The deals of @p report that ended without an assessment, as HTML with a deal: link each; empty when there
    /// are none. @p salesperson names someone else (the team view); empty means the user ("you").
    static QString toAssessHtml(const Core::HabitReport &report, const QString &salesperson = QString());

public Q_SLOTS:
    /// Re-reads the history (after a deal was closed, reopened, saved or trashed).
    void refresh();

Q_SIGNALS:
    /// The user clicked a deal in the evidence.
    void dealActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport();
    /// The RQ trend chart, built the first time there is a month to show.
    void buildTrend();
    /// Its colours from the palette, light or dark.
    void themeTrend();
    void showFormula();

    Core::Coach &m_coach;
    Core::HabitReport m_report;
    QComboBox *m_salesperson;
    QLabel *m_rq;
    QLabel *m_rqCaption;
    QTextBrowser *m_flags;
    QChartView *m_trend = nullptr;
    QBarSet *m_trendSet = nullptr;
    QBarCategoryAxis *m_trendAxis = nullptr;
};

} // namespace Triplewin::Ui
