#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
QT_END_NAMESPACE

namespace Triplewin::Ui {

class MainWindow;

/// The main window's menus and toolbar, each action wired to the window's slot, with its shortcut and a tooltip
/// that names it. The actions whose state follows the open deal are kept here for the window to enable.
struct MainActions
{
    QAction *newDeal = nullptr;
    QAction *save = nullptr;
    QAction *trash = nullptr;
    QAction *addOption = nullptr;
    QAction *closeDeal = nullptr;
    QAction *walkAway = nullptr;
    QAction *reopen = nullptr;
    /// Work that writes to the database besides the open deal: disabled while a long job (an import) runs.
    QAction *showTrash = nullptr;
    QAction *importDeals = nullptr;
    QAction *exportDeals = nullptr;
    QAction *exportBrief = nullptr; ///< the open deal's one-page PDF
    QAction *merge = nullptr;
    QAction *restore = nullptr;
    QAction *openLocal = nullptr;    ///< shown only while a team server is open
    QAction *moveToServer = nullptr; ///< shown only while a team server is open

    /// Fills @p window's menu bar and adds its toolbar; @p coachDock's toggle goes in the View menu.
    static MainActions create(MainWindow *window, QDockWidget *coachDock, const QString &databasePath);
};

} // namespace Triplewin::Ui
