#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Triplewin::Ui {

/// How the app looks: the desktop's own palette, or Fusion with a light or a dark palette (Settings ▸ Appearance).
enum class Appearance
{
    System,
    Light,
    Dark,
};

/// The stable key stored in the settings ("system", "light", "dark").
QString appearanceKey(Appearance appearance);
/// The stored choice (QSettings "appearance/theme"); System when nothing or something unknown is stored.
Appearance storedAppearance();
void storeAppearance(Appearance appearance);

/// True when @p palette is a dark one (its window darker than mid grey): what every widget that picks its own colours
/// asks before choosing them.
bool isDark(const QPalette &palette);

/// Fusion's dark palette as Triplewin uses it: every text role at least 4.5:1 against its background (WCAG AA).
QPalette darkPalette();
/// Applies @p appearance to the running application: open windows follow at once (their widgets get
/// QEvent::ApplicationPaletteChange and recolour what they tinted themselves).
void applyAppearance(Appearance appearance);

/// The WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
/// @p over drawn with its alpha on the opaque @p under: the colour a reader sees.
QColor blended(const QColor &over, const QColor &under);

} // namespace Triplewin::Ui
