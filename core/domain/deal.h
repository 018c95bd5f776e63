#pragma once

#include "dealoption.h"

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
    QList<DealOption> options;
    QDateTime createdAt; ///< UTC, set by storage
    QDateTime updatedAt; ///< UTC, set by storage

    /// The content a user edits, without the bookkeeping fields set by storage.
    bool sameContentAs(const Deal &other) const;
};

/// Why a deal cannot be saved as it is, in plain words; empty when it can. The title is required and the
/// currency must be a three-letter code.
QString validationError(const Deal &deal);

} // namespace Triplewin::Core
