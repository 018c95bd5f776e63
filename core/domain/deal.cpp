#include "deal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Triplewin::Core {

QString statusKey(DealStatus status)
{
    switch (status) {
    case DealStatus::Preparing:
        return QStringLiteral("preparing");
    case DealStatus::Negotiating:
        return QStringLiteral("negotiating");
    case DealStatus::Closed:
        return QStringLiteral("closed");
    case DealStatus::WalkedAway:
        return QStringLiteral("walked_away");
    }
    return {};
}

std::optional<DealStatus> statusFromKey(const QString &key)
{
    for (DealStatus status :
         {DealStatus::Preparing, DealStatus::Negotiating, DealStatus::Closed, DealStatus::WalkedAway}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString statusName(DealStatus status)
{
    switch (status) {
    case DealStatus::Preparing:
        return QCoreApplication::translate("Triplewin::Core::Deal", "Preparing");
    case DealStatus::Negotiating:
        return QCoreApplication::translate("Triplewin::Core::Deal", "Negotiating");
    case DealStatus::Closed:
        return QCoreApplication::translate("Triplewin::Core::Deal", "Closed");
    case DealStatus::WalkedAway:
        return QCoreApplication::translate("Triplewin::Core::Deal", "Walked away");
    }
    return {};
}

bool Deal::sameContentAs(const Deal &other) const
{
    return title == other.title && customer == other.customer && customersCustomer == other.customersCustomer &&
           salesperson == other.salesperson && currency == other.currency && expectedClose == other.expectedClose &&
           status == other.status && notes == other.notes && preparation == other.preparation &&
           concessions == other.concessions && options == other.options;
}

Deal copyOf(const Deal &deal, const QString &title)
{
    Deal copy;
    copy.title = title;
    copy.customer = deal.customer;
    copy.customersCustomer = deal.customersCustomer;
    copy.preparation = deal.preparation;
    copy.concessions = deal.concessions;
    copy.salesperson = deal.salesperson;
    copy.currency = deal.currency;
    copy.expectedClose = deal.expectedClose;
    copy.status = deal.ending ? DealStatus::Negotiating : deal.status;
    copy.notes = deal.notes;
    copy.options = deal.options;
    for (DealOption &option : copy.options)
        option.id = 0;
    return copy;
}

QString nameKey(const QString &name)
{
    const QString key = name.simplified().normalized(QString::NormalizationForm_C).toCaseFolded();
    return key.isNull() ? QStringLiteral("") : key; // never NULL: Qt SQL binds a null QString as NULL
}

QString validationError(const Deal &deal)
{
    if (deal.title.trimmed().isEmpty())
        return QCoreApplication::translate("Triplewin::Core::Deal", "Give the deal a title before saving it.");
    if (deal.title.contains(QChar(0)))
        return QCoreApplication::translate("Triplewin::Core::Deal",
                                           "The title holds a NUL character (a zero byte), which is not text.");
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(deal.currency).hasMatch())
        return QCoreApplication::translate("Triplewin::Core::Deal",
                                           "The currency must be a three-letter code such as EUR or USD, not “%1”.")
            .arg(deal.currency);
    for (qsizetype i = 0; i < deal.options.size(); ++i) {
        if (deal.options.at(i).name.trimmed().isEmpty())
            return QCoreApplication::translate("Triplewin::Core::Deal", "Option %1 needs a name.").arg(i + 1);
    }
    return {};
}

QString dealEventKey(DealEvent::Kind kind)
{
    switch (kind) {
    case DealEvent::Kind::Closed:
        return QStringLiteral("closed");
    case DealEvent::Kind::WalkedAway:
        return QStringLiteral("walked_away");
    case DealEvent::Kind::Reopened:
        return QStringLiteral("reopened");
    }
    return {};
}

DealEvent::Kind dealEventKindFromKey(const QString &key)
{
    for (DealEvent::Kind kind : {DealEvent::Kind::WalkedAway, DealEvent::Kind::Reopened})
        if (key == dealEventKey(kind))
            return kind;
    return DealEvent::Kind::Closed;
}

} // namespace Triplewin::Core
