#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// A dismissible inline message above a form, for errors that belong to the page rather than to a dialog.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString text() const;

    /// The tint of a message on @p palette: a light red on a light palette, a dark red on a dark one, its text at
    /// least 4.5:1 against it (WCAG AA): a palette with just Window and WindowText set.
    static QPalette tinted(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
};

} // namespace Triplewin::Ui
