#include "workshopsandbox.h"

#include "../coaching/habits.h"

#include <algorithm>
#include <atomic>

namespace Triplewin::Core {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("triplewin-workshop-%1").arg(++counter);
}

EndedDeal endedDeal(const Deal &deal)
{
    EndedDeal ended;
    ended.title = deal.title;
    ended.customer = deal.customer;
    ended.salesperson = deal.salesperson;
    ended.endedAt = deal.ending->at;
    ended.outcome = deal.ending->outcome;
    ended.customersCustomer = deal.ending->result(Party::CustomersCustomer);
    ended.walkedAway = deal.ending->walkedAway;
    ended.unreciprocated = unreciprocatedCount(deal.concessions);
    return ended;
}

} // namespace

WorkshopSandbox::WorkshopSandbox() = default;
WorkshopSandbox::~WorkshopSandbox() = default;

StorageError WorkshopSandbox::load(const ScenarioPack &pack)
{
    auto database = std::make_unique<Database>(nextConnectionName());
    if (StorageError error = database->openInMemory())
        return error;
    auto repository = std::make_unique<DealRepository>(*database);
    QList<Deal> deals;
    for (const Scenario &scenario : pack.scenarios)
        deals.append(scenario.deal);
    const Expected<QList<qint64>> ids = repository->insertMany(deals);
    if (!ids.ok())
        return ids.error();
    m_repository = std::move(repository);
    m_database = std::move(database);
    m_pack = pack;
    m_dealIds = ids.value();
    return {};
}

void WorkshopSandbox::setScenario(qsizetype index, const Scenario &scenario)
{
    if (index >= 0 && index < m_pack.scenarios.size())
        m_pack.scenarios[index] = scenario;
}

Expected<Scenario> WorkshopSandbox::scenario(qsizetype index)
{
    if (!m_repository || index < 0 || index >= m_pack.scenarios.size())
        return StorageError{StorageError::Kind::NotFound, QStringLiteral("no scenario %1").arg(index), {}};
    const Expected<Deal> deal = m_repository->load(m_dealIds.at(index));
    if (!deal.ok())
        return deal.error();
    Scenario scenario = m_pack.scenarios.at(index);
    const Scenario &original = m_pack.scenarios.at(index);
    scenario.deal = Deal{};
    scenario.deal.title = deal.value().title;
    scenario.deal.customer = deal.value().customer;
    scenario.deal.customersCustomer = deal.value().customersCustomer;
    scenario.deal.salesperson = deal.value().salesperson;
    scenario.deal.currency = deal.value().currency;
    scenario.deal.notes = deal.value().notes;
    scenario.deal.preparation = deal.value().preparation;
    scenario.deal.concessions = deal.value().concessions;
    scenario.deal.status = DealStatus::Negotiating;
    scenario.expectedOutcomes.clear();
    // Which option dominates which depends on all of them: the pack's word holds while none was edited.
    bool unchanged = deal.value().options.size() == original.deal.options.size();
    for (qsizetype i = 0; unchanged && i < original.deal.options.size(); ++i)
        unchanged = deal.value().options.at(i).name == original.deal.options.at(i).name &&
                    deal.value().options.at(i).assessments == original.deal.options.at(i).assessments;
    if (!unchanged)
        scenario.expectedDominators.clear();
    for (DealOption option : deal.value().options) {
        // An option keeps its stated teaching outcome only while it is unchanged; an edited one states none.
        const auto same =
            std::find_if(original.deal.options.cbegin(), original.deal.options.cend(), [&option](const DealOption &o) {
                return o.name == option.name && o.assessments == option.assessments;
            });
        const qsizetype was = same - original.deal.options.cbegin();
        scenario.expectedOutcomes.append(same != original.deal.options.cend() && was < original.expectedOutcomes.size()
                                             ? original.expectedOutcomes.at(was)
                                             : std::nullopt);
        option.id = 0;
        scenario.deal.options.append(option);
    }
    return scenario;
}

Expected<ScenarioPack> WorkshopSandbox::currentPack()
{
    ScenarioPack pack = m_pack;
    for (qsizetype i = 0; i < pack.scenarios.size(); ++i) {
        Expected<Scenario> current = scenario(i);
        if (!current.ok())
            return current.error();
        pack.scenarios[i] = current.value();
    }
    return pack;
}

QStringList habitsShownBy(const Scenario &scenario)
{
    QList<EndedDeal> recentFirst;
    for (auto it = scenario.history.crbegin(); it != scenario.history.crend(); ++it) {
        if (it->ending)
            recentFirst.append(endedDeal(*it));
    }
    QStringList keys;
    for (const HabitFlag &flag : detectHabits(recentFirst, HabitThresholds{}))
        keys << habitKey(flag.kind);
    const auto lastWithCustomer =
        std::find_if(recentFirst.cbegin(), recentFirst.cend(), [&scenario](const EndedDeal &deal) {
            return deal.customer.compare(scenario.deal.customer, Qt::CaseInsensitive) == 0;
        });
    if (lastWithCustomer != recentFirst.cend() && customerCameOffWorse(*lastWithCustomer))
        keys << QString::fromLatin1(CustomerCameOffWorseKey);
    keys.sort();
    return keys;
}

} // namespace Triplewin::Core
