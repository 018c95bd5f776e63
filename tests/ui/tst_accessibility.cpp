// Opens every window and dialog of the app and walks its accessibility tree the way a screen reader does
// (QAccessibleInterface): every focusable or editable element must have a name, and every chart a name and a
// description in words. A new window or dialog belongs in windows_data().

#include <core/domain/deal.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/databasejobs.h>
#include <core/storage/dealrepository.h>
#include <core/workshop/scenariopack.h>
#include <functional>
#include <QAbstractButton>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>
#include <QWizard>
#include <ui/closedealdialog.h>
#include <ui/concessionledgerpanel.h>
#include <ui/dealeditor.h>
#include <ui/dealviewer.h>
#include <ui/habitsettingsdialog.h>
#include <ui/importdialog.h>
#include <ui/mainwindow.h>
#include <ui/presenterview.h>
#include <ui/profiledialog.h>
#include <ui/rehearsalview.h>
#include <ui/restorebackupdialog.h>
#include <ui/roomdialog.h>
#include <ui/shortcutsdialog.h>
#include <ui/teamreviewwindow.h>
#include <ui/trashdialog.h>
#include <ui/valuechartview.h>
#include <ui/walkawaywizard.h>
#include <ui/workshopwindow.h>

using namespace Triplewin;

namespace {

/// "QLineEdit 'searchEdit' in DealListPanel in QSplitter …": enough to find the widget in the code.
QString describe(QAccessibleInterface *iface)
{
    QStringList chain;
    for (QObject *object = iface->object(); object && chain.size() < 4; object = object->parent()) {
        const QString name = object->objectName();
        chain << QString::fromLatin1(object->metaObject()->className()) +
                     (name.isEmpty() ? QString() : QStringLiteral(" '") + name + u'\'');
    }
    return QStringLiteral("role %1: %2").arg(int(iface->role())).arg(chain.join(QStringLiteral(" in ")));
}

/// Cells and items carry their own text (an empty cell is fine): a screen reader reads them with their header.
bool isItem(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Cell:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::Row:
    case QAccessible::ColumnHeader:
    case QAccessible::RowHeader:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

/// Controls a screen reader offers to act on, focusable or not (a tool button usually takes no focus).
bool isInput(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

void collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    if ((state.focusable || state.editable || isInput(iface->role())) && !isItem(iface->role()) &&
        iface->text(QAccessible::Name).trimmed().isEmpty())
        *unnamed << describe(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

/// Every focusable or editable element of @p window without a name, and every chart without a description.
QStringList accessibilityDefects(QWidget *window)
{
    QStringList defects;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), &defects);
    for (QChartView *chart : window->findChildren<QChartView *>()) {
        if (!chart->isVisible())
            continue;
        if (chart->accessibleName().trimmed().isEmpty())
            defects << QStringLiteral("chart without a name: ") + chart->objectName();
        if (chart->accessibleDescription().trimmed().isEmpty())
            defects << QStringLiteral("chart without a description in words: ") + chart->objectName();
    }
    return defects;
}

Core::Deal sampleDeal()
{
    Core::Deal deal;
    deal.title = QStringLiteral("Fleet renewal");
    deal.customer = QStringLiteral("Acme Logistics");
    deal.customersCustomer = QStringLiteral("Acme's shippers");
    deal.salesperson = QStringLiteral("Dana");
    deal.currency = QStringLiteral("EUR");
    for (const auto &[name, you, customer] :
         {std::tuple{"List price", 1'200'000, -50'000}, std::tuple{"Two-year term", 900'000, 300'000}}) {
        Core::DealOption option;
        option.name = QString::fromLatin1(name);
        option.assessment(Core::Party::You).value = you;
        option.assessment(Core::Party::You).referencePoint = 1'000'000;
        option.assessment(Core::Party::Customer).value = customer;
        option.assessment(Core::Party::Customer).referencePoint = 0;
        option.assessment(Core::Party::Customer).reason = QStringLiteral("budget");
        deal.options << option;
    }
    return deal;
}

/// Deletes @p object together with @p window. What a window uses holds a reference to the row's database: kept past
/// the row (in a static, say) it would outlive that database, and a timer of its own (the main window's daily backup)
/// would read the freed database later, in another row.
template<typename T>
void deleteWith(QObject *window, T *object)
{
    QObject::connect(window, &QObject::destroyed, [object] { delete object; });
}

} // namespace

using WindowFactory = std::function<QWidget *(Core::Database &, const QString &folder)>;
Q_DECLARE_METATYPE(WindowFactory)

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windows_data();
    void windows();
    void wizardPages();
    void valueChartDescribesItselfInWords();

private:
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the chart's words below
}

void TestAccessibility::windows_data()
{
    QTest::addColumn<WindowFactory>("make");
    QTest::addColumn<QSize>("size");

    QTest::newRow("main window, empty") << WindowFactory([](Core::Database &database, const QString &) {
        return new Ui::MainWindow(database);
    }) << QSize(1366, 768);
    QTest::newRow("main window with a deal open") << WindowFactory([](Core::Database &database, const QString &) {
        const Core::Expected<Core::Deal> saved = Core::DealRepository(database).save(sampleDeal());
        auto *window = new Ui::MainWindow(database);
        if (saved.ok())
            window->openDeal(saved.value().id);
        return window;
    }) << QSize(1366, 768);
    QTest::newRow("close deal dialog") << WindowFactory([](Core::Database &database, const QString &) {
        return new Ui::CloseDealDialog(Core::DealRepository(database).save(sampleDeal()).value());
    }) << QSize(1366, 768);
    QTest::newRow("close deal dialog, gate asking why") << WindowFactory([](Core::Database &database, const QString &) {
        // The sample's first option leaves someone below a reference point or is dominated: the reason box shows.
        Core::Deal deal = sampleDeal();
        deal.options.first().assessment(Core::Party::Customer).value = -1'000'000;
        auto *dialog = new Ui::CloseDealDialog(Core::DealRepository(database).save(deal).value());
        if (auto *agreed = dialog->findChild<QComboBox *>(QStringLiteral("agreedOption")))
            agreed->setCurrentIndex(0);
        return dialog;
    }) << QSize(1366, 768);
    QTest::newRow("keyboard shortcuts") << WindowFactory([](Core::Database &database, const QString &) {
        auto *window = new Ui::MainWindow(database);
        auto *dialog = new Ui::ShortcutsDialog(window->menuBar());
        deleteWith(dialog, window);
        return dialog;
    }) << QSize(1366, 768);
    QTest::newRow("rehearsal") << WindowFactory([](Core::Database &, const QString &) {
        return new Ui::RehearsalView(QStringLiteral("We looked at two options.\n\nNeither works for both of us."));
    }) << QSize(1366, 768);
    QTest::newRow("team review, history") << WindowFactory([](Core::Database &database, const QString &) {
        if (!Core::DealRepository(database).save(sampleDeal()).ok())
            QTest::qFail("the sample deal was not saved", __FILE__, __LINE__);
        return new Ui::TeamReviewWindow(database, QStringLiteral("Morgan"));
    }) << QSize(1366, 768);
    QTest::newRow("team review, dashboard") << WindowFactory([](Core::Database &database, const QString &) {
        if (!Core::DealRepository(database).save(sampleDeal()).ok())
            QTest::qFail("the sample deal was not saved", __FILE__, __LINE__);
        auto *window = new Ui::TeamReviewWindow(database, QStringLiteral("Morgan"));
        if (!QTest::qWaitFor([window] { return !window->isReadingDashboard(); }, 10000)) // read on a worker
            QTest::qFail("the dashboard was not read", __FILE__, __LINE__);
        if (auto *tabs = window->findChild<QTabWidget *>())
            tabs->setCurrentIndex(tabs->count() - 1);
        return window;
    }) << QSize(1366, 768);
    QTest::newRow("deal viewer") << WindowFactory([](Core::Database &database, const QString &) {
        const qint64 id = Core::DealRepository(database).save(sampleDeal()).value().id;
        return new Ui::DealViewer(database, id, QStringLiteral("Morgan"));
    }) << QSize(1366, 768);
    QTest::newRow("import dialog") << WindowFactory([](Core::Database &database, const QString &folder) {
        const QString path = QDir(folder).filePath(QStringLiteral("crm.csv"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("Opportunity Name,Account Name,Amount,Stage,Close Date,Opportunity Owner\n"
                       "Fleet,Acme,12000,Closed Won,2026-03-31,Dana\n"
                       "Broken,Acme,twelve,Closed Won,2026-03-31,Dana\n");
        file.close();
        auto *repository = new Core::DealRepository(database);
        auto *jobs = new Core::DatabaseJobs(database);
        auto *dialog = new Ui::ImportDialog(*repository, *jobs, path);
        deleteWith(dialog, repository);
        deleteWith(dialog, jobs);
        return dialog;
    }) << QSize(1366, 768);
    QTest::newRow("restore backup") << WindowFactory([](Core::Database &database, const QString &) {
        return new Ui::RestoreBackupDialog(database.path());
    }) << QSize(1366, 768);
    QTest::newRow("trash") << WindowFactory([](Core::Database &database, const QString &) {
        auto *repository = new Core::DealRepository(database);
        auto *dialog = new Ui::TrashDialog(*repository);
        deleteWith(dialog, repository);
        return dialog;
    }) << QSize(1366, 768);
    QTest::newRow("settings: coaching thresholds")
        << WindowFactory([](Core::Database &, const QString &) { return new Ui::HabitSettingsDialog; })
        << QSize(1366, 768);
    QTest::newRow("deal: a concession") << WindowFactory([](Core::Database &, const QString &) {
        return new Ui::ConcessionDialog(Core::Concession(), QStringLiteral("EUR"));
    }) << QSize(1366, 768);
    QTest::newRow("settings: your name") << WindowFactory([](Core::Database &, const QString &) {
        return new Ui::ProfileDialog(QStringLiteral("Dana"), Ui::ProfileDialog::Purpose::Change);
    }) << QSize(1366, 768);
    QTest::newRow("workshop") << WindowFactory([](Core::Database &, const QString &) {
        auto *workshop = new Ui::WorkshopWindow;
        workshop->openPack(QString());
        return workshop;
    }) << QSize(1366, 768);
    QTest::newRow("workshop: open the room")
        << WindowFactory([](Core::Database &, const QString &) { return new Ui::RoomDialog; }) << QSize(1366, 768);
    QTest::newRow("presenter") << WindowFactory([](Core::Database &, const QString &) {
        const Core::ScenarioPackRead pack = Core::readScenarioPackFile(Core::bundledScenarioPackPath());
        return new Ui::PresenterView(pack.pack ? pack.pack->scenarios : QList<Core::Scenario>());
    }) << QSize(1366, 768);
}

void TestAccessibility::windows()
{
    QFETCH(WindowFactory, make);
    QFETCH(QSize, size);
    static int run = 0;
    const QString folder = m_dir.filePath(QString::number(++run));
    QVERIFY(QDir().mkpath(folder));
    Core::Database database;
    QVERIFY(database.open(QDir(folder).filePath(QStringLiteral("deals.sqlite"))).ok());
    std::unique_ptr<QWidget> window(make(database, folder));
    // Each window opens within the screen (the test screen is 800x600, smaller than any laptop's).
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
             qPrintable(QStringLiteral("%1 opens at %2x%3")
                            .arg(QString::fromLatin1(window->metaObject()->className()))
                            .arg(window->width())
                            .arg(window->height())));
    window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // The deal list's search gets its clear button after the window's first paint (see DealListPanel::event()).
    if (auto *search = window->findChild<QLineEdit *>(QStringLiteral("dealSearch")))
        QTRY_VERIFY(search->isClearButtonEnabled());
    // A search field's clear button shows only once something is typed.
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->isClearButtonEnabled() && edit->isVisible() && edit->text().isEmpty())
            edit->setText(QStringLiteral("zz"));
    }
    QStringList defects = accessibilityDefects(window.get());

    // Every tab's page too, as a user who switches tabs reaches it.
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (const QString &defect : accessibilityDefects(window.get())) {
                if (!defects.contains(defect))
                    defects << tabs->tabText(tab).remove(u'&') + QStringLiteral(" tab: ") + defect;
            }
        }
    }
    QVERIFY2(defects.isEmpty(), qPrintable(QStringLiteral("\n  ") + defects.join(QStringLiteral("\n  "))));
    if (auto *main = qobject_cast<Ui::MainWindow *>(window.get()))
        main->setWindowModified(false);
}

