#include "mainwindow.h"

#include "dailybackup.h"
#include "dealbrief.h"
#include "dealeditor.h"
#include "deallistpanel.h"
#include "dealsession.h"
#include "dealtransfer.h"
#include "draftkeeper.h"
#include "emptystatepage.h"
#include "habitsettingsdialog.h"
#include "habitspanel.h"
#include "jobprogress.h"
#include "mainactions.h"
#include "optionstable.h"
#include "profiledialog.h"
#include "restorebackupdialog.h"
#include "screenfit.h"
#include "serverconnectdialog.h"
#include "teamreviewwindow.h"
#include "trashdialog.h"
#include "valuechartview.h"
#include "workshopwindow.h"

#include <core/models/deallistmodel.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/databasejobs.h>
#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace Triplewin::Ui {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString DealSplitterKey = QStringLiteral("window/dealSplitter");
const QString LastDatabaseKey = QStringLiteral("session/database");
const QString LastDealKey = QStringLiteral("session/deal");
constexpr int DailyBackupDelayMs = 1500;

} // namespace

MainWindow::MainWindow(Core::Database &database, QWidget *parent, Start start)
    : QMainWindow(parent)
    , m_database(database)
    , m_repository(database)
    , m_coach(database)
    , m_listModel(new Core::DealListModel(m_repository, this))
    , m_undoStack(new QUndoStack(this))
    , m_dealList(new DealListPanel(m_listModel, this))
    , m_pages(new QStackedWidget(this))
    , m_dealPage(new QSplitter(Qt::Vertical, this))
    , m_emptyPage(new EmptyStatePage(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_habitsDock(new QDockWidget(tr("Coach"), this))
    , m_session(new DealSession(
          database, m_repository, m_coach, [this] { return editor(); }, m_undoStack, [this] { return signingName(); },
          this))
    , m_dailyBackup(new DailyBackup(this))
    , m_jobs(new Core::DatabaseJobs(database, this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/triplewin.svg")));
    m_dealPage->setChildrenCollapsible(false);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_dealPage);
    m_mainSplitter->addWidget(m_dealList);
    m_mainSplitter->addWidget(m_pages);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({300, 1100});
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    m_habitsDock->setObjectName(QStringLiteral("habitsDock"));
    m_habitsDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_habitsDock);
    m_actions = MainActions::create(this, m_habitsDock, m_database.path());

    connect(m_session, &DealSession::dealShown, this, [this] {
        m_pages->setCurrentWidget(m_dealPage);
        m_dealList->selectDeal(m_session->saved().id);
        refreshAfterEdit();
    });
    connect(m_session, &DealSession::cleared, this, &MainWindow::showEmptyState);
    connect(m_session, &DealSession::dealsChanged, this, [this] {
        m_listModel->reload();
        m_dealList->selectDeal(m_session->hasDeal() ? m_session->saved().id : 0);
        refreshCoach();
    });
    connect(m_session, &DealSession::statusMessage, statusBar(), &QStatusBar::showMessage);
    auto *serverState = new QLabel(tr("Team server not answering: changes are kept on this computer"), this);
    serverState->setObjectName(QStringLiteral("serverState"));
    serverState->hide();
    statusBar()->addPermanentWidget(serverState);
    connect(m_session, &DealSession::serverAnswersChanged, serverState, &QLabel::setHidden);
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString &message, bool failed) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, failed ? 0 : 4000);
        Q_EMIT dailyBackupFinished();
    });
    connect(m_emptyPage, &EmptyStatePage::newDealRequested, this, &MainWindow::newDeal);
    connect(m_dealList, &DealListPanel::dealActivated, this, [this](qint64 id) {
        if (!openDeal(id))
            m_dealList->selectDeal(m_session->saved().id);
    });
    connect(m_jobs, &Core::DatabaseJobs::runningChanged, this, &MainWindow::jobRunningChanged);
    connect(m_listModel, &Core::DealListModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Deals"), message); });

    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    // First start: as large as is comfortable, never larger than the screen (the coach would be off-screen); a
    // geometry from another, larger screen is brought onto this one.
    if (settings.value(GeometryKey).isNull())
        resizeWithinScreen(this, QSize(1400, 900));
    else
        keepOnScreen(this);

    m_listModel->reload();
    showEmptyState();
    // Unsaved changes from a session that crashed come first; otherwise pick up where the user left off. In place of
    // another window, its unsaved changes are simply there again.
    if (const std::optional<Core::Draft> draft = m_session->drafts()->pending()) {
        if (start == Start::AgainWithChanges)
            m_session->restoreDraft(*draft);
        else
            QTimer::singleShot(0, this, [this, pending = *draft] {
                if (m_session->drafts()->askToRestore(this, pending))
                    m_session->restoreDraft(pending);
            });
    } else if (settings.value(LastDatabaseKey).toString() == m_database.displayName()) {
        const qint64 last = settings.value(LastDealKey).toLongLong();
        // In the list: not trashed since. In place of another window it was open a moment ago (maybe further down
        // than the list's first page).
        if (last > 0 && (start != Start::Afresh || m_listModel->rowOf(last) >= 0))
            openDeal(last);
    }
    m_actions.openLocal->setVisible(m_database.isServer());
    m_actions.moveToServer->setVisible(m_database.isServer());
    if (m_database.isServer()) {
        // The server keeps its own backups (a DBA's pg_dump); there is no file here to copy.
        statusBar()->showMessage(tr("Team server: %1").arg(m_database.displayName()));
    } else {
        statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())));
        // Today's backup copies the whole file: started once the window is up, so it never competes with its first
        // paint.
        QTimer::singleShot(DailyBackupDelayMs, this, [this] { m_dailyBackup->start(m_database.path()); });
    }
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window, and a cell editor still open commits on losing focus: its signals must not reach
    // this half-destroyed window (UBSan caught the downcast).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

