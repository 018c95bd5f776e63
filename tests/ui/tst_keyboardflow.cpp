// The whole salesperson flow with the keyboard alone, as a person without a mouse works: every key goes to
// whatever has the focus (QApplication::focusWidget()), shortcuts included. New deal, fields, options, amounts,
// save, close, a second deal walked away from. Checks what was stored in the database, not only the window.

#include "modaldialogs.h"

#include <core/i18n/translations.h>
#include <core/models/optionsmodel.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>
#include <QUndoStack>
#include <QWizard>
#include <ui/closedealdialog.h>
#include <ui/concessionledgerpanel.h>
#include <ui/dateedit.h>
#include <ui/dealeditor.h>
#include <ui/endingreasonfields.h>
#include <ui/guidewindow.h>
#include <ui/languageswitch.h>
#include <ui/mainwindow.h>
#include <ui/optionstable.h>
#include <ui/shortcutsdialog.h>
#include <ui/teamreviewwindow.h>
#include <ui/walkawaywizard.h>

using namespace Triplewin;
using Core::Money;
using Core::OptionsModel;
using Core::Party;

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void salespersonFlowWithKeysOnly();
    void questionableClosingAsksWhy();
    void walkAwayInsteadOfAQuestionableClosing();
    void shortcutsAreListedFromTheActions();
    void briefExportedWithKeys();
    void endingReasonsAreEditedInSettings();
    void partiesArePreparedWithKeys();
    void searchThenDownOrEnterOpensTheDeal();
    void concessionsAreRecordedWithKeys();
    void languageIsSwitchedWithoutARestart();
    void aDateIsLeftWithOneTab();

private:
    /// A key to whatever has the focus now (a dialog's focused widget when a dialog is up).
    static void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = focusedWidget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, Qt::Key(keyCode), modifiers);
    }
    /// Where a key goes: the focused widget of an open popup (a calendar, a combo box's list), else of the active
    /// window (a dialog's while one is up), as QApplication routes it.
    static QWidget *focusedWidget()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup->focusWidget() ? popup->focusWidget() : popup;
        QWidget *window =
            QApplication::activeModalWidget() ? QApplication::activeModalWidget() : QApplication::activeWindow();
        QWidget *focus = QApplication::focusWidget();
        if (window && (!focus || focus->window() != window))
            focus = window->focusWidget() ? window->focusWidget() : window;
        return focus;
    }
    static void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *target = focusedWidget();
            QVERIFY2(target, "nothing has the keyboard focus");
            QTest::keyClick(target, c.toLatin1());
        }
    }
    /// Runs @p keys once a modal dialog of type T is up (the app is blocked in its exec()).
    template<typename T>
    void whenModal(std::function<void(T *)> keys)
    {
        Test::whenModal<T>(this, std::move(keys));
    }

    /// Shows @p window at a laptop's 1366x768, active, as a person finds it after starting the app.
    static bool shown(QWidget *window)
    {
        window->resize(1366, 768);
        window->show();
        return QTest::qWaitForWindowActive(window);
    }

    /// When a dialog closes, a window manager activates the main window again; the offscreen platform has none.
    /// The keyboard focus must then be somewhere a person can go on from.
    static void backToWindow(QWidget *window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->window() == window,
                 "no keyboard focus in the window after the dialog");
    }

    QTemporaryDir m_dir;
};

void TestKeyboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana"));
    Core::ProfileSettings::setClosingGate(true); // a run that failed halfway may have left it off
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // As the app does: the English plurals ("1 concession", "2 concessions") come from its English translation.
    Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestKeyboardFlow::salespersonFlowWithKeysOnly()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("keys.sqlite"))).ok());
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));
    const OptionsModel *model = window.editor()->optionsTable()->model();

    // Ctrl+N: a new deal, the cursor in its title.
    key(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
    type(QStringLiteral("Fleet renewal"));
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customerEdit"));
    type(QStringLiteral("Acme"));

    // Ctrl+Shift+A: an option, its name being edited; Tab walks the cells that can be typed in.
    key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(model->rowCount(), 1); // the button's shortcut clicks it (animated: 100 ms)
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    key(Qt::Key_A, Qt::ControlModifier); // select the default name, type over it
    type(QStringLiteral("List price"));
    key(Qt::Key_Tab); // the outcome is read-only: straight to your value
    type(QStringLiteral("12000"));
    key(Qt::Key_Tab);
    type(QStringLiteral("10000")); // your walk-away point
    key(Qt::Key_Tab);              // past your result, to your reason
    type(QStringLiteral("margin"));
    key(Qt::Key_Tab);
    type(QStringLiteral("3000")); // your customer's value
    key(Qt::Key_Tab);
    type(QStringLiteral("2000")); // and their best alternative
    key(Qt::Key_Return);
    QTRY_COMPARE(model->options().at(0).assessment(Party::Customer).referencePoint, std::optional<Money>(200000));
    const Core::DealOption option = model->options().at(0);
    QCOMPARE(option.name, QStringLiteral("List price"));
    QCOMPARE(option.assessment(Party::You).value, std::optional<Money>(1200000));
    QCOMPARE(option.assessment(Party::You).referencePoint, std::optional<Money>(1000000));
    QCOMPARE(option.assessment(Party::You).reason, QStringLiteral("margin"));
    QCOMPARE(option.assessment(Party::Customer).value, std::optional<Money>(300000));
    QCOMPARE(model->index(0, OptionsModel::OutcomeColumn).data().toString(), QStringLiteral("win/win"));

    // Ctrl+S saves.
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window.isDealModified());
    Core::DealRepository repository(database);
    const qint64 firstId = window.editor()->deal().id;
    QVERIFY(firstId > 0);
    QCOMPARE(repository.load(firstId).value().customer, QStringLiteral("Acme"));

    // Ctrl+Shift+C closes it: in the dialog, pick the option with the arrow keys, Enter confirms.
    whenModal<Ui::CloseDealDialog>([](Ui::CloseDealDialog *dialog) {
        auto *agreed = dialog->findChild<QComboBox *>(QStringLiteral("agreedOption"));
        QVERIFY(agreed);
        QCOMPARE(focusedWidget(), agreed);
        key(Qt::Key_Down);
        QCOMPARE(agreed->currentIndex(), 0);
        key(Qt::Key_Return);
    });
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const Core::Deal closed = repository.load(firstId).value();
    QVERIFY(closed.ending);
    QCOMPARE(closed.ending->outcome, Core::Outcome::WinWin);
    QCOMPARE(closed.ending->by, QStringLiteral("Dana"));
    backToWindow(&window);

    // A second deal that nobody can win: walk away, through the wizard with Enter, record with its mnemonic.
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("Price war"));
    key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    key(Qt::Key_Tab);
    type(QStringLiteral("-500")); // you would lose
    key(Qt::Key_Return);
    QTRY_COMPARE(model->options().at(0).assessment(Party::You).value, std::optional<Money>(-50000));
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window.isDealModified());
    const qint64 secondId = window.editor()->deal().id;
    QVERIFY(secondId > firstId);

    whenModal<Ui::WalkAwayWizard>([this](Ui::WalkAwayWizard *wizard) {
        for (int page = 0; page < 10 && wizard->currentId() != Ui::WalkAwayWizard::ReviewPage; ++page) {
            // Enter is the wizard's Next, except in a multi-line text box, where Tab leaves it first.
            if (qobject_cast<QPlainTextEdit *>(focusedWidget()))
                key(Qt::Key_Tab);
            key(Qt::Key_Return);
        }
        QCOMPARE(wizard->currentId(), int(Ui::WalkAwayWizard::ReviewPage));
        // Why, on the review page: a reason the salesperson types into the list's box, and a few words.
        key(Qt::Key_M, Qt::AltModifier); // "&Main reason:"
        QCOMPARE(focusedWidget(), wizard->findChild<QComboBox *>(QStringLiteral("endingReason")));
        key(Qt::Key_T);                  // keyboard search in the list: "Timing"
        key(Qt::Key_N, Qt::AltModifier); // "I&n a few words:"
        QCOMPARE(focusedWidget(), wizard->findChild<QLineEdit *>(QStringLiteral("endingNote")));
        type(QStringLiteral("their board meets in June"));
        whenModal<QMessageBox>([](QMessageBox *confirm) {
            key(Qt::Key_R, Qt::AltModifier); // &Record Walk-Away
            QTRY_VERIFY_WITH_TIMEOUT(!confirm->isVisible(), 3000);
        });
        key(Qt::Key_R, Qt::AltModifier); // the wizard's &Record Walk-Away button
    });
    key(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    backToWindow(&window);
    const Core::Deal walked = repository.load(secondId).value();
    QVERIFY(walked.ending && walked.ending->walkedAway);
    QCOMPARE(walked.status, Core::DealStatus::WalkedAway);
    QCOMPARE(walked.ending->by, QStringLiteral("Dana"));
    QCOMPARE(walked.ending->reason, QStringLiteral("timing"));
    QCOMPARE(walked.ending->reasonNote, QStringLiteral("their board meets in June"));
    QVERIFY2(
        window.editor()->closingText().contains(QStringLiteral("Why it ended: Timing — their board meets in June")),
        qPrintable(window.editor()->closingText()));
}

