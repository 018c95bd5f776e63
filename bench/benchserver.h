#pragma once

#include "storage/teamserver.h"

#include <optional>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace TriplewinBench {

/// CTest's SKIP_RETURN_CODE: no server to run on.
inline constexpr int SkipCode = 77;

/// The server a benchmark runs on, as a login that may create databases and roles: @p option's value, or
/// TRIPLEWIN_TEST_PG (scripts/with-postgres.sh sets it). Without one it says so and sets *exitCode to SkipCode; a
/// malformed address is printed and gives 2.
std::optional<Triplewin::Core::ServerAddress> serverFromArguments(const QCommandLineParser &parser,
                                                                  const QCommandLineOption &option, const char *program,
                                                                  int *exitCode);

/// A database of the benchmark's own on the server, with Triplewin's tables (`server init`) and the logins it adds;
/// dropped with them when it goes, unless kept.
class ScratchDatabase
{
public:
    /// @p admin: the server's address as a login that may create databases and roles.
    ScratchDatabase(const Triplewin::Core::ServerAddress &admin, const QString &prefix);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    /// Creates the database and its tables; the error, with what failed, or none.
    Triplewin::Core::StorageError setUp();
    /// Adds login "<prefix>_<suffix>_<name>" with @p role; returns its name, or an empty string (and *error).
    QString addLogin(const QString &name, Triplewin::Core::ServerRole role, Triplewin::Core::StorageError *error);
    /// The database's address as @p user (the admin when empty).
    Triplewin::Core::ServerAddress address(const QString &user = QString()) const;
    QString name() const { return m_name; }
    /// Leaves the database and its logins on the server (for a look with psql); prints their names.
    void keep() { m_keep = true; }

private:
    Triplewin::Core::ServerAddress m_admin;
    QString m_prefix;
    QString m_suffix;
    QString m_name;
    QStringList m_logins;
    bool m_keep = false;
};

} // namespace TriplewinBench
