#pragma once

#include <core/storage/storageerror.h>
#include <QObject>

namespace Triplewin::Core {
class Database;
}

namespace Triplewin::Ui {

/// Opens the deal database like Database::open(), but when the file has an older schema, upgrades it first on a
/// worker thread (a connection of its own) while a progress dialog shows the steps: a big file takes seconds, and
/// the window must not look hung meanwhile. A QObject only for its tr() context.
class UpgradeProgress final : public QObject
{
    Q_OBJECT

public:
    UpgradeProgress() = delete;

    /// Opens @p path in @p database; errors as Database::open() gives them (an upgrade's own error included).
    static Core::StorageError open(Core::Database &database, const QString &path);
};

} // namespace Triplewin::Ui