namespace {

/// A deal with a hard bargain (your customer below their best alternative) and a fair option; saved.
Core::Deal savedSqueeze(Core::DealRepository &repository)
{
    Core::Deal deal;
    deal.title = QStringLiteral("Squeeze");
    deal.customer = QStringLiteral("Acme");
    deal.salesperson = QStringLiteral("Dana");
    const auto option = [](const QString &name, Money you, Money customer) {
        Core::DealOption result;
        result.name = name;
        result.assessment(Party::You) = Core::Assessment{you, 1'000'000, {}};
        result.assessment(Party::Customer) = Core::Assessment{customer, 500'000, {}};
        result.assessment(Party::CustomersCustomer) = Core::Assessment{10'000, 0, {}};
        return result;
    };
    deal.options = {option(QStringLiteral("Squeeze them"), 1'500'000, 300'000),
                    option(QStringLiteral("Fair split"), 1'200'000, 600'000)};
    return repository.save(deal).value();
}

} // namespace

void TestKeyboardFlow::questionableClosingAsksWhy()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("gate.sqlite"))).ok());
    Core::DealRepository repository(database);
    const Core::Deal deal = savedSqueeze(repository);
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));
    QVERIFY(window.openDeal(deal.id));

    // The hard bargain: the dialog says why it deserves a second thought, and OK waits for a reason typed in.
    QString concernsShown;
    whenModal<Ui::CloseDealDialog>([&concernsShown](Ui::CloseDealDialog *dialog) {
        auto *agreed = dialog->findChild<QComboBox *>(QStringLiteral("agreedOption"));
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("closeReason"));
        auto *concerns = dialog->findChild<QLabel *>(QStringLiteral("closeConcerns"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(agreed && reason && concerns && ok);
        QVERIFY(!reason->isVisible());
        key(Qt::Key_Down); // "Squeeze them"
        QCOMPARE(agreed->currentIndex(), 0);
        QVERIFY(concerns->isVisible());
        concernsShown = concerns->text();
        QVERIFY(reason->isVisible());
        QVERIFY(!ok->isEnabled());
        key(Qt::Key_Return); // nothing happens without a reason
        QVERIFY(dialog->isVisible());
        key(Qt::Key_Y, Qt::AltModifier); // "Wh&y close on this option anyway?"
        QCOMPARE(focusedWidget(), reason);
        type(QStringLiteral("Budget ends Friday"));
        QVERIFY(ok->isEnabled());
        key(Qt::Key_Tab); // out of the text box, then Enter is OK
        key(Qt::Key_Return);
    });
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(concernsShown.contains(QStringLiteral("It leaves your customer below their best alternative.")),
             qPrintable(concernsShown));
    const Core::Deal closed = repository.load(deal.id).value();
    QVERIFY(closed.ending);
    QCOMPARE(closed.ending->outcome, Core::Outcome::WinLose);
    const QList<Core::DealEvent> history = repository.history(deal.id).value();
    QCOMPARE(history.size(), 1);
    QVERIFY2(history.at(0).detail.endsWith(QStringLiteral("closed anyway because: Budget ends Friday")),
             qPrintable(history.at(0).detail));
    // The salesperson's banner shows it, and what the closing left on the table against the fair option.
    backToWindow(&window);
    const QString banner = window.editor()->closingText();
    QVERIFY2(banner.contains(QStringLiteral("Budget ends Friday")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Value left on the table against “Fair split”")), qPrintable(banner));

    // With the gate turned off in Settings, a closing on the same option asks nothing more.
    window.reopenDeal();
    QVERIFY(!repository.load(deal.id).value().ending);
    auto *gate = window.findChild<QAction *>(QStringLiteral("closingGateAction"));
    QVERIFY(gate && gate->isChecked());
    gate->trigger();
    QVERIFY(!Core::ProfileSettings::closingGate());
    const auto restoreGate = qScopeGuard([] { Core::ProfileSettings::setClosingGate(true); });
    whenModal<Ui::CloseDealDialog>([](Ui::CloseDealDialog *dialog) {
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("closeReason"))->isVisible());
        key(Qt::Key_Down);
        // Why it ended (issue 16): a reason from the list, and a few words; Enter in the words closes the deal.
        auto *reasonBox = dialog->findChild<QComboBox *>(QStringLiteral("endingReason"));
        QVERIFY(reasonBox && reasonBox->currentIndex() < 0); // nothing preselected
        key(Qt::Key_M, Qt::AltModifier);                     // "&Main reason:"
        QCOMPARE(focusedWidget(), reasonBox);
        key(Qt::Key_Down); // the list's first: Price
        QCOMPARE(reasonBox->currentText(), QStringLiteral("Price"));
        key(Qt::Key_N, Qt::AltModifier); // "I&n a few words:"
        type(QStringLiteral("matched their budget"));
        key(Qt::Key_Return);
    });
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(repository.load(deal.id).value().ending);
    QCOMPARE(repository.load(deal.id).value().ending->reason, QStringLiteral("price"));
    QCOMPARE(repository.load(deal.id).value().ending->reasonNote, QStringLiteral("matched their budget"));
    QCOMPARE(repository.history(deal.id).value().size(), 3);
    QVERIFY(!repository.history(deal.id).value().at(2).detail.contains(QStringLiteral("because")));
    gate->trigger();
    QVERIFY(Core::ProfileSettings::closingGate());
}

