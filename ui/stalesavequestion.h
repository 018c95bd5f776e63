#pragma once

#include <QObject>

class QWidget;

namespace Triplewin::Core {
struct StorageError;
}

namespace Triplewin::Ui {

/// What to do when a save found the deal changed (Conflict) or removed (NotFound) elsewhere since it was opened:
/// another window, the command line or a merge. Never a silent lost update: the user decides.
class StaleSaveQuestion final : public QObject
{
    Q_OBJECT

public:
    enum class Answer
    {
        Cancel,    ///< keep the edits on screen, unsaved
        Reload,    ///< drop the edits, show the stored version (not offered for a removed deal)
        Overwrite, ///< save the edits over the stored version (not offered for a removed deal)
        SaveCopy,  ///< save the edits as a new deal next to it
    };

    StaleSaveQuestion() = delete;
    static Answer ask(QWidget *parent, const Core::StorageError &stale);
};

} // namespace Triplewin::Ui
