#include "guidewindow.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QImage>
#include <QKeySequence>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Triplewin::Ui {

namespace {

/// The guide's pages in a browser whose screenshots fit its width (they are taken at 1366x768).
class GuideBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image;
        if (resource.canConvert<QImage>())
            image = resource.value<QImage>();
        else if (resource.canConvert<QByteArray>())
            image.loadFromData(resource.toByteArray());
        constexpr int Widest = 820;
        if (image.isNull() || image.width() <= Widest)
            return resource;
        return image.scaledToWidth(Widest, Qt::SmoothTransformation);
    }
};

} // namespace

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("Triplewin User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false); // pages of the guide inside, everything else in the browser
    m_browser->setSearchPaths({resourceFolder()});
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().isEmpty() || url.scheme() == QLatin1String("qrc"))
            m_browser->setSource(m_browser->source().resolved(url), QTextDocument::MarkdownResource);
        else
            QDesktopServices::openUrl(url);
    });

    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setShortcut(QKeySequence(QKeySequence::Back));
    m_back->setEnabled(false);
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setShortcut(QKeySequence(QKeySequence::Forward));
    m_forward->setEnabled(false);
    auto *contents = new QPushButton(tr("&Contents"), this);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(contents, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("index.md")); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(contents);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    resize(900, 700);
    showPage(QStringLiteral("index.md"));
}

QString GuideWindow::resourceFolder()
{
    return QStringLiteral(":/guide");
}

void GuideWindow::showPage(const QString &page)
{
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/") + page), QTextDocument::MarkdownResource);
}

} // namespace Triplewin::Ui
