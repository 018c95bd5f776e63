// Triplewin: command line, translators, database and the main window. Composition only.

#include "terminationwatcher.h"

#include <core/i18n/translations.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <cstdio>
#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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
    Triplewin::Core::installTranslations(*app);

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

    Triplewin::Core::Database database;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Triplewin::Core::Database::defaultPath();
    const auto showDeals = [&]() -> bool {
        if (!openDatabase(database, path))
            return false;
        // First start: who is this? (Cancel is fine: the name is asked again when something is to be signed.)
        if (!Triplewin::Core::ProfileSettings::hasSalespersonName()) {
            Triplewin::Ui::ProfileDialog::ask(nullptr, Triplewin::Ui::ProfileDialog::Purpose::FirstStart);
            if (terminating)
                return false;
        }
        window = std::make_unique<Triplewin::Ui::MainWindow>(database);
        window->show();
        return true;
    };
    if (!parser.isSet(workshopOption)) {
        if (!showDeals())
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
        if (!showDeals())
            QCoreApplication::exit(terminating ? 0 : 1);
    });
    workshop->show();
    return QApplication::exec();
}
