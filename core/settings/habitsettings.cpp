#include "habitsettings.h"

#include <algorithm>
#include <QSettings>

namespace Triplewin::Core {

namespace {
const QString WindowKey = QStringLiteral("habits/window");
const QString ConcessionKey = QStringLiteral("habits/concessionMin");
const QString HardBargainKey = QStringLiteral("habits/hardBargainMin");
const QString ChainKey = QStringLiteral("habits/chainBlindSpotPercent");
const QString NeverWalksAwayKey = QStringLiteral("habits/neverWalksAwayLosses");
const QString UnreciprocatedKey = QStringLiteral("habits/unreciprocatedMin");
const QString RqMonthsKey = QStringLiteral("habits/rqMonths");
} // namespace

HabitThresholds HabitSettings::thresholds()
{
    const QSettings settings;
    const HabitThresholds defaults;
    HabitThresholds t;
    t.window = settings.value(WindowKey, defaults.window).toInt();
    t.concessionMin = settings.value(ConcessionKey, defaults.concessionMin).toInt();
    t.hardBargainMin = settings.value(HardBargainKey, defaults.hardBargainMin).toInt();
    t.chainBlindSpotPercent = settings.value(ChainKey, defaults.chainBlindSpotPercent).toInt();
    t.neverWalksAwayLosses = settings.value(NeverWalksAwayKey, defaults.neverWalksAwayLosses).toInt();
    t.unreciprocatedMin = settings.value(UnreciprocatedKey, defaults.unreciprocatedMin).toInt();
    return t.sanitized();
}

void HabitSettings::setThresholds(const HabitThresholds &thresholds)
{
    const HabitThresholds t = thresholds.sanitized();
    QSettings settings;
    settings.setValue(WindowKey, t.window);
    settings.setValue(ConcessionKey, t.concessionMin);
    settings.setValue(HardBargainKey, t.hardBargainMin);
    settings.setValue(ChainKey, t.chainBlindSpotPercent);
    settings.setValue(NeverWalksAwayKey, t.neverWalksAwayLosses);
    settings.setValue(UnreciprocatedKey, t.unreciprocatedMin);
}

int HabitSettings::rqMonths()
{
    return std::clamp(QSettings().value(RqMonthsKey, 12).toInt(), 1, 120);
}

void HabitSettings::setRqMonths(int months)
{
    QSettings().setValue(RqMonthsKey, std::clamp(months, 1, 120));
}

} // namespace Triplewin::Core
