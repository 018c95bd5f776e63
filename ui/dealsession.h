#pragma once

#include <core/domain/deal.h>
#include <core/domain/endingreason.h>
#include <core/storage/dealrepository.h>
#include <core/storage/scriptrepository.h>
#include <functional>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
class QUndoStack;
class QWidget;
QT_END_NAMESPACE

namespace Triplewin::Core {
class Coach;
class Database;
struct Draft;
class ServerWatch;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

class DealEditor;
class DraftKeeper;

/// The deal open in the editor: what was last saved, whether it changed since, and every step that creates,
/// saves, opens, ends or drops it. Where a step would lose work (unsaved changes, a deal changed elsewhere, an
/// ending) it asks the user first, in dialogs over @p window; what it did it reports by signal, for the window to
/// show.
class DealSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealSession)

public:
    /// @p makeEditor builds the editor the first time a deal is shown (the window opens faster without it);
    /// @p signingName gives the user's name for a new deal or an ending (asking when it was never given; empty
    /// when they cancelled).
    DealSession(Core::Database &database, Core::DealRepository &repository, Core::Coach &coach,
                std::function<DealEditor *()> makeEditor, QUndoStack *undoStack, std::function<QString()> signingName,
                QWidget *window);

    bool hasDeal() const { return m_hasDeal; }
    /// The open deal as last saved (or as created, for a new deal).
    const Core::Deal &saved() const { return m_saved; }
    /// True when the open deal has changes that are not saved.
    bool isModified() const;
    DraftKeeper *drafts() const { return m_drafts; }
    /// Watches a team server that stopped answering (tests shorten its interval).
    Core::ServerWatch *serverWatch() const { return m_serverWatch; }

    /// Puts text still open in a cell editor into the deal; false when it was refused (message shown).
    bool commitPendingEdits();
    /// Asks to save, discard or cancel when the open deal has changes; false means "cancel".
    bool maybeSave();
    /// A new, unsaved deal filed under the user's name.
    void newDeal();
    /// Saves the open deal; false (with the reason shown) when it could not be saved.
    bool save();
    /// Opens deal @p id, asking first about unsaved changes; false when the user cancelled or it failed.
    bool open(qint64 id);
    /// Shows @p deal as the open one, saved as it is.
    void show(const Core::Deal &deal);
    /// No deal open (it went to the trash, or the database was replaced).
    void clear();
    /// Shows @p draft's changes over the deal they were made to (or as a new deal), unsaved.
    void restoreDraft(const Core::Draft &draft);
    /// Records the agreed option and freezes the outcome (asks which option; saves pending edits first).
    void closeDeal();
    /// The walk-away wizard for the open deal; it keeps its script with the deal and can record the walk-away. @p why
    /// is a reason already given (in the closing dialog), offered again there.
    void walkAway(const Core::ReasonForEnding &why = {});
    void reopen();
    /// Moves the open deal to the trash, as a step on the undo stack.
    void moveToTrash();
    /// Warns under the customer field when this customer came off worse last time.
    void checkCustomer();

Q_SIGNALS:
    /// A deal is on screen (new, opened, reloaded, ended): the window shows its page, title, chart and actions.
    void dealShown();
    /// No deal is open any more.
    void cleared();
    /// Stored deals changed: the list reloads and the coach recounts.
    void dealsChanged();
    void statusMessage(const QString &message, int timeoutMs);
    /// The team server stopped answering (@p answers false: changes are kept on this computer meanwhile), or answers
    /// again and the window is connected to it again.
    void serverAnswersChanged(bool answers);

private:
    /// The editor, built on first use.
    DealEditor *editor();
    /// Asks what to do when a save found the deal changed or removed elsewhere: reload, overwrite or save a copy.
    Core::Expected<Core::Deal> resolveStaleSave(const Core::StorageError &stale);
    /// Saves pending changes before closing, walking away or reopening; false when the user cancelled.
    bool saveBeforeEnding(const QString &action);
    /// Shows the deal as stored after a closing step; false (with the reason shown) when the step failed.
    bool showEnded(const Core::Expected<Core::Deal> &result, const QString &action);
    /// Shows @p saved, just saved, as the open deal: its ids and revision; the undo history ends.
    void showSaved(const Core::Deal &saved);
    /// The team server did not answer: watch for it to answer again.
    void serverLost();
    /// It answers: connect the window again and save what could not be saved.
    void serverAnswered();

    Core::Database &m_database;
    Core::DealRepository &m_repository;
    Core::Coach &m_coach;
    Core::ScriptRepository m_scripts;
    std::function<DealEditor *()> m_makeEditor;
    DealEditor *m_editor = nullptr;
    QUndoStack *m_undoStack;
    std::function<QString()> m_signingName;
    QWidget *m_window;
    DraftKeeper *m_drafts;
    Core::ServerWatch *m_serverWatch;
    QTimer *m_customerCheck;
    Core::Deal m_saved;
    bool m_hasDeal = false;
    bool m_saveWhenServerAnswers = false; ///< a save failed because the team server did not answer
};

} // namespace Triplewin::Ui
