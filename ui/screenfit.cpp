#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Triplewin::Ui {

void resizeWithinScreen(QWidget *window, QSize preferred, double share)
{
    // A window not shown yet reports its parent's screen, or the primary one.
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen)
        preferred = preferred.boundedTo(screen->availableGeometry().size() * share);
    window->resize(preferred);
}

} // namespace Triplewin::Ui
