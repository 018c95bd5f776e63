#pragma once

class QLineEdit;
class QString;

namespace Triplewin::Ui {

/// Gives the clear button of @p edit (QLineEdit::setClearButtonEnabled) a name a screen reader can say, and a
/// tooltip: Qt's own button has neither. Call after enabling the clear button.
void nameClearButton(QLineEdit *edit, const QString &name);

} // namespace Triplewin::Ui
