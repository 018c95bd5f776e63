#pragma once

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QLabel;
class QScrollArea;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Practising the script aloud: one step per screen, large type, keyboard-driven (Space or → next, ← or
/// Backspace back, Esc to leave), with the keys shown at the bottom.
class RehearsalView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalView)

public:
    /// Steps are the paragraphs of @p script (separated by blank lines).
    explicit RehearsalView(const QString &script, QWidget *parent = nullptr);

    int currentStep() const { return m_current; }
    int stepCount() const { return int(m_steps.size()); }
    QString currentText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep(int step);
    /// The largest type, up to 2.6 times the desktop's, in which every step fits the window without scrolling;
    /// a step that would not fit even at reading size scrolls.
    void fitType();

    QStringList m_steps;
    int m_current = 0;
    QLabel *m_text;
    QLabel *m_position;
    QScrollArea *m_scroll;
    double m_largestPointSize = 24.0;
};

} // namespace Triplewin::Ui
