#pragma once

#include "classification.h"
#include "concession.h"
#include "dealoption.h"
#include "partypreparation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Triplewin::Core {

enum class DealStatus
{
    Preparing,
    Negotiating,
    Closed,
    WalkedAway,
};

/// The stable text stored in the database for a status ("preparing", ...). Never translated.
QString statusKey(DealStatus status);
/// Parses a stored status key; std::nullopt for anything unknown.
std::optional<DealStatus> statusFromKey(const QString &key);
/// The status as shown to users (translated).
QString statusName(DealStatus status);

/// How a deal ended, a closing (struck on an option) or a walk-away, frozen at that moment: later edits to the
/// estimates never rewrite it.
struct DealEnding
{
    QDateTime at;        ///< UTC
    QString by;          ///< who closed it or walked away
    qint64 optionId = 0; ///< the agreed option; 0 for a walk-away
    QString optionName;  ///< the agreed option's name at the closing; empty for a walk-away
    std::array<Result, PartyCount> results{Result::Unknown, Result::Unknown, Result::Unknown};
    Outcome outcome = Outcome::Unknown;
    bool walkedAway = false; ///< a transparent "no deal": a good outcome, never counted as lost
    QString reason;     ///< why it ended so: a standard key ("price", endingreason.h) or a user's own; may be empty
    QString reasonNote; ///< the salesperson's (or the CRM's) own words on why

    Result result(Party party) const { return results[std::size_t(partyIndex(party))]; }
    friend bool operator==(const DealEnding &a, const DealEnding &b)
    {
        return a.at == b.at && a.by == b.by && a.optionId == b.optionId && a.optionName == b.optionName &&
               a.results == b.results && a.outcome == b.outcome && a.walkedAway == b.walkedAway &&
               a.reason == b.reason && a.reasonNote == b.reasonNote;
    }
};

/// One step in a deal's history.
struct DealEvent
{
    enum class Kind
    {
        Closed,
        WalkedAway,
        Reopened,
    };
    Kind kind = Kind::Closed;
    QDateTime at; ///< UTC
    QString by;
    QString detail; ///< the agreed option and its outcome, for Closed (and why, where the closing gate asked)
};

/// How a history step's kind is stored and exported: "closed", "walked_away", "reopened".
QString dealEventKey(DealEvent::Kind kind);
/// The kind stored as @p key; an unknown key reads as Closed.
DealEvent::Kind dealEventKindFromKey(const QString &key);

/// A pending or closed sale to one customer, owned by one salesperson.
struct Deal
{
    qint64 id = 0;       ///< 0 until first saved
    QString uuid;        ///< stable across databases (merging); assigned on first save
    qint64 revision = 0; ///< bumped by every save; a save based on an older revision is refused
    QString title;
    QString customer;
    QString customersCustomer; ///< who the customer serves
    QString salesperson;
    QString currency = QStringLiteral("EUR");
    QDate expectedClose;
    DealStatus status = DealStatus::Preparing;
    QString notes;
    /// What was prepared about each party, in Party order (interests, relationship, the reference point's basis).
    PartyPreparations preparation;
    /// The concessions given and received during the negotiation, in the order recorded (concession.h).
    ConcessionLedger concessions;
    QList<DealOption> options;
    QDateTime createdAt; ///< UTC, set by storage
    QDateTime updatedAt; ///< UTC, set by storage
    /// How the deal ended, a closing or a walk-away: set when status is Closed or WalkedAway; changed only by
    /// closing, walking away and reopening.
    std::optional<DealEnding> ending;

    /// The content a user edits, without the bookkeeping fields set by storage.
    bool sameContentAs(const Deal &other) const;
};

/// A new, unsaved deal with @p deal's content and @p title: no ids, uuid, revision or closing, so saving it adds
/// a deal and leaves the original alone ("save as a copy").
Deal copyOf(const Deal &deal, const QString &title);

/// How names (salesperson, customer) are compared, the way people mean them: spaces trimmed and collapsed, Unicode
/// normalised (NFC) and case folded, so "MÜLLER GMBH " is "Müller GmbH". Stored beside each name (schema v10:
/// salesperson_key, customer_key) and used wherever a name is matched or grouped.
QString nameKey(const QString &name);

/// Why a deal cannot be saved as it is, in plain words; empty when it can. The title is required and the
/// currency must be a three-letter code.
QString validationError(const Deal &deal);

} // namespace Triplewin::Core
