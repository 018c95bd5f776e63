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

private:
    QLabel *m_label;
};

} // namespace Triplewin::Ui
