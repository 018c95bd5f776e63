#pragma once

#include "../storage/database.h"
#include "../storage/dealrepository.h"
#include "scenariopack.h"

#include <memory>

namespace Triplewin::Core {

/// Workshop mode's own database: in memory, never a file, on its own connection. While a workshop runs, the
/// scenarios' deals live here; the user's deal database is not opened for it, read or written.
class WorkshopSandbox final
{
public:
    WorkshopSandbox();
    ~WorkshopSandbox();
    Q_DISABLE_COPY_MOVE(WorkshopSandbox)

    /// Replaces what the sandbox holds with @p pack: one pending deal per scenario. On error the sandbox keeps
    /// what it had.
    StorageError load(const ScenarioPack &pack);

    /// The pack as loaded, with its scenario texts as last set by setScenario().
    const ScenarioPack &pack() const { return m_pack; }
    qsizetype scenarioCount() const { return m_pack.scenarios.size(); }
    /// The sandbox id of scenario @p index's deal.
    qint64 dealId(qsizetype index) const { return m_dealIds.value(index); }
    DealRepository &repository() { return *m_repository; }
    Database &database() { return *m_database; }

    /// Replaces scenario @p index's texts (title, summary, lesson, roles, debrief ...); its deal stays the one
    /// in the sandbox (edit that through repository()).
    void setScenario(qsizetype index, const Scenario &scenario);
    /// Scenario @p index with its deal as stored in the sandbox now.
    Expected<Scenario> scenario(qsizetype index);
    /// The whole pack as edited in the sandbox, for saving or exporting.
    Expected<ScenarioPack> currentPack();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_repository;
    ScenarioPack m_pack;
    QList<qint64> m_dealIds;
};

/// The habit keys the coach gives for @p scenario's history with default thresholds: the flags of
/// detectHabits(), and CustomerCameOffWorseKey when the last ended deal with the scenario deal's customer
/// left that customer worse off. Sorted.
QStringList habitsShownBy(const Scenario &scenario);

} // namespace Triplewin::Core
