// Who is using the app: the name is asked for when it was never given, nothing is signed with an empty name, the
// coach follows the name at once, and reports about other people speak of them by name, never as "you".

#include "modaldialogs.h"

#include <core/coaching/coach.h>
#include <core/coaching/habits.h>
#include <core/i18n/translations.h>
#include <core/models/optionsmodel.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <core/storage/noterepository.h>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <ui/dealeditor.h>
#include <ui/habitspanel.h>
#include <ui/mainwindow.h>
#include <ui/optionstable.h>
#include <ui/profiledialog.h>
#include <ui/teamreviewwindow.h>

using namespace Triplewin;
using Core::OptionsModel;
using Core::Party;

class TestUserName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogRefusesABlankName();
    void firstDealAsksForANameNeverGiven();
    void nothingIsSignedWithAnEmptyName();
    void reportsAboutOthersUseTheirName();

private:
    /// Runs @p answer on the next modal dialog once it shows (for up to 10 s; modaldialogs.h).
    void onNextDialog(std::function<void(QDialog *)> answer);

    QTemporaryDir m_dir;
};

void TestUserName::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUserName::onNextDialog(std::function<void(QDialog *)> answer)
{
    Test::whenModal<QDialog>(this, std::move(answer));
}

void TestUserName::dialogRefusesABlankName()
{
    Ui::ProfileDialog dialog(QStringLiteral("Dana Fischer"), Ui::ProfileDialog::Purpose::FirstStart);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("profileOkButton"));
    QVERIFY(name && ok);
    QCOMPARE(name->text(), QStringLiteral("Dana Fischer")); // pre-filled
    QVERIFY(ok->isEnabled());
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no name
    QTest::keyClicks(name, QStringLiteral("Eve  Lang "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.name(), QStringLiteral("Eve Lang"));
}

void TestUserName::firstDealAsksForANameNeverGiven()
{
    QSettings().remove(QStringLiteral("profile/salesperson"));
    QVERIFY(!Core::ProfileSettings::hasSalespersonName());
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("asks.sqlite"))).ok());
    Ui::MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The first new deal asks who is filing it (the first-start question was dismissed).
    bool asked = false;
    onNextDialog([&asked](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
        QVERIFY2(name, "the dialog does not ask for a name");
        asked = true;
        QVERIFY(!name->text().isEmpty()); // pre-filled with the system's name for the user
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Rosa Alvarez"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    window.newDeal();
    QVERIFY(asked);
    QCOMPARE(window.editor()->deal().salesperson, QStringLiteral("Rosa Alvarez"));
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Signed"));
    Ui::OptionsTable *table = window.editor()->optionsTable();
    table->addOption();
    QWidget *nameEditor =
        table->view()->indexWidget(table->viewIndex(table->model()->index(0, OptionsModel::NameColumn)));
    QVERIFY(nameEditor);
    QTest::keyClick(nameEditor, Qt::Key_Escape);
    QVERIFY(table->model()->setData(
        table->model()->index(0, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset)),
        QStringLiteral("10")));
    QVERIFY(window.saveDeal());

    // Close Deal asks only which option was agreed: the name is known now.
    onNextDialog([](QDialog *close) {
        auto *agreed = close->findChild<QComboBox *>(QStringLiteral("agreedOption"));
        QVERIFY2(agreed, "not the close dialog");
        agreed->setCurrentIndex(0);
        close->accept();
    });
    window.closeDeal();
    const Core::Deal closed = window.editor()->deal();
    QVERIFY(closed.ending);
    QCOMPARE(closed.ending->by, QStringLiteral("Rosa Alvarez"));
    QVERIFY2(window.editor()->closingText().contains(QStringLiteral("by Rosa Alvarez")),
             qPrintable(window.editor()->closingText()));
    QCOMPARE(Core::ProfileSettings::salespersonName(), QStringLiteral("Rosa Alvarez"));

    // The coach follows the new name at once, with no restart.
    Ui::HabitsPanel *coach = window.habitsPanel();
    QCOMPARE(coach->salesperson(), QStringLiteral("Rosa Alvarez"));
    QVERIFY2(!coach->flagsText().contains(QStringLiteral("No ended deals yet")), qPrintable(coach->flagsText()));
}

