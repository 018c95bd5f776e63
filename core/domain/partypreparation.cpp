#include "partypreparation.h"

#include <QCoreApplication>

namespace Triplewin::Core {

QString confidenceKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Unknown:
        return {};
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<Confidence> confidenceFromKey(const QString &key)
{
    for (int i = 0; i < ConfidenceCount; ++i) {
        if (confidenceKey(Confidence(i)) == key)
            return Confidence(i);
    }
    return std::nullopt;
}

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Unknown:
        return QCoreApplication::translate("Triplewin::Core::PartyPreparation", "Not said");
    case Confidence::Low:
        return QCoreApplication::translate("Triplewin::Core::PartyPreparation", "Low");
    case Confidence::Medium:
        return QCoreApplication::translate("Triplewin::Core::PartyPreparation", "Medium");
    case Confidence::High:
        return QCoreApplication::translate("Triplewin::Core::PartyPreparation", "High");
    }
    return {};
}

namespace {
const QString PartyJsonKeys[] = {QStringLiteral("you"), QStringLiteral("customer"),
                                 QStringLiteral("customers_customer")};
} // namespace

QJsonObject preparationJson(const PartyPreparations &preparations)
{
    QJsonObject json;
    for (int party = 0; party < PartyCount; ++party) {
        const PartyPreparation &prepared = preparations[std::size_t(party)];
        if (prepared.isEmpty())
            continue;
        json.insert(PartyJsonKeys[party],
                    QJsonObject{
                        {QStringLiteral("interests"), prepared.interests},
                        {QStringLiteral("relationship"), prepared.relationship},
                        {QStringLiteral("reference_source"), prepared.referenceSource},
                        {QStringLiteral("confidence"), prepared.confidence == Confidence::Unknown
                                                           ? QJsonValue()
                                                           : QJsonValue(confidenceKey(prepared.confidence))},
                    });
    }
    return json;
}

bool readPreparationJson(const QJsonObject &json, PartyPreparations *preparations)
{
    for (int party = 0; party < PartyCount; ++party) {
        const QJsonObject prepared = json.value(PartyJsonKeys[party]).toObject();
        PartyPreparation &out = (*preparations)[std::size_t(party)];
        out.interests = prepared.value(QStringLiteral("interests")).toString();
        out.relationship = prepared.value(QStringLiteral("relationship")).toString();
        out.referenceSource = prepared.value(QStringLiteral("reference_source")).toString();
        const std::optional<Confidence> confidence =
            confidenceFromKey(prepared.value(QStringLiteral("confidence")).toString());
        if (!confidence)
            return false;
        out.confidence = *confidence;
    }
    return true;
}

QStringList interestList(const PartyPreparation &preparation)
{
    QStringList interests;
    for (const QString &line : preparation.interests.split(u'\n')) {
        if (const QString interest = line.trimmed(); !interest.isEmpty())
            interests << interest;
    }
    return interests;
}

QString referenceSourceText(Party party, const PartyPreparation &preparation)
{
    const QString source = preparation.referenceSource.trimmed();
    if (source.isEmpty() && preparation.confidence == Confidence::Unknown)
        return {};
    const QString based = source.isEmpty()
                              ? QCoreApplication::translate("Triplewin::Core::PartyPreparation", "%1: basis not said")
                                    .arg(referencePointName(party))
                              : QCoreApplication::translate("Triplewin::Core::PartyPreparation", "%1 based on: %2")
                                    .arg(referencePointName(party), source);
    QString text = preparation.confidence == Confidence::Unknown
                       ? based
                       : QCoreApplication::translate("Triplewin::Core::PartyPreparation", "%1 (confidence: %2)")
                             .arg(based, confidenceName(preparation.confidence).toLower());
    text[0] = text.at(0).toUpper(); // it starts with the reference point's name: "Best alternative based on: …"
    return text;
}

QString preparationSummary(Party party, const PartyPreparation &preparation)
{
    QStringList parts;
    if (const QStringList interests = interestList(preparation); !interests.isEmpty())
        parts << QCoreApplication::translate("Triplewin::Core::PartyPreparation", "Interests: %1.")
                     .arg(interests.join(QStringLiteral("; ")));
    if (const QString relationship = preparation.relationship.simplified(); !relationship.isEmpty())
        parts << QCoreApplication::translate("Triplewin::Core::PartyPreparation", "Relationship: %1")
                     .arg(relationship.endsWith(u'.') ? relationship : relationship + u'.');
    if (const QString source = referenceSourceText(party, preparation); !source.isEmpty())
        parts << source + u'.';
    return parts.join(u' ');
}

} // namespace Triplewin::Core
