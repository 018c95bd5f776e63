// Drives the real main window offscreen: fill the editor, save, reopen, and check fields, options and chart.

#include <core/domain/classification.h>
#include <core/models/deallistmodel.h>
#include <core/models/optionsmodel.h>
#include <core/settings/profilesettings.h>
#include <core/storage/backups.h>
#include <core/storage/database.h>
#include <core/storage/databasejobs.h>
#include <core/storage/dealrepository.h>
#include <core/storage/draftrepository.h>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <QUndoStack>
#include <ui/closedealdialog.h>
#include <ui/dealeditor.h>
#include <ui/deallistpanel.h>
#include <ui/habitspanel.h>
#include <ui/mainwindow.h>
#include <ui/optionstable.h>
#include <ui/restorebackupdialog.h>
#include <ui/valuechartview.h>

using namespace Triplewin;
using Core::OptionsModel;
using Core::Party;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fillSaveReopen();
    void fourOptionsReadWithoutScrollingSideways();
    void typingUpdatesResultAndChart();
    void badAmountIsRefusedWithMessage();
    void emptyTitleCannotBeSaved();
    void closingAsksAboutUnsavedChanges();
    void trashAndUndo();
    void undoOptionRemoval();
    void pendingCellEditIsSaved();
    void pendingCellEditCountsAsUnsaved();
    void undoNeverReachesIntoAnotherDeal();
    void closeDealFreezesOutcome();
    void closeDialogShowsItsWholePreview();
    void enterOnBadAmountKeepsEditorOpen();
    void customerWhoCameOffWorseIsNamed();
    void dailyBackupAndRestore();
    void writersWaitWhileAJobRuns();
    void unsavedChangesSurviveACrash_data();
    void unsavedChangesSurviveACrash();
    void staleSaveOffersReloadOverwriteOrCopy_data();
    void staleSaveOffersReloadOverwriteOrCopy();
    void opensBeforeTheEditorAndCoachAreBuilt();
    void dealListStatusFitsEveryStatus();
    void dealListFetchesWhenItsLastRowIsInView();
    void searchIsTypedAndClearedWithItsButton();
    void geometryFromALargerScreenIsClampedOntoThisOne();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void setCell(int row, int column, const QString &text);
    /// Types text the way an input method does (QTest::keyClicks only knows Latin-1).
    static void commitText(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }
    /// Clicks the button named @p name on the next message box that appears.
    void clickInNextMessageBox(const QString &name);
    /// Clicks @p button on the next message box that appears.
    void answerNextMessageBox(QMessageBox::StandardButton button);

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana")); // asking for it: tst_username
}

void TestMainWindow::init()
{
    static int run = 0;
    m_database = std::make_unique<Core::Database>();
    const Core::StorageError error = m_database->open(m_dir.filePath(QStringLiteral("deals-%1.sqlite").arg(++run)));
    QVERIFY2(!error, qPrintable(error.fullText()));
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    m_window->resize(1366, 768); // a laptop's screen: the offscreen one is 800x800
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window->setWindowModified(false);
    m_window.reset();
    m_database.reset();
}

void TestMainWindow::setCell(int row, int column, const QString &text)
{
    OptionsModel *model = m_window->editor()->optionsTable()->model();
    QVERIFY(model->setData(model->index(row, column), text));
}

void TestMainWindow::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, this, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

void TestMainWindow::clickInNextMessageBox(const QString &name)
{
    // The box may come from a queued call: look for it until it shows (for up to 10 s).
    auto *poll = new QTimer(this);
    auto *waited = new QElapsedTimer;
    waited->start();
    connect(poll, &QTimer::timeout, this, [poll, waited, name] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && waited->elapsed() < 10000)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        QVERIFY2(box, qPrintable(QStringLiteral("no message box for ") + name));
        auto *button = box->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        button->click();
    });
    poll->start(20);
}

void TestMainWindow::dailyBackupAndRestore()
{
    // Opening the window makes today's backup, on a worker thread.
    const QString path = m_database->path();
    QTRY_COMPARE_WITH_TIMEOUT(Core::Backups::list(path).size(), 1, 15000);
    const Core::BackupFile daily = Core::Backups::list(path).constFirst();
    QCOMPARE(daily.reason, Core::BackupFile::Reason::Daily);

    Core::Deal deal;
    deal.title = QStringLiteral("Made after the backup");
    Core::DealRepository repository(*m_database);
    const Core::Deal saved = repository.save(deal).value();
    QVERIFY(m_window->openDeal(saved.id));

    QSignalSpy restored(m_window.get(), &Ui::MainWindow::backupRestored);
    QVERIFY(m_window->restoreBackup(daily.path));
    QVERIFY(restored.wait(10000));
    QCOMPARE(restored.takeFirst().at(0).toBool(), true);
    QCOMPARE(repository.count().value(), 0);
    QVERIFY(child<QLabel>("emptyState")->isVisible());
    QCOMPARE(m_window->editor()->deal().title, QString());

    // The dialog lists both backups, newest first: the state the restore replaced, then the daily one.
    Ui::RestoreBackupDialog dialog(path);
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(1), Core::backupReasonName(Core::BackupFile::Reason::BeforeRestore));
    QCOMPARE(dialog.list()->topLevelItem(1)->text(1), Core::backupReasonName(Core::BackupFile::Reason::Daily));
    // Restoring that one undoes the restore.
    QVERIFY(m_window->restoreBackup(dialog.selectedBackup()));
    QVERIFY(restored.wait(10000));
    QCOMPARE(restored.takeFirst().at(0).toBool(), true);
    QCOMPARE(repository.load(saved.id).value().title, QStringLiteral("Made after the backup"));
}

