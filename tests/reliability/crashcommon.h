#pragma once

// Shared by the crash writer and the crash-safety test: the deterministic deals the writer saves and the
// fingerprint both sides compute from a deal's content.

#include "domain/deal.h"

#include <QCryptographicHash>
#include <QString>

namespace Triplewin::Core::CrashTest {

/// The content the writer gives a deal at step @p step of run @p run (new deals and later edits alike).
inline Deal dealFor(int run, int step)
{
    Deal deal;
    deal.title = QStringLiteral("Run %1 step %2").arg(run).arg(step);
    deal.customer = QStringLiteral("Customer %1").arg(step % 17);
    deal.customersCustomer = QStringLiteral("End client %1").arg(step % 5);
    deal.salesperson = QStringLiteral("Writer %1").arg(run % 3);
    deal.notes = QString(step % 40, u'n');
    for (int i = 0; i <= step % 4; ++i) {
        DealOption option;
        option.name = QStringLiteral("Option %1.%2").arg(step).arg(i);
        for (Party party : AllParties) {
            Assessment &assessment = option.assessment(party);
            assessment.value = Money((step * 7919 + i * 104729 + partyIndex(party) * 15485863) % 5'000'000);
            assessment.referencePoint = Money(1'000'000 + partyIndex(party) * 1000);
            assessment.reason = QStringLiteral("reason %1").arg(step + i);
        }
        deal.options.append(option);
    }
    return deal;
}

/// A hash of what a user edits in @p deal (not ids, revisions or timestamps).
inline QString fingerprint(const Deal &deal)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(deal.title);
    add(deal.customer);
    add(deal.customersCustomer);
    add(deal.salesperson);
    add(deal.notes);
    for (const DealOption &option : deal.options) {
        add(option.name);
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            add(assessment.value ? QString::number(*assessment.value) : QStringLiteral("-"));
            add(assessment.referencePoint ? QString::number(*assessment.referencePoint) : QStringLiteral("-"));
            add(assessment.reason);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Triplewin::Core::CrashTest
