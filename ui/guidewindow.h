#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTextBrowser;
class QToolButton;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Help ▸ User Guide (F1): the guide of docs/guide/ (one page per user: salesperson, manager, trainer), compiled into
/// the app so that it works offline, shown as Markdown with its screenshots; links between its pages follow inside,
/// links elsewhere open in the desktop's browser. Back and Forward as in a browser (Alt+Left, Alt+Right).
class GuideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideWindow)

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    /// Shows page @p page of the guide ("index.md", "salesperson.md", …).
    void showPage(const QString &page);
    QTextBrowser *browser() const { return m_browser; }

    /// Where the guide is compiled in (":/guide").
    static QString resourceFolder();

private:
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace Triplewin::Ui
