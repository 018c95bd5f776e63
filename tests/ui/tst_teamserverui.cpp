// The app on a team server (issue 15), against the PostgreSQL that scripts/with-postgres.sh starts for the test
// command (TRIPLEWIN_TEST_PG): File ▸ Connect to Team Server… typed into key by key, what it says when the server
// cannot be used, the main window on a server (its title and status bar name it; a file's merge and backups are
// off), and edits made while the network to the server is cut (through a TcpForwarder the test can unplug). Skipped,
// saying so, without that server.

#include "../core/tcpforwarder.h"

#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <core/storage/draftrepository.h>
#include <core/storage/serverwatch.h>
#include <core/storage/teamserver.h>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>
#include <ui/dealeditor.h>
#include <ui/draftkeeper.h>
#include <ui/mainwindow.h>
#include <ui/serverconnectdialog.h>
#include <ui/teamreviewwindow.h>

using namespace Triplewin;

class TestTeamServerUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void typedAddressConnects();
    void serverNotSetUpIsSaidInTheDialog();
    void unreachableServerIsSaidInTheDialog();
    void windowNamesTheServerAndLeavesFileActionsOff();
    void saveWithoutTheServerIsKeptHereAndSavedWhenItAnswers();
    void quittingWithoutTheServerKeepsTheChangesForTheNextStart();
    void movesAFilesDealsToTheServerOnce();

private:
    /// Types the address into @p dialog key by key, as a person would (each field cleared first).
    static void type(Ui::ServerConnectDialog &dialog, const Core::ServerAddress &address);
    /// Clicks Connect; true when the dialog closed (connected).
    static bool connectClicked(Ui::ServerConnectDialog &dialog);
    /// The test login's address on the server, through @p cable.
    Core::ServerAddress through(const Core::Test::TcpForwarder &cable) const;
    /// Deal @p id as stored on the server, read on a connection of its own.
    Core::Deal onServer(qint64 id) const;
    /// The draft kept on this computer at @p path, if any.
    static std::optional<Core::Draft> keptAt(const QString &path);

    Core::ServerAddress m_admin;
    QString m_database;
    QString m_login;
};

void TestTeamServerUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString conninfo = qEnvironmentVariable("TRIPLEWIN_TEST_PG");
    if (conninfo.isEmpty())
        QSKIP("No test server: the test command (scripts/test.sh) runs this through scripts/with-postgres.sh.");
    m_admin = Core::ServerAddress::parse(conninfo).value();
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(1u << 30));
    m_database = QStringLiteral("triplewin_ui_") + suffix;
    m_login = QStringLiteral("ui_seller_") + suffix;
    {
        Core::TeamServer bootstrap(QStringLiteral("bootstrap"));
        QVERIFY(!bootstrap.open(m_admin));
        QVERIFY(QSqlQuery(bootstrap.connection()).exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)));
    }
    Core::ServerAddress admin = m_admin;
    admin.database = m_database;
    Core::TeamServer setup(QStringLiteral("setup"));
    QVERIFY(!setup.open(admin));
    for (int attempt = 0; attempt < 3 && setup.init(); ++attempt) {
    } // suites race to create the cluster's group roles the first time; the setup is idempotent
    const Core::StorageError added = setup.addUser(m_login, Core::ServerRole::Salesperson);
    QVERIFY2(!added, qPrintable(added.fullText()));
}

void TestTeamServerUi::cleanupTestCase()
{
    if (m_database.isEmpty())
        return;
    Core::TeamServer bootstrap(QStringLiteral("bootstrap"));
    if (!bootstrap.open(m_admin)) {
        QSqlQuery(bootstrap.connection()).exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_database));
        QSqlQuery(bootstrap.connection()).exec(QStringLiteral("DROP ROLE %1").arg(m_login));
    }
}

void TestTeamServerUi::type(Ui::ServerConnectDialog &dialog, const Core::ServerAddress &address)
{
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    const auto fill = [](QWidget *field, const QString &text) {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    };
    auto *port = dialog.findChild<QSpinBox *>();
    QVERIFY(port);
    // The form's order: server, port, database, login, (encryption,) password.
    QList<QLineEdit *> texts;
    for (QLineEdit *edit : edits) {
        if (edit->parent() != port)
            texts << edit;
    }
    QCOMPARE(texts.size(), 4);
    fill(texts.at(0), address.host);
    fill(port, QString::number(address.port));
    fill(texts.at(1), address.database);
    fill(texts.at(2), address.user);
}

