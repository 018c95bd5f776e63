#pragma once

#include "../domain/deal.h"

#include <array>
#include <optional>
#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Triplewin::Core {

/// The scenario pack format this build reads and writes (docs/scenario-pack-format.md). Packs of a higher
/// version are refused, never half read.
inline constexpr int ScenarioPackVersion = 1;
/// The "format" field every pack carries.
inline constexpr char ScenarioPackFormat[] = "triplewin-scenario-pack";

/// What one party is told in a workshop: public brief, and notes only that role may see.
struct RoleCard
{
    QString name;
    QString brief;
    QString confidential;

    friend bool operator==(const RoleCard &a, const RoleCard &b)
    {
        return a.name == b.name && a.brief == b.brief && a.confidential == b.confidential;
    }
};

/// The role a party plays in a workshop: "Seller", "Customer", "Customer's customer" (translated).
QString roleName(Party party);

/// One teaching case: a pending deal for the room to discuss, role cards for the three parties, debrief
/// questions, and optionally an earlier history of the same salesperson that shows a habit forming.
struct Scenario
{
    QString id; ///< unique in its pack: lower-case letters, digits and '-'
    QString title;
    QString summary;
    QString lesson;
    bool walkAway = false;      ///< the right move is a transparent walk-away (no option is a win/win)
    QStringList expectedHabits; ///< habit keys (habitKey(), CustomerCameOffWorseKey) the history shows
    Deal deal;                  ///< options in order; no ids
    /// The outcome the pack says each option of deal has (same order as deal.options); empty when not stated.
    QList<std::optional<Outcome>> expectedOutcomes;
    /// The option that dominates each option of deal, by name, as the pack says (optionanalysis.h); empty where it
    /// says none. Same order as deal.options.
    QStringList expectedDominators;
    QList<Deal> history;                      ///< ended deals (closing set), oldest first
    std::array<RoleCard, PartyCount> roles{}; ///< in Party order: seller (you), customer, their customer
    QStringList debrief;

    const RoleCard &role(Party party) const { return roles[std::size_t(partyIndex(party))]; }
};

struct ScenarioPack
{
    QString title;
    QString description;
    QList<Scenario> scenarios;
};

/// Why a pack was refused: the file, the place in it (a line and column for broken JSON, a JSON path such as
/// "scenarios[2].deal.options[0].you.value" for content) and the problem, in plain words.
struct ScenarioPackError
{
    QString file;
    QString place;
    QString problem;

    bool isEmpty() const { return problem.isEmpty(); }
    /// "file: place: problem" (translated).
    QString text() const;
};

struct ScenarioPackRead
{
    std::optional<ScenarioPack> pack;
    ScenarioPackError error; ///< set when pack is empty
};

/// Reads and checks a pack. @p fileName only names the file in error messages. Nothing is read partly: a pack
/// with any error comes back empty, with the first error.
ScenarioPackRead readScenarioPack(const QByteArray &json, const QString &fileName);
ScenarioPackRead readScenarioPackFile(const QString &path);
/// The pack as version-1 JSON (indented); readScenarioPack() gives it back unchanged.
QByteArray writeScenarioPack(const ScenarioPack &pack);

/// The bundled pack's resource path in @p locale's language where it is translated
/// (":/workshop/triplewin-workshop.de.json"), else the English one (":/workshop/triplewin-workshop.json"); compiled
/// into the app. The default is the app's language (QLocale(), which main() sets from Settings ▸ Language).
QString bundledScenarioPackPath(const QLocale &locale = QLocale());
/// Every bundled pack: English first, then each translation. Translations tell the same cases with the same numbers.
QStringList bundledScenarioPackPaths();

} // namespace Triplewin::Core
