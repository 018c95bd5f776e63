// Settings ▸ Appearance: in the light and the dark look every text the app colours itself is readable — WCAG AA, 4.5:1
// against what is behind it, computed here — and a window that is open when the look changes follows it.

#include <core/domain/dealoption.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <QAction>
#include <QBarSet>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>
#include <QValueAxis>
#include <ui/appearance.h>
#include <ui/concessionledgerpanel.h>
#include <ui/dealeditor.h>
#include <ui/mainwindow.h>
#include <ui/messagebar.h>
#include <ui/resultcolours.h>
#include <ui/valuechartview.h>

using namespace Triplewin;
using Ui::Appearance;
using Ui::contrastRatio;

Q_DECLARE_METATYPE(Triplewin::Ui::Appearance)

namespace {

/// Fails with both colours and the ratio when @p text on @p background is below WCAG AA.
void checkReadable(const QString &what, const QColor &text, const QColor &background, double minimum = 4.5)
{
    const double ratio = contrastRatio(text, background);
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, below %5:1")
                                              .arg(what, text.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)
                                              .arg(minimum)));
}

Core::DealOption option(const QString &name, Core::Money you, Core::Money customer)
{
    Core::DealOption made;
    made.name = name;
    made.assessment(Core::Party::You) = {you, 0, {}};
    made.assessment(Core::Party::Customer) = {customer, 0, {}};
    made.assessment(Core::Party::CustomersCustomer) = {0, 0, {}};
    return made;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void contrastRatioAsWcagDefinesIt();
    void textIsReadable_data();
    void textIsReadable();
    void openWindowsFollowTheChange();
    void theChoiceIsKeptAndOfferedInSettings();

private:
    QTemporaryDir m_dir;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana"));
}

void TestAppearance::cleanupTestCase()
{
    Ui::storeAppearance(Appearance::System);
}

void TestAppearance::contrastRatioAsWcagDefinesIt()
{
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // WCAG's own example values: #777777 on white is just below AA, #767676 just above it.
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) > 4.5);
    QCOMPARE(Ui::blended(QColor(255, 0, 0, 0), Qt::white), QColor(Qt::white));
    QCOMPARE(Ui::blended(QColor(0, 0, 0, 255), Qt::white), QColor(Qt::black));
}

void TestAppearance::textIsReadable_data()
{
    QTest::addColumn<Appearance>("appearance");
    QTest::newRow("light") << Appearance::Light;
    QTest::newRow("dark") << Appearance::Dark;
}

void TestAppearance::textIsReadable()
{
    QFETCH(Appearance, appearance);
    Ui::applyAppearance(appearance);
    const QPalette palette = QApplication::palette();
    QCOMPARE(palette.color(QPalette::Window).lightness() < 128, appearance == Appearance::Dark);

    // The palette's own text roles, as every widget draws them.
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> roles[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base},
    };
    for (const auto &[text, background] : roles)
        checkReadable(QStringLiteral("palette role %1 on %2").arg(int(text)).arg(int(background)), palette.color(text),
                      palette.color(background));

    // The result and outcome badges.
    for (Core::Result result : {Core::Result::Win, Core::Result::Even, Core::Result::Lose}) {
        const Ui::ResultColours colours = Ui::ResultColours::forResult(result, palette);
        checkReadable(Core::resultName(result), colours.foreground, colours.background);
    }
    for (Core::Outcome outcome : {Core::Outcome::WinWinWin, Core::Outcome::WinWin, Core::Outcome::WinLose,
                                  Core::Outcome::LoseWin, Core::Outcome::LoseLose}) {
        const Ui::ResultColours colours = Ui::ResultColours::forOutcome(outcome, palette);
        checkReadable(Core::outcomeName(outcome), colours.foreground, colours.background);
    }
    // Not assessed: quieter than a result, on the table's base.
    checkReadable(QStringLiteral("not assessed"),
                  Ui::ResultColours::forResult(Core::Result::Unknown, palette).foreground,
                  palette.color(QPalette::Base));

    // Messages above a form, problems under a field, the ledger's unreciprocated rows.
    const QPalette message = Ui::MessageBar::tinted(palette);
    checkReadable(QStringLiteral("message bar"), message.color(QPalette::WindowText), message.color(QPalette::Window));
    checkReadable(QStringLiteral("field error"), Ui::DealEditor::errorTextColour(palette),
                  palette.color(QPalette::Window));
    checkReadable(QStringLiteral("unreciprocated concession"), palette.color(QPalette::Text),
                  Ui::blended(Ui::ConcessionLedgerPanel::unreciprocatedTint(), palette.color(QPalette::Base)));

    // The value chart: its title and axis labels on its background.
    Ui::ValueChartView chart;
    chart.setOptions({option(QStringLiteral("List price"), 100'000, -50'000)}, QStringLiteral("EUR"));
    const QColor chartBackground = chart.chart()->backgroundBrush().color();
    checkReadable(QStringLiteral("chart title"), chart.chart()->titleBrush().color(), chartBackground);
    const QList<QAbstractAxis *> axes = chart.chart()->axes();
    QVERIFY(!axes.isEmpty());
    for (QAbstractAxis *axis : axes)
        checkReadable(QStringLiteral("chart axis labels"), axis->labelsColor(), chartBackground);
    checkReadable(QStringLiteral("chart legend"), chart.chart()->legend()->labelColor(), chartBackground);
}

