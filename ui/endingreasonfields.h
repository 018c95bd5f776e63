#pragma once

#include <core/domain/endingreason.h>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Why a deal ends, as the closing dialog and the walk-away wizard ask it: a reason from the user's short list
/// (ProfileSettings::endingReasons(), edited in Settings ▸ Ending Reasons…) and a few words. Both optional: the
/// dashboard counts "no reason given" too, and ending a deal is never blocked for want of one.
class EndingReasonFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndingReasonFields)

public:
    explicit EndingReasonFields(QWidget *parent = nullptr);

    Core::ReasonForEnding value() const;
    /// Chooses @p reason (adding it when the list does not have it) and sets the words.
    void setValue(const Core::ReasonForEnding &value);

    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }

    /// Settings ▸ Ending Reasons…: the user's list as text, one reason per line, in a dialog a keyboard leaves with Tab
    /// (QInputDialog's multi-line box takes Tab as a character). Saves it on OK (ProfileSettings::setEndingReasons()).
    static void editList(QWidget *parent);

private:
    QComboBox *m_reason;
    QLineEdit *m_note;
};

} // namespace Triplewin::Ui
