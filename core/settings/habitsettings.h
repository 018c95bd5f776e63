#pragma once

#include "../coaching/habits.h"

namespace Triplewin::Core {

/// The habit thresholds as the user set them (QSettings), defaulting to HabitThresholds' documented values.
class HabitSettings final
{
public:
    static HabitThresholds thresholds();
    static void setThresholds(const HabitThresholds &thresholds);
    /// How many months the RQ covers, ending with the current month (default 12).
    static int rqMonths();
    static void setRqMonths(int months);
};

} // namespace Triplewin::Core
