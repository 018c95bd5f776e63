#pragma once

#include "amount.h"

#include <optional>
#include <QString>

namespace Triplewin::Core {

/// One party's view of one option: the estimated value, that party's reference point, and why.
/// For you the reference point is your walk-away point; for your customer, what their best alternative gives
/// them; for their customer, the status quo (usually 0).
struct Assessment
{
    std::optional<Money> value; ///< unknown when empty
    Money referencePoint = 0;
    QString reason;

    friend bool operator==(const Assessment &a, const Assessment &b)
    {
        return a.value == b.value && a.referencePoint == b.referencePoint && a.reason == b.reason;
    }
    friend bool operator!=(const Assessment &a, const Assessment &b) { return !(a == b); }
};

} // namespace Triplewin::Core
