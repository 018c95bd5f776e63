#include "dateedit.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace Triplewin::Ui {

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool opens = (event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) ||
                       (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier);
    if (!opens || !calendarPopup() || isReadOnly()) {
        QDateEdit::keyPressEvent(event);
        return;
    }
    // QDateTimeEdit opens its calendar only when its arrow is pressed (no public call does it): a press on the arrow
    // where the style draws it, as the field itself finds it.
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = true;
    option.frame = hasFrame();
    option.subControls = QStyle::SC_All;
    const QPoint arrow = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, this).center();
    QMouseEvent press(QEvent::MouseButtonPress, arrow, mapToGlobal(arrow), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    mousePressEvent(&press);
    event->accept();
}

} // namespace Triplewin::Ui
