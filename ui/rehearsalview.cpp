#include "rehearsalview.h"

#include "screenfit.h"

#include <algorithm>
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
    , m_scroll(new QScrollArea(this))
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
    m_largestPointSize = std::max(24.0, font().pointSizeF() * 2.6);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_text->setObjectName(QStringLiteral("rehearsalText"));
    auto *hint = new QLabel(tr("Space or → next step    ← back    Esc leave"), this);
    hint->setObjectName(QStringLiteral("rehearsalKeys"));
    hint->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 24);
    layout->addWidget(m_position);
    // The type shrinks until the longest step fits (fitType()); one that still does not scrolls, never running
    // under the key hints.
    m_scroll->setWidget(m_text);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);
    layout->addWidget(m_scroll, 1);
    // The room the text has is known once the scroll area is laid out, not at the dialog's own resize.
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(hint);
    // Large, but within the screen it opens on (a 1366x768 laptop, or 150 % scaling on a small one).
    resizeWithinScreen(this, QSize(1100, 700), 0.9);
    showStep(0);
}

bool RehearsalView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitType();
    return QDialog::eventFilter(watched, event);
}

void RehearsalView::fitType()
{
    const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
    if (room.width() <= 0 || room.height() <= 0)
        return;
    const double smallest = std::max(12.0, font().pointSizeF() * 1.3);
    QFont type = font();
    for (double size = m_largestPointSize; size >= smallest; size -= 1.0) {
        type.setPointSizeF(size);
        const QFontMetrics metrics(type);
        const bool fits = std::all_of(m_steps.cbegin(), m_steps.cend(), [&](const QString &step) {
            return metrics.boundingRect(QRect(0, 0, room.width(), 1 << 20), Qt::TextWordWrap, step).height() <=
                   room.height();
        });
        if (fits)
            break;
    }
    m_text->setFont(type);
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