DealEditor *MainWindow::editor()
{
    buildDealPage();
    return m_editor;
}

ValueChartView *MainWindow::chart()
{
    buildDealPage();
    return m_chart;
}

void MainWindow::buildDealPage()
{
    if (m_editor)
        return;
    m_editor = new DealEditor(m_undoStack, m_dealPage);
    m_chart = new ValueChartView(m_dealPage);
    m_chart->setObjectName(QStringLiteral("valueChart"));
    m_dealPage->addWidget(m_editor);
    m_dealPage->addWidget(m_chart);
    // The editor before the chart: the options are where the work is, the chart sums them up.
    m_dealPage->setStretchFactor(0, 3);
    m_dealPage->setStretchFactor(1, 2);
    m_dealPage->setSizes({560, 320});
    m_dealPage->restoreState(QSettings().value(DealSplitterKey).toByteArray());
    connect(m_editor, &DealEditor::edited, this, &MainWindow::refreshAfterEdit);
}

HabitsPanel *MainWindow::habitsPanel()
{
    if (!m_habitsPanel) {
        m_habitsPanel = new HabitsPanel(m_coach, m_habitsDock);
        m_habitsDock->setWidget(m_habitsPanel);
        connect(m_habitsPanel, &HabitsPanel::dealActivated, this, &MainWindow::openDeal);
    }
    return m_habitsPanel;
}

void MainWindow::refreshCoach()
{
    if (m_habitsPanel) // otherwise it reads the history when it is built
        m_habitsPanel->refresh();
}

void MainWindow::addOption()
{
    if (m_session->hasDeal())
        editor()->optionsTable()->addOption();
}

bool MainWindow::event(QEvent *event)
{
    // The coach reads the history once the window is on screen, so its first paint does not wait for the analysis.
    if (event->type() == QEvent::Paint && !m_coachStarted) {
        m_coachStarted = true;
        QTimer::singleShot(0, this,
                           [this] { habitsPanel()->setSalesperson(Core::ProfileSettings::salespersonName()); });
    }
    return QMainWindow::event(event);
}

