#pragma once

#include <core/domain/deal.h>
#include <core/storage/dealrepository.h>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Core {
class Database;
class DealListModel;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

class DealEditor;
class DealListPanel;
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
    /// True when the open deal has changes that are not saved.
    bool isDealModified() const;

public Q_SLOTS:
    void newDeal();
    /// Saves the open deal; false (with the reason shown) when it could not be saved.
    bool saveDeal();
    /// Opens deal @p id, asking first about unsaved changes; false when the user cancelled or it failed.
    bool openDeal(qint64 id);
    void moveDealToTrash();
    void showTrash();
    void editProfile();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    /// Puts text still open in a cell editor into the deal; false when it was refused (message shown).
    bool commitPendingEdits();
    /// Asks to save, discard or cancel when the open deal has changes; false means "cancel".
    bool maybeSave();
    void showDeal(const Core::Deal &deal);
    void showEmptyState();
    void refreshAfterEdit();
    void reloadList();
    void updateActions();

    Core::Database &m_database;
    Core::DealRepository m_repository;
    Core::DealListModel *m_listModel;
    QUndoStack *m_undoStack;
    DealListPanel *m_dealList;
    DealEditor *m_editor;
    ValueChartView *m_chart;
    QStackedWidget *m_pages;
    QSplitter *m_dealPage;
    QWidget *m_emptyPage;
    QLabel *m_emptyText;
    QSplitter *m_mainSplitter;
    Core::Deal m_saved; ///< the open deal as last saved (or as created, for a new deal)
    bool m_hasDeal = false;

    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_addOptionAction = nullptr;
};

} // namespace Triplewin::Ui
