#pragma once

#include "dealsession.h"
#include "draftkeeper.h"
#include "mainactions.h"
#include "workshopwindow.h"

#include <core/coaching/coach.h>
#include <core/domain/deal.h>
#include <core/storage/dealrepository.h>
#include <core/storage/teamserver.h>
#include <QMainWindow>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QDockWidget;
class QStackedWidget;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Core {
class Database;
class DatabaseJobs;
class DealListModel;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

class DailyBackup;
class DealEditor;
class DealListPanel;
class EmptyStatePage;
class HabitsPanel;
class TeamReviewWindow;
class WorkshopWindow;
class ValueChartView;

/// Composes the deal list, the deal editor, the value chart and the coach, and wires the actions. Features live in
/// their own classes: the open deal and every step on it in DealSession, files in DealTransfer, backups in
/// DailyBackup and RestoreBackupDialog; this class decides what is shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// How the window begins.
    enum class Start
    {
        Afresh,          ///< a draft left by a crash is offered back (asked about); else the last deal opens
        Again,           ///< in place of a window that closeToReopen() closed: the deal it had open opens
        AgainWithChanges ///< the same, and the draft is that window's unsaved changes: back without asking
    };
    /// What closeToReopen() did.
    enum class Closed
    {
        No,            ///< the window stays (the reason was shown)
        Yes,           ///< closed, no unsaved changes (saved or discarded when asked)
        KeepingChanges ///< closed, its unsaved changes kept as the draft (Start::AgainWithChanges)
    };

    /// @p database must be open and outlive the window.
    explicit MainWindow(Core::Database &database, QWidget *parent = nullptr, Start start = Start::Afresh);
    ~MainWindow() override;