void MainWindow::chooseBackupToRestore()
{
    if (!m_session->maybeSave())
        return;
    if (const QString backup = RestoreBackupDialog::chooseAndConfirm(m_database.path(), this); !backup.isEmpty())
        restoreBackup(backup);
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    m_dailyBackup->stop(); // a copy of what is about to be replaced; the restore keeps its own
    // Until the work runs, nothing was restored.
    auto failure = std::make_shared<Core::StorageError>(
        Core::StorageError{Core::StorageError::Kind::Cancelled, tr("The backup was not restored."), QString()});
    const auto work = [backupPath, failure](Core::Database &database, Core::JobControl &) {
        *failure = database.restoreFrom(backupPath);
    };
    // Not cancellable: the pages are copied, then an older backup's schema is upgraded; stopping between the two
    // would leave the restored content on an older schema.
    return JobProgress::start(
        this, *m_jobs, tr("Restoring the backup…"), work,
        [this, failure](const Core::StorageError &openError, bool) {
            const Core::StorageError error = openError ? openError : *failure;
            if (error)
                QMessageBox::warning(this, tr("Restore from Backup"), error.fullText());
            if (error) {
                Q_EMIT backupRestored(false);
                return;
            }
            // Everything on screen came from the database as it was; the restored file may
            // hold a draft of its own day.
            m_session->clear();
            reloadAfterJob();
            statusBar()->showMessage(tr("Restored the backup; the previous state is kept as a backup too."), 6000);
            Q_EMIT backupRestored(true);
        },
        false);
}

void MainWindow::jobRunningChanged(bool running)
{
    m_session->drafts()->setPaused(running);
    updateActions();
    if (running)
        statusBar()->showMessage(tr("%1 Saving waits until it is done.").arg(m_jobs->title()));
    else
        statusBar()->clearMessage();
}

void MainWindow::reloadAfterJob()
{
    m_listModel->reload();
    refreshCoach();
    if (m_teamReview)
        m_teamReview->refresh();
    // The open deal, if the job changed it, as it is now.
    if (m_session->hasDeal() && m_session->saved().id && !m_session->isModified()) {
        const Core::Expected<Core::Deal> reloaded = m_repository.load(m_session->saved().id);
        if (reloaded.ok() && reloaded.value().revision != m_session->saved().revision)
            m_session->show(reloaded.value());
    }
    if (!m_session->hasDeal())
        showEmptyState();
}

void MainWindow::showTeamReview()
{
    if (!m_teamReview) {
        m_teamReview = new TeamReviewWindow(m_database, Core::ProfileSettings::salespersonName(), this);
        m_teamReview->setWindowFlag(Qt::Window);
    } else {
        m_teamReview->refresh();
    }
    m_teamReview->show();
    m_teamReview->raise();
    m_teamReview->activateWindow();
}

void MainWindow::startWorkshop()
{
    if (m_workshop) {
        m_workshop->raise();
        m_workshop->activateWindow();
        return;
    }
    if (!m_session->maybeSave())
        return;
    // The workshop never sees this window's database; while it runs, neither deals nor the team review show.
    m_workshop = new WorkshopWindow;
    m_workshop->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_workshop, &WorkshopWindow::left, this, [this] {
        show();
        activateWindow();
    });
    if (m_teamReview)
        m_teamReview->hide();
    m_workshop->show();
    hide();
}

void MainWindow::importDeals()
{
    if (!m_session->maybeSave())
        return;
    if (const std::optional<QString> done = DealTransfer::importDeals(this, m_repository, *m_jobs)) {
        reloadAfterJob();
        statusBar()->showMessage(*done, 8000);
    }
}

