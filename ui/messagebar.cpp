#include "messagebar.h"

#include "appearance.h"

#include <QApplication>
#include <QEvent>
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
    setPalette(tinted(QApplication::palette()));
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

QPalette MessageBar::tinted(const QPalette &palette)
{
    // Only the two roles it sets: the others stay the application's, and follow it when it changes.
    QPalette tint;
    tint.setResolveMask(0);
    const bool dark = isDark(palette);
    tint.setColor(QPalette::Window, dark ? QColor(0x5C, 0x24, 0x24) : QColor(0xFD, 0xEC, 0xEC));
    tint.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0xE8, 0xE8) : QColor(0x6E, 0x12, 0x12));
    return tint;
}

void MessageBar::changeEvent(QEvent *event)
{
    // Settings ▸ Appearance changed the application's palette (the roles this bar does not set changed with it): the
    // tint follows. Set only when it differs, so the change this makes ends here.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        const QPalette wanted = tinted(QApplication::palette());
        if (palette().color(QPalette::Window) != wanted.color(QPalette::Window) ||
            palette().color(QPalette::WindowText) != wanted.color(QPalette::WindowText))
            setPalette(wanted);
    }
    QFrame::changeEvent(event);
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