void TestAccessibility::wizardPages()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("wizard.sqlite"))).ok());
    Core::Deal deal = Core::DealRepository(database).save(sampleDeal()).value();
    Ui::WalkAwayWizard wizard(deal, std::nullopt);
    wizard.resize(1000, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QStringList defects;
    for (int page = 0; page < 12; ++page) {
        const QStringList here = accessibilityDefects(&wizard);
        for (const QString &defect : here)
            defects << QStringLiteral("page %1: %2").arg(page + 1).arg(defect);
        if (!wizard.button(QWizard::NextButton)->isVisible())
            break;
        wizard.next();
    }
    QVERIFY2(defects.isEmpty(), qPrintable(QStringLiteral("\n  ") + defects.join(QStringLiteral("\n  "))));
}

void TestAccessibility::valueChartDescribesItselfInWords()
{
    Ui::ValueChartView chart;
    QVERIFY(!chart.accessibleName().isEmpty());
    QVERIFY2(chart.accessibleDescription().contains(QStringLiteral("No options yet")),
             qPrintable(chart.accessibleDescription()));
    chart.setOptions(sampleDeal().options, QStringLiteral("EUR"));
    const QString words = chart.accessibleDescription();
    for (const QString &expected :
         {QStringLiteral("Option 1, List price: win/lose."), QStringLiteral("You win (2,000 over the reference point)"),
          QStringLiteral("Your customer lose (-500 over the reference point)"),
          QStringLiteral("Their customer not assessed"), QStringLiteral("Option 2, Two-year term")})
        QVERIFY2(words.contains(expected), qPrintable(words));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