void TestUserName::nothingIsSignedWithAnEmptyName()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("empty.sqlite"))).ok());
    Core::DealRepository deals(database);
    Core::Deal deal;
    deal.title = QStringLiteral("Unsigned");
    deal.salesperson = QStringLiteral("Dana");
    Core::DealOption option;
    option.name = QStringLiteral("Only");
    deal.options = {option};
    const Core::Expected<Core::Deal> saved = deals.save(deal);
    QVERIFY(saved.ok());
    const qint64 id = saved.value().id;
    const qint64 optionId = saved.value().options.at(0).id;

    for (const QString &blank : {QString(), QStringLiteral("  ")}) {
        const Core::Expected<Core::Deal> closed = deals.closeDeal(id, optionId, blank);
        QVERIFY(!closed.ok());
        QVERIFY2(closed.error().message.contains(QStringLiteral("name")), qPrintable(closed.error().message));
        QVERIFY(!deals.walkAway(id, blank).ok());
        QVERIFY(!Core::NoteRepository(database).add(id, blank, QStringLiteral("Good call")).ok());
    }
    QVERIFY(!deals.load(id).value().ending);
    QVERIFY(Core::NoteRepository(database).notes(id).value().isEmpty());
    QVERIFY(deals.closeDeal(id, optionId, QStringLiteral("Dana")).ok());
    QVERIFY(!deals.reopen(id, QString()).ok());
}

void TestUserName::reportsAboutOthersUseTheirName()
{
    Core::HabitFlag flag;
    flag.kind = Core::HabitKind::Concession;
    flag.count = 2;
    flag.outOf = 5;
    QCOMPARE(flag.strength(), QStringLiteral("2 of your last 5 ended deals"));
    QCOMPARE(flag.strength(QStringLiteral("Dana")), QStringLiteral("2 of Dana's last 5 ended deals"));
    flag.outOf = 1;
    flag.count = 1;
    QCOMPARE(flag.strength(QStringLiteral("Dana")), QStringLiteral("1 of Dana's last 1 ended deal"));
    for (Core::HabitKind kind : Core::AllHabitKinds) {
        flag.kind = kind;
        const QString about = flag.explanation(QStringLiteral("Dana"));
        QVERIFY2(about.contains(QStringLiteral("Dana")), qPrintable(about));
        QVERIFY2(!about.contains(QStringLiteral("you"), Qt::CaseInsensitive), qPrintable(about));
        QVERIFY2(!flag.strength(QStringLiteral("Dana")).contains(QStringLiteral("your")), qPrintable(about));
    }

    // The team dashboard, where a manager reads about the team.
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("team.sqlite"))).ok());
    Core::DealRepository deals(database);
    for (int i = 0; i < 3; ++i) {
        Core::Deal deal;
        deal.title = QStringLiteral("Squeeze %1").arg(i);
        deal.customer = QStringLiteral("Acme");
        deal.salesperson = QStringLiteral("Dana");
        Core::DealOption option;
        option.name = QStringLiteral("Discount");
        option.assessment(Party::You).value = -1000;
        option.assessment(Party::Customer).value = 5000;
        option.assessment(Party::You).referencePoint = 0;
        option.assessment(Party::Customer).referencePoint = 0;
        deal.options = {option};
        const Core::Expected<Core::Deal> saved = deals.save(deal);
        QVERIFY(saved.ok());
        QVERIFY(deals.closeDeal(saved.value().id, saved.value().options.at(0).id, QStringLiteral("Dana")).ok());
    }
    Ui::TeamReviewWindow team(database, QStringLiteral("Morgan"));
    team.refresh();
    QTRY_VERIFY(!team.isReadingDashboard());
    const QString text = team.dashboardText();
    QVERIFY2(text.contains(QStringLiteral("3 of Dana's last 3 ended deals")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Dana gave in to close")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("your"), Qt::CaseInsensitive), qPrintable(text));
}

QTEST_MAIN(TestUserName)
#include "tst_username.moc"
