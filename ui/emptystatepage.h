#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// What the window shows when no deal is open: what to do next, and a New Deal button.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    /// The text for a database without any deal (a first start) or for one with deals but none open.
    void setHasDeals(bool hasDeals);

Q_SIGNALS:
    void newDealRequested();

private:
    QLabel *m_heading;
    QLabel *m_text;
};

} // namespace Triplewin::Ui
