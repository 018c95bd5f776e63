#include "generate.h"

#include "domain/classification.h"
#include "domain/deal.h"
#include "storage/dealrepository.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace TriplewinBench {

using namespace Triplewin::Core;

namespace {

QStringList names(const QString &pattern, int count)
{
    QStringList list;
    list.reserve(count);
    for (int i = 1; i <= count; ++i)
        list << pattern.arg(i, 5, 10, QLatin1Char('0'));
    return list;
}

/// A random amount in minor units in [low, high).
Money between(QRandomGenerator &random, qint64 low, qint64 high)
{
    return Money(random.bounded(low, high));
}

Deal makeDeal(QRandomGenerator &random, qint64 number, const QStringList &salespeople, const QStringList &customers,
              const QStringList &endClients, const QDateTime &start, qint64 spanSeconds)
{
    Deal deal;
    deal.title = QStringLiteral("Deal %1").arg(number);
    deal.salesperson = salespeople.at(int(random.bounded(qint64(salespeople.size()))));
    deal.customer = customers.at(int(random.bounded(qint64(customers.size()))));
    deal.customersCustomer = endClients.at(int(random.bounded(qint64(endClients.size()))));

    DealOption option;
    option.name = QStringLiteral("Proposal");
    Assessment &you = option.assessment(Party::You);
    you.referencePoint = 1'000'00; // your walk-away point: 1,000.00
    if (random.bounded(100) >= 3)
        you.value = *you.referencePoint + between(random, -400'00, 900'00);
    Assessment &customer = option.assessment(Party::Customer);
    customer.referencePoint = 500'00;
    customer.value = *customer.referencePoint + between(random, -300'00, 800'00);
    Assessment &chain = option.assessment(Party::CustomersCustomer);
    chain.referencePoint = 0; // their customer's status quo
    if (random.bounded(100) >= 30)
        chain.value = between(random, -200'00, 400'00);
    deal.options << option;

    DealEnding ending;
    ending.at = start.addSecs(random.bounded(spanSeconds)).addMSecs(random.bounded(1000));
    ending.by = deal.salesperson;
    if (random.bounded(100) < 8) {
        ending.walkedAway = true;
    } else {
        ending.optionName = option.name; // insertMany matches the agreed option by name
        for (Party party : AllParties)
            ending.results[std::size_t(partyIndex(party))] = classify(option.assessment(party));
        ending.outcome = outcomeOf(option);
    }
    deal.createdAt = ending.at.addDays(-random.bounded(1, 90));
    deal.expectedClose = ending.at.date();
    deal.status = ending.walkedAway ? DealStatus::WalkedAway : DealStatus::Closed;
    deal.ending = ending;
    return deal;
}

} // namespace

GenerationResult generateDeals(Database &database, qint64 count, int batch, const std::function<void(qint64)> &progress)
{
    GenerationResult result;
    result.salespeople = int(std::max<qint64>(20, count / 5000));
    result.customers = int(std::max<qint64>(50, count / 100));
    const QStringList salespeople = names(QStringLiteral("Salesperson %1"), result.salespeople);
    const QStringList customers = names(QStringLiteral("Customer %1"), result.customers);
    const QStringList endClients = names(QStringLiteral("End client %1"), std::max(10, result.customers / 4));

    const QDateTime start(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    const qint64 spanSeconds = start.secsTo(end);
    QDateTime earliest;
    QDateTime latest;

    QRandomGenerator random(20240601);
    DealRepository repository(database);
    QElapsedTimer total;
    total.start();
    QList<Deal> deals;
    deals.reserve(std::min<qint64>(batch, count));
    for (qint64 done = 0; done < count;) {
        deals.clear();
        const qint64 size = std::min<qint64>(batch, count - done);
        for (qint64 i = 0; i < size; ++i) {
            Deal deal = makeDeal(random, done + i + 1, salespeople, customers, endClients, start, spanSeconds);
            if (!earliest.isValid() || deal.ending->at < earliest)
                earliest = deal.ending->at;
            if (!latest.isValid() || deal.ending->at > latest)
                latest = deal.ending->at;
            deals << std::move(deal);
        }
        QElapsedTimer insert;
        insert.start();
        const Expected<QList<qint64>> ids = repository.insertMany(deals);
        result.insertNanoseconds += insert.nsecsElapsed();
        if (!ids.ok()) {
            result.error = ids.error().fullText();
            return result;
        }
        done += size;
        result.deals = done;
        if (progress)
            progress(done);
    }
    deals.clear();
    deals.squeeze();
    result.totalNanoseconds = total.nsecsElapsed();
    if (earliest.isValid()) {
        result.firstMonth = QDate(earliest.date().year(), earliest.date().month(), 1);
        result.lastMonth = QDate(latest.date().year(), latest.date().month(), 1);
    }
    return result;
}

} // namespace TriplewinBench
