#pragma once

#include "workshop/workshopsandbox.h"

#include <QMainWindow>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QUndoStack;
QT_END_NAMESPACE

namespace Triplewin::Core {
class RoomServer;
}

namespace Triplewin::Ui {

class DealEditor;
class MessageBar;
class PresenterView;
class ValueChartView;

/// Workshop mode for trainers: a scenario pack in a sandbox (an in-memory database), its scenarios edited here
/// and presented full screen (F5). The user's own deal database is never opened, shown or written from here.
/// Closing the window leaves workshop mode (left()).
class WorkshopWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopWindow)

public:
    explicit WorkshopWindow(QWidget *parent = nullptr);
    ~WorkshopWindow() override;

    /// Loads the pack at @p path (the bundled one when empty). A bad pack is reported with its file, place and
    /// problem, and the current pack stays as it was. Returns false then.
    bool openPack(const QString &path);
    /// Writes the pack as edited to @p path (version-1 JSON); false with a message when that fails.
    bool savePackAs(const QString &path);
    /// Shows the presenter full screen, starting at the selected scenario.
    PresenterView *present();
    /// The workshop room the presenter opens (R); its results stay here after the presenter closes.
    Core::RoomServer *room() const { return m_room; }
    /// Writes the room's results to @p path: JSON for a .json file, else CSV. False with a message when that fails.
    bool exportRoomResultsTo(const QString &path);

    Core::WorkshopSandbox &sandbox() { return m_sandbox; }
    int currentScenario() const;
    void selectScenario(int index);
    DealEditor *dealEditor() const { return m_editor; }
    ValueChartView *chart() const { return m_chart; }
    QPlainTextEdit *debriefEdit() const { return m_debrief; }
    bool isPackModified() const { return m_modified; }
    PresenterView *presenter() const;
    /// The last error shown (for tests), empty when none.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// Workshop mode ended (the window is closing).
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void importPack();
    bool savePack();
    bool exportPack();
    void exportRoomResults();
    bool commitEdits();
    bool maybeSavePack();
    void showScenario(int index);
    void reloadList();
    void updateTitle();
    void updateChart();
    void reportError(const QString &message);

    Core::WorkshopSandbox m_sandbox;
    QString m_packPath; ///< empty for the bundled pack (read-only: saving asks where)
    bool m_modified = false;
    int m_shown = -1;
    bool m_loadingTexts = false;
    QString m_lastError;

    QUndoStack *m_undoStack;
    MessageBar *m_messageBar;
    QListWidget *m_list;
    QTabWidget *m_tabs;
    DealEditor *m_editor;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_lesson;
    std::array<QLineEdit *, Core::PartyCount> m_roleNames{};
    std::array<QPlainTextEdit *, Core::PartyCount> m_roleBriefs{};
    std::array<QPlainTextEdit *, Core::PartyCount> m_roleSecrets{};
    QPlainTextEdit *m_debrief;
    ValueChartView *m_chart;
    QPointer<PresenterView> m_presenter;
    Core::RoomServer *m_room;
};

} // namespace Triplewin::Ui
