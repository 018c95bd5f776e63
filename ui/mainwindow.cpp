#include "mainwindow.h"

#include "accessiblenames.h"
#include "closedealdialog.h"
#include "dailybackup.h"
#include "dealeditor.h"
#include "deallistpanel.h"
#include "dealtransfer.h"
#include "draftkeeper.h"
#include "emptystatepage.h"
#include "habitsettingsdialog.h"
#include "habitspanel.h"
#include "movetotrashcommand.h"
#include "optionstable.h"
#include "profiledialog.h"
#include "restorebackupdialog.h"
#include "screenfit.h"
#include "stalesavequestion.h"
#include "teamreviewwindow.h"
#include "trashdialog.h"
#include "valuechartview.h"
#include "walkawaywizard.h"
#include "workshopwindow.h"

#include <core/models/deallistmodel.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/noterepository.h>
#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace Triplewin::Ui {

using Core::Deal;

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString DealSplitterKey = QStringLiteral("window/dealSplitter");
const QString LastDatabaseKey = QStringLiteral("session/database");
const QString LastDealKey = QStringLiteral("session/deal");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(Core::Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_repository(database)
    , m_coach(database)
    , m_scripts(database)
    , m_listModel(new Core::DealListModel(m_repository, this))
    , m_undoStack(new QUndoStack(this))
    , m_dealList(new DealListPanel(m_listModel, this))
    , m_editor(new DealEditor(m_undoStack, this))
    , m_chart(new ValueChartView(this))
    , m_pages(new QStackedWidget(this))
    , m_dealPage(new QSplitter(Qt::Vertical, this))
    , m_emptyPage(new EmptyStatePage(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_habitsPanel(new HabitsPanel(m_coach, this))
    , m_habitsDock(new QDockWidget(tr("Coach"), this))
    , m_customerCheck(new QTimer(this))
    , m_drafts(new DraftKeeper(
          database,
          [this]() -> std::optional<Deal> {
              return isDealModified() ? std::optional<Deal>(m_editor->deal()) : std::nullopt;
          },
          this))
    , m_dailyBackup(new DailyBackup(this))
{
    setWindowIcon(icon("triplewin"));
    m_chart->setObjectName(QStringLiteral("valueChart"));

    m_dealPage->addWidget(m_editor);
    m_dealPage->addWidget(m_chart);
    // The editor before the chart: the options are where the work is, the chart sums them up.
    m_dealPage->setStretchFactor(0, 3);
    m_dealPage->setStretchFactor(1, 2);
    m_dealPage->setSizes({600, 280});
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
    m_habitsDock->setWidget(m_habitsPanel);
    m_habitsDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_habitsDock);
    connect(m_drafts, &DraftKeeper::keepFailed, this,
            [this](const QString &why) { statusBar()->showMessage(why, 8000); });
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString &message, bool failed) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, failed ? 0 : 4000);
        Q_EMIT dailyBackupFinished();
    });
    m_customerCheck->setSingleShot(true);
    m_customerCheck->setInterval(300);

    createActions();
    connect(m_emptyPage, &EmptyStatePage::newDealRequested, this, &MainWindow::newDeal);
    connect(m_dealList, &DealListPanel::dealActivated, this, [this](qint64 id) {
        if (!openDeal(id))
            m_dealList->selectDeal(m_saved.id);
    });
    connect(m_editor, &DealEditor::edited, this, &MainWindow::refreshAfterEdit);
    connect(m_editor, &DealEditor::edited, m_drafts, &DraftKeeper::schedule);
    connect(m_editor, &DealEditor::customerEdited, m_customerCheck, qOverload<>(&QTimer::start));
    connect(m_editor, &DealEditor::walkAwayRequested, this, &MainWindow::walkAwayFromDeal);
    connect(m_customerCheck, &QTimer::timeout, this, &MainWindow::checkCustomer);
    connect(m_habitsPanel, &HabitsPanel::dealActivated, this, [this](qint64 id) {
        if (openDeal(id))
            m_dealList->selectDeal(id);
    });
    connect(m_listModel, &Core::DealListModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Deals"), message); });

    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_dealPage->restoreState(settings.value(DealSplitterKey).toByteArray());
    if (settings.value(GeometryKey).isNull()) {
        // First start: as large as is comfortable, but never larger than the screen (a 1366x768 laptop, or 150 %
        // scaling on a small one, would otherwise hide the coach off-screen).
        resizeWithinScreen(this, QSize(1400, 900));
    }

    reloadList();
    showEmptyState();
    m_habitsPanel->setSalesperson(Core::ProfileSettings::salespersonName());
    // Unsaved changes from a session that crashed come first; otherwise pick up where the user left off.
    if (const std::optional<Core::Draft> draft = m_drafts->pending()) {
        QTimer::singleShot(0, this, [this, pending = *draft] {
            if (m_drafts->askToRestore(this, pending))
                restoreDraft(pending);
        });
    } else if (settings.value(LastDatabaseKey).toString() == m_database.path()) {
        const qint64 last = settings.value(LastDealKey).toLongLong();
        if (last > 0 && m_listModel->rowOf(last) >= 0) // in the list: not trashed since
            openDeal(last);
    }
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())));
    m_dailyBackup->start(m_database.path());
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window, and a cell editor still open commits on losing focus: its signals must not reach
    // this half-destroyed window (UBSan caught the downcast).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::keepUnsavedChangesAsDraft()
{
    m_drafts->keepNow();
}