void TestKeyboardFlow::walkAwayInsteadOfAQuestionableClosing()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("instead.sqlite"))).ok());
    Core::DealRepository repository(database);
    const Core::Deal deal = savedSqueeze(repository);
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));
    QVERIFY(window.openDeal(deal.id));

    // Alt+W in the gate leaves the closing for the walk-away script; cancelling that leaves the deal open.
    // A reason already chosen in the closing dialog comes along, not asked again.
    whenModal<Ui::CloseDealDialog>([this](Ui::CloseDealDialog *) {
        key(Qt::Key_Down);
        key(Qt::Key_M, Qt::AltModifier); // "&Main reason:"
        key(Qt::Key_Down);               // Price
        whenModal<Ui::WalkAwayWizard>([](Ui::WalkAwayWizard *wizard) {
            QCOMPARE(wizard->why().reason, QStringLiteral("price"));
            wizard->reject();
        });
        key(Qt::Key_W, Qt::AltModifier);
    });
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!repository.load(deal.id).value().ending);
    QVERIFY(repository.history(deal.id).value().isEmpty());
    backToWindow(&window);
}

void TestKeyboardFlow::shortcutsAreListedFromTheActions()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("shortcuts.sqlite"))).ok());
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));

    // What the menus have: every action in them (submenus too) with a shortcut.
    QStringList expected;
    std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->shortcut().isEmpty())
                expected << action->shortcut().toString(QKeySequence::NativeText);
        }
    };
    for (const QAction *action : window.menuBar()->actions())
        collect(action->menu());
    QVERIFY(expected.size() >= 10);

    const auto listed = [](Ui::ShortcutsDialog *dialog) {
        QStringList keys;
        const QStandardItemModel *model = dialog->model();
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->index(row, Ui::ShortcutsDialog::KeysColumn).data().toString();
        return keys;
    };
    const auto commandKeys = [](Ui::ShortcutsDialog *dialog, const QString &command) {
        const QStandardItemModel *model = dialog->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, Ui::ShortcutsDialog::CommandColumn).data().toString() == command)
                return model->index(row, Ui::ShortcutsDialog::KeysColumn).data().toString();
        }
        return QString();
    };

    // Ctrl+/ opens it; Escape closes it.
    whenModal<Ui::ShortcutsDialog>([&](Ui::ShortcutsDialog *dialog) {
        QCOMPARE(listed(dialog), expected);
        QCOMPARE(commandKeys(dialog, QStringLiteral("New Deal")),
                 QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        QCOMPARE(commandKeys(dialog, QStringLiteral("Keyboard Shortcuts")), QStringLiteral("Ctrl+/"));
        key(Qt::Key_Escape);
    });
    key(Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    backToWindow(&window);

    // It reads the actions when it opens: a changed shortcut shows as changed.
    auto *shortcuts = window.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(shortcuts);
    shortcuts->setShortcut(QKeySequence(QStringLiteral("F12"))); // a key no other action has (F1 is the guide's)
    bool reopened = false;
    whenModal<Ui::ShortcutsDialog>([&](Ui::ShortcutsDialog *dialog) {
        reopened = true;
        QCOMPARE(commandKeys(dialog, QStringLiteral("Keyboard Shortcuts")), QStringLiteral("F12"));
        key(Qt::Key_Escape);
    });
    key(Qt::Key_F12);
    QTRY_VERIFY(reopened);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestKeyboardFlow::briefExportedWithKeys()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("brief.sqlite"))).ok());
    Core::DealRepository repository(database);
    const Core::Deal deal = savedSqueeze(repository);
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));
    QVERIFY(window.openDeal(deal.id));

    // Ctrl+Shift+B asks where to put it; the name is typed and Enter writes the PDF.
    const QString path = m_dir.filePath(QStringLiteral("squeeze-brief.pdf"));
    whenModal<QFileDialog>([&path](QFileDialog *) {
        key(Qt::Key_A, Qt::ControlModifier);
        for (const QChar c : path)
            QTest::keyClick(focusedWidget(), c.toLatin1());
        key(Qt::Key_Return);
    });
    key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFile::exists(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 5000);
    backToWindow(&window);

    // It is on while a deal is open (MainWindow::updateActions() turns it off with none).
    auto *action = window.findChild<QAction *>(QStringLiteral("exportBriefAction"));
    QVERIFY(action && action->isEnabled());
}

