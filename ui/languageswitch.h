#pragma once

#include "mainwindow.h"

#include <functional>
#include <memory>
#include <QString>

namespace Triplewin::Ui {

/// Settings ▸ Language without a restart. Qt's widgets take their words when they are built, so the main window is
/// built again: @p window closes keeping its unsaved changes as a draft (MainWindow::closeToReopen()); the language
/// is stored and installed with its locale's numbers, dates and currencies and Qt's own words (standard dialog
/// buttons); @p rebuild makes and shows the new window with the MainWindow::Start it is given, which opens where the
/// old one was, on the same deal with its unsaved changes; the team review and the user guide open again if they
/// were open. @p window is gone once @p rebuild has run. False when the window could not close now (the reason was
/// shown): nothing changed.
bool switchLanguage(MainWindow *window, const QString &language,
                    const std::function<MainWindow *(MainWindow::Start)> &rebuild);

/// Connects @p holder's window's Settings ▸ Language to switchLanguage(), queued (the switch deletes the window
/// that asked): @p build makes the next window into @p holder (and connects it the same way); it is then shown.
/// @p holder must outlive the window.
void switchLanguageOnChoice(std::unique_ptr<MainWindow> &holder, const std::function<void(MainWindow::Start)> &build);

} // namespace Triplewin::Ui
