#pragma once

#include <functional>
#include <QString>

namespace Triplewin::Ui {

class MainWindow;

/// Settings ▸ Language without a restart. Qt's widgets take their words when they are built, so the main window is
/// built again: @p window closes keeping its unsaved changes as a draft (MainWindow::closeToReopen()); the language
/// is stored and installed with its locale's numbers, dates and currencies and Qt's own words (standard dialog
/// buttons); @p rebuild makes and shows the new window (MainWindow::Start::InPlaceOfAnother), which opens where the
/// old one was, on the same deal with its unsaved changes, and the team review again if it was open. @p window is
/// gone once @p rebuild has run. False when the window could not close now (the reason was shown): nothing changed.
bool switchLanguage(MainWindow *window, const QString &language, const std::function<MainWindow *()> &rebuild);

} // namespace Triplewin::Ui
