// Triplewin: command line, translators, database and the main window. Composition only.

#include "terminationwatcher.h"

#include <core/i18n/translations.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/teamserver.h>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <ui/appearance.h>
#include <ui/languageswitch.h>
#include <ui/mainwindow.h>
#include <ui/profiledialog.h>
#include <ui/upgradeprogress.h>
#include <ui/workshopwindow.h>

namespace {

/// Opens @p path; when that fails, says why and lets the user pick another file or quit. Never overwrites
/// the file that failed.
bool openDatabase(Triplewin::Core::Database &database, QString path)
{
    for (;;) {
        const Triplewin::Core::StorageError error = Triplewin::Ui::UpgradeProgress::open(database, path);
        if (!error)
            return true;
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Triplewin"),
                        QApplication::translate("main", "The deal database could not be opened."));
        box.setInformativeText(error.message);
        if (!error.detail.isEmpty())
            box.setDetailedText(error.detail);
        QPushButton *choose =
            box.addButton(QApplication::translate("main", "Choose Another File…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != choose)
            return false;
        path =
            QFileDialog::getSaveFileName(nullptr, QApplication::translate("main", "Open or Create a Deal Database"),
                                         path, QApplication::translate("main", "Triplewin databases (*.sqlite *.db)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return false;
    }
}

/// What the main window works on: the local database file, or a team server.
struct Target
{
    std::optional<Triplewin::Core::ServerAddress> server;
    QString password; ///< in memory only
};

/// Opens the team server @p target names, asking for a password when the server wants one that libpq could not find.
/// When it cannot be opened (unreachable, refused, not set up), says why and offers the local database @p localPath
/// instead, or another try.
bool openServer(Triplewin::Core::Database &database, Target target, const QString &localPath)
{
    for (;;) {
        const Triplewin::Core::StorageError error = database.openServer(*target.server, target.password);
        if (!error)
            return true;
        if (error.detail.contains(QStringLiteral("no password supplied")) && target.password.isEmpty()) {
            bool given = false;
            target.password = QInputDialog::getText(
                nullptr, QApplication::translate("main", "Triplewin"),
                QApplication::translate("main", "Password for %1:").arg(target.server->displayName()),
                QLineEdit::Password, QString(), &given);
            if (given && !target.password.isEmpty())
                continue;
        }
        QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "Triplewin"),
                        error.kind == Triplewin::Core::StorageError::Kind::Unreachable
                            ? QApplication::translate("main", "The team server cannot be reached.")
                            : QApplication::translate("main", "The team server could not be opened."));
        box.setInformativeText(error.message + u' ' +
                               QApplication::translate("main", "Your local database is still there to work on."));
        if (!error.detail.isEmpty())
            box.setDetailedText(error.detail);
        QPushButton *local =
            box.addButton(QApplication::translate("main", "Open Local Database"), QMessageBox::AcceptRole);
        QPushButton *retry = box.addButton(QMessageBox::Retry);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(local);
        box.exec();
        if (box.clickedButton() == retry) {
            target.password.clear();
            continue;
        }
        if (box.clickedButton() != local)
            return false;
        return openDatabase(database, localPath);
    }
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Triplewin"));
    QCoreApplication::setApplicationName(QStringLiteral("Triplewin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIPLEWIN_VERSION));
}

bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version work without a display: they only need a core application.
    std::unique_ptr<QCoreApplication> app = wantsHelpOrVersion(argc, argv)
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);
    setApplicationInfo();
    // Settings ▸ Language, or the system's: the words, and the numbers, dates and currencies of that locale.
    const QLocale locale = Triplewin::Core::chosenLocale();
    QLocale::setDefault(locale);
    Triplewin::Core::installTranslations(*app, locale);
    // Settings ▸ Appearance, before the first window: System leaves the desktop's look as it is.
    if (qobject_cast<QApplication *>(app.get()))
        Triplewin::Ui::applyAppearance(Triplewin::Ui::storedAppearance());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Prepare deals that are good for you, your customer and their customer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open or create the deal database at <path> instead of the default (%1).")
            .arg(Triplewin::Core::Database::defaultPath()),
        QCoreApplication::translate("main", "path"));
    parser.addOption(dbOption);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Open the team server <connection> (a libpq connection string such as "
                                            "\"host=db.example.com dbname=sales user=dana\"; the password from "
                                            "~/.pgpass, PGPASSWORD or a prompt) instead of the deal database."),
        QCoreApplication::translate("main", "connection"));
    parser.addOption(serverOption);
    const QCommandLineOption workshopOption(
        QStringLiteral("workshop"),
        QCoreApplication::translate("main", "Start in workshop mode (a sandbox: your deal database is not opened) "
                                            "with the scenario pack PACK, or the bundled scenarios."));
    parser.addOption(workshopOption);
    parser.addPositionalArgument(QStringLiteral("pack"),
                                 QCoreApplication::translate("main", "With --workshop: a scenario pack (.json)."),
                                 QStringLiteral("[PACK]"));
    parser.process(*app);
    const QStringList packs = parser.positionalArguments();
    if (packs.size() > 1 || (!packs.isEmpty() && !parser.isSet(workshopOption))) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "Only one scenario pack can be given, and only "
                                                                  "with --workshop.\n")),
                   stderr);
        return 2;
    }

    QApplication::setApplicationDisplayName(QStringLiteral("Triplewin"));
    QApplication::setDesktopFileName(QStringLiteral("triplewin"));

    std::unique_ptr<Triplewin::Ui::MainWindow> window;
    // Terminated (a logout, kill): the open deal's unsaved changes are kept as a draft, offered at the next start.
    bool terminating = false;
    Triplewin::App::TerminationWatcher termination;
    QObject::connect(&termination, &Triplewin::App::TerminationWatcher::terminationRequested, &termination, [&] {
        terminating = true;
        if (window)
            window->keepUnsavedChangesAsDraft();
        // exit(), not quit(): quit() does nothing before exec() runs (the first-start dialog); exit() also ends
        // a dialog's event loop.
        QCoreApplication::exit(0);
    });

    Target start;
    if (parser.isSet(serverOption)) {
        const Triplewin::Core::Expected<Triplewin::Core::ServerAddress> address =
            Triplewin::Core::ServerAddress::parse(parser.value(serverOption));
        if (!address.ok()) {
            std::fputs(qPrintable(address.error().fullText() + u'\n'), stderr);
            return 2;
        }
        start.server = address.value();
    }

    Triplewin::Core::Database database;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Triplewin::Core::Database::defaultPath();
    std::function<bool(const Target &)> showDeals;
    std::function<void(Triplewin::Ui::MainWindow::Start)> buildWindow;
    // File ▸ Connect to Team Server… and File ▸ Open Local Database: the window closes (asking about unsaved
    // changes; it may stay) and another opens on what was chosen.
    const auto switchTo = [&](const Target &target) {
        QApplication::setQuitOnLastWindowClosed(false);
        const bool closed = window->close();
        QApplication::setQuitOnLastWindowClosed(true);
        if (!closed)
            return;
        window.reset();
        database.close();
        if (!showDeals(target))
            QCoreApplication::exit(terminating ? 0 : 1);
    };
    showDeals = [&](const Target &target) -> bool {
        if (!(target.server ? openServer(database, target, path) : openDatabase(database, path)))
            return false;
        // First start: who is this? (Cancel is fine: the name is asked again when something is to be signed.)
        if (!Triplewin::Core::ProfileSettings::hasSalespersonName()) {
            Triplewin::Ui::ProfileDialog::ask(nullptr, Triplewin::Ui::ProfileDialog::Purpose::FirstStart);
            if (terminating)
                return false;
        }
        buildWindow(Triplewin::Ui::MainWindow::Start::Afresh);
        return true;
    };
    buildWindow = [&](Triplewin::Ui::MainWindow::Start how) {
        window = std::make_unique<Triplewin::Ui::MainWindow>(database, nullptr, how);
        // Queued: the window that asks is closed and deleted by the switch.
        QObject::connect(
            window.get(), &Triplewin::Ui::MainWindow::teamServerChosen, window.get(),
            [&](const Triplewin::Core::ServerAddress &address, const QString &password) {
                QTimer::singleShot(0, qApp, [&switchTo, target = Target{address, password}] { switchTo(target); });
            });
        QObject::connect(window.get(), &Triplewin::Ui::MainWindow::localDatabaseChosen, window.get(),
                         [&] { QTimer::singleShot(0, qApp, [&switchTo] { switchTo(Target{}); }); });
        // Settings ▸ Language: the same database, a window built in the language chosen.
        Triplewin::Ui::switchLanguageOnChoice(window, buildWindow);
        window->show();
    };
    if (!parser.isSet(workshopOption)) {
        if (!showDeals(start))
            return terminating ? 0 : 1;
        return QApplication::exec();
    }

    // Workshop mode first: the deal database is opened only when the trainer leaves it.
    auto *workshop = new Triplewin::Ui::WorkshopWindow;
    workshop->setAttribute(Qt::WA_DeleteOnClose);
    if (!packs.isEmpty() && !workshop->openPack(packs.constFirst())) {
        QMessageBox::warning(workshop, QApplication::translate("main", "Triplewin Workshop"),
                             workshop->lastError() + u'\n' +
                                 QApplication::translate("main", "The bundled scenarios are open instead."));
    }
    QObject::connect(workshop, &Triplewin::Ui::WorkshopWindow::left, workshop, [&] {
        if (!showDeals(start))
            QCoreApplication::exit(terminating ? 0 : 1);
    });
    workshop->show();
    return QApplication::exec();
}