void TestKeyboardFlow::endingReasonsAreEditedInSettings()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("reasons.sqlite"))).ok());
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));
    const auto restore = qScopeGuard([] { Core::ProfileSettings::setEndingReasons({}); });

    // Settings ▸ Ending Reasons…: the list as text, one reason per line; the user's own in their words, a standard
    // one typed in any case is that reason.
    whenModal<QDialog>([](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("endingReasonsDialog"));
        auto *text = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QCOMPARE(focusedWidget(), text);
        QVERIFY2(text->toPlainText().startsWith(QStringLiteral("Price\nScope\nTiming")),
                 qPrintable(text->toPlainText()));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("no decision"));
        key(Qt::Key_Return);
        type(QStringLiteral("Procurement freeze"));
        key(Qt::Key_Return);
        type(QStringLiteral("PRICE"));
        key(Qt::Key_Return);
        key(Qt::Key_Return); // a blank line is no reason
        key(Qt::Key_Tab);    // out of the text, to OK
        key(Qt::Key_Return);
    });
    window.findChild<QAction *>(QStringLiteral("endingReasonsAction"))->trigger();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(
        Core::ProfileSettings::endingReasons(),
        (QStringList{QStringLiteral("no_decision"), QStringLiteral("Procurement freeze"), QStringLiteral("price")}));

    // Offered in that order when a deal ends.
    Ui::EndingReasonFields fields;
    QCOMPARE(fields.reasonBox()->count(), 3);
    QCOMPARE(fields.reasonBox()->itemText(0), QStringLiteral("No decision"));
    QCOMPARE(fields.reasonBox()->itemText(1), QStringLiteral("Procurement freeze"));
    QCOMPARE(fields.reasonBox()->itemData(2).toString(), QStringLiteral("price"));
}

QTEST_MAIN(TestKeyboardFlow)
void TestKeyboardFlow::aDateIsLeftWithOneTab()
{
    // Qt's date field takes Tab for its own sections (day, month, year): three presses to get past it. Every date
    // field here is left with one, and Shift+Tab comes back with one; the arrows still change it.
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("dates.sqlite"))).ok());
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("Dated deal"));
    key(Qt::Key_X, Qt::AltModifier); // E&xpected close
    auto *date = qobject_cast<QDateEdit *>(focusedWidget());
    QVERIFY2(date, qPrintable(focusedWidget()->objectName()));
    QCOMPARE(date->objectName(), QStringLiteral("expectedCloseEdit"));
    const QDate before = date->date();
    key(Qt::Key_Up); // the section under the cursor, the first
    QVERIFY(date->date() != before);
    // Alt+Down opens the calendar, as a combo box's list: Right, Enter takes the next day; F4 and Escape leave it.
    const QDate shown = date->date();
    key(Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(date->calendarWidget() && date->calendarWidget()->isVisible());
    key(Qt::Key_Right);
    key(Qt::Key_Return);
    QTRY_VERIFY(!date->calendarWidget()->isVisible());
    QCOMPARE(date->date(), shown.addDays(1));
    QCOMPARE(focusedWidget(), static_cast<QWidget *>(date));
    key(Qt::Key_F4);
    QTRY_VERIFY(date->calendarWidget()->isVisible());
    key(Qt::Key_Escape);
    QTRY_VERIFY(!date->calendarWidget()->isVisible());
    QCOMPARE(date->date(), shown.addDays(1));
    QCOMPARE(focusedWidget(), static_cast<QWidget *>(date));

    key(Qt::Key_Tab);
    QVERIFY2(focusedWidget() != date, "one Tab leaves the date");
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(focusedWidget(), static_cast<QWidget *>(date));
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY2(focusedWidget() != date, "one Shift+Tab leaves it the other way");
    QVERIFY(dynamic_cast<Ui::DateEdit *>(date)); // as the other date fields are (ui_dates_leave_on_tab)
}