void TestMainWindow::writersWaitWhileAJobRuns()
{
    Core::DealRepository repository(*m_database);
    Core::Deal deal;
    deal.title = QStringLiteral("Before the import");
    const Core::Deal stored = repository.save(deal).value();
    QVERIFY(m_window->openDeal(stored.id));
    auto *title = child<QLineEdit>("titleEdit");
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Typed during the import"));

    // A job holds the database's write lock (an import, mid-transaction).
    QSemaphore inside;
    QSemaphore gate;
    Core::DatabaseJobs *jobs = m_window->jobs();
    QSignalSpy finished(jobs, &Core::DatabaseJobs::finished);
    QVERIFY(jobs->start(QStringLiteral("Importing deals…"), [&](Core::Database &database, Core::JobControl &) {
        (void)database.write([&]() -> Core::StorageError {
            inside.release();
            gate.acquire();
            return {};
        });
    }));
    QVERIFY(inside.tryAcquire(1, 10000));

    // Save is disabled, visibly, and Ctrl+S does nothing (no five-second wait for the lock, no "busy" error).
    QAction *save = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            save = action;
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_window->isDealModified());
    // The draft waits too, instead of blocking the window on the lock.
    QElapsedTimer waited;
    waited.start();
    m_window->keepUnsavedChangesAsDraft();
    QVERIFY2(waited.elapsed() < 2000, qPrintable(QString::number(waited.elapsed())));
    Core::DraftRepository drafts(*m_database);
    QVERIFY(!drafts.load().value().has_value());
    // Another language (which builds the window again) waits as well: the window says why and stays.
    answerNextMessageBox(QMessageBox::Ok);
    QCOMPARE(m_window->closeToReopen(), Ui::MainWindow::Closed::No);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isDealModified());
    m_window->activateWindow(); // as a window manager does when the message box closes
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    gate.release();
    QVERIFY(finished.wait(10000));
    // Once it is over, the draft is kept and Save works again.
    QTRY_VERIFY(drafts.load().value().has_value());
    QCOMPARE(drafts.load().value()->deal.title, QStringLiteral("Typed during the import"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isDealModified());
    QCOMPARE(repository.load(stored.id).value().title, QStringLiteral("Typed during the import"));
}

void TestMainWindow::unsavedChangesSurviveACrash_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("new deal") << false;
    QTest::newRow("saved deal") << true;
}

void TestMainWindow::unsavedChangesSurviveACrash()
{
    QFETCH(bool, existing);
    Core::DealRepository repository(*m_database);
    Core::Deal stored;
    if (existing) {
        stored.title = QStringLiteral("Stored title");
        stored = repository.save(stored).value();
        QVERIFY(m_window->openDeal(stored.id));
    } else {
        m_window->newDeal();
    }
    auto *title = child<QLineEdit>("titleEdit");
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Typed before the crash"));
    QVERIFY(m_window->isDealModified());
    // The draft is kept a moment after the last edit.
    Core::DraftRepository drafts(*m_database);
    QTRY_VERIFY_WITH_TIMEOUT(drafts.load().value().has_value(), 5000);
    QCOMPARE(drafts.load().value()->deal.title, QStringLiteral("Typed before the crash"));

    // A crash: the window goes away without closing (no "save changes?"), the draft stays in the file.
    m_window.reset();
    QVERIFY(drafts.load().value().has_value());

    // The next start offers the changes back.
    clickInNextMessageBox(QStringLiteral("restoreDraft"));
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    m_window->show();
    QTRY_COMPARE(m_window->editor()->deal().title, QStringLiteral("Typed before the crash"));
    QVERIFY(m_window->isDealModified());
    QCOMPARE(m_window->editor()->deal().id, existing ? stored.id : 0);
    QVERIFY(m_window->saveDeal());
    QVERIFY(!drafts.load().value().has_value());
    QCOMPARE(repository.count().value(), 1);
    QCOMPARE(repository.list(Core::DealQuery{}).value().constFirst().title, QStringLiteral("Typed before the crash"));

    // Closing normally leaves no draft behind, and declining one discards it.
    QVERIFY(drafts.save(m_window->editor()->deal()).ok());
    m_window.reset();
    clickInNextMessageBox(QStringLiteral("discardDraft"));
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    m_window->show();
    QTRY_VERIFY(!drafts.load().value().has_value());
}

