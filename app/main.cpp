// Triplewin: command line, translators, database and the main window. Composition only.

#include "terminationwatcher.h"

#include <core/storage/database.h>
#include <cstdio>
#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>
#include <ui/mainwindow.h>
#include <ui/workshopwindow.h>

namespace {

void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("triplewin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

/// Opens @p path; when that fails, says why and lets the user pick another file or quit. Never overwrites
/// the file that failed.
bool openDatabase(Triplewin::Core::Database &database, QString path)
{
    for (;;) {
        const Triplewin::Core::StorageError error = database.open(path);
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
    installTranslators(*app);

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

    Triplewin::Core::Database database;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Triplewin::Core::Database::defaultPath();
    std::unique_ptr<Triplewin::Ui::MainWindow> window;
    const auto showDeals = [&]() -> bool {
        if (!openDatabase(database, path))
            return false;
        window = std::make_unique<Triplewin::Ui::MainWindow>(database);
        window->show();
        return true;
    };
    // Terminated (a logout, kill): the open deal's unsaved changes are kept as a draft, offered at the next start.
    Triplewin::App::TerminationWatcher termination;
    QObject::connect(&termination, &Triplewin::App::TerminationWatcher::terminationRequested, &termination, [&] {
        if (window)
            window->keepUnsavedChangesAsDraft();
        QCoreApplication::quit();
    });

    if (!parser.isSet(workshopOption)) {
        if (!showDeals())
            return 1;
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
            QCoreApplication::exit(1);
    });
    workshop->show();
    return QApplication::exec();
}
