#pragma once

class QLineEdit;
class QString;
class QToolBar;

namespace Triplewin::Ui {

/// Gives the clear button of @p edit (QLineEdit::setClearButtonEnabled) a name a screen reader can say, and a
/// tooltip: Qt's own button has neither. Call after enabling the clear button.
void nameClearButton(QLineEdit *edit, const QString &name);

/// Names @p toolBar's "»" button (the actions that do not fit), which Qt leaves without a name.
void nameToolBarExtension(QToolBar *toolBar);

} // namespace Triplewin::Ui
