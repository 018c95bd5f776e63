#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Triplewin::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    const bool dark = tinted.color(QPalette::Window).lightness() < 128;
    tinted.setColor(QPalette::Window, dark ? QColor(0x5C, 0x24, 0x24) : QColor(0xFD, 0xEC, 0xEC));
    tinted.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0xE8, 0xE8) : QColor(0x6E, 0x12, 0x12));
    setPalette(tinted);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace Triplewin::Ui
