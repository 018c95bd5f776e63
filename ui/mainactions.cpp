#include "mainactions.h"

#include "accessiblenames.h"
#include "appearance.h"
#include "deallistpanel.h"
#include "endingreasonfields.h"
#include "guidewindow.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <core/i18n/translations.h>
#include <core/settings/profilesettings.h>
#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

namespace Triplewin::Ui {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainActions MainActions::create(MainWindow *window, QDockWidget *coachDock, const QString &databasePath)
{
    MainActions actions;
    QUndoStack *undoStack = window->undoStack();
    // One line per action: its menu, icon, text, shortcut, tooltip (the shortcut in it) and what it does.
    const auto add = [](QMenu *menu, const char *iconName, const QString &text, const QKeySequence &shortcut,
                        const QString &tip, auto... slot) {
        QAction *action = menu->addAction(text, slot...);
        if (iconName)
            action->setIcon(icon(iconName));
        action->setShortcut(shortcut);
        if (!tip.isEmpty())
            action->setToolTip(shortcut.isEmpty()
                                   ? tip
                                   : MainWindow::tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    QMenu *file = window->menuBar()->addMenu(MainWindow::tr("&File"));
    actions.newDeal = add(file, "new", MainWindow::tr("&New Deal"), QKeySequence::New,
                          MainWindow::tr("Start preparing a new deal"), window, &MainWindow::newDeal);
    actions.save = add(file, "save", MainWindow::tr("&Save Deal"), QKeySequence::Save,
                       MainWindow::tr("Save the open deal"), window, &MainWindow::saveDeal);
    file->addSeparator();
    actions.trash = add(file, "trash", MainWindow::tr("&Move Deal to Trash"), QKeySequence(QStringLiteral("Ctrl+Del")),
                        MainWindow::tr("Move the open deal to the trash; Undo brings it back"), window,
                        &MainWindow::moveDealToTrash);
    actions.showTrash = file->addAction(MainWindow::tr("Show &Trash…"), window, &MainWindow::showTrash);
    file->addSeparator();
    actions.importDeals =
        add(file, nullptr, MainWindow::tr("&Import Deals…"), QKeySequence(QStringLiteral("Ctrl+I")),
            MainWindow::tr("Import a CSV file: Triplewin's own, or a Salesforce, HubSpot or Pipedrive export"), window,
            &MainWindow::importDeals);
    actions.exportDeals = add(file, nullptr, MainWindow::tr("&Export Deals…"), QKeySequence(QStringLiteral("Ctrl+E")),
                              {}, window, &MainWindow::exportDeals);
    actions.exportBrief =
        add(file, nullptr, MainWindow::tr("Export Deal &Brief…"), QKeySequence(QStringLiteral("Ctrl+Shift+B")),
            MainWindow::tr("A one-page PDF of the open deal for the meeting: parties, options, chart, walk-away"),
            window, [window] { window->exportDealBrief(); });
    actions.exportBrief->setObjectName(QStringLiteral("exportBriefAction"));
    actions.merge =
        file->addAction(MainWindow::tr("Mer&ge a Team Member's Database…"), window, &MainWindow::mergeDatabase);
    file->addSeparator();
    actions.restore =
        file->addAction(MainWindow::tr("&Restore from Backup…"), window, &MainWindow::chooseBackupToRestore);
    file->addSeparator();
    file->addAction(MainWindow::tr("&Connect to Team Server…"), window, &MainWindow::connectToTeamServer)
        ->setToolTip(MainWindow::tr("Work on your team's shared deals on its PostgreSQL server"));
    actions.openLocal = file->addAction(MainWindow::tr("Open &Local Database"), window,
                                        [window] { Q_EMIT window->localDatabaseChosen(); });
    actions.moveToServer = file->addAction(MainWindow::tr("Move &Deals to Team Server…"), window,
                                           [window] { window->moveDealsToServer(); });
    actions.moveToServer->setToolTip(
        MainWindow::tr("Copy the deals of a database file on this computer to the team server, under your login"));
    file->addSeparator();
    add(file, nullptr, MainWindow::tr("&Quit"), QKeySequence::Quit, {}, window, &QWidget::close)
        ->setMenuRole(QAction::QuitRole);

    QMenu *deal = window->menuBar()->addMenu(MainWindow::tr("&Deal"));
    actions.closeDeal =
        add(deal, "close-deal", MainWindow::tr("&Close Deal…"), QKeySequence(QStringLiteral("Ctrl+Shift+C")),
            MainWindow::tr("Record the option you agreed on and freeze the outcome"), window, &MainWindow::closeDeal);
    actions.walkAway =
        add(deal, "walk-away", MainWindow::tr("Prepare a Transparent &Walk-Away…"),
            QKeySequence(QStringLiteral("Ctrl+Shift+W")),
            MainWindow::tr("Prepare an honest walk-away conversation from this deal's own data, then record it"),
            window, &MainWindow::walkAwayFromDeal);
    actions.walkAway->setIconText(MainWindow::tr("Walk Away…"));
    actions.reopen = add(deal, nullptr, MainWindow::tr("&Reopen Deal"), QKeySequence(QStringLiteral("Ctrl+Shift+R")),
                         MainWindow::tr("Negotiate an ended deal again; its closing stays in the history"), window,
                         &MainWindow::reopenDeal);

    QMenu *edit = window->menuBar()->addMenu(MainWindow::tr("&Edit"));
    QAction *undo = undoStack->createUndoAction(window, MainWindow::tr("&Undo"));
    undo->setIcon(icon("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(window, MainWindow::tr("&Redo"));
    redo->setIcon(icon("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    // Its shortcut (Ctrl+Shift+A) belongs to the options table's own button.
    actions.addOption =
        add(edit, "add", MainWindow::tr("&Add Option"), {},
            MainWindow::tr("Add an option to the open deal (Ctrl+Shift+A)"), window, &MainWindow::addOption);
    add(edit, nullptr, MainWindow::tr("&Find Deal"), QKeySequence::Find, {}, window->dealList(),
        &DealListPanel::focusSearch);

    QMenu *view = window->menuBar()->addMenu(MainWindow::tr("&View"));
    QAction *coach = coachDock->toggleViewAction();
    coach->setText(MainWindow::tr("&Coach Panel"));
    coach->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    view->addAction(coach);
    add(view, nullptr, MainWindow::tr("&Team Review"), QKeySequence(QStringLiteral("Ctrl+Shift+T")),
        MainWindow::tr("The whole team's deal history and dashboard, for sales managers"), window,
        &MainWindow::showTeamReview);
    view->addSeparator();
    add(view, nullptr, MainWindow::tr("&Workshop Mode"), QKeySequence(QStringLiteral("Ctrl+Shift+K")),
        MainWindow::tr("Demo scenarios to a room in a sandbox; your deals are not shown or changed"), window,
        &MainWindow::startWorkshop);

    QMenu *settings = window->menuBar()->addMenu(MainWindow::tr("&Settings"));
    settings->addAction(MainWindow::tr("Your &Name…"), window, &MainWindow::editProfile);
    settings->addAction(MainWindow::tr("&Coaching Thresholds…"), window, &MainWindow::editHabitSettings);
    QAction *gate = settings->addAction(MainWindow::tr("Ask &Why Before a Questionable Closing"));
    gate->setObjectName(QStringLiteral("closingGateAction"));
    gate->setCheckable(true);
    gate->setChecked(Core::ProfileSettings::closingGate());
    gate->setToolTip(MainWindow::tr("Closing on an option below your or your customer's reference point, or on a "
                                    "dominated option, asks for a written reason first"));
    QObject::connect(gate, &QAction::toggled, gate, [](bool on) { Core::ProfileSettings::setClosingGate(on); });
    QAction *reasons = settings->addAction(MainWindow::tr("&Ending Reasons…"), window,
                                           [window] { EndingReasonFields::editList(window); });
    reasons->setObjectName(QStringLiteral("endingReasonsAction"));
    reasons->setToolTip(MainWindow::tr("Edit the short list of reasons offered when a deal ends"));

    // How the app looks: the desktop's palette, or a light or dark one; every window follows at once.
    QMenu *looks = settings->addMenu(MainWindow::tr("&Appearance"));
    looks->setObjectName(QStringLiteral("appearanceMenu"));
    auto *looksGroup = new QActionGroup(looks);
    const std::pair<Appearance, QString> choices[] = {{Appearance::System, MainWindow::tr("&System")},
                                                      {Appearance::Light, MainWindow::tr("&Light")},
                                                      {Appearance::Dark, MainWindow::tr("&Dark")}};
    for (const auto &[appearance, text] : choices) {
        QAction *choice = looks->addAction(text);
        choice->setObjectName(QStringLiteral("appearance-") + appearanceKey(appearance));
        choice->setCheckable(true);
        choice->setChecked(storedAppearance() == appearance);
        looksGroup->addAction(choice);
        QObject::connect(choice, &QAction::triggered, choice, [appearance = appearance] {
            storeAppearance(appearance);
            applyAppearance(appearance);
        });
    }

    // The language, each shown in its own words: the window is built again in it (switchLanguage()).
    QMenu *languages = settings->addMenu(MainWindow::tr("Lan&guage"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(languages);
    const auto languageAction = [](const QString &language) -> QString {
        return QStringLiteral("language-") + (language.isEmpty() ? QStringLiteral("system") : language);
    };
    const auto addLanguage = [&](const QString &language, const QString &text) {
        QAction *choice = languages->addAction(text);
        choice->setObjectName(languageAction(language));
        choice->setCheckable(true);
        choice->setChecked(Core::chosenLanguage() == language);
        languageGroup->addAction(choice);
        QObject::connect(choice, &QAction::triggered, window, [window, languages, language, languageAction] {
            // The mark stays on the language spoken until the window speaks another (it may not close now).
            if (auto *spoken = languages->findChild<QAction *>(languageAction(Core::chosenLanguage())))
                spoken->setChecked(true);
            if (Core::chosenLanguage() != language)
                Q_EMIT window->languageChosen(language);
        });
    };
    addLanguage(QString(), MainWindow::tr("&System"));
    // Each language in its own words, never translated, so a person finds theirs in any language (and its key).
    const std::pair<const char *, const char *> natives[] = {
        {"en", "&English"}, {"de", "&Deutsch"}, {"fr", "&Français"}, {"es", "Es&pañol"}};
    for (const auto &[language, name] : natives) {
        Q_ASSERT(Core::availableLanguages().contains(QLatin1String(language)));
        addLanguage(QString::fromLatin1(language), QString::fromUtf8(name));
    }

    QMenu *help = window->menuBar()->addMenu(MainWindow::tr("&Help"));
    QAction *guide = help->addAction(MainWindow::tr("&User Guide"), window, [window] {
        // One guide window; F1 again brings it to the front.
        auto *open = window->findChild<GuideWindow *>(QString(), Qt::FindDirectChildrenOnly);
        if (!open)
            open = new GuideWindow(window);
        open->show();
        open->raise();
        open->activateWindow();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(MainWindow::tr("How to prepare a deal, review a team and run a workshop, with the rules in "
                                     "plain words (works offline)"));
    QAction *shortcuts = help->addAction(MainWindow::tr("&Keyboard Shortcuts"), window, [window] {
        ShortcutsDialog dialog(window->menuBar(), window);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(QStringLiteral("Ctrl+/")));
    help->addAction(
            MainWindow::tr("&About Triplewin"), window,
            [window, databasePath] {
                QMessageBox::about(
                    window, MainWindow::tr("About Triplewin"),
                    MainWindow::tr("<h3>Triplewin %1</h3><p>Prepare deals that are good for you, your customer and "
                                   "their customer.</p><p>Database: %2</p>")
                        .arg(QCoreApplication::applicationVersion(),
                             QDir::toNativeSeparators(databasePath).toHtmlEscaped()));
            })
        ->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = window->addToolBar(MainWindow::tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({actions.newDeal, actions.save, actions.addOption});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addActions({actions.closeDeal, actions.walkAway});
    toolBar->addSeparator();
    toolBar->addAction(actions.trash);
    nameToolBarExtension(toolBar);
    return actions;
}

} // namespace Triplewin::Ui
