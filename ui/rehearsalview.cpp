#include "rehearsalview.h"

#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Triplewin::Ui {

RehearsalView::RehearsalView(const QString &script, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_position(new QLabel(this))
{
    setWindowTitle(tr("Rehearse the Walk-Away"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : script.split(blankLines, Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            m_steps << paragraph.trimmed();
    }
    if (m_steps.isEmpty())
        m_steps << tr("The script is empty.");

    // High contrast and large type, whatever the desktop theme.
    QPalette contrast = palette();
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    setPalette(contrast);
    setAutoFillBackground(true);
    QFont big = font();
    big.setPointSizeF(std::max(24.0, big.pointSizeF() * 2.6));
    m_text->setFont(big);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_text->setObjectName(QStringLiteral("rehearsalText"));
    auto *hint = new QLabel(tr("Space or → next step    ← back    Esc leave"), this);
    hint->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 24);
    layout->addWidget(m_position);
    // A long step (many options) scrolls instead of being cut off.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);
    layout->addWidget(hint);
    resize(1100, 700);
    showStep(0);
}

QString RehearsalView::currentText() const
{
    return m_steps.value(m_current);
}

void RehearsalView::showStep(int step)
{
    m_current = std::clamp(step, 0, int(m_steps.size()) - 1);
    m_text->setText(m_steps.at(m_current));
    m_position->setText(tr("Step %1 of %2").arg(m_current + 1).arg(m_steps.size()));
}

void RehearsalView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        showStep(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        showStep(m_current - 1);
        return;
    case Qt::Key_Home:
        showStep(0);
        return;
    case Qt::Key_End:
        showStep(int(m_steps.size()) - 1);
        return;
    default:
        QDialog::keyPressEvent(event); // Esc closes
    }
}

} // namespace Triplewin::Ui
