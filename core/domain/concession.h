#pragma once

#include "amount.h"
#include "party.h"

#include <array>
#include <optional>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QLocale>
#include <QString>

namespace Triplewin::Core {

/// One concession recorded during a negotiation (issue 16, the concession ledger): what was conceded, by which
/// party, when, what it is worth to each party where known, and what it was traded for. A concession by you is one
/// given; one by your customer (or their customer) is one received.
struct Concession
{
    QDate date;
    Party by = Party::You;
    QString what;
    /// What the concession is worth to each party, in Party order, in minor units of the deal's currency (a cost is
    /// negative); empty where not known.
    std::array<std::optional<Money>, PartyCount> value{};
    /// What was received in return; empty when nothing (yet).
    QString tradedFor;

    std::optional<Money> valueTo(Party party) const { return value[std::size_t(partyIndex(party))]; }

    friend bool operator==(const Concession &a, const Concession &b)
    {
        return a.date == b.date && a.by == b.by && a.what == b.what && a.value == b.value && a.tradedFor == b.tradedFor;
    }
    friend bool operator!=(const Concession &a, const Concession &b) { return !(a == b); }
};

/// A deal's concessions in the order they were recorded.
using ConcessionLedger = QList<Concession>;

/// The one definition of an unreciprocated concession: given by you with nothing received for it (nothing in
/// "traded for"). The deal flags these, the brief lists them as open, and the habit counts them across ended deals.
bool isUnreciprocated(const Concession &concession);
/// How many concessions of @p ledger are unreciprocated.
int unreciprocatedCount(const ConcessionLedger &ledger);

/// The stable key of a party in files and JSON: "you", "customer", "customers_customer". Never translated.
QString concessionPartyKey(Party party);

/// @p ledger as JSON: an array of objects {"date": "2026-11-12" or null, "by": a party key, "what", "value_cents":
/// {party key: amount or null}, "traded_for"}. Stored in a deal's concessions column, drafted and exported.
QJsonArray concessionsJson(const ConcessionLedger &ledger);
/// Reads what concessionsJson() wrote; on a problem returns false and sets @p error to where and what, in plain words
/// ("concession 2: the date “12/11” is not a date (YYYY-MM-DD)"). Unknown fields are ignored.
bool readConcessionsJson(const QJsonArray &json, ConcessionLedger *ledger, QString *error);

/// The ledger as compact JSON text for a database column or a CSV cell; empty for an empty ledger (NULL, nothing).
QString concessionsText(const ConcessionLedger &ledger);
/// Parses concessionsText(): an empty text is an empty ledger; broken JSON or content sets @p error.
std::optional<ConcessionLedger> concessionsFromText(const QString &text, QString *error);

/// One concession in a sentence for a reader (the manager's view, the brief): "12/11/26, You gave: free installation
/// (worth You: -2,000 EUR; Your customer: 3,000 EUR); traded for: a three-year term.", or "…; nothing received in
/// return yet." for an unreciprocated one. @p currency names the amounts' currency.
QString concessionSentence(const Concession &concession, const QString &currency, const QLocale &locale = QLocale());

} // namespace Triplewin::Core
