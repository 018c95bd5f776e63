#include "stalesavequestion.h"

#include <core/storage/storageerror.h>
#include <QMessageBox>
#include <QPushButton>

namespace Triplewin::Ui {

StaleSaveQuestion::Answer StaleSaveQuestion::ask(QWidget *parent, const Core::StorageError &stale)
{
    const bool gone = stale.kind == Core::StorageError::Kind::NotFound;
    QMessageBox box(QMessageBox::Warning, tr("Save Deal"), stale.message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("staleSaveBox"));
    box.setInformativeText(gone ? tr("Save your version as a new deal, or cancel and copy what you need.")
                                : tr("Reload the stored version (your edits are dropped), overwrite it with yours, "
                                     "or save yours as a new deal next to it."));
    QPushButton *reload = nullptr;
    QPushButton *overwrite = nullptr;
    if (!gone) {
        reload = box.addButton(tr("Reload Stored Version"), QMessageBox::DestructiveRole);
        reload->setObjectName(QStringLiteral("reloadStored"));
        overwrite = box.addButton(tr("Overwrite With Mine"), QMessageBox::AcceptRole);
        overwrite->setObjectName(QStringLiteral("overwriteWithMine"));
    }
    QPushButton *copy = box.addButton(tr("Save Mine as a Copy"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("saveAsCopy"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reload && reload)
        return Answer::Reload;
    if (box.clickedButton() == overwrite && overwrite)
        return Answer::Overwrite;
    if (box.clickedButton() == copy)
        return Answer::SaveCopy;
    return Answer::Cancel;
}

} // namespace Triplewin::Ui
