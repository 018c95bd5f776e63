// triplewin-cli: Triplewin without a display, on the same core as the app. One sub-command per task;
// `triplewin-cli COMMAND --help` describes each. Exit codes: 0 success, 1 a database or file error (message on
// stderr), 2 a usage error.

#include "command.h"

#include <core/i18n/translations.h>
#include <memory>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

namespace {

QString overview()
{
    QString text = QCoreApplication::translate("main", "Usage: triplewin-cli COMMAND [options]\n\nCommands:\n");
    for (const Triplewin::Cli::Command &command : Triplewin::Cli::commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -8).arg(command.summary);
    text += QCoreApplication::translate("main", "\n`triplewin-cli COMMAND --help` shows a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // `brief` lays out text and draws a chart: Qt Gui, on the offscreen platform unless told otherwise (no display
    // is needed or used). Every other command stays a plain core application.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && qstrcmp(argv[1], "brief") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Triplewin"));
    QCoreApplication::setApplicationName(QStringLiteral("Triplewin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIPLEWIN_VERSION));
    Triplewin::Core::installTranslations(app);

    QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        QTextStream(stdout) << overview();
        return Triplewin::Cli::Success;
    }
    if (first == u"--version" || first == u"-v") {
        QTextStream(stdout) << "triplewin-cli " << QCoreApplication::applicationVersion() << '\n';
        return Triplewin::Cli::Success;
    }
    if (first.isEmpty() || first.startsWith(u'-')) {
        QTextStream(stderr) << "triplewin-cli: "
                            << QCoreApplication::translate("main", "give exactly one command, before its options.")
                            << "\n\n"
                            << overview();
        return Triplewin::Cli::UsageError;
    }
    for (const Triplewin::Cli::Command &command : Triplewin::Cli::commands()) {
        if (command.name == first) {
            arguments.removeAt(1); // the parser sees "triplewin-cli [options]"
            Triplewin::Cli::setCommandName(command.name);
            return command.run(arguments);
        }
    }
    QTextStream(stderr) << "triplewin-cli: " << QCoreApplication::translate("main", "unknown command “%1”.").arg(first)
                        << "\n\n"
                        << overview();
    return Triplewin::Cli::UsageError;
}
