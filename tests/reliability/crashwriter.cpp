// A writer for the crash-safety test: saves deals through the project's own storage code as fast as it can,
// and reports each save on stdout only after DealRepository said it succeeded. The test kills it with SIGKILL at
// random moments and then checks that every reported save is in the database, intact.
//
// Usage: triplewin-crashwriter DATABASE RUN
// Lines: "attempt ID REVISION FINGERPRINT" before a save of an existing deal (ID 0 for a new one) and
//        "saved ID REVISION FINGERPRINT" after it succeeded.
#include "crashcommon.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <cstdio>
#include <QCoreApplication>

using namespace Triplewin::Core;
using namespace Triplewin::Core::CrashTest;

namespace {

void report(const char *what, qint64 id, qint64 revision, const QString &fingerprint)
{
    std::printf("%s %lld %lld %s\n", what, static_cast<long long>(id), static_cast<long long>(revision),
                qPrintable(fingerprint));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: triplewin-crashwriter DATABASE RUN\n", stderr);
        return 2;
    }
    const int run = args.at(2).toInt();
    Database database(QStringLiteral("crash-writer"));
    if (const StorageError error = database.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(error.fullText()));
        return 1;
    }
    DealRepository repository(database);
    Deal last;
    for (int step = 0;; ++step) {
        // Two new deals, then an edit of the last one, then a closing now and then: every kind of write.
        Deal deal = dealFor(run, step);
        if (step % 3 == 2 && last.id != 0) {
            deal.id = last.id;
            deal.uuid = last.uuid;
            deal.revision = last.revision;
            for (qsizetype i = 0; i < deal.options.size() && i < last.options.size(); ++i)
                deal.options[i].id = last.options.at(i).id;
        }
        report("attempt", deal.id, deal.revision + 1, fingerprint(deal));
        const Expected<Deal> saved = repository.save(deal);
        if (!saved.ok()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().fullText()));
            return 1;
        }
        last = saved.value();
        report("saved", last.id, last.revision, fingerprint(last));
        if (step % 7 == 6) {
            const Expected<Deal> closed =
                repository.closeDeal(last.id, last.options.constFirst().id, QStringLiteral("writer"));
            if (!closed.ok()) {
                std::fprintf(stderr, "closing failed: %s\n", qPrintable(closed.error().fullText()));
                return 1;
            }
            last = closed.value();
            report("saved", last.id, last.revision, fingerprint(last));
        }
    }
}