bool TestTeamServerUi::connectClicked(Ui::ServerConnectDialog &dialog)
{
    QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!connect->isEnabled())
        return false;
    QTest::mouseClick(connect, Qt::LeftButton);
    return dialog.result() == QDialog::Accepted && !dialog.isVisible();
}

void TestTeamServerUi::typedAddressConnects()
{
    Ui::ServerConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Core::ServerAddress address = m_admin;
    address.database = m_database;
    address.user = m_login;
    type(dialog, address);
    QVERIFY(connectClicked(dialog));
    QCOMPARE(dialog.address().host, address.host);
    QCOMPARE(dialog.address().port, address.port);
    QCOMPARE(dialog.address().database, m_database);
    QCOMPARE(dialog.address().user, m_login);
    QVERIFY(dialog.address().options.contains(QStringLiteral("sslmode=prefer")));
    // Remembered for next time, except the password.
    Ui::ServerConnectDialog again;
    QCOMPARE(again.address().database, m_database);
    QCOMPARE(again.password(), QString());
}

void TestTeamServerUi::serverNotSetUpIsSaidInTheDialog()
{
    Ui::ServerConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, m_admin); // the cluster's own database: no Triplewin tables in it
    QVERIFY(!connectClicked(dialog));
    QVERIFY(dialog.isVisible());
    const auto labels = dialog.findChildren<QLabel *>();
    const auto said = std::find_if(labels.begin(), labels.end(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("server init"));
    });
    QVERIFY2(said != labels.end(), "no message naming the setup command");
}

void TestTeamServerUi::unreachableServerIsSaidInTheDialog()
{
    Ui::ServerConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Core::ServerAddress nowhere;
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1;
    nowhere.database = m_database;
    nowhere.user = m_login;
    type(dialog, nowhere);
    QVERIFY(!connectClicked(dialog));
    const auto labels = dialog.findChildren<QLabel *>();
    const auto said = std::find_if(labels.begin(), labels.end(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("Cannot connect"));
    });
    QVERIFY2(said != labels.end(), "no message saying the server cannot be reached");
    QCOMPARE(dialog.address().port, 1); // what was typed stays
}

void TestTeamServerUi::windowNamesTheServerAndLeavesFileActionsOff()
{
    Core::ServerAddress address = m_admin;
    address.database = m_database;
    address.user = m_login;
    Core::Database database(QStringLiteral("window"));
    const Core::StorageError opened = database.openServer(address);
    QVERIFY2(!opened, qPrintable(opened.fullText()));
    Core::Deal deal;
    deal.title = QStringLiteral("Shared fleet deal");
    deal.customer = QStringLiteral("Acme");
    QVERIFY(Core::DealRepository(database).save(deal).ok());

    Ui::MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.windowTitle().contains(database.displayName()), qPrintable(window.windowTitle()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Team server")),
             qPrintable(window.statusBar()->currentMessage()));
    for (QAction *action : window.findChildren<QAction *>()) {
        const QString text = action->text().remove(u'&');
        if (text.startsWith(QStringLiteral("Merge a Team")) || text.startsWith(QStringLiteral("Restore from Backup")))
            QVERIFY2(!action->isEnabled(), qPrintable(text));
        if (text == QStringLiteral("Open Local Database"))
            QVERIFY(action->isVisible());
    }
    // The team review names the server too, and reads its dashboard on a worker with a login of its own.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto *review = window.findChild<Ui::TeamReviewWindow *>();
    QVERIFY(review);
    QVERIFY2(review->windowTitle().contains(database.displayName()), qPrintable(review->windowTitle()));
    auto *source = review->findChild<QLabel *>(QStringLiteral("reviewSource"));
    QVERIFY(source);
    QCOMPARE(source->text(), QStringLiteral("Team server ") + database.displayName());
    QTRY_VERIFY(!review->isReadingDashboard());
    QVERIFY2(review->dashboardText().contains(QStringLiteral("No ended deals yet")),
             qPrintable(review->dashboardText()));
}

