#pragma once

#include <core/coaching/coach.h>
#include <core/domain/deal.h>
#include <core/storage/dealrepository.h>
#include <core/storage/draftrepository.h>
#include <core/storage/scriptrepository.h>
#include <QMainWindow>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QDockWidget;
class QStackedWidget;
class QTimer;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Core {
class Database;
class DealListModel;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

class DailyBackup;
class DealEditor;
class DealListPanel;
class DraftKeeper;
class EmptyStatePage;
class HabitsPanel;
class TeamReviewWindow;
class WorkshopWindow;
class ValueChartView;

/// Composes the deal list, the deal editor and the value chart, and wires the actions. Features live in their
/// own classes; this class only decides what is shown and asks before anything unsaved is dropped.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// @p database must be open and outlive the window.
    explicit MainWindow(Core::Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    DealEditor *editor() const { return m_editor; }
    ValueChartView *chart() const { return m_chart; }
    DealListPanel *dealList() const { return m_dealList; }
    QUndoStack *undoStack() const { return m_undoStack; }
    HabitsPanel *habitsPanel() const { return m_habitsPanel; }
    TeamReviewWindow *teamReview() const { return m_teamReview; }
    /// True when the open deal has changes that are not saved.
    bool isDealModified() const;
    /// Keeps the open deal's unsaved changes as a draft now (as the autosave does), for a quit that cannot ask.
    void keepUnsavedChangesAsDraft();

public Q_SLOTS:
    void newDeal();
    /// Saves the open deal; false (with the reason shown) when it could not be saved.
    bool saveDeal();
    /// Opens deal @p id, asking first about unsaved changes; false when the user cancelled or it failed.
    bool openDeal(qint64 id);
    void moveDealToTrash();
    /// Records the agreed option and freezes the outcome (asks which option; saves pending edits first).
    void closeDeal();
    /// Opens the walk-away wizard for the open deal; it can record the deal as walked away.
    void walkAwayFromDeal();
    void reopenDeal();
    void editHabitSettings();
    /// Imports a CSV file (preview, column mapping, one transaction).
    void importDeals();
    /// Exports every live deal as Triplewin CSV or JSON.
    void exportDeals();
    /// Merges another member's database file into this one (the file itself is only read).
    void mergeDatabase();
    /// Opens (or brings forward) the manager's team review window.
    void showTeamReview();
    /// Hides this window and opens workshop mode (a sandbox); it comes back when workshop mode is left.
    void startWorkshop();
    /// Lists the database's backups and restores the chosen one (after asking).
    void chooseBackupToRestore();
    /// Replaces the database's content with @p backupPath and reloads everything shown; false with a message.
    bool restoreBackup(const QString &backupPath);
    WorkshopWindow *workshopWindow() const;
    void showTrash();
    void editProfile();

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    /// The daily backup started with the window has finished (made, not due, or failed).
    void dailyBackupFinished();

private:
    void createActions();
    /// Puts text still open in a cell editor into the deal; false when it was refused (message shown).
    bool commitPendingEdits();
    /// Asks to save, discard or cancel when the open deal has changes; false means "cancel".
    bool maybeSave();
    /// The user's name (new deals are filed under it, endings signed with it); asks for it when the user never
    /// gave one (empty: they cancelled).
    QString signingName();
    void applyUserName(const QString &name);
    /// Shows @p draft's changes over the deal they were made to (or as a new deal), unsaved.
    void restoreDraft(const Core::Draft &draft);
    /// Asks what to do when a save found the deal changed or removed elsewhere: reload, overwrite or save a copy.
    Core::Expected<Core::Deal> resolveStaleSave(const Core::StorageError &stale);
    void showDeal(const Core::Deal &deal);
    void showEmptyState();
    void refreshAfterEdit();
    void reloadList();
    void updateActions();
    /// Saves pending changes before closing, walking away or reopening; false when the user cancelled.
    bool saveBeforeEnding(const QString &action);
    /// Shows @p deal as stored after a closing step and refreshes everything that depends on it.
    bool showEndedDeal(const Core::Expected<Core::Deal> &result, const QString &action);
    void checkCustomer();

    Core::Database &m_database;
    Core::DealRepository m_repository;
    Core::Coach m_coach;
    Core::ScriptRepository m_scripts;
    Core::DealListModel *m_listModel;
    QUndoStack *m_undoStack;
    DealListPanel *m_dealList;
    DealEditor *m_editor;
    ValueChartView *m_chart;
    QStackedWidget *m_pages;
    QSplitter *m_dealPage;
    EmptyStatePage *m_emptyPage;
    QSplitter *m_mainSplitter;
    HabitsPanel *m_habitsPanel;
    QDockWidget *m_habitsDock;
    QTimer *m_customerCheck;
    DraftKeeper *m_drafts;
    DailyBackup *m_dailyBackup;
    TeamReviewWindow *m_teamReview = nullptr;
    QPointer<WorkshopWindow> m_workshop;
    Core::Deal m_saved; ///< the open deal as last saved (or as created, for a new deal)
    bool m_hasDeal = false;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_addOptionAction = nullptr;
    QAction *m_closeDealAction = nullptr;
    QAction *m_walkAwayAction = nullptr;
    QAction *m_reopenAction = nullptr;
};

} // namespace Triplewin::Ui
