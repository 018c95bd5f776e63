#include "accessiblenames.h"

#include <QLineEdit>
#include <QToolButton>

namespace Triplewin::Ui {

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // QLineEdit shows its clear action as a tool button of its own (Qt's QLineEditIconButton), with no text.
    for (QToolButton *button : edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

} // namespace Triplewin::Ui
