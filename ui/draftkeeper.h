#pragma once

#include <core/storage/draftrepository.h>
#include <functional>
#include <memory>
#include <optional>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
class QWidget;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Keeps the open deal's unsaved changes as a draft a moment after the last edit, for recovery after a crash or a
/// power cut (DraftRepository), and offers a draft found at start back to the user.
///
/// On a team server that does not answer, the draft is kept on this computer instead (offlinePath()), until the
/// server has it again; the next start offers it back from there too.
class DraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)

public:
    /// @p unsaved gives the open deal when it has unsaved changes, std::nullopt when it has none.
    DraftKeeper(Core::Database &database, std::function<std::optional<Core::Deal>()> unsaved,
                QObject *parent = nullptr);

    /// Keeps the changes a moment after the last call (each edit calls it).
    void schedule();
    /// Keeps the changes now; without any, drops the draft. False when they could not be kept (keepFailed() says
    /// why) or must wait for a long job (setPaused()).
    bool keepNow();
    /// Drops the draft (the changes were saved or discarded).
    void discard();
    /// While a long database job runs, keeping and dropping wait; both catch up when it is over.
    void setPaused(bool paused);
    /// The draft a session that crashed left, if any.
    std::optional<Core::Draft> pending();
    /// Asks whether to bring @p draft back; false also drops it.
    bool askToRestore(QWidget *parent, const Core::Draft &draft);
    /// Where changes are kept while the team server does not answer: a Triplewin file on this computer, one per
    /// server and login. Empty for a database file.
    QString offlinePath() const;
    /// True while the latest changes are kept only on this computer, because the team server did not answer.
    bool isKeptOffline() const { return m_keptOffline; }

Q_SIGNALS:
    /// The changes could not be kept; @p message says why.
    void keepFailed(const QString &message);
    /// The team server did not answer, and the changes were kept on this computer (offlinePath()).
    void serverUnreachable();

private:
    /// The drafts kept on this computer for the team server (opened the first time they are needed); nullptr, with
    /// @p error set, when that file cannot be used.
    Core::DraftRepository *offlineDrafts(Core::StorageError &error);
    void discardOffline();

    Core::Database &m_database;
    Core::DraftRepository m_drafts;
    std::unique_ptr<Core::Database> m_offline;
    std::unique_ptr<Core::DraftRepository> m_offlineDrafts;
    bool m_keptOffline = false;
    bool m_pendingWasOffline = false; ///< pending() found the draft on this computer
    std::function<std::optional<Core::Deal>()> m_unsaved;
    QTimer *m_timer;
    bool m_paused = false;
    bool m_deferred = false; ///< a keep or discard waited for the pause to end
};

} // namespace Triplewin::Ui
