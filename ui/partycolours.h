#pragma once

#include <array>
#include <core/domain/party.h>
#include <QColor>

namespace Triplewin::Ui {

/// Each party's colour wherever values are charted (the app's chart, the printed brief): Okabe–Ito blue, orange and
/// green, distinguishable with the common colour-vision deficiencies and in grey print. Colour names the party; the
/// result is always written beside it.
inline const std::array<QColor, Core::PartyCount> PartyColours{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                                               QColor(0x00, 0x9E, 0x73)};

inline QColor partyColour(Core::Party party)
{
    return PartyColours[std::size_t(Core::partyIndex(party))];
}

} // namespace Triplewin::Ui
