#include "dealsession.h"

#include "closedealdialog.h"
#include "dealeditor.h"
#include "draftkeeper.h"
#include "endingreasonfields.h"
#include "movetotrashcommand.h"
#include "optionstable.h"
#include "stalesavequestion.h"
#include "walkawaywizard.h"

#include <core/coaching/coach.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/noterepository.h>
#include <core/storage/serverwatch.h>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>
#include <utility>

namespace Triplewin::Ui {

using Core::Deal;

DealSession::DealSession(Core::Database &database, Core::DealRepository &repository, Core::Coach &coach,
                         std::function<DealEditor *()> makeEditor, QUndoStack *undoStack,
                         std::function<QString()> signingName, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_repository(repository)
    , m_coach(coach)
    , m_scripts(database)
    , m_makeEditor(std::move(makeEditor))
    , m_undoStack(undoStack)
    , m_signingName(std::move(signingName))
    , m_window(window)
    , m_drafts(new DraftKeeper(
          database, [this] { return isModified() ? std::optional<Deal>(editor()->deal()) : std::nullopt; }, this))
    , m_serverWatch(new Core::ServerWatch(database, this))
    , m_customerCheck(new QTimer(this))
{
    // A moment after the last keystroke in the customer field, not at each one.
    m_customerCheck->setSingleShot(true);
    m_customerCheck->setInterval(300);
    connect(m_customerCheck, &QTimer::timeout, this, &DealSession::checkCustomer);
    connect(m_drafts, &DraftKeeper::keepFailed, this, [this](const QString &why) { Q_EMIT statusMessage(why, 8000); });
    connect(m_drafts, &DraftKeeper::serverUnreachable, this, &DealSession::serverLost);
    connect(m_serverWatch, &Core::ServerWatch::answered, this, &DealSession::serverAnswered);
}

DealEditor *DealSession::editor()
{
    if (!m_editor) {
        m_editor = m_makeEditor();
        connect(m_editor, &DealEditor::customerEdited, m_customerCheck, qOverload<>(&QTimer::start));
        connect(m_editor, &DealEditor::edited, m_drafts, &DraftKeeper::schedule);
        connect(m_editor, &DealEditor::walkAwayRequested, this, [this] { walkAway(); });
    }
    return m_editor;
}

bool DealSession::isModified() const
{
    return m_hasDeal && !m_editor->deal().sameContentAs(m_saved); // a deal shown was shown in the editor
}

bool DealSession::commitPendingEdits()
{
    return !m_hasDeal || editor()->optionsTable()->commitPendingEdit();
}

bool DealSession::maybeSave()
{
    if (!commitPendingEdits())
        return false;
    if (!isModified())
        return true;
    const Deal current = editor()->deal();
    const QString title = current.title.isEmpty() ? tr("The new deal") : tr("“%1”").arg(current.title);
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"), tr("%1 has changes that are not saved. Save them?").arg(title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DealSession::newDeal()
{
    if (!maybeSave())
        return;
    // A deal is filed under its salesperson, and the coach finds it by that name: ask once if it was never given.
    QString owner = m_signingName();
    if (owner.isEmpty())
        owner = Core::ProfileSettings::systemUserName();
    if (owner.isEmpty()) {
        Q_EMIT statusMessage(tr("A new deal needs your name: enter it under Settings ▸ Your Name."), 8000);
        return;
    }
    Deal deal;
    deal.salesperson = owner;
    deal.currency = Core::ProfileSettings::defaultCurrency();
    deal.expectedClose = QDate::currentDate().addDays(30);
    show(deal);
    editor()->focusTitle();
    Q_EMIT statusMessage(tr("New deal: give it a title, then add the options you could offer."), 6000);
}

bool DealSession::save()
{
    if (!m_hasDeal)
        return true;
    if (!commitPendingEdits() || !editor()->validate())
        return false;
    Core::Expected<Deal> saved = m_repository.save(editor()->deal());
    if (!saved.ok() && (saved.error().kind == Core::StorageError::Kind::Conflict ||
                        saved.error().kind == Core::StorageError::Kind::NotFound))
        saved = resolveStaleSave(saved.error());
    if (!saved.ok() && saved.error().kind == Core::StorageError::Kind::Unreachable && m_database.isServer()) {
        // Never lost because the connection dropped: kept on this computer, saved when the server answers again.
        m_drafts->keepNow();
        if (m_drafts->isKeptOffline()) {
            m_saveWhenServerAnswers = true;
            serverLost();
            const Deal mine = editor()->deal();
            editor()->showMessage(
                tr("The team server does not answer, so %1 is not saved there yet. Your changes are kept on this "
                   "computer: Triplewin saves them on the server as soon as it answers again, and if you quit "
                   "before that, offers them back at the next start.")
                    .arg(mine.title.isEmpty() ? tr("the new deal") : tr("“%1”").arg(mine.title)));
            return false;
        }
    }
    if (!saved.ok()) {
        if (!saved.error().message.isEmpty())
            editor()->showMessage(saved.error().fullText());
        return false;
    }
    showSaved(saved.value());
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(m_saved.title), 4000);
    return true;
}

void DealSession::showSaved(const Deal &saved)
{
    m_saved = saved;
    m_drafts->discard();
    // Take the ids, revision and timestamps the database assigned. The undo history ends here: its snapshots
    // predate those ids, and replaying one would replace saved options instead of editing them.
    m_undoStack->clear();
    editor()->setDeal(m_saved);
    Q_EMIT dealsChanged();
    Q_EMIT dealShown();
}

void DealSession::serverLost()
{
    if (m_serverWatch->isWatching())
        return;
    m_serverWatch->start();
    Q_EMIT serverAnswersChanged(false);
}

void DealSession::serverAnswered()
{
    if (const Core::StorageError error = m_database.reconnect()) {
        if (error.kind == Core::StorageError::Kind::Unreachable) {
            m_serverWatch->start(); // gone again already
            return;
        }
        Q_EMIT statusMessage(error.fullText(), 0); // it answers, but not to this login any more
        return;
    }
    Q_EMIT serverAnswersChanged(true);
    Q_EMIT dealsChanged(); // the list and the coach read the server again
    const bool save = std::exchange(m_saveWhenServerAnswers, false);
    if (!save || !isModified() || !commitPendingEdits()) {
        m_drafts->keepNow(); // the changes kept on this computer go to the server's draft
        Q_EMIT statusMessage(tr("The team server answers again."), 8000);
        return;
    }
    const Core::Expected<Deal> saved = m_repository.save(editor()->deal());
    if (!saved.ok()) {
        m_drafts->keepNow();
        if (saved.error().kind == Core::StorageError::Kind::Unreachable) {
            m_saveWhenServerAnswers = true;
            serverLost();
        } else if (saved.error().kind == Core::StorageError::Kind::Conflict ||
                   saved.error().kind == Core::StorageError::Kind::NotFound) {
            editor()->showMessage(tr("The team server answers again, but “%1” was changed or removed there "
                                     "meanwhile. Save it to choose what to keep.")
                                      .arg(editor()->deal().title));
        } else {
            editor()->showMessage(saved.error().fullText());
        }
        return;
    }
    showSaved(saved.value());
    Q_EMIT statusMessage(tr("The team server answers again: “%1” is saved there.").arg(m_saved.title), 8000);
}

Core::Expected<Deal> DealSession::resolveStaleSave(const Core::StorageError &stale)
{
    const Deal mine = editor()->deal();
    // Nothing more to say when the answer leaves the deal unsaved: the edits stay, or the stored version shows.
    const Core::StorageError unsaved{Core::StorageError::Kind::Invalid, {}, {}};
    switch (StaleSaveQuestion::ask(m_window, stale)) {
    case StaleSaveQuestion::Answer::Overwrite:
        return m_repository.saveOverwriting(mine);
    case StaleSaveQuestion::Answer::SaveCopy:
        return m_repository.save(Core::copyOf(mine, tr("%1 (my copy)").arg(mine.title)));
    case StaleSaveQuestion::Answer::Reload: {
        const Core::Expected<Deal> stored = m_repository.load(mine.id);
        if (!stored.ok())
            return stored;
        show(stored.value());
        Q_EMIT statusMessage(tr("Reloaded “%1” as stored.").arg(stored.value().title), 4000);
        return unsaved;
    }
    case StaleSaveQuestion::Answer::Cancel:
        break;
    }
    return unsaved;
}

bool DealSession::open(qint64 id)
{
    if (m_hasDeal && m_saved.id == id)
        return true;
    if (!maybeSave())
        return false;
    const Core::Expected<Deal> loaded = m_repository.load(id);
    if (!loaded.ok()) {
        QMessageBox::warning(m_window, tr("Open Deal"), loaded.error().fullText());
        return false;
    }
    show(loaded.value());
    return true;
}

void DealSession::show(const Deal &deal)
{
    // Whatever was being edited has been saved or discarded by now (maybeSave()): its draft goes.
    m_drafts->discard();
    // Option edits of the previous deal must never be replayed onto this one.
    m_undoStack->clear();
    DealEditor *view = editor(); // built before a deal counts as shown
    m_saved = deal;
    m_hasDeal = true;
    view->setDeal(deal);
    // setDeal() normalises fields (a missing date becomes a default one); compare against what is shown.
    m_saved = view->deal();
    const Core::Expected<QList<Core::DealEvent>> history =
        deal.id ? m_repository.history(deal.id) : Core::Expected<QList<Core::DealEvent>>(QList<Core::DealEvent>());
    view->setHistory(history.ok() ? history.value() : QList<Core::DealEvent>());
    if (!history.ok())
        Q_EMIT statusMessage(tr("The deal's history could not be read: %1").arg(history.error().fullText()), 0);
    const Core::Expected<QList<Core::CoachingNote>> notes =
        deal.id ? Core::NoteRepository(m_database).notes(deal.id) : QList<Core::CoachingNote>();
    view->setCoachingNotes(notes.ok() ? notes.value() : QList<Core::CoachingNote>(),
                           notes.ok() ? QString() : notes.error().fullText());
    checkCustomer();
    Q_EMIT dealShown();
}

void DealSession::clear()
{
    m_undoStack->clear();
    m_drafts->discard();
    m_hasDeal = false;
    m_saved = Deal{};
    if (m_editor) // never built: nothing on it to clear
        m_editor->setDeal(m_saved);
    Q_EMIT cleared();
}

void DealSession::restoreDraft(const Core::Draft &draft)
{
    Deal base;
    if (draft.deal.id != 0) {
        const Core::Expected<Deal> stored = m_repository.load(draft.deal.id);
        if (stored.ok()) {
            base = stored.value();
        } else if (stored.error().kind != Core::StorageError::Kind::NotFound) {
            // Not "deleted": the deal could not be read. The draft stays for the next start.
            QMessageBox::warning(m_window, tr("Restore Unsaved Changes"),
                                 tr("Your unsaved changes were kept, but the deal they belong to could not be read, "
                                    "so they were not restored: %1")
                                     .arg(stored.error().fullText()));
            return;
        }
    }
    if (base.id == 0) {
        // A new deal, or one deleted since: the changes come back as a new, unsaved deal.
        base.salesperson = draft.deal.salesperson;
        base.currency = draft.deal.currency;
    }
    show(base);
    editor()->setDeal(base.id != 0 ? draft.deal : Core::copyOf(draft.deal, draft.deal.title));
    Q_EMIT dealShown();
    m_drafts->keepNow(); // show() dropped the draft; the changes are unsaved again
    Q_EMIT statusMessage(tr("Restored your unsaved changes. Save them with Ctrl+S."), 6000);
}

void DealSession::checkCustomer()
{
    if (!m_hasDeal)
        return;
    const Deal current = editor()->deal();
    const Core::Expected<QString> warning = m_coach.customerWarning(current.customer, current.id);
    editor()->setCustomerWarning(warning.ok() ? warning.value() : warning.error().fullText());
}

bool DealSession::saveBeforeEnding(const QString &action)
{
    if (!commitPendingEdits())
        return false;
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(m_window, action, tr("The deal has unsaved changes. Save them first?"),
                                              QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save && save();
}

bool DealSession::showEnded(const Core::Expected<Deal> &result, const QString &action)
{
    if (!result.ok()) {
        QMessageBox::warning(m_window, action, result.error().fullText());
        return false;
    }
    show(result.value());
    Q_EMIT dealsChanged();
    return true;
}

void DealSession::closeDeal()
{
    const QString action = tr("Close Deal");
    if (!m_hasDeal || !saveBeforeEnding(action) || m_saved.id == 0)
        return;
    if (m_saved.options.isEmpty()) {
        QMessageBox::information(m_window, action, tr("Add the option you agreed on before closing the deal."));
        return;
    }
    const QString by = m_signingName();
    if (by.isEmpty())
        return;
    CloseDealDialog dialog(m_saved, Core::ProfileSettings::closingGate(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        if (dialog.walkAwayRequested())
            walkAway(dialog.why()); // what was said in the closing dialog is not asked again
        return;
    }
    if (showEnded(
            m_repository.closeDeal(m_saved.id, dialog.optionId(), by, dialog.closedAt(), dialog.reason(), dialog.why()),
            action))
        Q_EMIT statusMessage(tr("Closed “%1”. The coach counts it from now on.").arg(m_saved.title), 6000);
}

void DealSession::walkAway(const Core::ReasonForEnding &why)
{
    const QString action = tr("Transparent Walk-Away");
    if (!m_hasDeal || !saveBeforeEnding(action) || m_saved.id == 0)
        return;
    const Core::Expected<std::optional<Core::SavedScript>> saved = m_scripts.load(m_saved.id);
    if (!saved.ok()) {
        QMessageBox::warning(m_window, action, saved.error().fullText());
        return;
    }
    WalkAwayWizard wizard(m_saved, saved.value(), m_window);
    if (!why.isEmpty())
        wizard.whyFields()->setValue(why);
    connect(&wizard, &WalkAwayWizard::scriptExported, this,
            [this](const QString &path) { Q_EMIT statusMessage(tr("Exported the script to %1.").arg(path), 6000); });
    const int result = wizard.exec();
    // However the wizard was left, what the salesperson wrote in it is kept with the deal.
    if (wizard.isModified()) {
        if (const Core::StorageError error = m_scripts.save(m_saved.id, wizard.script()))
            QMessageBox::warning(m_window, action, error.fullText());
    }
    if (result == QDialog::Accepted && wizard.recordRequested()) {
        if (const QString by = m_signingName(); !by.isEmpty())
            showEnded(m_repository.walkAway(m_saved.id, by, QDateTime::currentDateTimeUtc(), wizard.why()), action);
    }
}

void DealSession::reopen()
{
    if (!m_hasDeal || !m_saved.ending || !saveBeforeEnding(tr("Reopen Deal")))
        return;
    if (const QString by = m_signingName(); !by.isEmpty())
        showEnded(m_repository.reopen(m_saved.id, by), tr("Reopen Deal"));
}

void DealSession::moveToTrash()
{
    if (!m_hasDeal || m_saved.id == 0)
        return;
    const qint64 id = m_saved.id;
    const QString title = m_saved.title;
    // The open deal's unsaved edits go with it: they are lost only if the user confirms.
    if (isModified()) {
        const auto answer =
            QMessageBox::question(m_window, tr("Move to Trash"),
                                  tr("“%1” has unsaved changes. Move it to the trash without saving them?").arg(title),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_undoStack->clear();
    m_undoStack->push(new MoveToTrashCommand(
        m_repository, id, title, [this, id, title](const Core::StorageError &error, bool inTrash) {
            if (error) {
                QMessageBox::warning(m_window, tr("Move to Trash"), error.fullText());
                return;
            }
            if (inTrash && m_hasDeal && m_saved.id == id) {
                m_hasDeal = false;
                m_saved = Deal{};
                Q_EMIT cleared();
            }
            Q_EMIT dealsChanged();
            Q_EMIT statusMessage(inTrash ? tr("Moved “%1” to the trash. Undo (Ctrl+Z) brings it back.").arg(title)
                                         : tr("Restored “%1” from the trash.").arg(title),
                                 inTrash ? 8000 : 6000);
        }));
}

} // namespace Triplewin::Ui
