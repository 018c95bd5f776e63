#pragma once

#include <QSize>

class QWidget;

namespace Triplewin::Ui {

/// Resizes @p window to @p preferred, but never beyond @p share of the available geometry of the screen it
/// opens on (a 1366x768 laptop, or 150 % scaling on a small screen, is smaller than most preferred sizes).
void resizeWithinScreen(QWidget *window, QSize preferred, double share = 0.95);

} // namespace Triplewin::Ui