    /// The deal page's editor and chart are built the first time a deal is shown (or asked for here): the window
    /// opens on the empty state without them.
    DealEditor *editor();
    ValueChartView *chart();
    DealListPanel *dealList() const { return m_dealList; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The coach panel, built (and filled) once the window has painted, or when asked for here.
    HabitsPanel *habitsPanel();
    TeamReviewWindow *teamReview() const { return m_teamReview; }
    /// True when the open deal has changes that are not saved.
    bool isDealModified() const { return m_session->isModified(); }
    /// Keeps the open deal's unsaved changes as a draft now (as the autosave does), for a quit that cannot ask.
    void keepUnsavedChangesAsDraft() { m_session->drafts()->keepNow(); }
    /// Closes the window for another to take its place at once (Settings ▸ Language): the open deal's unsaved
    /// changes are kept as a draft, not asked about (asked about as on quitting if they could not be kept); the place
    /// on screen and the open deal are kept as on quitting. Does not close, saying why, while a long job runs, a cell
    /// holds a value it refuses, or the team server does not answer (the changes are kept on this computer until it
    /// does).
    Closed closeToReopen();

public Q_SLOTS:
    // The open deal's steps are DealSession's; these are the window's names for them.
    void newDeal() { m_session->newDeal(); }
    /// Saves the open deal; false (with the reason shown) when it could not be saved.
    bool saveDeal() { return m_session->save(); }
    /// Opens deal @p id, asking first about unsaved changes; false when the user cancelled or it failed.
    bool openDeal(qint64 id) { return m_session->open(id); }
    void moveDealToTrash() { m_session->moveToTrash(); }
    /// Records the agreed option and freezes the outcome (asks which option; saves pending edits first).
    void closeDeal() { m_session->closeDeal(); }
    /// Opens the walk-away wizard for the open deal; it can record the deal as walked away.
    void walkAwayFromDeal() { m_session->walkAway(); }
    void reopenDeal() { m_session->reopen(); }
    /// Adds an option to the open deal, in the options table (nothing without an open deal).
    void addOption();
    void editHabitSettings();
    /// Imports a CSV file (preview, column mapping, one transaction).
    void importDeals();
    /// Exports every live deal as Triplewin CSV or JSON.
    void exportDeals();
    /// File ▸ Export Deal Brief…: the open deal as shown (unsaved edits included) as a one-page PDF, to @p path or,
    /// when it is empty, to a file the user picks. False when nothing was written (cancelled, or an error shown).
    bool exportDealBrief(const QString &path = QString());
    /// Merges another member's database file into this one (the file itself is only read).
    void mergeDatabase();
    /// On a team server: copies a personal database file's deals to it (@p path, or one asked for).
    void moveDealsToServer(const QString &path = QString());
    /// Opens (or brings forward) the manager's team review window.
    void showTeamReview();
    /// Hides this window and opens workshop mode (a sandbox); it comes back when workshop mode is left.
    void startWorkshop();
    /// Lists the database's backups and restores the chosen one (after asking).
    void chooseBackupToRestore();
    /// File ▸ Connect to Team Server…: asks where, tries it, then asks the application to reopen on it
    /// (teamServerChosen()).
    void connectToTeamServer();
    /// Replaces the database's content with @p backupPath and reloads everything shown; false with a message.
    /// Starts restoring @p backupPath on the job worker; backupRestored() follows. False when it could not start.
    bool restoreBackup(const QString &backupPath);
    /// Long database work (import, export, merge, restore) runs here, one job at a time.
    Core::DatabaseJobs *jobs() const { return m_jobs; }
    WorkshopWindow *workshopWindow() const { return m_workshop; }
    void showTrash();
    void editProfile();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    /// The user chose to work on a team server (File ▸ Connect to Team Server…), which answered: the application
    /// closes this window (asking about unsaved changes) and opens another on it.
    void teamServerChosen(const Triplewin::Core::ServerAddress &address, const QString &password);
    /// The user chose to go back to the local database file (File ▸ Open Local Database).
    void localDatabaseChosen();
    /// The user chose another language in Settings ▸ Language (@p language: a name of Core::availableLanguages(), or
    /// empty for the system's); the application builds the window again in it (switchLanguage()).
    void languageChosen(const QString &language);
    /// The daily backup started with the window has finished (made, not due, or failed).
    void dailyBackupFinished();
    /// A restore started by restoreBackup() is over: @p restored says whether the backup is now the content.
    void backupRestored(bool restored);

private:
    /// The user's name (new deals are filed under it, endings signed with it); asks for it when the user never
    /// gave one (empty: they cancelled).
    QString signingName();
    void applyUserName(const QString &name);
    void showEmptyState();
    /// Where the window is and which deal is open, for the next window (QSettings).
    void saveSession();
    /// Builds the editor and the chart into the deal page, once.
    void buildDealPage();
    void refreshAfterEdit();
    /// The coach reads the history again, if it was built.
    void refreshCoach();
    void updateActions();
    /// A job started or ended: writers are disabled (and drafts wait) while it runs; afterwards all is reloaded.
    void jobRunningChanged(bool running);
    /// Everything shown that came from the database, read again (after an import, a merge, a restore).
    void reloadAfterJob();

    Core::Database &m_database;
    Core::DealRepository m_repository;
    Core::Coach m_coach;
    Core::DealListModel *m_listModel;
    QUndoStack *m_undoStack;
    DealListPanel *m_dealList;
    DealEditor *m_editor = nullptr;
    ValueChartView *m_chart = nullptr;
    QStackedWidget *m_pages;
    QSplitter *m_dealPage;
    EmptyStatePage *m_emptyPage;
    QSplitter *m_mainSplitter;
    HabitsPanel *m_habitsPanel = nullptr;
    QDockWidget *m_habitsDock;
    DealSession *m_session;
    DailyBackup *m_dailyBackup;
    Core::DatabaseJobs *m_jobs;
    TeamReviewWindow *m_teamReview = nullptr;
    bool m_coachStarted = false;
    bool m_closingToReopen = false;
    QPointer<WorkshopWindow> m_workshop;

    MainActions m_actions;
};

} // namespace Triplewin::Ui
