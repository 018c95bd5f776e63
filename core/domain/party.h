#pragma once

#include <array>
#include <QString>

namespace Triplewin::Core {

/// The three parties of every deal. The order is the order of columns, chart bars and outcome names.
enum class Party
{
    You,
    Customer,
    CustomersCustomer,
};

inline constexpr int PartyCount = 3;
inline constexpr std::array<Party, PartyCount> AllParties{Party::You, Party::Customer, Party::CustomersCustomer};

inline constexpr int partyIndex(Party party)
{
    return static_cast<int>(party);
}

/// "You", "Your customer", "Their customer" (translated).
QString partyName(Party party);

/// What the reference point means for this party, e.g. "walk-away point" for you (translated).
QString referencePointName(Party party);

} // namespace Triplewin::Core
