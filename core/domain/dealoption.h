#pragma once

#include "assessment.h"
#include "party.h"

#include <array>
#include <QString>

namespace Triplewin::Core {

/// One way the deal could be struck ("List price", "10% off for a 2-year term", ...).
struct DealOption
{
    qint64 id = 0; ///< 0 until saved; stable across saves afterwards
    QString name;
    std::array<Assessment, PartyCount> assessments;

    Assessment &assessment(Party party) { return assessments[std::size_t(partyIndex(party))]; }
    const Assessment &assessment(Party party) const { return assessments[std::size_t(partyIndex(party))]; }

    friend bool operator==(const DealOption &a, const DealOption &b)
    {
        return a.id == b.id && a.name == b.name && a.assessments == b.assessments;
    }
    friend bool operator!=(const DealOption &a, const DealOption &b) { return !(a == b); }
};

} // namespace Triplewin::Core