void TestMainWindow::staleSaveOffersReloadOverwriteOrCopy_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("storedNotes"); // the original deal's notes afterwards
    QTest::addColumn<QString>("editorNotes"); // what the editor shows afterwards
    QTest::addColumn<int>("deals");
    QTest::newRow("reload") << QStringLiteral("reloadStored") << QStringLiteral("theirs") << QStringLiteral("theirs")
                            << 1;
    QTest::newRow("overwrite") << QStringLiteral("overwriteWithMine") << QStringLiteral("mine")
                               << QStringLiteral("mine") << 1;
    QTest::newRow("copy") << QStringLiteral("saveAsCopy") << QStringLiteral("theirs") << QStringLiteral("mine") << 2;
}

void TestMainWindow::staleSaveOffersReloadOverwriteOrCopy()
{
    QFETCH(QString, choice);
    QFETCH(QString, storedNotes);
    QFETCH(QString, editorNotes);
    QFETCH(int, deals);

    Core::Deal deal;
    deal.title = QStringLiteral("Shared");
    deal.options.append(Core::DealOption{0, QStringLiteral("Offer"), {}});
    Core::DealRepository repository(*m_database);
    deal = repository.save(deal).value();
    QVERIFY(m_window->openDeal(deal.id));

    // Another instance changes the deal meanwhile.
    Core::Database other(QStringLiteral("tst_mainwindow_other"));
    QVERIFY(other.open(m_database->path()).ok());
    Core::Deal theirs = Core::DealRepository(other).load(deal.id).value();
    theirs.notes = QStringLiteral("theirs");
    QVERIFY(Core::DealRepository(other).save(theirs).ok());

    Core::Deal mine = m_window->editor()->deal();
    mine.notes = QStringLiteral("mine");
    m_window->editor()->setDeal(mine);
    clickInNextMessageBox(choice);
    const bool saved = m_window->saveDeal();
    QCOMPARE(saved, choice != QStringLiteral("reloadStored"));
    QCOMPARE(repository.load(deal.id).value().notes, storedNotes);
    QCOMPARE(m_window->editor()->deal().notes, editorNotes);
    QCOMPARE(repository.count().value(), deals);
    if (choice == QStringLiteral("saveAsCopy"))
        QCOMPARE(m_window->editor()->deal().title, QStringLiteral("Shared (my copy)"));
}

