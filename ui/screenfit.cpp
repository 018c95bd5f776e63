#include "screenfit.h"

#include <algorithm>
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

void keepOnScreen(QWidget *window, double share)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = window->size().boundedTo(available.size() * share);
    if (size != window->size())
        window->resize(size);
    // The frame is not known before the window is shown: a window that fits with the slack share leaves, stays put.
    // One that does not is centred, or, when even its smallest size is wider or taller than the screen, put at the
    // screen's top left, so that what is cut off is the right and the bottom, never the menus and the deal list.
    const QSize actual = window->size();
    if (!available.contains(QRect(window->pos(), actual))) {
        QRect placed(QPoint(), actual);
        placed.moveCenter(available.center());
        placed.moveLeft(std::max(placed.left(), available.left()));
        placed.moveTop(std::max(placed.top(), available.top()));
        window->move(placed.topLeft());
    }
}

} // namespace Triplewin::Ui
