#include "movetotrashcommand.h"

#include <core/storage/dealrepository.h>
#include <QCoreApplication>

namespace Triplewin::Ui {

MoveToTrashCommand::MoveToTrashCommand(Core::DealRepository &repository, qint64 dealId, const QString &title,
                                       std::function<void(const Core::StorageError &, bool inTrash)> done)
    : QUndoCommand(
          QCoreApplication::translate("Triplewin::Ui::MoveToTrashCommand", "Move “%1” to the trash").arg(title))
    , m_repository(repository)
    , m_dealId(dealId)
    , m_done(std::move(done))
{}

void MoveToTrashCommand::redo()
{
    const Core::StorageError error = m_repository.moveToTrash(m_dealId);
    if (error)
        setObsolete(true);
    m_done(error, !error);
}

void MoveToTrashCommand::undo()
{
    const Core::StorageError error = m_repository.restoreFromTrash(m_dealId);
    if (error)
        setObsolete(true);
    m_done(error, bool(error));
}

} // namespace Triplewin::Ui
