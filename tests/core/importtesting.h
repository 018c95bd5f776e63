#pragma once

// Helpers of the import tests (tst_dealimporter, tst_importsync): golden files, a description of deals as read,
// and a dump of every table an import writes.

#include "io/dealexporter.h"
#include "io/dealimporter.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "testdeals.h"

#include <QBuffer>
#include <QTest>

namespace Triplewin::Core::Test {

inline QString goldenPath(const QString &name)
{
    return QStringLiteral(TRIPLEWIN_GOLDEN_DIR "/csv/") + name;
}

/// Every field of the deals as read, one block per deal: what the golden .expected.txt files hold.
inline QString describe(const QList<Deal> &deals)
{
    QString text;
    auto amount = [](const std::optional<Money> &value) {
        return value ? QString::number(*value) : QStringLiteral("unknown");
    };
    for (const Deal &deal : deals) {
        text += QStringLiteral("deal: %1\n").arg(deal.title);
        text += QStringLiteral("  customer: %1 | their customer: %2 | salesperson: %3 | currency: %4\n")
                    .arg(deal.customer, deal.customersCustomer, deal.salesperson, deal.currency);
        text += QStringLiteral("  status: %1 | expected close: %2 | created: %3\n")
                    .arg(statusKey(deal.status), deal.expectedClose.toString(Qt::ISODate),
                         deal.createdAt.toString(Qt::ISODateWithMs));
        if (deal.ending) {
            const DealEnding &c = *deal.ending;
            text += QStringLiteral("  closing: %1 by %2 | walked away: %3 | option: %4 | outcome: %5 | results: "
                                   "%6 %7 %8\n")
                        .arg(c.at.toString(Qt::ISODateWithMs), c.by,
                             c.walkedAway ? QStringLiteral("yes") : QStringLiteral("no"), c.optionName,
                             outcomeKey(c.outcome), resultKey(c.results[0]), resultKey(c.results[1]),
                             resultKey(c.results[2]));
        }
        if (!deal.notes.isEmpty())
            text += QStringLiteral("  notes: %1\n").arg(QString(deal.notes).replace(u'\n', QStringLiteral("\\n")));
        for (const DealOption &option : deal.options) {
            text += QStringLiteral("  option: %1\n").arg(option.name);
            for (Party party : AllParties) {
                const Assessment &a = option.assessment(party);
                text += QStringLiteral("    %1: value %2, reference %3, reason %4\n")
                            .arg(partyName(party), amount(a.value), amount(a.referencePoint), a.reason);
            }
        }
    }
    return text;
}

/// Every row of the tables an import writes: equal before and after means nothing changed.
inline QString dump(const Database &database)
{
    return dumpTables(database.connection(),
                      {QStringLiteral("deals"), QStringLiteral("deal_options"), QStringLiteral("assessments"),
                       QStringLiteral("deal_events"), QStringLiteral("deal_origins")});
}

inline QByteArray exportAll(DealRepository &deals, DealExporter::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DealExporter exporter(&buffer, format);
    if (!exporter.exportAll(deals))
        return QByteArray("export failed: ") + exporter.errorString().toUtf8();
    return buffer.data();
}

inline ImportResult importBytes(DealRepository &deals, const QByteArray &bytes, const ImportOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return DealImporter(options).importInto(deals, &buffer);
}

inline QList<Deal> allDeals(DealRepository &repository)
{
    QList<Deal> deals;
    const StorageError failure = repository.forEachDeal([&](const Deal &deal) {
        deals.append(deal);
        return true;
    });
    if (failure)
        QTest::qFail(qPrintable(failure.fullText()), __FILE__, __LINE__);
    return deals;
}

} // namespace Triplewin::Core::Test
