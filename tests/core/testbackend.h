#pragma once

// Where a storage suite runs: one suite, two backends (issue 15). By default on a fresh SQLite file; with
// TRIPLEWIN_TEST_BACKEND=postgres on the PostgreSQL server that scripts/with-postgres.sh starts for the test command
// (TRIPLEWIN_TEST_PG: a connection string for its superuser). There each test process gets a database of its own,
// set up by `server init` as a DBA would, and logs in as a salesperson login made for it: never as the superuser or
// the tables' owner, whom row-level security would not bind. Every test starts on empty tables.

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/teamserver.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Triplewin::Core::Test {

class TestBackend final
{
public:
    /// True when the suite runs on the server (TRIPLEWIN_TEST_BACKEND=postgres).
    static bool onServer() { return qEnvironmentVariable("TRIPLEWIN_TEST_BACKEND") == u"postgres"; }

    /// Why a test cannot run here, or empty: the server backend without a server to run on.
    static QString missing()
    {
        if (onServer() && qEnvironmentVariable("TRIPLEWIN_TEST_PG").isEmpty())
            return QStringLiteral("No test server: the test command (scripts/test.sh) runs this through "
                                  "scripts/with-postgres.sh.");
        return {};
    }

    /// Opens an empty Triplewin database on @p database: a new SQLite file at @p path, or the server's test
    /// database, emptied, as the salesperson login.
    static StorageError openFresh(Database &database, const QString &path)
    {
        if (!onServer())
            return database.open(path);
        if (StorageError failure = server().empty())
            return failure;
        return database.openServer(server().address(server().m_salesperson));
    }

    /// Opens what openFresh() opened once more, on @p database's own connection: a second app window or client on
    /// the same file, or another client of the same login on the server.
    static StorageError openAgain(Database &database, const QString &path)
    {
        if (!onServer())
            return database.open(path);
        return database.openServer(server().address(server().m_salesperson));
    }

    /// On the server: opens its test database as a manager login (reads the team, writes coaching notes).
    static StorageError openAsManager(Database &database)
    {
        return database.openServer(server().address(server().m_manager));
    }

private:
    static TestBackend &server()
    {
        static TestBackend *made = nullptr;
        if (!made) {
            made = new TestBackend;
            // The database goes when the application does, while Qt SQL's drivers are still there.
            qAddPostRoutine([] {
                delete made;
                made = nullptr;
            });
        }
        return *made;
    }

    TestBackend()
    {
        const Expected<ServerAddress> admin = ServerAddress::parse(qEnvironmentVariable("TRIPLEWIN_TEST_PG"));
        if (!admin.ok()) {
            m_failure = admin.error();
            return;
        }
        m_admin = admin.value();
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1u << 30));
        m_name = QStringLiteral("triplewin_suite_") + suffix;
        m_salesperson = QStringLiteral("suite_seller_") + suffix;
        m_manager = QStringLiteral("suite_manager_") + suffix;
        {
            TeamServer bootstrap(QStringLiteral("test-backend-bootstrap"));
            if ((m_failure = bootstrap.open(m_admin)))
                return;
            QSqlQuery create(bootstrap.connection());
            if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
                m_failure = serverError(QStringLiteral("Creating the test database failed."), create.lastError());
                return;
            }
        }
        m_admin.database = m_name;
        if ((m_failure = m_setup.open(m_admin)))
            return;
        // Suites run side by side on one cluster, and roles are the cluster's: two first-time setups can race to
        // create the same group role. The setup is idempotent, so the one that lost tries again.
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (!(m_failure = m_setup.init()))
                break;
        }
        if (!m_failure)
            m_failure = m_setup.addUser(m_salesperson, ServerRole::Salesperson);
        if (!m_failure)
            m_failure = m_setup.addUser(m_manager, ServerRole::Manager);
    }

    ~TestBackend()
    {
        m_setup.close();
        if (m_name.isEmpty())
            return;
        ServerAddress admin = m_admin;
        admin.database = QStringLiteral("postgres");
        TeamServer bootstrap(QStringLiteral("test-backend-bootstrap"));
        if (!bootstrap.open(admin)) {
            QSqlQuery drop(bootstrap.connection());
            drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
            drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_salesperson));
            drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_manager));
        }
    }

    ServerAddress address(const QString &login) const
    {
        ServerAddress address = m_admin;
        address.user = login;
        return address;
    }

    /// Every table emptied and its ids started again, as a new file would have them.
    StorageError empty()
    {
        if (m_failure)
            return m_failure;
        QSqlQuery query(m_setup.connection());
        if (!query.exec(QStringLiteral("TRUNCATE %1, %2, %3, %4, %5, %6, %7, %8 RESTART IDENTITY CASCADE")
                            .arg(Schema::Deals, Schema::Options, Schema::Assessments, Schema::Events, Schema::Scripts,
                                 Schema::Notes, Schema::Drafts, Schema::Origins)))
            return serverError(QStringLiteral("Emptying the test database failed."), query.lastError());
        return {};
    }

    ServerAddress m_admin;
    QString m_name;
    QString m_salesperson;
    QString m_manager;
    TeamServer m_setup{QStringLiteral("test-backend-setup")};
    StorageError m_failure;
};
} // namespace Triplewin::Core::Test
