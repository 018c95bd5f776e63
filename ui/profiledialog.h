#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace Triplewin::Ui {

/// Asks who is using Triplewin: the name new deals are filed under and endings and notes are signed with. Shown on
/// first start (pre-filled with the system's full name for the user) and from Settings ▸ Your Name. OK stays
/// disabled while the name is blank, so nothing is ever recorded with an empty name.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    enum class Purpose
    {
        FirstStart, ///< welcomes a new user
        Change,     ///< Settings ▸ Your Name
        Required,   ///< an action needs a name that was never given
    };

    explicit ProfileDialog(const QString &initialName, Purpose purpose, QWidget *parent = nullptr);

    /// The name as entered, trimmed.
    QString name() const;

    /// Asks for the name, stores it in ProfileSettings and returns it; empty when the user cancelled.
    static QString ask(QWidget *parent, Purpose purpose);

private:
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace Triplewin::Ui
