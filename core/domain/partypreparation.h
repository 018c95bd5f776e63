#pragma once

#include "party.h"

#include <array>
#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Triplewin::Core {

/// How sure the salesperson is of a party's reference point (what its walk-away or best alternative is based on).
enum class Confidence
{
    Unknown,
    Low,
    Medium,
    High,
};
inline constexpr int ConfidenceCount = 4;

/// The stable text stored and exported for a confidence: "low", "medium", "high", or empty for Unknown (not said:
/// NULL in a database, nothing in a file). Never translated.
QString confidenceKey(Confidence confidence);
/// Parses what confidenceKey() gives (empty is Unknown); std::nullopt for anything else.
std::optional<Confidence> confidenceFromKey(const QString &key);
/// "Not said", "Low", "Medium", "High" (translated).
QString confidenceName(Confidence confidence);

/// What the salesperson prepared about one party of a deal (issue 16, the seven elements of preparation): their
/// interests (what they need and why), the relationship (history, trust, what is at stake next time), and what that
/// party's reference point is based on, with how sure the salesperson is of it.
struct PartyPreparation
{
    QString interests;
    QString relationship;
    QString referenceSource;
    Confidence confidence = Confidence::Unknown;

    bool isEmpty() const
    {
        return interests.trimmed().isEmpty() && relationship.trimmed().isEmpty() &&
               referenceSource.trimmed().isEmpty() && confidence == Confidence::Unknown;
    }
    friend bool operator==(const PartyPreparation &a, const PartyPreparation &b)
    {
        return a.interests == b.interests && a.relationship == b.relationship &&
               a.referenceSource == b.referenceSource && a.confidence == b.confidence;
    }
    friend bool operator!=(const PartyPreparation &a, const PartyPreparation &b) { return !(a == b); }
};

using PartyPreparations = std::array<PartyPreparation, PartyCount>;

/// @p preparations as JSON, by party key ("you", "customer", "customers_customer"), each with "interests",
/// "relationship", "reference_source" and "confidence" (a key, or null when not said); a party with nothing said is
/// left out. Exports and drafts write it.
QJsonObject preparationJson(const PartyPreparations &preparations);
/// Reads what preparationJson() wrote into @p preparations; false when a confidence is not a key (others are text).
bool readPreparationJson(const QJsonObject &json, PartyPreparations *preparations);

/// The interests of @p preparation, one per non-empty line, trimmed.
QStringList interestList(const PartyPreparation &preparation);

/// "Best alternative based on: the quote from Nordline (confidence: high)" for @p party's reference point; empty when
/// nothing is said.
QString referenceSourceText(Party party, const PartyPreparation &preparation);

/// What was prepared about @p party in one plain sentence for a reader (the manager's view of a deal): "Interests:
/// uptime; a fixed price. Relationship: …. Walk-away point based on: … (confidence: high)." Empty when nothing is said.
QString preparationSummary(Party party, const PartyPreparation &preparation);

} // namespace Triplewin::Core
