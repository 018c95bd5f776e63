#pragma once

#include <QDateEdit>

namespace Triplewin::Ui {

/// A date field that Tab leaves as it leaves every other field, and whose calendar opens from the keyboard.
///
/// QDateEdit's own Tab first steps through the date's sections (day, month, year: three presses to get past one date
/// in a form, and Shift+Tab the same back). Here the sections are reached as in a text field: typing moves on by
/// itself, Left and Right move the cursor, Up and Down change the section under it. With a calendar popup, Alt+Down or
/// F4 opens it, as a combo box's list (Qt's opens only with a click): the arrows move the day, Enter chooses it, Escape
/// closes it.
class DateEdit final : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Triplewin::Ui