void MainWindow::exportDeals()
{
    DealTransfer::exportDeals(this, *m_jobs, [this](const QString &done) { statusBar()->showMessage(done, 8000); });
}

bool MainWindow::exportDealBrief(const QString &path)
{
    if (!m_session->hasDeal())
        return false;
    // What is on screen, unsaved edits included: the brief is for the meeting about this deal as it stands.
    const Core::Deal deal = editor()->deal();
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("%1 - brief.pdf")
                              .arg(deal.title.trimmed().isEmpty() ? tr("Deal") : deal.title.trimmed())
                              .replace(u'/', u'-'));
        target = QFileDialog::getSaveFileName(this, tr("Export Deal Brief"), suggested, tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return false;
    }
    QString error;
    if (!DealBrief(deal).writePdf(target, DealBrief::localPageSize(), &error)) {
        QMessageBox::warning(this, tr("Export Deal Brief"), error);
        return false;
    }
    statusBar()->showMessage(tr("Wrote the brief to %1.").arg(QDir::toNativeSeparators(target)), 8000);
    return true;
}

void MainWindow::mergeDatabase()
{
    if (!m_session->maybeSave())
        return;
    DealTransfer::mergeDatabase(this, *m_jobs, [this](const QString &done) {
        reloadAfterJob();
        statusBar()->showMessage(done, 8000);
    });
}

void MainWindow::moveDealsToServer(const QString &path)
{
    if (!m_database.isServer() || !m_session->maybeSave())
        return;
    DealTransfer::moveDealsToServer(this, *m_jobs, path, [this](const QString &done) {
        reloadAfterJob();
        statusBar()->showMessage(done, 8000);
    });
}

void MainWindow::editHabitSettings()
{
    HabitSettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        refreshCoach();
}

void MainWindow::showEmptyState()
{
    const Core::Expected<bool> any = m_repository.hasDeals();
    m_emptyPage->setHasDeals(!any.ok() || any.value());
    m_pages->setCurrentWidget(m_emptyPage);
    updateActions();
    setWindowTitle(m_database.isServer() ? tr("%1 — Triplewin").arg(m_database.displayName()) : tr("Triplewin"));
    setWindowModified(false);
}

void MainWindow::refreshAfterEdit()
{
    if (!m_session->hasDeal())
        return;
    const Core::Deal current = m_editor->deal();
    m_chart->setOptions(current.options, current.currency);
    const QString title = current.title.isEmpty() ? tr("New deal") : current.title;
    setWindowTitle(m_database.isServer() ? tr("%1[*] — %2 — Triplewin").arg(title, m_database.displayName())
                                         : tr("%1[*] — Triplewin").arg(title));
    setWindowModified(m_session->isModified());
    updateActions();
}

void MainWindow::updateActions()
{
    // While a job writes (an import), what would write too waits, visibly: its action is disabled until it is done.
    const bool free = !m_jobs->isRunning();
    const bool open = m_session->hasDeal();
    const bool ended = open && m_session->saved().ending.has_value();
    m_actions.save->setEnabled(open && free);
    m_actions.trash->setEnabled(open && m_session->saved().id != 0 && free);
    m_actions.addOption->setEnabled(open);
    m_actions.exportBrief->setEnabled(open);
    m_actions.closeDeal->setEnabled(open && !ended && free);
    m_actions.walkAway->setEnabled(open && !ended && free);
    m_actions.reopen->setEnabled(ended && free);
    for (QAction *action : {m_actions.showTrash, m_actions.importDeals, m_actions.exportDeals, m_actions.moveToServer})
        action->setEnabled(free);
    // A merge and the backups are a file's: a team server shares deals by itself and is backed up by whoever runs it.
    for (QAction *action : {m_actions.merge, m_actions.restore})
        action->setEnabled(free && !m_database.isServer());
}

void MainWindow::connectToTeamServer()
{
    ServerConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT teamServerChosen(dialog.address(), dialog.password());
}

