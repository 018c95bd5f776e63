// Help ▸ User Guide: F1 opens the guide compiled into the app; every page of docs/guide is there, every screenshot it
// shows is found (none drawn as a broken image), and the links between its pages open inside it.

#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QtTest>
#include <ui/guidewindow.h>
#include <ui/mainwindow.h>

using namespace Triplewin;

class TestGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageAndPictureIsCompiledIn_data();
    void everyPageAndPictureIsCompiledIn();
    void linksBetweenPagesOpenInside();
    void f1OpensTheGuide();

private:
    QTemporaryDir m_dir;
};

void TestGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana"));
}

void TestGuide::everyPageAndPictureIsCompiledIn_data()
{
    QTest::addColumn<QString>("page");
    // The pages in the source tree, so a page added there and not to ui/CMakeLists.txt fails here.
    const QStringList pages =
        QDir(QStringLiteral(TRIPLEWIN_SOURCE_DIR "/docs/guide")).entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(pages.size() >= 4);
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << page;
}

void TestGuide::everyPageAndPictureIsCompiledIn()
{
    QFETCH(QString, page);
    QVERIFY2(QFile::exists(Ui::GuideWindow::resourceFolder() + u'/' + page), qPrintable(page));
    Ui::GuideWindow guide;
    guide.showPage(page);
    const QTextDocument *document = guide.browser()->document();
    QVERIFY(document->toPlainText().size() > 200);
    int images = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            ++images;
            const QString name = format.toImageFormat().name();
            const QUrl url = guide.browser()->source().resolved(QUrl(name));
            QVERIFY2(QFile::exists(QLatin1Char(':') + url.path()), qPrintable(page + QStringLiteral(": ") + name));
            const QVariant image = document->resource(QTextDocument::ImageResource, QUrl(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
        }
    }
    if (page != QLatin1String("index.md"))
        QVERIFY2(images > 0, qPrintable(page + QStringLiteral(" shows no screenshot")));
}

void TestGuide::linksBetweenPagesOpenInside()
{
    Ui::GuideWindow guide;
    QVERIFY(guide.browser()->source().toString().endsWith(QLatin1String("index.md")));
    QCOMPARE(guide.browser()->source().scheme(), QStringLiteral("qrc"));
    Q_EMIT guide.browser()->anchorClicked(QUrl(QStringLiteral("manager.md")));
    QVERIFY2(guide.browser()->source().toString().endsWith(QLatin1String("/guide/manager.md")),
             qPrintable(guide.browser()->source().toString()));
    QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("Team Review")));
    QVERIFY(guide.browser()->isBackwardAvailable());
}

void TestGuide::f1OpensTheGuide()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("deals.sqlite"))).ok());
    Ui::MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *guide = window.findChild<Ui::GuideWindow *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    action->trigger(); // again: the same window, brought to the front
    QCOMPARE(window.findChildren<Ui::GuideWindow *>().size(), 1);
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
