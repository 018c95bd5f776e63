// The app on a team server (issue 15), against the PostgreSQL that scripts/with-postgres.sh starts for the test
// command (TRIPLEWIN_TEST_PG): File ▸ Connect to Team Server… typed into key by key, what it says when the server
// cannot be used, and the main window on a server (its title and status bar name it; a file's merge and backups are
// off). Skipped, saying so, without that server.

#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <core/storage/teamserver.h>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>
#include <ui/mainwindow.h>
#include <ui/serverconnectdialog.h>

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

private:
    /// Types the address into @p dialog key by key, as a person would (each field cleared first).
    static void type(Ui::ServerConnectDialog &dialog, const Core::ServerAddress &address);
    /// Clicks Connect; true when the dialog closed (connected).
    static bool connectClicked(Ui::ServerConnectDialog &dialog);

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
}

QTEST_MAIN(TestTeamServerUi)
#include "tst_teamserverui.moc"