void MainWindow::showTrash()
{
    TrashDialog dialog(m_repository, this);
    bool changed = false;
    connect(&dialog, &TrashDialog::trashChanged, this, [this, &changed] {
        changed = true;
        m_listModel->reload();
        refreshCoach();
    });
    dialog.exec();
    if (changed && !m_session->hasDeal())
        m_undoStack->clear(); // restored or deleted deals make the trash step on the stack meaningless
    if (!m_session->hasDeal())
        showEmptyState();
}

void MainWindow::editProfile()
{
    if (const QString name = ProfileDialog::ask(this, ProfileDialog::Purpose::Change); !name.isEmpty())
        applyUserName(name);
}

QString MainWindow::signingName()
{
    if (Core::ProfileSettings::hasSalespersonName())
        return Core::ProfileSettings::salespersonName();
    const QString name = ProfileDialog::ask(this, ProfileDialog::Purpose::Required);
    if (!name.isEmpty())
        applyUserName(name);
    return name;
}

void MainWindow::applyUserName(const QString &name)
{
    // The coach follows the current user at once; notes written from the team review are signed with the name.
    habitsPanel()->setSalesperson(name);
    if (m_teamReview)
        m_teamReview->setManager(name);
}

MainWindow::Closed MainWindow::closeToReopen()
{
    if (JobProgress::isBusy(this, *m_jobs, tr("Language")))
        return Closed::No;
    if (m_session->drafts()->isKeptOffline()) {
        QMessageBox::information(this, tr("Language"),
                                 tr("The team server is not answering, so your changes are kept on this computer "
                                    "until it does. Choose the language again when it answers."));
        return Closed::No;
    }
    if (!m_session->commitPendingEdits())
        return Closed::No;
    // The changes are kept as a draft for the next window; when that failed (said so), closing asks about them as on
    // quitting.
    const bool modified = m_session->isModified();
    const bool keepingChanges = modified && m_session->drafts()->keepNow();
    m_closingToReopen = keepingChanges || !modified;
    if (!close()) {
        m_closingToReopen = false;
        return Closed::No;
    }
    return keepingChanges ? Closed::KeepingChanges : Closed::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closingToReopen) {
        // No changes, or the draft keepNow() just wrote is them: the next window brings them back.
        m_closingToReopen = false;
        saveSession();
        event->accept();
        return;
    }
    if (m_jobs->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Triplewin"),
            tr("“%1” is still running. Cancel it and quit? Nothing of it will be kept.").arg(m_jobs->title()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes || !m_jobs->isRunning()) {
            event->ignore();
            return;
        }
        m_jobs->cancel();
        m_jobs->wait(); // the rollback; the window's own changes are asked about next
        m_session->drafts()->setPaused(false);
    }
    // While the team server does not answer, the changes are kept on this computer (the latest too) and offered back
    // at the next start: quitting loses nothing, and asking to save would only fail again.
    if (m_session->drafts()->isKeptOffline())
        m_session->drafts()->keepNow();
    bool keptOffline = m_session->drafts()->isKeptOffline();
    if (!keptOffline && !m_session->maybeSave()) {
        // A save that failed because the server does not answer kept the changes here: quitting loses nothing.
        keptOffline = m_session->drafts()->isKeptOffline();
        if (!keptOffline) {
            event->ignore();
            return;
        }
    }
    saveSession();
    if (!keptOffline)
        m_session->drafts()->discard();
    event->accept();
}

void MainWindow::saveSession()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_mainSplitter->saveState());
    if (m_editor) // otherwise the page was never shown, and the sizes kept are still the ones to restore
        settings.setValue(DealSplitterKey, m_dealPage->saveState());
    settings.setValue(LastDatabaseKey, m_database.displayName());
    settings.setValue(LastDealKey, m_session->hasDeal() ? m_session->saved().id : 0);
}

} // namespace Triplewin::Ui
