// Opening a database file: Database::open() on any bytes (garbage, truncated or damaged SQLite, other
// programs' databases, older Triplewin schemas), then a few reads. Nothing may crash; errors are fine.

#include "fuzzsupport.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <cstdint>
#include <cstdlib>
#include <QFile>
#include <QTemporaryDir>

using namespace Triplewin::Core;

namespace {

QString databasePath()
{
    static const QTemporaryDir dir; // removed when the fuzzer exits normally
    if (!dir.isValid())
        std::abort();
    return dir.filePath(QStringLiteral("fuzz.sqlite"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Triplewin::Fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = databasePath();
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    Database database(QStringLiteral("fuzz-dbopen"));
    if (const StorageError failure = database.open(path)) {
        if (failure.message.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    DealRepository repository(database);
    (void)repository.count();
    DealQuery query;
    query.limit = 20;
    const Expected<QList<DealSummary>> deals = repository.list(query);
    if (deals.ok()) {
        for (const DealSummary &summary : deals.value())
            (void)repository.load(summary.id);
    }
    query.trash = true;
    (void)repository.list(query);
    database.close();
    return 0;
}