void MainWindow::chooseBackupToRestore()
{
    if (!maybeSave())
        return;
    if (const QString backup = RestoreBackupDialog::chooseAndConfirm(m_database.path(), this); !backup.isEmpty())
        restoreBackup(backup);
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    m_dailyBackup->wait();
    if (const Core::StorageError error = m_database.restoreFrom(backupPath)) {
        QMessageBox::warning(this, tr("Restore from Backup"), error.fullText());
        return false;
    }
    // Everything on screen came from the database as it was.
    m_undoStack->clear();
    m_hasDeal = false;
    m_saved = Deal{};
    m_editor->setDeal(m_saved);
    m_drafts->discard(); // the restored file may hold a draft of its own day
    showEmptyState();
    reloadList();
    m_habitsPanel->refresh();
    if (m_teamReview)
        m_teamReview->refresh();
    statusBar()->showMessage(tr("Restored the backup; the previous state is kept as a backup too."), 6000);
    return true;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(icon("new"), tr("&New Deal"), this, &MainWindow::newDeal);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start preparing a new deal (Ctrl+N)"));
    m_saveAction = file->addAction(icon("save"), tr("&Save Deal"), this, &MainWindow::saveDeal);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the open deal (Ctrl+S)"));
    file->addSeparator();
    m_trashAction = file->addAction(icon("trash"), tr("&Move Deal to Trash"), this, &MainWindow::moveDealToTrash);
    m_trashAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Del")));
    m_trashAction->setToolTip(tr("Move the open deal to the trash (Ctrl+Delete); Undo brings it back"));
    file->addAction(tr("Show &Trash…"), this, &MainWindow::showTrash);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Deals…"), this, &MainWindow::importDeals);
    importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    importAction->setToolTip(tr("Import a CSV file: Triplewin's own, or a Salesforce, HubSpot or Pipedrive export"));
    QAction *exportAction = file->addAction(tr("&Export Deals…"), this, &MainWindow::exportDeals);
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    file->addAction(tr("&Merge a Team Member's Database…"), this, &MainWindow::mergeDatabase);
    file->addSeparator();
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::chooseBackupToRestore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *dealMenu = menuBar()->addMenu(tr("&Deal"));
    m_closeDealAction = dealMenu->addAction(icon("close-deal"), tr("&Close Deal…"), this, &MainWindow::closeDeal);
    m_closeDealAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_closeDealAction->setToolTip(tr("Record the option you agreed on and freeze the outcome (Ctrl+Shift+C)"));
    m_walkAwayAction = dealMenu->addAction(icon("walk-away"), tr("Prepare a Transparent &Walk-Away…"), this,
                                           &MainWindow::walkAwayFromDeal);
    m_walkAwayAction->setIconText(tr("Walk Away…"));
    m_walkAwayAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    m_walkAwayAction->setToolTip(
        tr("Prepare an honest walk-away conversation from this deal's own data, then record it (Ctrl+Shift+W)"));
    m_reopenAction = dealMenu->addAction(tr("&Reopen Deal"), this, &MainWindow::reopenDeal);
    m_reopenAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_reopenAction->setToolTip(tr("Negotiate an ended deal again; its closing stays in the history"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setIcon(icon("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setIcon(icon("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_addOptionAction =
        edit->addAction(icon("add"), tr("&Add Option"), m_editor->optionsTable(), &OptionsTable::addOption);
    m_addOptionAction->setToolTip(tr("Add an option to the open deal (Ctrl+Shift+A)"));
    QAction *find = edit->addAction(tr("&Find Deal"), m_dealList, &DealListPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *coach = m_habitsDock->toggleViewAction();
    coach->setText(tr("&Coach Panel"));
    coach->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    view->addAction(coach);
    QAction *team = view->addAction(tr("&Team Review"), this, &MainWindow::showTeamReview);
    team->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    team->setToolTip(tr("The whole team's deal history and dashboard, for sales managers (Ctrl+Shift+T)"));
    view->addSeparator();
    QAction *workshop = view->addAction(tr("&Workshop Mode"), this, &MainWindow::startWorkshop);
    workshop->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    workshop->setToolTip(tr("Demo scenarios to a room in a sandbox; your deals are not shown or changed "
                            "(Ctrl+Shift+K)"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Your &Name…"), this, &MainWindow::editProfile);
    settings->addAction(tr("&Coaching Thresholds…"), this, &MainWindow::editHabitSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Triplewin"), this, [this] {
        QMessageBox::about(this, tr("About Triplewin"),
                           tr("<h3>Triplewin %1</h3><p>Prepare deals that are good for you, your customer and "
                              "their customer.</p><p>Database: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_addOptionAction);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_closeDealAction);
    toolBar->addAction(m_walkAwayAction);
    toolBar->addSeparator();
    toolBar->addAction(m_trashAction);
    nameToolBarExtension(toolBar);
}

bool MainWindow::commitPendingEdits()
{
    return !m_hasDeal || m_editor->optionsTable()->commitPendingEdit();
}

bool MainWindow::isDealModified() const
{
    return m_hasDeal && !m_editor->deal().sameContentAs(m_saved);
}

void MainWindow::newDeal()
{
    if (!maybeSave())
        return;
    // A deal is filed under its salesperson, and the coach finds it by that name: ask once if it was never given.
    QString owner = signingName();
    if (owner.isEmpty())
        owner = Core::ProfileSettings::systemUserName();
    if (owner.isEmpty()) {
        statusBar()->showMessage(tr("A new deal needs your name: enter it under Settings ▸ Your Name."), 8000);
        return;
    }
    Deal deal;
    deal.title.clear();
    deal.salesperson = owner;
    deal.currency = Core::ProfileSettings::defaultCurrency();
    deal.expectedClose = QDate::currentDate().addDays(30);
    showDeal(deal);
    m_dealList->selectDeal(0);
    m_editor->focusTitle();
    statusBar()->showMessage(tr("New deal: give it a title, then add the options you could offer."), 6000);
}

bool MainWindow::saveDeal()
{
    if (!m_hasDeal)
        return true;
    if (!commitPendingEdits() || !m_editor->validate())
        return false;
    Core::Expected<Deal> saved = m_repository.save(m_editor->deal());
    if (!saved.ok() && (saved.error().kind == Core::StorageError::Kind::Conflict ||
                        saved.error().kind == Core::StorageError::Kind::NotFound))
        saved = resolveStaleSave(saved.error());
    if (!saved.ok()) {
        if (!saved.error().message.isEmpty())
            m_editor->showMessage(saved.error().fullText());
        return false;
    }
    m_saved = saved.value();
    m_drafts->discard();
    // Take the ids, revision and timestamps the database assigned. The undo history ends here: its snapshots
    // predate those ids, and replaying one would replace saved options instead of editing them.
    m_undoStack->clear();
    m_editor->setDeal(m_saved);
    reloadList();
    m_dealList->selectDeal(m_saved.id);
    refreshAfterEdit();
    m_habitsPanel->refresh();
    statusBar()->showMessage(tr("Saved “%1”.").arg(m_saved.title), 4000);
    return true;
}

Core::Expected<Deal> MainWindow::resolveStaleSave(const Core::StorageError &stale)
{
    const Deal mine = m_editor->deal();
    // Nothing more to say when the answer leaves the deal unsaved: the edits stay, or the stored version shows.
    const Core::StorageError unsaved{Core::StorageError::Kind::Invalid, {}, {}};
    switch (StaleSaveQuestion::ask(this, stale)) {
    case StaleSaveQuestion::Answer::Overwrite:
        return m_repository.saveOverwriting(mine);
    case StaleSaveQuestion::Answer::SaveCopy:
        return m_repository.save(Core::copyOf(mine, tr("%1 (my copy)").arg(mine.title)));
    case StaleSaveQuestion::Answer::Reload: {
        const Core::Expected<Deal> stored = m_repository.load(mine.id);
        if (!stored.ok())
            return stored;
        showDeal(stored.value());
        statusBar()->showMessage(tr("Reloaded “%1” as stored.").arg(stored.value().title), 4000);
        return unsaved;
    }
    case StaleSaveQuestion::Answer::Cancel:
        break;
    }
    return unsaved;
}

bool MainWindow::openDeal(qint64 id)
{
    if (m_hasDeal && m_saved.id == id)
        return true;
    if (!maybeSave())
        return false;
    const Core::Expected<Deal> loaded = m_repository.load(id);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Open Deal"), loaded.error().fullText());
        return false;
    }
    showDeal(loaded.value());
    m_dealList->selectDeal(id);
    return true;
}

void MainWindow::showDeal(const Deal &deal)
{
    // Whatever was being edited has been saved or discarded by now (maybeSave()): its draft goes.
    m_drafts->discard();
    // Option edits of the previous deal must never be replayed onto this one.
    m_undoStack->clear();
    m_saved = deal;
    m_hasDeal = true;
    m_editor->setDeal(deal);
    // setDeal() normalises fields (a missing date becomes a default one); compare against what is shown.
    m_saved = m_editor->deal();
    const Core::Expected<QList<Core::DealEvent>> history =
        deal.id ? m_repository.history(deal.id) : Core::Expected<QList<Core::DealEvent>>(QList<Core::DealEvent>());
    m_editor->setHistory(history.ok() ? history.value() : QList<Core::DealEvent>());
    const Core::Expected<QList<Core::CoachingNote>> notes =
        deal.id ? Core::NoteRepository(m_database).notes(deal.id) : QList<Core::CoachingNote>();
    m_editor->setCoachingNotes(notes.ok() ? notes.value() : QList<Core::CoachingNote>(),
                               notes.ok() ? QString() : notes.error().fullText());
    checkCustomer();
    m_pages->setCurrentWidget(m_dealPage);
    refreshAfterEdit();
}

void MainWindow::checkCustomer()
{
    if (!m_hasDeal)
        return;
    const Deal current = m_editor->deal();
    const Core::Expected<QString> warning = m_coach.customerWarning(current.customer, current.id);
    m_editor->setCustomerWarning(warning.ok() ? warning.value() : warning.error().fullText());
}

bool MainWindow::saveBeforeEnding(const QString &action)
{
    if (!commitPendingEdits())
        return false;
    if (!isDealModified())
        return true;
    const auto answer = QMessageBox::question(this, action, tr("The deal has unsaved changes. Save them first?"),
                                              QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save && saveDeal();
}

bool MainWindow::showEndedDeal(const Core::Expected<Deal> &result, const QString &action)
{
    if (!result.ok()) {
        QMessageBox::warning(this, action, result.error().fullText());
        return false;
    }
    showDeal(result.value());
    reloadList();
    m_dealList->selectDeal(result.value().id);
    m_habitsPanel->refresh();
    return true;
}

void MainWindow::closeDeal()
{
    const QString action = tr("Close Deal");
    if (!m_hasDeal || !saveBeforeEnding(action) || m_saved.id == 0)
        return;
    if (m_saved.options.isEmpty()) {
        QMessageBox::information(this, action, tr("Add the option you agreed on before closing the deal."));
        return;
    }
    const QString by = signingName();
    if (by.isEmpty())
        return;
    CloseDealDialog dialog(m_saved, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (showEndedDeal(m_repository.closeDeal(m_saved.id, dialog.optionId(), by, dialog.closedAt()), action))
        statusBar()->showMessage(tr("Closed “%1”. The coach counts it from now on.").arg(m_saved.title), 6000);
}

void MainWindow::walkAwayFromDeal()
{
    const QString action = tr("Transparent Walk-Away");
    if (!m_hasDeal || !saveBeforeEnding(action) || m_saved.id == 0)
        return;
    const Core::Expected<std::optional<Core::SavedScript>> saved = m_scripts.load(m_saved.id);
    if (!saved.ok()) {
        QMessageBox::warning(this, action, saved.error().fullText());
        return;
    }
    WalkAwayWizard wizard(m_saved, saved.value(), this);
    connect(&wizard, &WalkAwayWizard::scriptExported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported the script to %1.").arg(path), 6000);
    });
    const int result = wizard.exec();
    // However the wizard was left, what the salesperson wrote in it is kept with the deal.
    if (wizard.isModified()) {
        if (const Core::StorageError error = m_scripts.save(m_saved.id, wizard.script()))
            QMessageBox::warning(this, action, error.fullText());
    }
    if (result == QDialog::Accepted && wizard.recordRequested()) {
        if (const QString by = signingName(); !by.isEmpty())
            showEndedDeal(m_repository.walkAway(m_saved.id, by), action);
    }
}

void MainWindow::reopenDeal()
{
    if (!m_hasDeal || !m_saved.closing || !saveBeforeEnding(tr("Reopen Deal")))
        return;
    if (const QString by = signingName(); !by.isEmpty())
        showEndedDeal(m_repository.reopen(m_saved.id, by), tr("Reopen Deal"));
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

WorkshopWindow *MainWindow::workshopWindow() const
{
    return m_workshop;
}

void MainWindow::startWorkshop()
{
    if (m_workshop) {
        m_workshop->raise();
        m_workshop->activateWindow();
        return;
    }
    if (!maybeSave())
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
    if (!maybeSave())
        return;
    if (const std::optional<QString> done = DealTransfer::importDeals(this, m_repository)) {
        reloadList();
        m_habitsPanel->refresh();
        statusBar()->showMessage(*done, 8000);
    }
}

void MainWindow::exportDeals()
{
    if (const std::optional<QString> done = DealTransfer::exportDeals(this, m_repository))
        statusBar()->showMessage(*done, 8000);
}

void MainWindow::mergeDatabase()
{
    if (!maybeSave())
        return;
    const std::optional<QString> done = DealTransfer::mergeDatabase(this, m_database);
    if (!done)
        return;
    statusBar()->showMessage(*done, 8000);
    reloadList();
    m_habitsPanel->refresh();
    if (m_hasDeal && m_saved.id) {
        const Core::Expected<Deal> reloaded = m_repository.load(m_saved.id);
        if (reloaded.ok() && reloaded.value().revision != m_saved.revision)
            showDeal(reloaded.value());
    }
}

void MainWindow::editHabitSettings()
{
    HabitSettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_habitsPanel->refresh();
}

void MainWindow::showEmptyState()
{
    m_hasDeal = false;
    m_saved = Deal();
    const Core::Expected<qint64> count = m_repository.count();
    m_emptyPage->setHasDeals(!count.ok() || count.value() > 0);
    m_pages->setCurrentWidget(m_emptyPage);
    updateActions();
    setWindowTitle(tr("Triplewin"));
    setWindowModified(false);
}

void MainWindow::refreshAfterEdit()
{
    if (!m_hasDeal)
        return;
    const Deal current = m_editor->deal();
    m_chart->setOptions(current.options, current.currency);
    const QString title = current.title.isEmpty() ? tr("New deal") : current.title;
    setWindowTitle(tr("%1[*] — Triplewin").arg(title));
    setWindowModified(!current.sameContentAs(m_saved));
    updateActions();
}

void MainWindow::reloadList()
{
    m_listModel->reload();
}

void MainWindow::updateActions()
{
    m_saveAction->setEnabled(m_hasDeal);
    m_trashAction->setEnabled(m_hasDeal && m_saved.id != 0);
    m_addOptionAction->setEnabled(m_hasDeal);
    const bool ended = m_hasDeal && m_saved.closing.has_value();
    m_closeDealAction->setEnabled(m_hasDeal && !ended);
    m_walkAwayAction->setEnabled(m_hasDeal && !ended);
    m_reopenAction->setEnabled(ended);
}

void MainWindow::moveDealToTrash()
{
    if (!m_hasDeal || m_saved.id == 0)
        return;
    const qint64 id = m_saved.id;
    const QString title = m_saved.title;
    // The open deal's unsaved edits go with it: they are lost only if the user confirms.
    if (isDealModified()) {
        const auto answer =
            QMessageBox::question(this, tr("Move to Trash"),
                                  tr("“%1” has unsaved changes. Move it to the trash without saving them?").arg(title),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_undoStack->clear();
    m_undoStack->push(new MoveToTrashCommand(
        m_repository, id, title, [this, id, title](const Core::StorageError &error, bool inTrash) {
            if (error) {
                QMessageBox::warning(this, tr("Move to Trash"), error.fullText());
                return;
            }
            reloadList();
            if (inTrash) {
                if (m_hasDeal && m_saved.id == id)
                    showEmptyState();
                statusBar()->showMessage(tr("Moved “%1” to the trash. Undo (Ctrl+Z) brings it back.").arg(title), 8000);
            } else {
                statusBar()->showMessage(tr("Restored “%1” from the trash.").arg(title), 6000);
            }
        }));
}

void MainWindow::showTrash()
{
    TrashDialog dialog(m_repository, this);
    bool changed = false;
    connect(&dialog, &TrashDialog::trashChanged, this, [this, &changed] {
        changed = true;
        reloadList();
        m_habitsPanel->refresh();
    });
    dialog.exec();
    if (changed && !m_hasDeal)
        m_undoStack->clear(); // restored or deleted deals make the trash step on the stack meaningless
    if (!m_hasDeal)
        showEmptyState();
}

void MainWindow::editProfile()
{
    const QString name = ProfileDialog::ask(this, ProfileDialog::Purpose::Change);
    if (!name.isEmpty())
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
    m_habitsPanel->setSalesperson(name);
    if (m_teamReview)
        m_teamReview->setManager(name);
}

bool MainWindow::maybeSave()
{
    if (!commitPendingEdits())
        return false;
    if (!isDealModified())
        return true;
    const Deal current = m_editor->deal();
    const QString title = current.title.isEmpty() ? tr("The new deal") : tr("“%1”").arg(current.title);
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has changes that are not saved. Save them?").arg(title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveDeal();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_mainSplitter->saveState());
    settings.setValue(DealSplitterKey, m_dealPage->saveState());
    settings.setValue(LastDatabaseKey, m_database.path());
    settings.setValue(LastDealKey, m_hasDeal ? m_saved.id : 0);
    m_drafts->discard();
    event->accept();
}

void MainWindow::restoreDraft(const Core::Draft &draft)
{
    Deal base;
    if (draft.deal.id != 0) {
        const Core::Expected<Deal> stored = m_repository.load(draft.deal.id);
        if (stored.ok())
            base = stored.value();
    }
    if (base.id == 0) {
        // A new deal, or one deleted since: the changes come back as a new, unsaved deal.
        base.salesperson = draft.deal.salesperson;
        base.currency = draft.deal.currency;
    }
    showDeal(base);
    m_dealList->selectDeal(base.id);
    m_editor->setDeal(base.id != 0 ? draft.deal : Core::copyOf(draft.deal, draft.deal.title));
    refreshAfterEdit();
    m_drafts->keepNow(); // showDeal() dropped the draft; the changes are unsaved again
    statusBar()->showMessage(tr("Restored your unsaved changes. Save them with Ctrl+S."), 6000);
}

} // namespace Triplewin::Ui
