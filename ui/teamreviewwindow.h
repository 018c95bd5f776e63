#pragma once

#include <core/coaching/coach.h>
#include <core/models/teamhistorymodel.h>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QChartView;
class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// The sales manager's view: the whole team's deal history (filtered and sorted in SQL, fetched as it
/// scrolls) and a dashboard of outcome mix, RQ and habit flags per salesperson. Deals open read-only.
class TeamReviewWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamReviewWindow)

public:
    /// @p database must outlive the window; @p manager is the author of coaching notes.
    TeamReviewWindow(Core::Database &database, const QString &manager, QWidget *parent = nullptr);
    /// The author of coaching notes from now on (the user changed their name).
    void setManager(const QString &manager) { m_manager = manager; }

    Core::TeamHistoryModel *historyModel() const { return m_model; }
    QString dashboardText() const;
    /// The "Why Deals Ended" tab's text: ended deals counted by reason, per outcome and per salesperson.
    QString reasonsText() const;
    QChartView *outcomeChart() const { return m_outcomeChart; }

public Q_SLOTS:
    /// Re-reads history and dashboard.
    void refresh();
    void openDeal(qint64 id);
    /// Writes the dashboard (charts, RQ and habit flags per salesperson) as a PDF; false with @p error set.
    /// The report exportReport() prints: title, both charts drawn at their printed size (their type prints at
    /// 10 pt), the habit flags with their evidence, and the history as filtered.
    void fillReport(QTextDocument *document);
    bool exportReport(const QString &path, QString *error);

private:
    void applyFilter();
    void refreshDashboard();
    /// Why deals ended from @p from to @p to, by outcome and by salesperson, as HTML tables (empty: none ended).
    QString reasonsHtml(const QDate &from, const QDate &to);
    /// The value the team's closings left on the table from @p from to @p to, per salesperson and currency, as HTML.
    QString valueLeftHtml(const QDate &from, const QDate &to);
    /// The team history as filtered in the window, as an HTML table for the report (at most 500 deals).
    QString historyHtml();

    Core::Database &m_database;
    QString m_manager;
    Core::TeamHistoryRepository m_repository;
    Core::Coach m_coach;
    Core::TeamHistoryModel *m_model;
    QComboBox *m_salesperson;
    QComboBox *m_status;
    QComboBox *m_outcome;
    QComboBox *m_period;
    QLineEdit *m_search;
    QTableView *m_table;
    QChartView *m_outcomeChart;
    QChartView *m_rqChart;
    QTextBrowser *m_habits;
    QTextBrowser *m_reasons;
};

} // namespace Triplewin::Ui