void TestMainWindow::fillSaveReopen()
{
    // The empty state tells a new user what to do.
    QVERIFY(child<QLabel>("emptyState")->text().contains(QStringLiteral("No deals yet")));

    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("Fleet renewal '"));
    commitText(child<QLineEdit>("titleEdit"), QStringLiteral("Ω' 🤝"));
    QTest::keyClicks(child<QLineEdit>("customerEdit"), QStringLiteral("Acme Logistics"));
    commitText(child<QLineEdit>("customersCustomerEdit"), QStringLiteral("شركة الشحن"));
    QTest::keyClicks(child<QPlainTextEdit>("notesEdit"), QStringLiteral("Budget freeze until March"));
    child<QComboBox>("statusCombo")->setCurrentIndex(1); // negotiating
    QVERIFY(m_window->isDealModified());

    QTest::mouseClick(child<QPushButton>("addOptionButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("addOptionButton"), Qt::LeftButton);
    setCell(0, OptionsModel::NameColumn, QStringLiteral("List price"));
    setCell(0, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset), QStringLiteral("12000"));
    setCell(0, OptionsModel::columnFor(Party::You, OptionsModel::ReferenceOffset), QStringLiteral("8000"));
    setCell(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ValueOffset), QStringLiteral("-500"));
    setCell(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ReasonOffset), QStringLiteral("over budget"));
    setCell(1, OptionsModel::NameColumn, QStringLiteral("Phased roll-out"));
    setCell(1, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset), QStringLiteral("9000.50"));
    setCell(1, OptionsModel::columnFor(Party::You, OptionsModel::ReferenceOffset), QStringLiteral("8000"));
    setCell(1, OptionsModel::columnFor(Party::Customer, OptionsModel::ValueOffset), QStringLiteral("3000"));
    setCell(1, OptionsModel::columnFor(Party::CustomersCustomer, OptionsModel::ValueOffset), QStringLiteral("400"));
    // Reference points are typed too: an empty one is not assessed, and gives no result.
    for (int row : {0, 1}) {
        setCell(row, OptionsModel::columnFor(Party::Customer, OptionsModel::ReferenceOffset), QStringLiteral("0"));
        setCell(row, OptionsModel::columnFor(Party::CustomersCustomer, OptionsModel::ReferenceOffset),
                QStringLiteral("0"));
    }

    QVERIFY(m_window->saveDeal());
    QVERIFY(!m_window->isDealModified());
    const Core::Deal saved = m_window->editor()->deal();
    QVERIFY(saved.id > 0);
    QCOMPARE(m_window->dealList()->view()->model()->rowCount(), 1);

    // Open something else, then reopen from the list.
    m_window->newDeal();
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QString());
    QVERIFY(m_window->openDeal(saved.id));

    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QStringLiteral("Fleet renewal 'Ω' 🤝"));
    QCOMPARE(child<QLineEdit>("customerEdit")->text(), QStringLiteral("Acme Logistics"));
    QCOMPARE(child<QLineEdit>("customersCustomerEdit")->text(), QStringLiteral("شركة الشحن"));
    QCOMPARE(child<QPlainTextEdit>("notesEdit")->toPlainText(), QStringLiteral("Budget freeze until March"));
    QCOMPARE(child<QComboBox>("statusCombo")->currentData().toInt(), int(Core::DealStatus::Negotiating));

    const Core::Deal reopened = m_window->editor()->deal();
    QCOMPARE(reopened.options.size(), 2);
    QCOMPARE(reopened.options.at(0).name, QStringLiteral("List price"));
    QCOMPARE(reopened.options.at(0).assessment(Party::You).value, std::optional<Core::Money>(1200000));
    QCOMPARE(reopened.options.at(0).assessment(Party::Customer).reason, QStringLiteral("over budget"));
    QCOMPARE(reopened.options.at(1).assessment(Party::You).value, std::optional<Core::Money>(900050));
    QCOMPARE(reopened.options.at(1).assessment(Party::CustomersCustomer).value, std::optional<Core::Money>(40000));
    QVERIFY(!reopened.options.at(0).assessment(Party::CustomersCustomer).value);

    OptionsModel *model = m_window->editor()->optionsTable()->model();
    QCOMPARE(model->index(0, OptionsModel::OutcomeColumn).data().toString(), QStringLiteral("win/lose"));
    QCOMPARE(model->index(1, OptionsModel::OutcomeColumn).data().toString(), QStringLiteral("win-win-win"));

    // The chart shows both options, each party's surplus over its reference point, with words on the bars.
    Ui::ValueChartView *chart = m_window->chart();
    const QList<QBarSet *> sets = chart->barSeries()->barSets();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("You"));
    QCOMPARE(sets.at(0)->count(), 2);
    QCOMPARE(sets.at(0)->at(0), 4000.0);
    QCOMPARE(sets.at(0)->at(1), 1000.5);
    QCOMPARE(sets.at(1)->at(0), -500.0);
    QCOMPARE(sets.at(2)->at(1), 400.0);
    QCOMPARE(chart->resultLabel(0, Party::You), QStringLiteral("win"));
    QCOMPARE(chart->resultLabel(0, Party::Customer), QStringLiteral("lose"));
    QCOMPARE(chart->resultLabel(0, Party::CustomersCustomer), QStringLiteral("unknown"));
    QCOMPARE(chart->categories().size(), 2);
    QVERIFY(chart->categories().at(0).contains(QStringLiteral("1. List price")));
    QCOMPARE(chart->outcomeLabel(0), QStringLiteral("win/lose"));
    QCOMPARE(chart->outcomeLabel(1), QStringLiteral("win-win-win"));
}

void TestMainWindow::fourOptionsReadWithoutScrollingSideways()
{
    // A 1366x768 screen, the Coach docked beside the editor: every column of four options with all three parties
    // is in view, the option's name and outcome beside each party's figures.
    m_window->resize(1366, 768);
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("Four options"));
    Ui::OptionsTable *table = m_window->editor()->optionsTable();
    for (int i = 0; i < 4; ++i) {
        table->addOption();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        for (Party party : Core::AllParties) {
            setCell(i, OptionsModel::columnFor(party, OptionsModel::ValueOffset), QStringLiteral("-1234567.89"));
            setCell(i, OptionsModel::columnFor(party, OptionsModel::ReferenceOffset), QStringLiteral("-1000000"));
            setCell(i, OptionsModel::columnFor(party, OptionsModel::ReasonOffset), QStringLiteral("fuel savings"));
        }
    }
    QTableView *view = table->view();
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 4 * Core::PartyCount);
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    const int viewport = view->viewport()->width();
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        const int right = view->columnViewportPosition(column) + view->columnWidth(column);
        QVERIFY2(right <= viewport,
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(right).arg(viewport)));
    }
    // The widest amount fits its column: what is typed is what is seen.
    const QModelIndex amount =
        table->viewIndex(table->model()->index(0, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset)));
    QCOMPARE(amount.data().toString(), QStringLiteral("-1,234,567.89"));
    QVERIFY(view->fontMetrics().horizontalAdvance(amount.data().toString()) + 8 <= view->columnWidth(amount.column()));
    // Each option shows its name over its three rows.
    QCOMPARE(view->rowSpan(3, 0), Core::PartyCount);
    QCOMPARE(view->rowSpan(9, 0), Core::PartyCount);
}

