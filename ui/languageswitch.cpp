#include "languageswitch.h"

#include "mainwindow.h"
#include "teamreviewwindow.h"

#include <core/i18n/translations.h>
#include <QApplication>

namespace Triplewin::Ui {

bool switchLanguage(MainWindow *window, const QString &language, const std::function<MainWindow *()> &rebuild)
{
    const bool teamReviewOpen = window->teamReview() && window->teamReview()->isVisible();
    // The last window closing would end the application.
    const bool quitOnLastWindowClosed = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    const bool closed = window->closeToReopen();
    QApplication::setQuitOnLastWindowClosed(quitOnLastWindowClosed);
    if (!closed)
        return false;

    Core::setChosenLanguage(language);
    const QLocale locale = Core::chosenLocale();
    QLocale::setDefault(locale);
    Core::installTranslations(*QCoreApplication::instance(), locale);

    MainWindow *next = rebuild();
    if (teamReviewOpen)
        next->showTeamReview();
    return true;
}

} // namespace Triplewin::Ui
