#include "walkawayscript.h"

#include "../domain/amount.h"

#include <QCoreApplication>
#include <QLocale>

namespace Triplewin::Core {

namespace {

QString money(Money amount, const Deal &deal, const QLocale &locale)
{
    return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "%1 %2", "amount, currency")
        .arg(formatAmount(amount, locale), deal.currency);
}

/// One party under one option, said to the customer across the table: "we" are the seller, "you" the customer,
/// their customer by name. Never "You: gains", which the customer would hear as themselves.
QString partyLine(const Deal &deal, const DealOption &option, Party party, const QLocale &locale)
{
    const Assessment &assessment = option.assessment(party);
    const std::optional<Money> difference = surplus(assessment);
    const QString theirs = deal.customersCustomer.trimmed().isEmpty()
                               ? QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "your customers")
                               : deal.customersCustomer.trimmed();
    if (!difference) {
        switch (party) {
        case Party::You:
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                               "What it would be worth to us, we do not know yet.");
        case Party::Customer:
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                               "What it would be worth to you, we do not know yet.");
        case Party::CustomersCustomer:
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                               "What it would mean for %1, we do not know yet.")
                .arg(theirs);
        }
        return {};
    }
    const QString value = money(*assessment.value, deal, locale);
    const QString reference = money(*assessment.referencePoint, deal, locale);
    const QString gap = money(*difference < 0 ? -*difference : *difference, deal, locale);
    const Result result = classify(assessment);
    switch (party) {
    case Party::You:
        if (result == Result::Win)
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                               "For us, it brings %1 more than our walk-away point (%2 "
                                               "against %3).")
                .arg(gap, value, reference);
        if (result == Result::Lose)
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                               "For us, it falls %1 short of our walk-away point (%2 "
                                               "against %3).")
                .arg(gap, value, reference);
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                           "For us, it only just reaches our walk-away point (%1 against "
                                           "%2).")
            .arg(value, reference);
    case Party::Customer:
        if (result == Result::Win)
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                               "For you, it brings %1 more than your best alternative (%2 "
                                               "against %3).")
                .arg(gap, value, reference);
        if (result == Result::Lose)
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                               "For you, it falls %1 short of your best alternative (%2 "
                                               "against %3).")
                .arg(gap, value, reference);
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                           "For you, it is about as good as your best alternative (%1 "
                                           "against %2).")
            .arg(value, reference);
    case Party::CustomersCustomer:
        if (result == Result::Win)
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "For %1, it is %2 better than today.")
                .arg(theirs, gap);
        if (result == Result::Lose)
            return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "For %1, it is %2 worse than today.")
                .arg(theirs, gap);
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "For %1, it changes little from today.")
            .arg(theirs);
    }
    return {};
}

QString checkText(const Deal &deal, const QLocale &locale)
{
    if (deal.options.isEmpty())
        return QCoreApplication::translate(
            "Triplewin::Core::WalkAwayScript",
            "No options have been written down for this deal yet. Before walking away, say which ways of "
            "doing this deal you explored, even informally.");
    QStringList lines;
    lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "The options we explored (%1):")
                 .arg(deal.options.size());
    for (const DealOption &option : deal.options) {
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "• %1:").arg(option.name);
        for (Party party : AllParties)
            lines << QStringLiteral("    ") + partyLine(deal, option, party, locale);
    }
    bool anyUnknown = false;
    for (const DealOption &option : deal.options) {
        for (const Assessment &assessment : option.assessments)
            anyUnknown = anyUnknown || !surplus(assessment); // a value or a reference point not known
    }
    if (anyUnknown)
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                             "Some of these figures we do not know yet, and we would rather say so "
                                             "than guess.");
    return lines.join(u'\n');
}

