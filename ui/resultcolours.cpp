#include "resultcolours.h"

#include "appearance.h"

namespace Triplewin::Ui {

using Core::Outcome;
using Core::Result;

namespace {

enum class Tone
{
    Good,
    Neutral,
    Bad,
    Unknown
};

ResultColours tone(Tone t, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (t) {
    case Tone::Good:
        return dark ? ResultColours{QColor(0x1E, 0x5E, 0x3A), QColor(0xE6, 0xF4, 0xEA)}
                    : ResultColours{QColor(0xD4, 0xEF, 0xDD), QColor(0x0F, 0x4D, 0x2A)};
    case Tone::Bad:
        return dark ? ResultColours{QColor(0x7A, 0x22, 0x22), QColor(0xFD, 0xE8, 0xE8)}
                    : ResultColours{QColor(0xF8, 0xD7, 0xD7), QColor(0x7A, 0x10, 0x10)};
    case Tone::Neutral:
        return dark ? ResultColours{QColor(0x4A, 0x4A, 0x52), QColor(0xF0, 0xF0, 0xF0)}
                    : ResultColours{QColor(0xE4, 0xE4, 0xE8), QColor(0x30, 0x30, 0x38)};
    case Tone::Unknown:
        break;
    }
    // Not assessed: quieter than a result, but readable (the disabled text colour is too faint to read, 1.9:1 on
    // white).
    return {Qt::transparent, palette.color(QPalette::PlaceholderText)};
}

} // namespace

ResultColours ResultColours::forResult(Result result, const QPalette &palette)
{
    switch (result) {
    case Result::Win:
        return tone(Tone::Good, palette);
    case Result::Lose:
        return tone(Tone::Bad, palette);
    case Result::Even:
        return tone(Tone::Neutral, palette);
    case Result::Unknown:
        break;
    }
    return tone(Tone::Unknown, palette);
}

ResultColours ResultColours::forOutcome(Outcome outcome, const QPalette &palette)
{
    switch (outcome) {
    case Outcome::WinWin:
    case Outcome::WinWinWin:
        return tone(Tone::Good, palette);
    case Outcome::WinLose:
    case Outcome::LoseWin:
    case Outcome::LoseLose:
        return tone(Tone::Bad, palette);
    case Outcome::Unknown:
        break;
    }
    return tone(Tone::Unknown, palette);
}

} // namespace Triplewin::Ui
