#pragma once

#include <QSize>

class QWidget;

namespace Triplewin::Ui {

/// Resizes @p window to @p preferred, but never beyond @p share of the available geometry of the screen it
/// opens on (a 1366x768 laptop, or 150 % scaling on a small screen, is smaller than most preferred sizes).
void resizeWithinScreen(QWidget *window, QSize preferred, double share = 0.95);

/// After QWidget::restoreGeometry(): a geometry saved on another, larger screen is brought whole onto the screen the
/// window opens on (Qt moves such a window but keeps its size: 2560x1400 on a 1366x768 laptop left the coach and half
/// the editor off-screen). No size larger than @p share of the available geometry; where it does not fit as it is,
/// centred. A maximized or full-screen window is left as it is.
void keepOnScreen(QWidget *window, double share = 0.95);

} // namespace Triplewin::Ui