QString transparencyText(const Deal &deal, const QLocale &locale)
{
    QStringList lines;
    // A party's reference point is only cited where it was entered. Reference points differ per option only
    // when the user typed them so: the first option with one speaks.
    const auto assessedOption = [&deal](Party party) -> const DealOption * {
        for (const DealOption &option : deal.options) {
            if (option.assessment(party).referencePoint)
                return &option;
        }
        return nullptr;
    };
    if (const DealOption *ours = assessedOption(Party::You))
        lines << QCoreApplication::translate(
                     "Triplewin::Core::WalkAwayScript",
                     "What we need: this deal has to be worth at least %1 to us; below that we would be better off "
                     "without it.")
                     .arg(money(*ours->assessment(Party::You).referencePoint, deal, locale));
    else
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                             "What we need: (not estimated yet: decide your walk-away point before "
                                             "the meeting).");
    if (const DealOption *theirs = assessedOption(Party::Customer))
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                             "What you need, as we understand it: at least %1, what your best "
                                             "alternative gives you.")
                     .arg(money(*theirs->assessment(Party::Customer).referencePoint, deal, locale));
    else
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                             "What you need: we have not understood that well enough yet. What is "
                                             "your best alternative to this deal?");
    // What each side needs beyond the figures, from what the salesperson prepared about them (their interests).
    const auto interests = [&deal](Party party) {
        return interestList(deal.preparation[std::size_t(partyIndex(party))]).join(QStringLiteral("; "));
    };
    if (const QString ours = interests(Party::You); !ours.isEmpty())
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "What matters to us beyond the "
                                                                                "figure: %1.")
                     .arg(ours);
    if (const QString yours = interests(Party::Customer); !yours.isEmpty())
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                             "What matters to you, as we understand it: %1. Have we got that right?")
                     .arg(yours);
    const QString theirs = interests(Party::CustomersCustomer);
    if (!deal.customersCustomer.isEmpty() && !theirs.isEmpty())
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "What matters for %1: %2.")
                     .arg(deal.customersCustomer, theirs);
    else if (!deal.customersCustomer.isEmpty())
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript",
                                             "What matters for %1: to be no worse off than today.")
                     .arg(deal.customersCustomer);
    else if (!theirs.isEmpty())
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "What matters for your customers: %1.")
                     .arg(theirs);
    QStringList tried;
    for (const DealOption &option : deal.options)
        tried << option.name;
    if (!tried.isEmpty())
        lines << QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "What we tried: %1.")
                     .arg(tried.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

} // namespace

QString scriptStepName(ScriptStep step)
{
    switch (step) {
    case ScriptStep::Check:
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "Check");
    case ScriptStep::Commitment:
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "Commitment");
    case ScriptStep::Transparency:
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "Transparency");
    case ScriptStep::Proposal:
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "The proposal");
    case ScriptStep::FollowUp:
        return QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "Follow-up");
    }
    return {};
}

bool hasAssessedOption(const Deal &deal)
{
    for (const DealOption &option : deal.options) {
        if (option.assessment(Party::You).value && option.assessment(Party::Customer).value)
            return true;
    }
    return false;
}

bool hasNoWinWin(const Deal &deal)
{
    for (const DealOption &option : deal.options) {
        if (isWinWin(outcomeOf(option)))
            return false;
    }
    return true;
}

WalkAwayScript generateWalkAwayScript(const Deal &deal, const FollowUp &followUp, const QLocale &locale)
{
    WalkAwayScript script;
    const auto add = [&script](ScriptStep step, const QString &text) {
        script.sections.append({step, scriptStepName(step), text});
    };
    add(ScriptStep::Check, checkText(deal, locale));
    add(ScriptStep::Commitment,
        QCoreApplication::translate(
            "Triplewin::Core::WalkAwayScript",
            "I want to be open with you. We are committed to finding an outcome that is good for you and for us — "
            "not one where one side carries the cost."));
    add(ScriptStep::Transparency, transparencyText(deal, locale));
    QString proposal;
    if (!hasAssessedOption(deal))
        proposal = QCoreApplication::translate(
            "Triplewin::Core::WalkAwayScript",
            "We have not been able to assess yet whether any option is good for both of us. Until we can, it is "
            "better for both of us not to commit to this deal. That is not the end of our relationship: the door "
            "stays open.");
    else if (hasNoWinWin(deal))
        proposal = QCoreApplication::translate(
            "Triplewin::Core::WalkAwayScript",
            "We have not found an option that is good for both of us. If no win/win can be found, it is better "
            "for both of us not to do this deal this time. That is not the end of our relationship: the door "
            "stays open.");
    else
        proposal = QCoreApplication::translate(
            "Triplewin::Core::WalkAwayScript",
            "At least one option looked good for both of us, yet we cannot agree on it. Rather than push "
            "either side into a loss, we propose not to do this deal this time. The door stays open.");
    add(ScriptStep::Proposal, proposal);
    QStringList next;
    next << (followUp.whatWouldChange.trimmed().isEmpty()
                 ? QCoreApplication::translate(
                       "Triplewin::Core::WalkAwayScript",
                       "What would need to change: (not written down yet: name what would make a deal good for "
                       "both of us possible).")
                 : QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "What would need to change: %1")
                       .arg(followUp.whatWouldChange.trimmed()));
    next << (followUp.revisitOn.isValid()
                 ? QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "Let us talk again on %1.")
                       .arg(locale.toString(followUp.revisitOn, QLocale::LongFormat))
                 : QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "When shall we talk again?"));
    add(ScriptStep::FollowUp, next.join(u'\n'));
    return script;
}

QString WalkAwayScript::toPlainText(const QString &title) const
{
    QStringList parts;
    parts << QCoreApplication::translate("Triplewin::Core::WalkAwayScript", "Transparent walk-away: %1").arg(title);
    for (qsizetype i = 0; i < sections.size(); ++i)
        parts << QStringLiteral("%1. %2\n%3").arg(i + 1).arg(sections.at(i).heading, sections.at(i).text);
    return parts.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace Triplewin::Core