Core::ServerAddress TestTeamServerUi::through(const Core::Test::TcpForwarder &cable) const
{
    Core::ServerAddress address = m_admin;
    address.host = QStringLiteral("127.0.0.1");
    address.port = cable.port();
    address.database = m_database;
    address.user = m_login;
    return address;
}

Core::Deal TestTeamServerUi::onServer(qint64 id) const
{
    Core::ServerAddress address = m_admin;
    address.database = m_database;
    address.user = m_login;
    Core::Database direct(QStringLiteral("direct"));
    if (direct.openServer(address))
        return {};
    const Core::Expected<Core::Deal> stored = Core::DealRepository(direct).load(id);
    return stored.ok() ? stored.value() : Core::Deal();
}

std::optional<Core::Draft> TestTeamServerUi::keptAt(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Core::Database local(QStringLiteral("kept-here"));
    if (local.open(path))
        return std::nullopt;
    const Core::Expected<std::optional<Core::Draft>> kept = Core::DraftRepository(local).load();
    return kept.ok() ? kept.value() : std::nullopt;
}

void TestTeamServerUi::saveWithoutTheServerIsKeptHereAndSavedWhenItAnswers()
{
    // The network to the server breaks while a salesperson edits a deal: Ctrl+S says the server does not answer and
    // that the changes are kept on this computer; once it answers again, they are saved there by themselves.
    Core::Test::TcpForwarder cable(quint16(m_admin.port));
    QVERIFY(cable.port());
    Core::Database database(QStringLiteral("cut-while-saving"));
    const Core::StorageError opened = database.openServer(through(cable));
    QVERIFY2(!opened, qPrintable(opened.fullText()));
    Core::Deal deal;
    deal.title = QStringLiteral("Depot lease");
    deal.customer = QStringLiteral("Acme");
    const Core::Deal saved = Core::DealRepository(database).save(deal).value();

    Ui::MainWindow window(database);
    window.findChild<Core::ServerWatch *>()->setInterval(100);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDeal(saved.id));
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" renewal"));

    cable.cut();
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    const auto *bar = window.editor()->findChild<QWidget *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    const QString said = bar->findChild<QLabel *>()->text();
    QVERIFY2(said.contains(QStringLiteral("does not answer")) && said.contains(QStringLiteral("kept on this computer")),
             qPrintable(said));
    QVERIFY(window.isDealModified());
    QCOMPARE(title->text(), QStringLiteral("Depot lease renewal"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("serverState"))->isVisible());
    const auto *keeper = window.findChild<Ui::DraftKeeper *>();
    const std::optional<Core::Draft> kept = keptAt(keeper->offlinePath());
    QVERIFY2(kept, qPrintable(keeper->offlinePath()));
    QCOMPARE(kept->deal.title, QStringLiteral("Depot lease renewal"));
    QCOMPARE(onServer(saved.id).title, QStringLiteral("Depot lease"));

    // Still cut: the tries go on quietly, nothing changes.
    QTest::qWait(400);
    QVERIFY(window.isDealModified());

    cable.resume();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isDealModified(), 15000);
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("serverState"))->isVisible());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("saved there")),
             qPrintable(window.statusBar()->currentMessage()));
    const Core::Deal stored = onServer(saved.id);
    QCOMPARE(stored.title, QStringLiteral("Depot lease renewal"));
    QCOMPARE(stored.revision, saved.revision + 1);
    QVERIFY(!keeper->isKeptOffline());
    QVERIFY(!keptAt(keeper->offlinePath()));
}