void TestMainWindow::typingUpdatesResultAndChart()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("Typing"));
    m_window->editor()->optionsTable()->addOption();
    QTableView *view = child<QTableView>("optionsView");
    // The name editor opened by addOption(): accept the default name.
    QTest::keyClick(view->focusWidget(), Qt::Key_Return);
    OptionsModel *model = m_window->editor()->optionsTable()->model();
    QVERIFY(model->setData(model->index(0, OptionsModel::columnFor(Party::You, OptionsModel::ReferenceOffset)),
                           QStringLiteral("0")));
    const QModelIndex youValue = model->index(0, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset));
    const QModelIndex youValueCell = m_window->editor()->optionsTable()->viewIndex(youValue);
    view->setCurrentIndex(youValueCell);
    view->edit(youValueCell);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("-25"));
    // Still editing: the model, the result and the chart already follow the keyboard.
    QCOMPARE(model->options().at(0).assessment(Party::You).value, std::optional<Core::Money>(-2500));
    QCOMPARE(model->index(0, OptionsModel::columnFor(Party::You, OptionsModel::ResultOffset)).data().toString(),
             QStringLiteral("lose"));
    QCOMPARE(m_window->chart()->barSeries()->barSets().at(0)->at(0), -25.0);
    QCOMPARE(m_window->chart()->resultLabel(0, Party::You), QStringLiteral("lose"));
}

void TestMainWindow::badAmountIsRefusedWithMessage()
{
    m_window->newDeal();
    m_window->editor()->optionsTable()->addOption();
    OptionsModel *model = m_window->editor()->optionsTable()->model();
    setCell(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ValueOffset), QStringLiteral("700"));
    const QModelIndex cell = model->index(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ValueOffset));
    QVERIFY(!model->setData(cell, QStringLiteral("seven hundred")));
    QCOMPARE(model->options().at(0).assessment(Party::Customer).value, std::optional<Core::Money>(70000));
    const auto *bar = m_window->editor()->findChild<QWidget *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    const QString barText = bar->findChild<QLabel *>()->text();
    QVERIFY2(barText.contains(QStringLiteral("seven hundred")), qPrintable(barText));
    QVERIFY2(barText.contains(QStringLiteral("Your customer")), qPrintable(barText));
}

void TestMainWindow::emptyTitleCannotBeSaved()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("customerEdit"), QStringLiteral("Acme"));
    QVERIFY(!m_window->saveDeal());
    QLabel *error = child<QLabel>("titleError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("title")));
    QCOMPARE(m_window->dealList()->view()->model()->rowCount(), 0);
}

void TestMainWindow::closingAsksAboutUnsavedChanges()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("Half-typed"));
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), QStringLiteral("Half-typed"));

    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(m_window->close());
    Core::DealRepository repository(*m_database);
    const auto rows = repository.list({});
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().at(0).title, QStringLiteral("Half-typed"));
}

void TestMainWindow::trashAndUndo()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("Short-lived"));
    QVERIFY(m_window->saveDeal());
    QAbstractItemModel *list = m_window->dealList()->view()->model();
    QCOMPARE(list->rowCount(), 1);

    m_window->moveDealToTrash();
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(child<QLabel>("emptyState")->isVisible());
    QVERIFY(m_window->undoStack()->canUndo());
    m_window->undoStack()->undo();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("Short-lived"));
}

void TestMainWindow::undoOptionRemoval()
{
    m_window->newDeal();
    Ui::OptionsTable *table = m_window->editor()->optionsTable();
    table->addOption();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    setCell(0, OptionsModel::NameColumn, QStringLiteral("Keep me"));
    table->view()->setCurrentIndex(table->viewIndex(table->model()->index(0, 0)));
    table->removeSelectedOption();
    QCOMPARE(table->model()->rowCount(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Keep me"));
}

void TestMainWindow::pendingCellEditIsSaved()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("Pending edit"));
    Ui::OptionsTable *table = m_window->editor()->optionsTable();
    table->addOption();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const QModelIndex reason =
        table->model()->index(0, OptionsModel::columnFor(Party::You, OptionsModel::ReasonOffset));
    table->view()->setCurrentIndex(table->viewIndex(reason));
    table->view()->edit(table->viewIndex(reason));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("still typing"));
    // Ctrl+S while the cell editor is open: what was typed is saved.
    QVERIFY(m_window->saveDeal());
    Core::DealRepository repository(*m_database);
    const auto saved = repository.load(m_window->editor()->deal().id);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().options.at(0).assessment(Party::You).reason, QStringLiteral("still typing"));
}

