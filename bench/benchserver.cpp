#include "benchserver.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace TriplewinBench {

using namespace Triplewin::Core;

std::optional<ServerAddress> serverFromArguments(const QCommandLineParser &parser, const QCommandLineOption &option,
                                                 const char *program, int *exitCode)
{
    const QString conninfo = parser.isSet(option) ? parser.value(option) : qEnvironmentVariable("TRIPLEWIN_TEST_PG");
    if (conninfo.isEmpty()) {
        std::printf("%s: no server (--server or TRIPLEWIN_TEST_PG); skipped.\n", program);
        *exitCode = SkipCode;
        return std::nullopt;
    }
    const Expected<ServerAddress> parsed = ServerAddress::parse(conninfo);
    if (!parsed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error().fullText()));
        *exitCode = 2;
        return std::nullopt;
    }
    return parsed.value();
}

ScratchDatabase::ScratchDatabase(const ServerAddress &admin, const QString &prefix)
    : m_admin(admin)
    , m_prefix(prefix)
    , m_suffix(QString::number(QRandomGenerator::global()->bounded(1u << 30)))
    , m_name(QStringLiteral("triplewin_%1_%2").arg(prefix, m_suffix))
{}

ScratchDatabase::~ScratchDatabase()
{
    if (m_keep) {
        std::printf("kept: database %s, logins %s\n", qPrintable(m_name),
                    qPrintable(m_logins.join(QStringLiteral(", "))));
        return;
    }
    TeamServer bootstrap(QStringLiteral("bench-drop"));
    if (bootstrap.open(m_admin))
        return;
    QSqlQuery drop(bootstrap.connection());
    drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString &login : std::as_const(m_logins))
        drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}

StorageError ScratchDatabase::setUp()
{
    {
        TeamServer bootstrap(QStringLiteral("bench-bootstrap"));
        if (StorageError error = bootstrap.open(m_admin))
            return error;
        QSqlQuery(bootstrap.connection()).exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    TeamServer setup(QStringLiteral("bench-setup"));
    StorageError error = setup.open(address());
    for (int attempt = 0; !error && attempt < 3; ++attempt) { // roles are the cluster's: another run may race
        if (!(error = setup.init()))
            break;
    }
    return error;
}

QString ScratchDatabase::addLogin(const QString &name, ServerRole role, StorageError *error)
{
    const QString login = QStringLiteral("%1_%2_%3").arg(m_prefix, m_suffix, name);
    TeamServer setup(QStringLiteral("bench-setup"));
    *error = setup.open(address());
    if (!*error)
        *error = setup.addUser(login, role);
    if (*error)
        return {};
    m_logins << login;
    return login;
}

ServerAddress ScratchDatabase::address(const QString &user) const
{
    ServerAddress address = m_admin;
    address.database = m_name;
    if (!user.isEmpty())
        address.user = user;
    return address;
}

} // namespace TriplewinBench
