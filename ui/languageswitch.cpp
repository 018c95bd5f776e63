#include "languageswitch.h"

#include "guidewindow.h"
#include "teamreviewwindow.h"

#include <core/i18n/translations.h>
#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QTimer>

namespace Triplewin::Ui {

namespace {

bool isOpen(const QWidget *window)
{
    return window && window->isVisible();
}

} // namespace

bool switchLanguage(MainWindow *window, const QString &language,
                    const std::function<MainWindow *(MainWindow::Start)> &rebuild)
{
    const bool teamReviewOpen = isOpen(window->teamReview());
    const bool guideOpen = isOpen(window->findChild<GuideWindow *>(QString(), Qt::FindDirectChildrenOnly));
    // The last window closing would end the application.
    const bool quitOnLastWindowClosed = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    const MainWindow::Closed closed = window->closeToReopen();
    QApplication::setQuitOnLastWindowClosed(quitOnLastWindowClosed);
    if (closed == MainWindow::Closed::No)
        return false;

    Core::setChosenLanguage(language);
    const QLocale locale = Core::chosenLocale();
    QLocale::setDefault(locale);
    Core::installTranslations(*QCoreApplication::instance(), locale);

    MainWindow *next = rebuild(closed == MainWindow::Closed::KeepingChanges ? MainWindow::Start::AgainWithChanges
                                                                            : MainWindow::Start::Again);
    if (teamReviewOpen)
        next->showTeamReview();
    if (guideOpen) {
        if (auto *guide = next->findChild<QAction *>(QStringLiteral("userGuideAction")))
            guide->trigger();
    }
    return true;
}

void switchLanguageOnChoice(std::unique_ptr<MainWindow> &holder, const std::function<void(MainWindow::Start)> &build)
{
    MainWindow *window = holder.get();
    QObject::connect(window, &MainWindow::languageChosen, window, [&holder, build, window](const QString &language) {
        // Queued: the window that asks is deleted by the switch. Gone by then (the application quit): nothing to do.
        const QPointer<MainWindow> asking(window);
        QTimer::singleShot(0, qApp, [&holder, build, asking, language] {
            if (!asking || holder.get() != asking)
                return;
            switchLanguage(asking, language, [&holder, &build](MainWindow::Start how) {
                holder.reset();
                build(how);
                holder->show();
                return holder.get();
            });
        });
    });
}

} // namespace Triplewin::Ui
