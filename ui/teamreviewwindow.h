#pragma once

#include <core/coaching/coach.h>
#include <core/models/teamhistorymodel.h>
#include <core/storage/backgroundreads.h>
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
    /// Whether the dashboard is being read (on a worker: the window stays responsive meanwhile).
    bool isReadingDashboard() const { return m_reads->isBusy(); }

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
    /// What the dashboard shows, as read from the database: the coach's team report, the value left on the table and
    /// why deals ended, over the RQ period from @p from to @p to, with the coach's @p thresholds.
    struct Dashboard
    {
        QDate from;
        QDate to;
        int months = 0; ///< the RQ period, in months (its charts' titles)
        Core::HabitThresholds thresholds;
        QList<Core::HabitReport> team;
        QList<Core::ValueLeftSum> valueLeft;
        QString valueLeftError; ///< why the value left could not be read (shown in its place), or empty
        QList<Core::ReasonCount> reasons;
        QString reasonsError; ///< why the reasons could not be read (shown on their tab), or empty
    };
    /// The period and thresholds the settings say, nothing read yet (on this thread: the settings are the GUI's).
    static Dashboard emptyDashboard();
    /// Reads @p dashboard's figures from @p database (a worker's connection, BackgroundReads), stopping early when
    /// no longer @p wanted.
    static Core::Expected<Dashboard> readDashboard(Core::Database &database, Dashboard dashboard,
                                                   const Core::BackgroundReads::Wanted &wanted);

    void applyFilter();
    /// Reads the dashboard again on a worker and shows it when it is read.
    void refreshDashboard();
    void showDashboard(const Core::Expected<Dashboard> &read);
    /// Why deals ended since @p from, by outcome and by salesperson, as HTML tables (empty: none ended).
    QString reasonsHtml(const QList<Core::ReasonCount> &counts, const QDate &from);
    /// The value the team's closings left on the table since @p from, per salesperson and currency, as HTML.
    QString valueLeftHtml(const QList<Core::ValueLeftSum> &sums, const QDate &from);
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
    Core::BackgroundReads *m_reads;
    bool m_dashboardShown = false; ///< a read dashboard is shown (not yet, or an error, otherwise)
};

} // namespace Triplewin::Ui