void TestTeamServerUi::quittingWithoutTheServerKeepsTheChangesForTheNextStart()
{
    // Edits made while the server does not answer are kept on this computer a moment after the last keystroke;
    // quitting then asks nothing and loses nothing, and the next start (the server back) offers them again.
    Core::Test::TcpForwarder cable(quint16(m_admin.port));
    QVERIFY(cable.port());
    qint64 id = 0;
    QString offlinePath;
    {
        Core::Database database(QStringLiteral("cut-then-quit"));
        QVERIFY(!database.openServer(through(cable)));
        Core::Deal deal;
        deal.title = QStringLiteral("Cold store");
        id = Core::DealRepository(database).save(deal).value().id;
        Ui::MainWindow window(database);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDeal(id));
        cable.cut();
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        QTest::keyClicks(title, QStringLiteral(" extension"));
        auto *keeper = window.findChild<Ui::DraftKeeper *>();
        QTRY_VERIFY_WITH_TIMEOUT(keeper->isKeptOffline(), 10000);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("serverState"))->isVisible());
        offlinePath = keeper->offlinePath();
        // Another language (the window built again) waits for the server: the window says why and stays.
        QString refused;
        QTimer dismiss;
        dismiss.setInterval(50);
        connect(&dismiss, &QTimer::timeout, this, [&refused, &dismiss] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                dismiss.stop();
                refused = box->text();
                box->accept();
            }
        });
        dismiss.start();
        QCOMPARE(window.closeToReopen(), Ui::MainWindow::Closed::No);
        QVERIFY2(refused.contains(QStringLiteral("not answering")), qPrintable(refused));
        QVERIFY(window.isVisible());
        QVERIFY(window.close()); // no question asked: a modal box would stop the test here
    }
    QCOMPARE(keptAt(offlinePath)->deal.title, QStringLiteral("Cold store extension"));

    cable.resume();
    Core::Database database(QStringLiteral("next-start"));
    QVERIFY(!database.openServer(through(cable)));
    QString asked;
    QTimer answer; // the question is modal: answered from the event loop its exec() runs
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&asked, &answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            asked = box->text();
            box->findChild<QPushButton *>(QStringLiteral("restoreDraft"))->click();
        }
    });
    answer.start();
    Ui::MainWindow window(database);
    window.show();
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QStringLiteral("kept on this computer")), qPrintable(asked));
    QTRY_COMPARE(window.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("Cold store extension"));
    QVERIFY(window.isDealModified());
    QVERIFY(window.saveDeal());
    QCOMPARE(onServer(id).title, QStringLiteral("Cold store extension"));
    QVERIFY(!keptAt(offlinePath));
}

void TestTeamServerUi::movesAFilesDealsToTheServerOnce()
{
    // File ▸ Move Deals to Team Server…: a personal file's deals go to the server under the login, with a report; the
    // same file moved again adds nothing twice. The file itself is only read.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("personal.sqlite"));
    {
        Core::Database personal(QStringLiteral("personal"));
        QVERIFY(!personal.open(path));
        Core::DealRepository deals(personal);
        for (const char *title : {"Harbour cranes", "Rail sidings", "Night shift"}) {
            Core::Deal deal;
            deal.title = QString::fromLatin1(title);
            QVERIFY(deals.save(deal).ok());
        }
    }
    const QByteArray fileBefore = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    Core::ServerAddress address = m_admin;
    address.database = m_database;
    address.user = m_login;
    Core::Database database(QStringLiteral("move-deals"));
    QVERIFY(!database.openServer(address));
    const qint64 before = Core::DealRepository(database).count().value();

    Ui::MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *move = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(u'&') == QStringLiteral("Move Deals to Team Server…"))
            move = action;
    }
    QVERIFY(move && move->isVisible() && move->isEnabled());

    QStringList reports;
    QTimer answer; // the report is modal: read and closed from the event loop its exec() runs
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&reports] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box && box->objectName() == QStringLiteral("pushReport")) {
            reports << box->text();
            box->button(QMessageBox::Close)->click();
        }
    });
    answer.start();
    window.moveDealsToServer(path);
    QTRY_COMPARE(reports.size(), 1);
    QVERIFY2(reports.at(0).contains(QStringLiteral("3 new deal")), qPrintable(reports.at(0)));
    QCOMPARE(Core::DealRepository(database).count().value(), before + 3);
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Moved")));

    window.moveDealsToServer(path);
    QTRY_COMPARE(reports.size(), 2);
    QVERIFY2(reports.at(1).contains(QStringLiteral("0 new deal")) &&
                 reports.at(1).contains(QStringLiteral("3 already there")),
             qPrintable(reports.at(1)));
    QCOMPARE(Core::DealRepository(database).count().value(), before + 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), fileBefore);
}

QTEST_MAIN(TestTeamServerUi)
#include "tst_teamserverui.moc"
