#include "accessiblenames.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolBar>
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

void nameToolBarExtension(QToolBar *toolBar)
{
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(QCoreApplication::translate("Triplewin::Ui::AccessibleNames", "More tools"));
}

} // namespace Triplewin::Ui