void TestKeyboardFlow::partiesArePreparedWithKeys()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("prepared.sqlite"))).ok());
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));

    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("Fleet renewal"));
    // Alt+I: the parties' tab, the cursor in your interests; Tab goes down your column, then to your customer's.
    key(Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(focusedWidget()->objectName(), QStringLiteral("youInterests"));
    type(QStringLiteral("A reference customer"));
    key(Qt::Key_Tab);
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("youRelationship"));
    key(Qt::Key_Tab);
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("youReferenceSource"));
    type(QStringLiteral("Cost plus 8 %"));
    key(Qt::Key_Tab);
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("youConfidence"));
    key(Qt::Key_Down);
    key(Qt::Key_Down); // medium
    key(Qt::Key_Down); // high, by mistake: Ctrl+Z (Edit ▸ Undo) takes it back, one choice at a time
    auto *youConfidence = qobject_cast<QComboBox *>(focusedWidget());
    QVERIFY(youConfidence);
    QCOMPARE(youConfidence->currentData().toInt(), int(Core::Confidence::High));
    QVERIFY(window.findChild<QUndoStack *>()->undoText().contains(youConfidence->currentText()));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(youConfidence->currentData().toInt(), int(Core::Confidence::Medium));
    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0]; // and Redo brings it again
    key(redo.key(), redo.keyboardModifiers());
    QCOMPARE(youConfidence->currentData().toInt(), int(Core::Confidence::High));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(youConfidence->currentData().toInt(), int(Core::Confidence::Medium));
    key(Qt::Key_Tab);
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("customerInterests"));
    type(QStringLiteral("Uptime"));
    key(Qt::Key_Return); // a new line: one interest per line
    type(QStringLiteral("Fixed price"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Oops"));
    key(Qt::Key_Z, Qt::ControlModifier); // the field's own undo takes back what was typed
    QTRY_COMPARE(qobject_cast<QPlainTextEdit *>(focusedWidget())->toPlainText(), QString());
    type(QStringLiteral("Third deal"));
    QVERIFY(window.isDealModified());

    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window.isDealModified());
    Core::DealRepository repository(database);
    const Core::Deal stored = repository.load(window.editor()->deal().id).value();
    const Core::PartyPreparation &you = stored.preparation[std::size_t(Core::partyIndex(Party::You))];
    const Core::PartyPreparation &customer = stored.preparation[std::size_t(Core::partyIndex(Party::Customer))];
    QCOMPARE(you.interests, QStringLiteral("A reference customer"));
    QCOMPARE(you.referenceSource, QStringLiteral("Cost plus 8 %"));
    QCOMPARE(you.confidence, Core::Confidence::Medium);
    QCOMPARE(customer.interests, QStringLiteral("Uptime\nFixed price"));
    QCOMPARE(customer.relationship, QStringLiteral("Third deal"));
    QCOMPARE(Core::interestList(customer), QStringList({QStringLiteral("Uptime"), QStringLiteral("Fixed price")}));

    // The save ends the fields' own undo history, as it ends Edit ▸ Undo's: nothing typed before it comes back.
    auto *interests = window.editor()->findChild<QPlainTextEdit *>(QStringLiteral("customerInterests"));
    QVERIFY(interests && !interests->document()->isUndoAvailable());

    // Alt+O: back to the options, the cursor in their table.
    key(Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(focusedWidget(), static_cast<QWidget *>(window.editor()->optionsTable()->view()));

    // Typed in one deal, then another deal: Ctrl+Z there cannot bring back the first deal's text.
    key(Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(focusedWidget()->objectName(), QStringLiteral("youInterests"));
    QVERIFY(qobject_cast<QPlainTextEdit *>(focusedWidget())->textCursor().atEnd()); // typing goes on after the text
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Delete);
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window.isDealModified());
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(window.editor()->deal().id, 0);
    auto *yours = window.editor()->findChild<QPlainTextEdit *>(QStringLiteral("youInterests"));
    QVERIFY(yours->toPlainText().isEmpty());
    QVERIFY(!yours->document()->isUndoAvailable());
}

