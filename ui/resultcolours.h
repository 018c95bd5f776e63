#pragma once

#include <core/domain/classification.h>
#include <QColor>
#include <QPalette>

namespace Triplewin::Ui {

/// Badge colours for results and outcomes, readable on light and dark palettes. Colour only reinforces the
/// word that is always drawn with it.
struct ResultColours
{
    QColor background;
    QColor foreground;

    static ResultColours forResult(Core::Result result, const QPalette &palette);
    static ResultColours forOutcome(Core::Outcome outcome, const QPalette &palette);
};

} // namespace Triplewin::Ui