void TestMainWindow::pendingCellEditCountsAsUnsaved()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("Saved"));
    m_window->editor()->optionsTable()->addOption();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(m_window->saveDeal());
    Ui::OptionsTable *table = m_window->editor()->optionsTable();
    const QModelIndex name = table->model()->index(0, OptionsModel::NameColumn);
    table->view()->setCurrentIndex(table->viewIndex(name));
    table->view()->edit(table->viewIndex(name));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Renamed"));
    // Closing with the cell editor still open asks; Cancel keeps the window and the text.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(table->model()->index(0, OptionsModel::NameColumn).data().toString(), QStringLiteral("Renamed"));
}

void TestMainWindow::undoNeverReachesIntoAnotherDeal()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("First"));
    Ui::OptionsTable *table = m_window->editor()->optionsTable();
    table->addOption();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    setCell(0, OptionsModel::NameColumn, QStringLiteral("First's option"));
    QVERIFY(m_window->undoStack()->canUndo());
    answerNextMessageBox(QMessageBox::Discard);
    m_window->newDeal();
    QVERIFY(!m_window->undoStack()->canUndo());
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestMainWindow::enterOnBadAmountKeepsEditorOpen()
{
    m_window->newDeal();
    Ui::OptionsTable *table = m_window->editor()->optionsTable();
    table->addOption();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const QModelIndex cell = table->model()->index(0, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset));
    table->view()->setCurrentIndex(table->viewIndex(cell));
    table->view()->edit(table->viewIndex(cell));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("12abc"));
    const QPointer<QLineEdit> guard(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50); // the delegate closes editors through a queued call
    // The editor stays open with the text, so the user can correct it.
    QVERIFY(guard);
    QVERIFY(table->view()->indexWidget(table->viewIndex(cell)) == editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("12abc"));
    editor->setText(QStringLiteral("1200"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->model()->options().at(0).assessment(Party::You).value, std::optional<Core::Money>(120000));
}

void TestMainWindow::closeDealFreezesOutcome()
{
    m_window->newDeal();
    QTest::keyClicks(child<QLineEdit>("titleEdit"), QStringLiteral("To close"));
    m_window->editor()->optionsTable()->addOption();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    setCell(0, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset), QStringLiteral("-100"));
    setCell(0, OptionsModel::columnFor(Party::You, OptionsModel::ReferenceOffset), QStringLiteral("0"));
    setCell(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ValueOffset), QStringLiteral("500"));
    setCell(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ReferenceOffset), QStringLiteral("0"));
    // Closing saves first (asked), then asks which option was agreed.
    QTimer::singleShot(0, this, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Save)->click();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *agreed = dialog->findChild<QComboBox *>(QStringLiteral("agreedOption"));
            QVERIFY(agreed);
            QCOMPARE(agreed->currentIndex(), -1); // nothing preselected
            agreed->setCurrentIndex(0);
            dialog->accept();
        });
    });
    m_window->closeDeal();
    const Core::Deal closed = m_window->editor()->deal();
    QVERIFY(closed.ending);
    QCOMPARE(closed.ending->outcome, Core::Outcome::LoseWin);
    QCOMPARE(closed.status, Core::DealStatus::Closed);
    QVERIFY(m_window->editor()->closingText().contains(QStringLiteral("lose/win")));

    // Later edits to the estimates do not rewrite the closing.
    setCell(0, OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset), QStringLiteral("900"));
    QVERIFY(m_window->saveDeal());
    Core::DealRepository repository(*m_database);
    const auto reloaded = repository.load(closed.id);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.value().ending->outcome, Core::Outcome::LoseWin);
    QCOMPARE(reloaded.value().status, Core::DealStatus::Closed);
}

