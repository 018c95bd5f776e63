#include "concession.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace Triplewin::Core {

namespace {

struct ConcessionText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Core::Concession)
};

const QString DateKey = QStringLiteral("date");
const QString ByKey = QStringLiteral("by");
const QString WhatKey = QStringLiteral("what");
const QString ValueKey = QStringLiteral("value_cents");
const QString TradedForKey = QStringLiteral("traded_for");

std::optional<Party> partyFromKey(const QString &key)
{
    for (Party party : AllParties) {
        if (concessionPartyKey(party) == key)
            return party;
    }
    return std::nullopt;
}

} // namespace

bool isUnreciprocated(const Concession &concession)
{
    return concession.by == Party::You && concession.tradedFor.trimmed().isEmpty();
}

int unreciprocatedCount(const ConcessionLedger &ledger)
{
    return int(std::count_if(ledger.cbegin(), ledger.cend(), isUnreciprocated));
}

QString concessionPartyKey(Party party)
{
    switch (party) {
    case Party::You:
        return QStringLiteral("you");
    case Party::Customer:
        return QStringLiteral("customer");
    case Party::CustomersCustomer:
        return QStringLiteral("customers_customer");
    }
    return {};
}

QJsonArray concessionsJson(const ConcessionLedger &ledger)
{
    QJsonArray json;
    for (const Concession &concession : ledger) {
        QJsonObject values;
        for (Party party : AllParties) {
            const std::optional<Money> value = concession.valueTo(party);
            values.insert(concessionPartyKey(party), value ? QJsonValue(double(*value)) : QJsonValue());
        }
        json.append(QJsonObject{
            {DateKey, concession.date.isValid() ? QJsonValue(concession.date.toString(Qt::ISODate)) : QJsonValue()},
            {ByKey, concessionPartyKey(concession.by)},
            {WhatKey, concession.what},
            {ValueKey, values},
            {TradedForKey, concession.tradedFor},
        });
    }
    return json;
}

bool readConcessionsJson(const QJsonArray &json, ConcessionLedger *ledger, QString *error)
{
    ConcessionLedger read;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString where = ConcessionText::tr("concession %1").arg(i + 1);
        const auto fail = [&](const QString &problem) {
            *error = QStringLiteral("%1: %2").arg(where, problem);
            return false;
        };
        if (!json.at(i).isObject())
            return fail(ConcessionText::tr("not an object with date, by, what, value_cents and traded_for"));
        const QJsonObject object = json.at(i).toObject();
        Concession concession;
        const QJsonValue date = object.value(DateKey);
        if (!date.isNull() && !date.isUndefined()) {
            concession.date = QDate::fromString(date.toString(), Qt::ISODate);
            // Exactly YYYY-MM-DD: Qt also reads "2026/11/03" and trailing text as ISO.
            if (!concession.date.isValid() || concession.date.toString(Qt::ISODate) != date.toString())
                return fail(
                    ConcessionText::tr("the date “%1” is not a date (YYYY-MM-DD)").arg(date.toVariant().toString()));
        }
        const std::optional<Party> by = partyFromKey(object.value(ByKey).toString());
        if (!by)
            return fail(ConcessionText::tr("“by” is “%1”, not one of you, customer or customers_customer")
                            .arg(object.value(ByKey).toVariant().toString()));
        concession.by = *by;
        const QJsonValue what = object.value(WhatKey);
        concession.what = what.toString();
        if (!what.isString() || concession.what.trimmed().isEmpty())
            return fail(ConcessionText::tr("it does not say what was conceded (“what”)"));
        const QJsonValue tradedFor = object.value(TradedForKey);
        if (!tradedFor.isUndefined() && !tradedFor.isNull() && !tradedFor.isString())
            return fail(ConcessionText::tr("“traded_for” is not text"));
        concession.tradedFor = tradedFor.toString();
        const QJsonValue values = object.value(ValueKey);
        if (!values.isUndefined() && !values.isNull() && !values.isObject())
            return fail(ConcessionText::tr("“value_cents” is not an object with an amount per party"));
        for (Party party : AllParties) {
            const QJsonValue value = values.toObject().value(concessionPartyKey(party));
            if (value.isUndefined() || value.isNull())
                continue;
            const double cents = value.toDouble(std::nan(""));
            if (!value.isDouble() || std::isnan(cents) || cents != std::floor(cents) ||
                std::abs(cents) > double(MaxAmount))
                return fail(ConcessionText::tr("the value to %1 is not a whole number of cents within a trillion")
                                .arg(concessionPartyKey(party)));
            concession.value[std::size_t(partyIndex(party))] = Money(cents);
        }
        read << concession;
    }
    *ledger = read;
    return true;
}

QString concessionsText(const ConcessionLedger &ledger)
{
    if (ledger.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(concessionsJson(ledger)).toJson(QJsonDocument::Compact));
}

std::optional<ConcessionLedger> concessionsFromText(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return ConcessionLedger();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ConcessionText::tr("the concessions are not JSON (%1 at character %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isArray()) {
        *error = ConcessionText::tr("the concessions are not a JSON array");
        return std::nullopt;
    }
    ConcessionLedger ledger;
    if (!readConcessionsJson(document.array(), &ledger, error))
        return std::nullopt;
    return ledger;
}

QString concessionSentence(const Concession &concession, const QString &currency, const QLocale &locale)
{
    QStringList values;
    for (Party party : AllParties) {
        if (const std::optional<Money> value = concession.valueTo(party))
            values << ConcessionText::tr("%1: %2 %3").arg(partyName(party), formatAmount(*value, locale), currency);
    }
    const QString what =
        values.isEmpty() ? concession.what
                         : ConcessionText::tr("%1 (worth %2)").arg(concession.what, values.join(QStringLiteral("; ")));
    QString who;
    switch (concession.by) {
    case Party::You:
        who = ConcessionText::tr("You gave: %1").arg(what);
        break;
    case Party::Customer:
        who = ConcessionText::tr("Your customer gave: %1").arg(what);
        break;
    case Party::CustomersCustomer:
        who = ConcessionText::tr("Their customer gave: %1").arg(what);
        break;
    }
    const QString traded =
        concession.tradedFor.trimmed().isEmpty()
            ? (concession.by == Party::You ? ConcessionText::tr("nothing received in return yet") : QString())
            : ConcessionText::tr("traded for: %1").arg(concession.tradedFor.trimmed());
    QString sentence =
        concession.date.isValid()
            ? ConcessionText::tr("%1, %2").arg(locale.toString(concession.date, QLocale::ShortFormat), who)
            : who;
    if (!traded.isEmpty())
        sentence = ConcessionText::tr("%1; %2").arg(sentence, traded);
    return sentence + u'.';
}

} // namespace Triplewin::Core
