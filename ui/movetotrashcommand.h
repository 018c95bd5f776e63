#pragma once

#include <functional>
#include <QString>
#include <QUndoCommand>

namespace Triplewin::Core {
class DealRepository;
struct StorageError;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

/// Moves a deal to the trash; undo restores it. @p done is called after each step with its outcome and
/// whether the deal is now in the trash, so the window can refresh the list or show an error.
class MoveToTrashCommand final : public QUndoCommand
{
public:
    MoveToTrashCommand(Core::DealRepository &repository, qint64 dealId, const QString &title,
                       std::function<void(const Core::StorageError &, bool inTrash)> done);

    void redo() override;
    void undo() override;

private:
    Core::DealRepository &m_repository;
    qint64 m_dealId;
    std::function<void(const Core::StorageError &, bool inTrash)> m_done;
};

} // namespace Triplewin::Ui