void TestMainWindow::closeDialogShowsItsWholePreview()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Core::Deal deal;
    deal.title = QStringLiteral("Preview");
    Core::DealOption option;
    option.id = 7;
    option.name = QStringLiteral("A rather long option name that takes room in the combo box");
    option.assessment(Party::You).value = 4'800'000;
    option.assessment(Party::You).referencePoint = 3'000'000;
    option.assessment(Party::Customer).value = -600'000;
    option.assessment(Party::Customer).referencePoint = 0;
    deal.options << option;
    Ui::CloseDealDialog dialog(deal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("closePreview"));
    QVERIFY(preview);
    const int before = dialog.height();
    dialog.findChild<QComboBox *>(QStringLiteral("agreedOption"))->setCurrentIndex(0);
    // The chosen option adds a table and an explanation: the dialog grows to show all of it.
    QTRY_VERIFY2(
        preview->height() >= preview->heightForWidth(preview->width()),
        qPrintable(QStringLiteral("%1 < %2").arg(preview->height()).arg(preview->heightForWidth(preview->width()))));
    QVERIFY(dialog.height() > before);
    QVERIFY(dialog.rect().contains(preview->geometry()));
    const QString text = preview->text();
    QVERIFY2(text.contains(QStringLiteral("48,000 against a walk-away point of 30,000")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not assessed: no value or no status quo")), qPrintable(text));
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::customerWhoCameOffWorseIsNamed()
{
    Core::DealRepository repository(*m_database);
    Core::Deal earlier;
    earlier.title = QStringLiteral("Rush order");
    earlier.customer = QStringLiteral("Acme");
    earlier.salesperson = QStringLiteral("Dana");
    Core::DealOption option;
    option.name = QStringLiteral("Rush price");
    option.assessment(Party::You).value = 90000;
    option.assessment(Party::Customer).value = -20000;
    option.assessment(Party::You).referencePoint = 0;
    option.assessment(Party::Customer).referencePoint = 0;
    earlier.options << option;
    const auto saved = repository.save(earlier);
    QVERIFY(saved.ok());
    QVERIFY(repository.closeDeal(saved.value().id, saved.value().options.at(0).id, QStringLiteral("Dana")).ok());

    m_window->newDeal();
    QLineEdit *customer = child<QLineEdit>("customerEdit");
    QTest::keyClicks(customer, QStringLiteral("ACME"));
    QTRY_VERIFY(!m_window->editor()->customerWarning().isEmpty());
    QVERIFY(m_window->editor()->customerWarning().contains(QStringLiteral("Rush order")));
    QVERIFY(m_window->editor()->customerWarning().contains(QStringLiteral("win/lose")));
    customer->clear();
    QTest::keyClicks(customer, QStringLiteral("Someone else"));
    QTRY_VERIFY(m_window->editor()->customerWarning().isEmpty());
}

void TestMainWindow::geometryFromALargerScreenIsClampedOntoThisOne()
{
    // Issue 18: the window was last closed on a large monitor, far right and down; now there is only the laptop's
    // screen. The window opens on it, whole, with the coach on screen.
    QWidget big;
    big.setGeometry(2400, 1500, 2560, 1400);
    QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("window/geometry")); });
    m_window.reset();
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect available = m_window->screen()->availableGeometry();
    const QRect frame = m_window->frameGeometry();
    const QString where = QStringLiteral("window %1,%2 %3x%4 on a screen of %5x%6")
                              .arg(frame.x())
                              .arg(frame.y())
                              .arg(frame.width())
                              .arg(frame.height())
                              .arg(available.width())
                              .arg(available.height());
    // No larger than the screen allows (or than the window's smallest size, where that is larger: this test's
    // offscreen screen is 800 wide, smaller than any the app is made for), and its top left on the screen.
    const QSize smallest = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(m_window->width() <= std::max(int(available.width() * 0.95), smallest.width()), qPrintable(where));
    QVERIFY2(m_window->height() <= std::max(int(available.height() * 0.95), smallest.height()), qPrintable(where));
    QVERIFY2(available.contains(frame.topLeft()), qPrintable(where));
    if (smallest.width() <= available.width() && smallest.height() <= available.height())
        QVERIFY2(available.contains(frame), qPrintable(where));

    // And the smallest the window can be, with a deal open, fits a 1400x900 screen at 150 % (933x600 logical pixels,
    // less a panel and the title bar): it opened larger, with the coach and half the editor off-screen.
    m_window->newDeal();
    QTRY_VERIFY(m_window->editor()->isVisible());
    const QSize withDeal = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(withDeal.width() <= 933 && withDeal.height() <= 560,
             qPrintable(QStringLiteral("%1x%2").arg(withDeal.width()).arg(withDeal.height())));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::searchIsTypedAndClearedWithItsButton()
{
    Core::DealRepository deals(*m_database);
    for (const char *title : {"Fleet renewal", "Depot lease"}) {
        Core::Deal deal;
        deal.title = QString::fromLatin1(title);
        QVERIFY(deals.save(deal).ok());
    }
    m_window.reset();
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    auto *search = child<QLineEdit>("dealSearch");
    auto *list = child<QTreeView>("dealList");
    // The clear button (the style's icon, slow to load) is added once the window has painted.
    QVERIFY(!search->isClearButtonEnabled());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(search->isClearButtonEnabled());
    QTRY_COMPARE(list->model()->rowCount(), 2);

    // Ctrl+F, then typed key by key: the list narrows, and the clear button shows, named for a screen reader.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("fleet"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QToolButton *clear = nullptr;
    for (QToolButton *button : search->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (button->isVisible())
            clear = button;
    }
    QVERIFY(clear);
    QCOMPARE(clear->accessibleName(), QStringLiteral("Clear the search"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(list->model()->rowCount(), 2);
}

#include "tst_mainwindow.moc"

void TestMainWindow::opensBeforeTheEditorAndCoachAreBuilt()
{
    // A history to coach on, and deal-page sizes the user chose in an earlier session.
    Core::DealRepository deals(*m_database);
    Core::Deal deal;
    deal.title = QStringLiteral("Fleet renewal");
    deal.salesperson = QStringLiteral("Dana");
    Core::DealOption option;
    option.name = QStringLiteral("List price");
    deal.options = {option};
    const Core::Expected<Core::Deal> saved = deals.save(deal);
    QVERIFY(saved.ok());
    QVERIFY(deals.closeDeal(saved.value().id, saved.value().options.at(0).id, QStringLiteral("Dana")).ok());
    QSplitter sizes(Qt::Vertical);
    sizes.addWidget(new QWidget);
    sizes.addWidget(new QWidget);
    sizes.setSizes({123, 456});
    const QByteArray chosen = sizes.saveState();
    QSettings().setValue(QStringLiteral("window/dealSplitter"), chosen);
    m_window.reset();

    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    // Nothing shown needs the editor, the chart or the coach's analysis before the window is on screen.
    QVERIFY(!m_window->findChild<Ui::DealEditor *>());
    QVERIFY(!m_window->findChild<Ui::ValueChartView *>());
    QVERIFY(!m_window->findChild<Ui::HabitsPanel *>());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Once it has painted, the coach fills in by itself: the user's ended deal is counted.
    QTRY_VERIFY(m_window->findChild<Ui::HabitsPanel *>());
    auto *coach = m_window->findChild<Ui::HabitsPanel *>();
    QTRY_COMPARE(coach->salesperson(), QStringLiteral("Dana"));
    QCOMPARE(coach->report().toAssess.size(), 1);
    QVERIFY(coach->isVisible());
    QVERIFY(!m_window->findChild<Ui::DealEditor *>());

    // Add Option does nothing with no deal open, and builds nothing.
    m_window->addOption();
    QVERIFY(!m_window->findChild<Ui::DealEditor *>());
    // Opening a deal builds the page, with the sizes of the earlier session.
    QVERIFY(m_window->openDeal(saved.value().id));
    auto *editor = m_window->findChild<Ui::DealEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->deal().title, QStringLiteral("Fleet renewal"));
    QVERIFY(m_window->findChild<Ui::ValueChartView *>()->isVisible());

    // A session that never opened a deal keeps the sizes chosen before, instead of an empty splitter's.
    m_window.reset();
    QSettings().remove(QStringLiteral("session/deal"));
    QSettings().setValue(QStringLiteral("window/dealSplitter"), chosen);
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->close();
    QCOMPARE(QSettings().value(QStringLiteral("window/dealSplitter")).toByteArray(), chosen);
}

void TestMainWindow::dealListStatusFitsEveryStatus()
{
    // The status column is as wide as its widest word, whichever deals are on screen (it is not measured from the
    // rows, so a "Walked away" scrolled into view is not cut to "Walked…").
    QTreeView *view = m_window->dealList()->view();
    const int width = view->header()->sectionSize(Core::DealListModel::StatusColumn);
    for (Core::DealStatus status : {Core::DealStatus::Preparing, Core::DealStatus::Negotiating,
                                    Core::DealStatus::Closed, Core::DealStatus::WalkedAway})
        QVERIFY2(view->fontMetrics().horizontalAdvance(Core::statusName(status)) + 8 <= width,
                 qPrintable(Core::statusName(status)));
}

void TestMainWindow::dealListFetchesWhenItsLastRowIsInView()
{
    // 450 deals: the list starts with one page (200), not one page more per layout of the view, and fetches the
    // next when the user reaches the last row.
    QList<Core::Deal> many;
    for (int i = 0; i < 450; ++i) {
        Core::Deal deal;
        deal.title = QStringLiteral("Deal %1").arg(i);
        deal.salesperson = QStringLiteral("Dana");
        many << deal;
    }
    QVERIFY(Core::DealRepository(*m_database).insertMany(many).ok());
    m_window.reset();
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTreeView *view = m_window->dealList()->view();
    QTest::qWait(200); // layouts, queued fetches: none may load a page now
    QCOMPARE(view->model()->rowCount(), 200);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_End);
    QTRY_COMPARE(view->model()->rowCount(), 400);
    QTest::keyClick(view, Qt::Key_End);
    QTRY_COMPARE(view->model()->rowCount(), 450);
    QTest::keyClick(view, Qt::Key_End);
    QTest::qWait(100);
    QCOMPARE(view->model()->rowCount(), 450);
}