void TestKeyboardFlow::concessionsAreRecordedWithKeys()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("ledger.sqlite"))).ok());
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));
    Ui::ConcessionLedgerPanel *panel = window.editor()->concessionPanel();

    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("Cold chain"));
    // Alt+C: the ledger's tab, the keyboard in its table; the empty ledger says what to do.
    key(Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(focusedWidget(), static_cast<QWidget *>(panel->view()));
    QVERIFY2(panel->noticeText().startsWith(QStringLiteral("No concessions recorded")),
             qPrintable(panel->noticeText()));

    // Ctrl+Shift+A (the options' key, answered by the tab shown): the dialog, the cursor in "What". Typed key by key;
    // Tab goes down the values; nothing in "Traded for".
    Test::whenModal<Ui::ConcessionDialog>(this, [](Ui::ConcessionDialog *) {
        QCOMPARE(focusedWidget()->objectName(), QStringLiteral("concessionWhat"));
        type(QStringLiteral("Free storage"));
        key(Qt::Key_Tab);
        QCOMPARE(focusedWidget()->objectName(), QStringLiteral("concessionValue0"));
        type(QStringLiteral("-9000"));
        key(Qt::Key_Tab);
        type(QStringLiteral("9000"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(focusedWidget()->objectName(), QStringLiteral("concessionTradedFor"));
        key(Qt::Key_Return);
    });
    key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(panel->ledger().size(), 1); // a button's shortcut clicks it, as a person would, 100 ms later
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY2(panel->noticeText().startsWith(QStringLiteral("1 concession given with nothing received in return: "
                                                           "Free storage.")),
             qPrintable(panel->noticeText()));
    QCOMPARE(window.editor()->optionsTable()->options().size(), 0); // the hidden options' button did not answer
    backToWindow(&window);
    QCOMPARE(focusedWidget(), static_cast<QWidget *>(panel->view())); // the keyboard is back in the ledger

    // Insert records the next one. A typo in an amount is named with its field, and the dialog stays open on it.
    QString refusal;
    Test::whenModal<Ui::ConcessionDialog>(this, [&refusal](Ui::ConcessionDialog *dialog) {
        type(QStringLiteral("60-day payment terms"));
        key(Qt::Key_Tab);
        type(QStringLiteral("-35OO"));
        key(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        refusal = dialog->findChild<QLabel *>(QStringLiteral("concessionError"))->text();
        QCOMPARE(focusedWidget()->objectName(), QStringLiteral("concessionValue0"));
        type(QStringLiteral("-3500")); // the refused text is selected: typing replaces it
        key(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(focusedWidget()->objectName(), QStringLiteral("concessionTradedFor"));
        type(QStringLiteral("A reference call"));
        key(Qt::Key_Return);
    });
    key(Qt::Key_Insert);
    QTRY_COMPARE(panel->ledger().size(), 2);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    backToWindow(&window);
    QVERIFY2(refusal.startsWith(QStringLiteral("Value to You: ")) && refusal.contains(QStringLiteral("35OO")),
             qPrintable(refusal));

    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window.isDealModified());
    Core::DealRepository repository(database);
    const Core::Deal stored = repository.load(window.editor()->deal().id).value();
    QCOMPARE(stored.concessions.size(), 2);
    QCOMPARE(stored.concessions.at(0).what, QStringLiteral("Free storage"));
    QCOMPARE(stored.concessions.at(0).by, Party::You);
    QCOMPARE(stored.concessions.at(0).date, QDate::currentDate());
    QCOMPARE(stored.concessions.at(0).valueTo(Party::You), std::optional<Money>(-900'000));
    QCOMPARE(stored.concessions.at(0).valueTo(Party::Customer), std::optional<Money>(900'000));
    QCOMPARE(stored.concessions.at(0).valueTo(Party::CustomersCustomer), std::nullopt);
    QCOMPARE(stored.concessions.at(1).valueTo(Party::You), std::optional<Money>(-350'000));
    QCOMPARE(stored.concessions.at(1).tradedFor, QStringLiteral("A reference call"));
    QCOMPARE(Core::unreciprocatedCount(stored.concessions), 1);

    // Delete removes the selected concession; Ctrl+Z brings it back.
    QCOMPARE(focusedWidget(), static_cast<QWidget *>(panel->view()));
    key(Qt::Key_Delete); // the last one recorded is still selected after the save
    QCOMPARE(panel->ledger().size(), 1);
    QCOMPARE(panel->ledger().constFirst().what, QStringLiteral("Free storage"));
    QVERIFY(window.isDealModified());
    key(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(panel->ledger(), stored.concessions);
    // Undo brings the removed one back selected: Enter would change it.
    QCOMPARE(panel->view()->currentIndex().row(), 1);

    // Enter changes the selected one: what it was traded for, and the flag is gone.
    key(Qt::Key_Up);
    Test::whenModal<Ui::ConcessionDialog>(this, [](Ui::ConcessionDialog *) {
        key(Qt::Key_R, Qt::AltModifier);
        type(QStringLiteral("A two-year term"));
        key(Qt::Key_Return);
    });
    key(Qt::Key_Return);
    QTRY_COMPARE(panel->ledger().at(0).tradedFor, QStringLiteral("A two-year term"));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    backToWindow(&window);
    QCOMPARE(panel->ledger().at(0).tradedFor, QStringLiteral("A two-year term"));
    QCOMPARE(panel->noticeText(), QStringLiteral("Every concession you gave was traded for something."));
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window.isDealModified());
    QCOMPARE(Core::unreciprocatedCount(repository.load(stored.id).value().concessions), 0);

    // A concession without a date (from a file) keeps none when it is changed: the field says "Not known".
    Core::Concession undated;
    undated.what = QStringLiteral("A case study");
    Ui::ConcessionDialog dialog(undated, QStringLiteral("EUR"));
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("concessionDate"))->text(), QStringLiteral("Not known"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.concession().date.isValid());
}

void TestKeyboardFlow::searchThenDownOrEnterOpensTheDeal()
{
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("search.sqlite"))).ok());
    Core::DealRepository repository(database);
    for (const char *title : {"Fleet renewal", "Price war", "Spare parts"}) {
        Core::Deal deal;
        deal.title = QString::fromLatin1(title);
        deal.customer = QStringLiteral("Acme");
        QVERIFY(repository.save(deal).ok());
    }
    Ui::MainWindow window(database);
    QVERIFY(shown(&window));

    // Ctrl+F, the words, and at once Down (before the search's pause): the list takes the keyboard, and the one deal
    // found is open.
    key(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("dealSearch"));
    type(QStringLiteral("price"));
    key(Qt::Key_Down);
    QTRY_COMPARE(window.editor()->deal().title, QStringLiteral("Price war"));
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("dealList"));

    // Again with Return: the first of what was found opens.
    key(Qt::Key_F, Qt::ControlModifier);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("fleet"));
    key(Qt::Key_Return);
    QTRY_COMPARE(window.editor()->deal().title, QStringLiteral("Fleet renewal"));
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("dealList"));

    // Nothing found: the keys stay in the search, and nothing else opens.
    key(Qt::Key_F, Qt::ControlModifier);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("zzz"));
    key(Qt::Key_Down);
    QCOMPARE(focusedWidget()->objectName(), QStringLiteral("dealSearch"));
    QCOMPARE(window.editor()->deal().title, QStringLiteral("Fleet renewal"));
}

#include "tst_keyboardflow.moc"

void TestKeyboardFlow::languageIsSwitchedWithoutARestart()
{
    // Settings ▸ Language ▸ Deutsch while a deal has unsaved changes, and back to English: the window speaks the
    // language at once, on the same deal with the changes, its amounts in the language's numbers.
    const auto english = QLocale(QLocale::English, QLocale::UnitedStates);
    Core::setChosenLanguage(QStringLiteral("en"));
    const auto restore = qScopeGuard([english] {
        Core::setChosenLanguage(QString());
        QLocale::setDefault(english);
        Core::installTranslations(*QCoreApplication::instance(), english);
    });
    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("language.sqlite"))).ok());
    std::unique_ptr<Ui::MainWindow> window;
    // As the application does (app/main.cpp): each window built is connected to the switch.
    std::function<void(Ui::MainWindow::Start)> build = [&](Ui::MainWindow::Start how) {
        window = std::make_unique<Ui::MainWindow>(database, nullptr, how);
        Ui::switchLanguageOnChoice(window, build);
    };
    build(Ui::MainWindow::Start::Afresh);
    QVERIFY(shown(window.get()));
    const auto menuTitles = [&window] {
        QStringList titles;
        for (const QAction *menu : window->menuBar()->actions())
            titles.append(menu->text());
        return titles.mid(0, 2);
    };
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Deal")}));

    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("Fleet renewal"));
    key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(window->editor()->optionsTable()->model()->rowCount(), 1);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    key(Qt::Key_Tab);
    type(QStringLiteral("25000"));
    key(Qt::Key_Return);
    const int yourValue = OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset);
    QTRY_COMPARE(window->editor()->optionsTable()->model()->options().at(0).assessment(Party::You).value,
                 std::optional<Money>(2500000));
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window->isDealModified());
    const qint64 id = window->editor()->deal().id;
    // An unsaved change: the title typed on.
    auto *title = window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    key(Qt::Key_End);
    type(QStringLiteral(" 2027"));
    QVERIFY(window->isDealModified());

    const QPointer<Ui::MainWindow> english1 = window.get();
    auto *deutsch = window->findChild<QAction *>(QStringLiteral("language-de"));
    QVERIFY(deutsch);
    deutsch->trigger();
    QTRY_VERIFY(english1.isNull());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(Core::chosenLanguage(), QStringLiteral("de"));
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&Datei"), QStringLiteral("Dea&l")}));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("language-de"))->isChecked());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("language-en"))->isChecked());
    // The same deal, the change still unsaved; the amount in German numbers; Qt's own buttons in German.
    QCOMPARE(window->editor()->deal().id, id);
    QCOMPARE(window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
             QStringLiteral("Fleet renewal 2027"));
    QVERIFY(window->isDealModified());
    const Core::OptionsModel *model = window->editor()->optionsTable()->model();
    QVERIFY2(model->index(0, yourValue).data().toString().contains(QStringLiteral("25.000")),
             qPrintable(model->index(0, yourValue).data().toString()));
    {
        QMessageBox box;
        box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard);
        QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Speichern"));
    }
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window->isDealModified());
    Core::DealRepository repository(database);
    QCOMPARE(repository.load(id).value().title, QStringLiteral("Fleet renewal 2027"));

    // A value the amount cell refuses, still being typed: the window cannot close without losing it, so it stays,
    // in German, the mark on Deutsch.
    const QPointer<Ui::MainWindow> german = window.get();
    Ui::OptionsTable *table = window->editor()->optionsTable();
    const QModelIndex cell = table->viewIndex(model->index(0, yourValue));
    table->view()->setCurrentIndex(cell);
    table->view()->edit(cell);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("12abc"));
    window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
    QTest::qWait(100);
    QCOMPARE(window.get(), german.data());
    QCOMPARE(Core::chosenLanguage(), QStringLiteral("de"));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("language-de"))->isChecked());
    QCOMPARE(menuTitles().constFirst(), QStringLiteral("&Datei"));

    // Corrected, English again.
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("26000"));
    window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
    QTRY_VERIFY(german.isNull());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Deal")}));
    QCOMPARE(window->editor()->optionsTable()->model()->options().at(0).assessment(Party::You).value,
             std::optional<Money>(2600000));
    QVERIFY(window->isDealModified());

    // Saved, the team review open: French, the same deal (nothing to bring back), the team review again, in French.
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!window->isDealModified());
    window->showTeamReview();
    QVERIFY(QTest::qWaitForWindowExposed(window->teamReview()));
    window->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    const QPointer<Ui::MainWindow> english2 = window.get();
    window->findChild<QAction *>(QStringLiteral("language-fr"))->trigger();
    QTRY_VERIFY(english2.isNull());
    QCOMPARE(menuTitles().constFirst(), QStringLiteral("&Fichier"));
    QCOMPARE(window->editor()->deal().id, id);
    QVERIFY(!window->isDealModified());
    QVERIFY(window->teamReview() && window->teamReview()->isVisible());
    QVERIFY2(window->teamReview()->windowTitle().contains(QStringLiteral("équipe")),
             qPrintable(window->teamReview()->windowTitle()));
    const auto *guide = window->findChild<Ui::GuideWindow *>();
    QVERIFY(guide && guide->isVisible());
    QVERIFY(window->close()); // nothing unsaved: no question
}
