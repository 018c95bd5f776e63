#include "party.h"

#include <QCoreApplication>

namespace Triplewin::Core {

QString partyName(Party party)
{
    switch (party) {
    case Party::You:
        return QCoreApplication::translate("Triplewin::Core::Party", "You");
    case Party::Customer:
        return QCoreApplication::translate("Triplewin::Core::Party", "Your customer");
    case Party::CustomersCustomer:
        return QCoreApplication::translate("Triplewin::Core::Party", "Their customer");
    }
    return {};
}

QString referencePointName(Party party)
{
    switch (party) {
    case Party::You:
        return QCoreApplication::translate("Triplewin::Core::Party", "walk-away point");
    case Party::Customer:
        return QCoreApplication::translate("Triplewin::Core::Party", "best alternative");
    case Party::CustomersCustomer:
        return QCoreApplication::translate("Triplewin::Core::Party", "status quo");
    }
    return {};
}

} // namespace Triplewin::Core
