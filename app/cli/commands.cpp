// The registry of triplewin-cli's commands. A new command: a function returning its Command, listed here.

#include "command.h"

namespace Triplewin::Cli {

Command habitsCommand();
Command rqCommand();
Command reasonsCommand();
Command importCommand();
Command exportCommand();
Command mergeCommand();
Command serverCommand();
Command briefCommand();

QList<Command> commands()
{
    return {habitsCommand(), rqCommand(),    reasonsCommand(), importCommand(),
            exportCommand(), briefCommand(), mergeCommand(),   serverCommand()};
}

} // namespace Triplewin::Cli
