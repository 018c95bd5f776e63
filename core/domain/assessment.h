#pragma once

#include "amount.h"

#include <optional>
#include <QString>

namespace Triplewin::Core {

/// One party's view of one option: the estimated value, that party's reference point, and why.
/// For you the reference point is your walk-away point; for your customer, what their best alternative gives
/// them; for their customer, the status quo (often 0, but 0 is a figure someone entered, not a default).
/// Either figure may be empty: not assessed yet. A result needs both.
struct Assessment
{
    std::optional<Money> value;          ///< not assessed when empty
    std::optional<Money> referencePoint; ///< not assessed when empty
    QString reason;

    friend bool operator==(const Assessment &a, const Assessment &b)
    {
        return a.value == b.value && a.referencePoint == b.referencePoint && a.reason == b.reason;
    }
    friend bool operator!=(const Assessment &a, const Assessment &b) { return !(a == b); }
};

} // namespace Triplewin::Core
