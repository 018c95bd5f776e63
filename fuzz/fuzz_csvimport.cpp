// CSV import: DealImporter::preview(), read() and importInto() an in-memory database, with the preset detected
// from the header row as the app does.

#include "fuzzsupport.h"
#include "io/dealimporter.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <cstdint>
#include <cstdlib>
#include <QBuffer>

using namespace Triplewin::Core;

namespace {

Database *database()
{
    static Database *db = nullptr;
    if (!db) {
        db = new Database(QStringLiteral("fuzz-csvimport"));
        if (db->openInMemory())
            std::abort();
    }
    return db;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Triplewin::Fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = Triplewin::Fuzz::bytesOf(data, size);
    const DealImporter importer;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const ImportPreview preview = importer.preview(&buffer, 20);
        if (preview.deals.size() > 20)
            std::abort(); // at most one deal per row
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QList<Deal> deals;
        const ImportResult result = importer.read(&buffer, &deals);
        if (result.status == ImportResult::Status::Failed && result.error.isEmpty())
            std::abort(); // a failure always says why
    }
    {
        Database *db = database();
        DealRepository repository(*db);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const ImportResult result = importer.importInto(repository, &buffer);
        if (result.status == ImportResult::Status::Failed && result.error.isEmpty())
            std::abort();
        const Expected<qint64> count = repository.count();
        if (!count.ok())
            std::abort();
        // All or nothing: either every deal was added or none.
        if (result.status == ImportResult::Status::Imported ? count.value() != result.ids.size() : count.value() != 0)
            std::abort();
        // Start every input from an empty database, so a crash reproduces from its input alone.
        if (count.value() != 0 && db->openInMemory())
            std::abort();
    }
    return 0;
}