void TestAppearance::openWindowsFollowTheChange()
{
    Ui::applyAppearance(Appearance::Light);
    Ui::MessageBar bar;
    QUndoStack stack;
    Ui::DealEditor editor(&stack);
    Ui::ValueChartView chart;
    chart.setOptions({option(QStringLiteral("List price"), 100'000, -50'000)}, QStringLiteral("EUR"));
    auto *titleError = editor.findChild<QLabel *>(QStringLiteral("titleError"));
    QVERIFY(titleError);
    QCOMPARE(titleError->palette().color(QPalette::WindowText),
             Ui::DealEditor::errorTextColour(QApplication::palette()));
    QVERIFY(bar.palette().color(QPalette::Window).lightness() >= 128);
    QVERIFY(chart.chart()->backgroundBrush().color().lightness() >= 128);

    Ui::applyAppearance(Appearance::Dark);
    QTRY_COMPARE(bar.palette().color(QPalette::Window),
                 Ui::MessageBar::tinted(Ui::darkPalette()).color(QPalette::Window));
    QTRY_COMPARE(titleError->palette().color(QPalette::WindowText), Ui::DealEditor::errorTextColour(Ui::darkPalette()));
    QTRY_VERIFY(chart.chart()->backgroundBrush().color().lightness() < 128);

    Ui::applyAppearance(Appearance::Light); // and back (the widgets hear of it through posted events)
    QTRY_VERIFY(bar.palette().color(QPalette::Window).lightness() >= 128);
    QTRY_COMPARE(titleError->palette().color(QPalette::WindowText),
                 Ui::DealEditor::errorTextColour(QApplication::palette()));
    QTRY_VERIFY(chart.chart()->backgroundBrush().color().lightness() >= 128);
}

void TestAppearance::theChoiceIsKeptAndOfferedInSettings()
{
    Ui::storeAppearance(Appearance::Dark);
    QCOMPARE(Ui::storedAppearance(), Appearance::Dark);
    QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
    QCOMPARE(Ui::storedAppearance(), Appearance::System); // something unknown: the desktop's own look

    Ui::storeAppearance(Appearance::Dark);
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("deals.sqlite"))).ok());
    Ui::MainWindow window(database);
    auto *dark = window.findChild<QAction *>(QStringLiteral("appearance-dark"));
    auto *light = window.findChild<QAction *>(QStringLiteral("appearance-light"));
    auto *system = window.findChild<QAction *>(QStringLiteral("appearance-system"));
    QVERIFY(dark && light && system);
    QVERIFY(dark->isChecked() && !light->isChecked() && !system->isChecked());
    light->trigger();
    QCOMPARE(Ui::storedAppearance(), Appearance::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    QVERIFY(light->isChecked() && !dark->isChecked());
    dark->trigger();
    QCOMPARE(Ui::storedAppearance(), Appearance::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
