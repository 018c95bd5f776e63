#include "scenariopack.h"

#include "../coaching/habits.h"
#include "../io/inputfile.h"

#include <cmath>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Triplewin::Core {

namespace {

/// The file's translation context, the same for lupdate as for the app: a file-local PackText::tr() function would be
/// filed by lupdate under its namespace or class, and never found at run time.
struct PackText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Core::ScenarioPack)
};

/// JSON keys of the three parties' assessments and role cards, in Party order.
const QString PartyJsonKeys[] = {QStringLiteral("you"), QStringLiteral("customer"),
                                 QStringLiteral("customersCustomer")};
const QString RoleJsonKeys[] = {QStringLiteral("seller"), QStringLiteral("customer"),
                                QStringLiteral("customersCustomer")};
constexpr int MaxOptions = 6;
constexpr int MaxHistory = 10;

/// Reads one pack, keeping the JSON path of what it is looking at for error messages. The first error stops it.
class PackParser
{
public:
    explicit PackParser(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    std::optional<ScenarioPack> read(const QJsonObject &root);
    ScenarioPackError error() const { return m_error; }

private:
    bool fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = ScenarioPackError{m_fileName, path.isEmpty() ? PackText::tr("top level") : path, problem};
        return false;
    }
    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString &path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }

    bool knownKeys(const QJsonObject &object, const QString &path, const QStringList &keys);
    bool preparation(const QJsonObject &parent, const QString &path, PartyPreparations *out);
    bool concessions(const QJsonObject &parent, const QString &path, ConcessionLedger *out);
    bool object(const QJsonObject &parent, const QString &key, const QString &path, QJsonObject *out);
    bool array(const QJsonObject &parent, const QString &key, const QString &path, bool required, QJsonArray *out);
    bool text(const QJsonObject &parent, const QString &key, const QString &path, bool required, QString *out);
    bool boolean(const QJsonObject &parent, const QString &key, const QString &path, bool *out);
    bool amount(const QJsonValue &value, const QString &path, bool nullable, std::optional<Money> *out);
    bool assessment(const QJsonObject &parent, const QString &key, const QString &path, Assessment *out);
    bool deal(const QJsonObject &json, const QString &path, bool ended, Deal *out,
              QList<std::optional<Outcome>> *expected);
    bool scenario(const QJsonObject &json, const QString &path, Scenario *out);

    QString m_fileName;
    ScenarioPackError m_error;
};

bool PackParser::knownKeys(const QJsonObject &object, const QString &path, const QStringList &keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return fail(join(path, it.key()),
                        PackText::tr("unknown field (expected one of: %1)").arg(keys.join(u", ")));
    }
    return true;
}

bool PackParser::object(const QJsonObject &parent, const QString &key, const QString &path, QJsonObject *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fail(join(path, key), PackText::tr("missing (an object is required)"));
    if (!value.isObject())
        return fail(join(path, key), PackText::tr("must be an object"));
    *out = value.toObject();
    return true;
}

bool PackParser::array(const QJsonObject &parent, const QString &key, const QString &path, bool required,
                       QJsonArray *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        if (required)
            return fail(join(path, key), PackText::tr("missing (a list is required)"));
        *out = {};
        return true;
    }
    if (!value.isArray())
        return fail(join(path, key), PackText::tr("must be a list"));
    *out = value.toArray();
    return true;
}

bool PackParser::text(const QJsonObject &parent, const QString &key, const QString &path, bool required, QString *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        if (required)
            return fail(join(path, key), PackText::tr("missing (text is required)"));
        *out = QString();
        return true;
    }
    if (!value.isString())
        return fail(join(path, key), PackText::tr("must be text"));
    *out = value.toString();
    if (required && out->trimmed().isEmpty())
        return fail(join(path, key), PackText::tr("must not be empty"));
    return true;
}

bool PackParser::boolean(const QJsonObject &parent, const QString &key, const QString &path, bool *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined()) {
        *out = false;
        return true;
    }
    if (!value.isBool())
        return fail(join(path, key), PackText::tr("must be true or false"));
    *out = value.toBool();
    return true;
}

bool PackParser::amount(const QJsonValue &value, const QString &path, bool nullable, std::optional<Money> *out)
{
    if (value.isNull() && nullable) {
        out->reset();
        return true;
    }
    if (value.isUndefined())
        return fail(path, PackText::tr("missing (an amount is required)"));
    if (!value.isDouble())
        return fail(path, nullable ? PackText::tr("must be an amount such as 1200.50, or null when not assessed")
                                   : PackText::tr("must be an amount such as 1200.50"));
    const double units = value.toDouble();
    if (!std::isfinite(units) || std::abs(units) > double(MaxWholeAmount))
        return fail(path, PackText::tr("%1 is out of range").arg(QString::number(units, 'g', 15)));
    const double cents = units * 100.0;
    const Money rounded = qRound64(cents);
    // A few units in the last place allow for binary fractions (1200.1 is not exact); half a cent is refused
    // at every size a pack may hold.
    const double ulp = std::nextafter(std::abs(cents), HUGE_VAL) - std::abs(cents);
    if (std::abs(cents - double(rounded)) > 8 * ulp)
        return fail(path, PackText::tr("%1 has more than two decimals").arg(QString::number(units, 'g', 15)));
    *out = rounded;
    return true;
}

bool PackParser::assessment(const QJsonObject &parent, const QString &key, const QString &path, Assessment *out)
{
    QJsonObject json;
    const QString here = join(path, key);
    if (!object(parent, key, path, &json) ||
        !knownKeys(json, here, {QStringLiteral("value"), QStringLiteral("reference"), QStringLiteral("reason")}))
        return false;
    if (!amount(json.value(QStringLiteral("value")), join(here, QStringLiteral("value")), true, &out->value) ||
        !amount(json.value(QStringLiteral("reference")), join(here, QStringLiteral("reference")), true,
                &out->referencePoint) ||
        !text(json, QStringLiteral("reason"), here, false, &out->reason))
        return false;
    return true;
}

/// The optional "preparation" of a deal: per party key, its interests, relationship, referenceSource (strings) and
/// confidence ("low", "medium", "high").
bool PackParser::preparation(const QJsonObject &parent, const QString &path, PartyPreparations *out)
{
    if (!parent.contains(QStringLiteral("preparation")))
        return true;
    QJsonObject json;
    const QString here = join(path, QStringLiteral("preparation"));
    if (!object(parent, QStringLiteral("preparation"), path, &json) ||
        !knownKeys(json, here, {PartyJsonKeys[0], PartyJsonKeys[1], PartyJsonKeys[2]}))
        return false;
    for (int party = 0; party < PartyCount; ++party) {
        if (!json.contains(PartyJsonKeys[party]))
            continue;
        QJsonObject prepared;
        const QString partyPath = join(here, PartyJsonKeys[party]);
        PartyPreparation &into = (*out)[std::size_t(party)];
        QString confidence;
        if (!object(json, PartyJsonKeys[party], here, &prepared) ||
            !knownKeys(prepared, partyPath,
                       {QStringLiteral("interests"), QStringLiteral("relationship"), QStringLiteral("referenceSource"),
                        QStringLiteral("confidence")}) ||
            !text(prepared, QStringLiteral("interests"), partyPath, false, &into.interests) ||
            !text(prepared, QStringLiteral("relationship"), partyPath, false, &into.relationship) ||
            !text(prepared, QStringLiteral("referenceSource"), partyPath, false, &into.referenceSource) ||
            !text(prepared, QStringLiteral("confidence"), partyPath, false, &confidence))
            return false;
        const std::optional<Confidence> parsed = confidenceFromKey(confidence);
        if (!parsed)
            return fail(join(partyPath, QStringLiteral("confidence")),
                        PackText::tr("must be “low”, “medium” or “high”, not “%1”").arg(confidence));
        into.confidence = *parsed;
    }
    return true;
}

/// The optional "concessions" of a deal, a list of {date (YYYY-MM-DD), by (a party key), what, value (an amount or
/// null per party key), tradedFor}; what and by are required.
bool PackParser::concessions(const QJsonObject &parent, const QString &path, ConcessionLedger *out)
{
    QJsonArray json;
    if (!array(parent, QStringLiteral("concessions"), path, false, &json))
        return false;
    const QString listPath = join(path, QStringLiteral("concessions"));
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString here = at(listPath, i);
        if (!json.at(i).isObject())
            return fail(here, PackText::tr("must be an object"));
        const QJsonObject item = json.at(i).toObject();
        Concession concession;
        QString date;
        QString by;
        if (!knownKeys(item, here,
                       {QStringLiteral("date"), QStringLiteral("by"), QStringLiteral("what"), QStringLiteral("value"),
                        QStringLiteral("tradedFor")}) ||
            !text(item, QStringLiteral("date"), here, false, &date) ||
            !text(item, QStringLiteral("by"), here, true, &by) ||
            !text(item, QStringLiteral("what"), here, true, &concession.what) ||
            !text(item, QStringLiteral("tradedFor"), here, false, &concession.tradedFor))
            return false;
        if (!date.isEmpty()) {
            concession.date = QDate::fromString(date, Qt::ISODate);
            if (!concession.date.isValid() || concession.date.toString(Qt::ISODate) != date)
                return fail(join(here, QStringLiteral("date")),
                            PackText::tr("“%1” is not a date (YYYY-MM-DD)").arg(date));
        }
        const auto party = std::find(std::begin(PartyJsonKeys), std::end(PartyJsonKeys), by);
        if (party == std::end(PartyJsonKeys))
            return fail(join(here, QStringLiteral("by")),
                        PackText::tr("must be “you”, “customer” or “customersCustomer”, not “%1”").arg(by));
        concession.by = Party(party - std::begin(PartyJsonKeys));
        if (item.contains(QStringLiteral("value"))) {
            QJsonObject values;
            const QString valuePath = join(here, QStringLiteral("value"));
            if (!object(item, QStringLiteral("value"), here, &values) ||
                !knownKeys(values, valuePath, {PartyJsonKeys[0], PartyJsonKeys[1], PartyJsonKeys[2]}))
                return false;
            for (int p = 0; p < PartyCount; ++p) {
                if (values.contains(PartyJsonKeys[p]) &&
                    !amount(values.value(PartyJsonKeys[p]), join(valuePath, PartyJsonKeys[p]), true,
                            &concession.value[std::size_t(p)]))
                    return false;
            }
        }
        *out << concession;
    }
    return true;
}

bool PackParser::deal(const QJsonObject &json, const QString &path, bool ended, Deal *out,
                      QList<std::optional<Outcome>> *expected)
{
    QStringList keys{QStringLiteral("title"),       QStringLiteral("customer"),    QStringLiteral("customersCustomer"),
                     QStringLiteral("salesperson"), QStringLiteral("currency"),    QStringLiteral("notes"),
                     QStringLiteral("preparation"), QStringLiteral("concessions"), QStringLiteral("options")};
    if (ended)
        keys << QStringLiteral("endedAt") << QStringLiteral("agreed") << QStringLiteral("walkedAway");
    if (!knownKeys(json, path, keys) || !text(json, QStringLiteral("title"), path, true, &out->title) ||
        !text(json, QStringLiteral("customer"), path, false, &out->customer) ||
        !text(json, QStringLiteral("customersCustomer"), path, false, &out->customersCustomer) ||
        !text(json, QStringLiteral("salesperson"), path, false, &out->salesperson) ||
        !text(json, QStringLiteral("notes"), path, false, &out->notes) || !preparation(json, path, &out->preparation) ||
        !concessions(json, path, &out->concessions))
        return false;
    if (json.contains(QStringLiteral("currency"))) {
        if (!text(json, QStringLiteral("currency"), path, true, &out->currency))
            return false;
    }
    out->status = DealStatus::Negotiating;
    if (const QString invalid = validationError(*out); !invalid.isEmpty())
        return fail(join(path, QStringLiteral("currency")), invalid);

    QJsonArray options;
    const QString optionsPath = join(path, QStringLiteral("options"));
    if (!array(json, QStringLiteral("options"), path, true, &options))
        return false;
    if (options.isEmpty() || options.size() > MaxOptions)
        return fail(optionsPath, PackText::tr("must list 1 to %1 options, not %2").arg(MaxOptions).arg(options.size()));
    QSet<QString> names;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString here = at(optionsPath, i);
        if (!options.at(i).isObject())
            return fail(here, PackText::tr("must be an object"));
        const QJsonObject option = options.at(i).toObject();
        QStringList optionKeys{QStringLiteral("name"),
                               QStringLiteral("you"),
                               QStringLiteral("customer"),
                               QStringLiteral("customersCustomer"),
                               QStringLiteral("expectedOutcome"),
                               QStringLiteral("expectedDominatedBy")};
        DealOption parsed;
        if (!knownKeys(option, here, optionKeys) || !text(option, QStringLiteral("name"), here, true, &parsed.name))
            return false;
        if (names.contains(parsed.name))
            return fail(join(here, QStringLiteral("name")),
                        PackText::tr("“%1” is used by another option of this deal").arg(parsed.name));
        names.insert(parsed.name);
        for (Party party : AllParties) {
            if (!assessment(option, PartyJsonKeys[partyIndex(party)], here, &parsed.assessment(party)))
                return false;
        }
        std::optional<Outcome> outcome;
        if (option.contains(QStringLiteral("expectedOutcome"))) {
            QString key;
            if (!text(option, QStringLiteral("expectedOutcome"), here, true, &key))
                return false;
            outcome = outcomeFromKey(key);
            if (!outcome)
                return fail(join(here, QStringLiteral("expectedOutcome")),
                            PackText::tr("“%1” is not an outcome (win_win_win, win_win, win_lose, lose_win, lose_lose, "
                                         "unknown)")
                                .arg(key));
        }
        if (option.contains(QStringLiteral("expectedDominatedBy"))) {
            QString name;
            if (!text(option, QStringLiteral("expectedDominatedBy"), here, true, &name))
                return false;
        }
        if (expected)
            expected->append(outcome);
        out->options.append(parsed);
    }
    // An option said to be dominated names another option of the same deal (checked once all names are known).
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QJsonObject option = options.at(i).toObject();
        if (!option.contains(QStringLiteral("expectedDominatedBy")))
            continue;
        const QString name = option.value(QStringLiteral("expectedDominatedBy")).toString();
        if (name == out->options.at(i).name || !names.contains(name))
            return fail(join(at(optionsPath, i), QStringLiteral("expectedDominatedBy")),
                        PackText::tr("“%1” is not another option of this deal").arg(name));
    }

    if (!ended)
        return true;
    QString endedAt;
    if (!text(json, QStringLiteral("endedAt"), path, true, &endedAt))
        return false;
    const QDate date = QDate::fromString(endedAt, Qt::ISODate);
    if (!date.isValid())
        return fail(join(path, QStringLiteral("endedAt")),
                    PackText::tr("“%1” is not a date such as 2026-03-14").arg(endedAt));
    DealEnding ending;
    ending.at = QDateTime(date, QTime(12, 0), Qt::UTC);
    ending.by = out->salesperson;
    if (!boolean(json, QStringLiteral("walkedAway"), path, &ending.walkedAway))
        return false;
    QString agreed;
    if (!text(json, QStringLiteral("agreed"), path, false, &agreed))
        return false;
    if (ending.walkedAway == !agreed.isEmpty())
        return fail(path, PackText::tr("an ended deal needs either \"agreed\" (the option agreed at closing) or "
                                       "\"walkedAway\": true, not both"));
    if (!ending.walkedAway) {
        const auto option = std::find_if(out->options.cbegin(), out->options.cend(),
                                         [&agreed](const DealOption &o) { return o.name == agreed; });
        if (option == out->options.cend())
            return fail(join(path, QStringLiteral("agreed")),
                        PackText::tr("no option of this deal is named “%1”").arg(agreed));
        ending.optionName = agreed;
        for (Party party : AllParties)
            ending.results[std::size_t(partyIndex(party))] = classify(option->assessment(party));
        ending.outcome = outcomeOf(*option);
    }
    out->status = ending.walkedAway ? DealStatus::WalkedAway : DealStatus::Closed;
    out->ending = ending;
    return true;
}

bool PackParser::scenario(const QJsonObject &json, const QString &path, Scenario *out)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!knownKeys(json, path,
                   {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("lesson"),
                    QStringLiteral("walkAway"), QStringLiteral("expectedHabits"), QStringLiteral("deal"),
                    QStringLiteral("history"), QStringLiteral("roles"), QStringLiteral("debrief")}) ||
        !text(json, QStringLiteral("id"), path, true, &out->id))
        return false;
    if (!idPattern.match(out->id).hasMatch())
        return fail(join(path, QStringLiteral("id")),
                    PackText::tr("“%1” is not a valid id: use lower-case letters, digits and '-' (for example "
                                 "\"discount-squeeze\")")
                        .arg(out->id));
    if (!text(json, QStringLiteral("title"), path, true, &out->title) ||
        !text(json, QStringLiteral("summary"), path, true, &out->summary) ||
        !text(json, QStringLiteral("lesson"), path, true, &out->lesson) ||
        !boolean(json, QStringLiteral("walkAway"), path, &out->walkAway))
        return false;

    QJsonArray habits;
    if (!array(json, QStringLiteral("expectedHabits"), path, false, &habits))
        return false;
    QStringList knownHabits{QString::fromLatin1(CustomerCameOffWorseKey)};
    for (HabitKind kind : AllHabitKinds)
        knownHabits << habitKey(kind);
    for (qsizetype i = 0; i < habits.size(); ++i) {
        const QString key = habits.at(i).toString();
        if (!knownHabits.contains(key))
            return fail(at(join(path, QStringLiteral("expectedHabits")), i),
                        PackText::tr("“%1” is not a habit (%2)")
                            .arg(habits.at(i).toVariant().toString(), knownHabits.join(u", ")));
        out->expectedHabits << key;
    }

    QJsonObject dealJson;
    if (!object(json, QStringLiteral("deal"), path, &dealJson) ||
        !deal(dealJson, join(path, QStringLiteral("deal")), false, &out->deal, &out->expectedOutcomes))
        return false;
    const QJsonArray optionsJson = dealJson.value(QStringLiteral("options")).toArray();
    for (const QJsonValue &option : optionsJson)
        out->expectedDominators << option.toObject().value(QStringLiteral("expectedDominatedBy")).toString();
    if (out->walkAway) {
        for (qsizetype i = 0; i < out->deal.options.size(); ++i) {
            if (isWinWin(outcomeOf(out->deal.options.at(i))))
                return fail(at(join(path, QStringLiteral("deal.options")), i),
                            PackText::tr("this scenario teaches a walk-away (\"walkAway\": true), but this option is a "
                                         "%1")
                                .arg(outcomeName(outcomeOf(out->deal.options.at(i)))));
        }
    }

    QJsonArray history;
    const QString historyPath = join(path, QStringLiteral("history"));
    if (!array(json, QStringLiteral("history"), path, false, &history))
        return false;
    if (history.size() > MaxHistory)
        return fail(
            historyPath,
            PackText::tr("lists %n deal(s); at most %1 are allowed", nullptr, int(history.size())).arg(MaxHistory));
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (!history.at(i).isObject())
            return fail(at(historyPath, i), PackText::tr("must be an object"));
        Deal ended;
        if (!deal(history.at(i).toObject(), at(historyPath, i), true, &ended, nullptr))
            return false;
        if (ended.salesperson.isEmpty())
            ended.salesperson = out->deal.salesperson;
        ended.ending->by = ended.salesperson;
        out->history.append(ended);
    }
    std::stable_sort(out->history.begin(), out->history.end(),
                     [](const Deal &a, const Deal &b) { return a.ending->at < b.ending->at; });

    QJsonObject roles;
    const QString rolesPath = join(path, QStringLiteral("roles"));
    if (!object(json, QStringLiteral("roles"), path, &roles) ||
        !knownKeys(roles, rolesPath, {RoleJsonKeys[0], RoleJsonKeys[1], RoleJsonKeys[2]}))
        return false;
    for (Party party : AllParties) {
        const QString key = RoleJsonKeys[partyIndex(party)];
        QJsonObject role;
        RoleCard &card = out->roles[std::size_t(partyIndex(party))];
        const QString here = join(rolesPath, key);
        if (!object(roles, key, rolesPath, &role) ||
            !knownKeys(role, here, {QStringLiteral("name"), QStringLiteral("brief"), QStringLiteral("confidential")}) ||
            !text(role, QStringLiteral("name"), here, true, &card.name) ||
            !text(role, QStringLiteral("brief"), here, true, &card.brief) ||
            !text(role, QStringLiteral("confidential"), here, false, &card.confidential))
            return false;
    }

    QJsonArray debrief;
    const QString debriefPath = join(path, QStringLiteral("debrief"));
    if (!array(json, QStringLiteral("debrief"), path, true, &debrief))
        return false;
    if (debrief.isEmpty())
        return fail(debriefPath, PackText::tr("must hold at least one question"));
    for (qsizetype i = 0; i < debrief.size(); ++i) {
        if (!debrief.at(i).isString() || debrief.at(i).toString().trimmed().isEmpty())
            return fail(at(debriefPath, i), PackText::tr("must be a question (non-empty text)"));
        out->debrief << debrief.at(i).toString();
    }
    return true;
}

std::optional<ScenarioPack> PackParser::read(const QJsonObject &root)
{
    if (!knownKeys(root, {},
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                    QStringLiteral("description"), QStringLiteral("scenarios")}))
        return std::nullopt;
    QString format;
    if (!text(root, QStringLiteral("format"), {}, true, &format))
        return std::nullopt;
    if (format != QLatin1String(ScenarioPackFormat)) {
        fail(QStringLiteral("format"), PackText::tr("“%1” is not a Triplewin scenario pack (expected \"%2\")")
                                           .arg(format, QLatin1String(ScenarioPackFormat)));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
        fail(QStringLiteral("version"), PackText::tr("must be a whole number such as %1").arg(ScenarioPackVersion));
        return std::nullopt;
    }
    if (version.toDouble() > ScenarioPackVersion) {
        fail(QStringLiteral("version"),
             PackText::tr("version %1 was written by a newer Triplewin (this one reads up to "
                          "version %2); update Triplewin to open it")
                 .arg(version.toDouble())
                 .arg(ScenarioPackVersion));
        return std::nullopt;
    }
    ScenarioPack pack;
    QJsonArray scenarios;
    if (!text(root, QStringLiteral("title"), {}, true, &pack.title) ||
        !text(root, QStringLiteral("description"), {}, false, &pack.description) ||
        !array(root, QStringLiteral("scenarios"), {}, true, &scenarios))
        return std::nullopt;
    if (scenarios.isEmpty()) {
        fail(QStringLiteral("scenarios"), PackText::tr("must hold at least one scenario"));
        return std::nullopt;
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QString here = at(QStringLiteral("scenarios"), i);
        if (!scenarios.at(i).isObject()) {
            fail(here, PackText::tr("must be an object"));
            return std::nullopt;
        }
        Scenario scenario;
        if (!this->scenario(scenarios.at(i).toObject(), here, &scenario))
            return std::nullopt;
        if (ids.contains(scenario.id)) {
            fail(join(here, QStringLiteral("id")), PackText::tr("“%1” is the id of another scenario").arg(scenario.id));
            return std::nullopt;
        }
        ids.insert(scenario.id);
        pack.scenarios.append(scenario);
    }
    return pack;
}

/// Line and column (1-based) of a byte offset, for JSON syntax errors.
QString lineAndColumn(const QByteArray &json, int offset)
{
    offset = std::clamp(offset, 0, int(json.size()));
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return PackText::tr("line %1, column %2").arg(line).arg(column);
}

QJsonValue amountJson(const std::optional<Money> &amount)
{
    if (!amount)
        return QJsonValue::Null;
    return double(*amount) / 100.0;
}

QJsonObject dealJson(const Deal &deal, const QList<std::optional<Outcome>> &expected,
                     const QStringList &dominators = {})
{
    QJsonObject json{{QStringLiteral("title"), deal.title}};
    const auto optional = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    optional(QStringLiteral("customer"), deal.customer);
    optional(QStringLiteral("customersCustomer"), deal.customersCustomer);
    optional(QStringLiteral("salesperson"), deal.salesperson);
    json.insert(QStringLiteral("currency"), deal.currency);
    optional(QStringLiteral("notes"), deal.notes);
    QJsonObject preparation;
    for (Party party : AllParties) {
        const PartyPreparation &prepared = deal.preparation[std::size_t(partyIndex(party))];
        if (prepared.isEmpty())
            continue;
        QJsonObject partyJson;
        const auto optionalIn = [&partyJson](const QString &key, const QString &value) {
            if (!value.isEmpty())
                partyJson.insert(key, value);
        };
        optionalIn(QStringLiteral("interests"), prepared.interests);
        optionalIn(QStringLiteral("relationship"), prepared.relationship);
        optionalIn(QStringLiteral("referenceSource"), prepared.referenceSource);
        optionalIn(QStringLiteral("confidence"), confidenceKey(prepared.confidence));
        preparation.insert(PartyJsonKeys[partyIndex(party)], partyJson);
    }
    if (!preparation.isEmpty())
        json.insert(QStringLiteral("preparation"), preparation);
    QJsonArray concessions;
    for (const Concession &concession : deal.concessions) {
        QJsonObject item{{QStringLiteral("by"), PartyJsonKeys[partyIndex(concession.by)]},
                         {QStringLiteral("what"), concession.what}};
        if (concession.date.isValid())
            item.insert(QStringLiteral("date"), concession.date.toString(Qt::ISODate));
        QJsonObject values;
        for (Party party : AllParties) {
            if (const std::optional<Money> value = concession.valueTo(party))
                values.insert(PartyJsonKeys[partyIndex(party)], amountJson(value));
        }
        if (!values.isEmpty())
            item.insert(QStringLiteral("value"), values);
        if (!concession.tradedFor.isEmpty())
            item.insert(QStringLiteral("tradedFor"), concession.tradedFor);
        concessions.append(item);
    }
    if (!concessions.isEmpty())
        json.insert(QStringLiteral("concessions"), concessions);
    QJsonArray options;
    for (qsizetype i = 0; i < deal.options.size(); ++i) {
        const DealOption &option = deal.options.at(i);
        QJsonObject optionJson{{QStringLiteral("name"), option.name}};
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            QJsonObject assessmentJson{{QStringLiteral("value"), amountJson(assessment.value)},
                                       {QStringLiteral("reference"), amountJson(assessment.referencePoint)}};
            if (!assessment.reason.isEmpty())
                assessmentJson.insert(QStringLiteral("reason"), assessment.reason);
            optionJson.insert(PartyJsonKeys[partyIndex(party)], assessmentJson);
        }
        if (i < expected.size() && expected.at(i))
            optionJson.insert(QStringLiteral("expectedOutcome"), outcomeKey(*expected.at(i)));
        if (i < dominators.size() && !dominators.at(i).isEmpty())
            optionJson.insert(QStringLiteral("expectedDominatedBy"), dominators.at(i));
        options.append(optionJson);
    }
    json.insert(QStringLiteral("options"), options);
    if (deal.ending) {
        json.insert(QStringLiteral("endedAt"), deal.ending->at.date().toString(Qt::ISODate));
        if (deal.ending->walkedAway)
            json.insert(QStringLiteral("walkedAway"), true);
        else
            json.insert(QStringLiteral("agreed"), deal.ending->optionName);
    }
    return json;
}

} // namespace

QString roleName(Party party)
{
    switch (party) {
    case Party::You:
        return PackText::tr("Seller");
    case Party::Customer:
        return PackText::tr("Customer");
    case Party::CustomersCustomer:
        return PackText::tr("Customer's customer");
    }
    return {};
}

QString ScenarioPackError::text() const
{
    return PackText::tr("%1: %2: %3").arg(file, place, problem);
}

ScenarioPackRead readScenarioPack(const QByteArray &json, const QString &fileName)
{
    ScenarioPackRead result;
    if (json.trimmed().isEmpty()) {
        result.error = {fileName, PackText::tr("file"), PackText::tr("is empty; a scenario pack is a JSON object")};
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = {fileName, lineAndColumn(json, parseError.offset),
                        PackText::tr("not valid JSON (%1)").arg(parseError.errorString())};
        return result;
    }
    if (!document.isObject()) {
        result.error = {
            fileName, PackText::tr("top level"),
            PackText::tr("must be a JSON object with \"format\": \"%1\"").arg(QLatin1String(ScenarioPackFormat))};
        return result;
    }
    PackParser parser(fileName);
    result.pack = parser.read(document.object());
    if (!result.pack)
        result.error = parser.error();
    return result;
}

ScenarioPackRead readScenarioPackFile(const QString &path)
{
    const QString name = path.startsWith(u':') ? path : QFileInfo(path).fileName();
    if (const QString problem = inputFileProblem(path); !problem.isEmpty()) {
        ScenarioPackRead result;
        result.error = {QDir::toNativeSeparators(path), PackText::tr("file"), problem};
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioPackRead result;
        result.error = {QDir::toNativeSeparators(path), PackText::tr("file"),
                        PackText::tr("cannot be read (%1)").arg(file.errorString())};
        return result;
    }
    constexpr qint64 MaxPackBytes = 16 * 1024 * 1024;
    if (file.size() > MaxPackBytes) {
        ScenarioPackRead result;
        result.error = {name, PackText::tr("file"),
                        PackText::tr("is %1 MB; scenario packs are at most 16 MB").arg(file.size() >> 20)};
        return result;
    }
    return readScenarioPack(file.readAll(), name);
}

QByteArray writeScenarioPack(const ScenarioPack &pack)
{
    QJsonArray scenarios;
    for (const Scenario &scenario : pack.scenarios) {
        QJsonObject json{{QStringLiteral("id"), scenario.id},
                         {QStringLiteral("title"), scenario.title},
                         {QStringLiteral("summary"), scenario.summary},
                         {QStringLiteral("lesson"), scenario.lesson}};
        if (scenario.walkAway)
            json.insert(QStringLiteral("walkAway"), true);
        if (!scenario.expectedHabits.isEmpty())
            json.insert(QStringLiteral("expectedHabits"), QJsonArray::fromStringList(scenario.expectedHabits));
        json.insert(QStringLiteral("deal"),
                    dealJson(scenario.deal, scenario.expectedOutcomes, scenario.expectedDominators));
        if (!scenario.history.isEmpty()) {
            QJsonArray history;
            for (const Deal &ended : scenario.history)
                history.append(dealJson(ended, {}));
            json.insert(QStringLiteral("history"), history);
        }
        QJsonObject roles;
        for (Party party : AllParties) {
            const RoleCard &card = scenario.role(party);
            QJsonObject role{{QStringLiteral("name"), card.name}, {QStringLiteral("brief"), card.brief}};
            if (!card.confidential.isEmpty())
                role.insert(QStringLiteral("confidential"), card.confidential);
            roles.insert(RoleJsonKeys[partyIndex(party)], role);
        }
        json.insert(QStringLiteral("roles"), roles);
        json.insert(QStringLiteral("debrief"), QJsonArray::fromStringList(scenario.debrief));
        scenarios.append(json);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(ScenarioPackFormat)},
                     {QStringLiteral("version"), ScenarioPackVersion},
                     {QStringLiteral("title"), pack.title}};
    if (!pack.description.isEmpty())
        root.insert(QStringLiteral("description"), pack.description);
    root.insert(QStringLiteral("scenarios"), scenarios);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString bundledScenarioPackPath(const QLocale &locale)
{
    const QString translated = QStringLiteral(":/workshop/triplewin-workshop.%1.json")
                                   .arg(QLocale::languageToCode(locale.language(), QLocale::ISO639Part1));
    return QFile::exists(translated) ? translated : QStringLiteral(":/workshop/triplewin-workshop.json");
}

QStringList bundledScenarioPackPaths()
{
    QStringList paths{QStringLiteral(":/workshop/triplewin-workshop.json")};
    const QStringList translations =
        QDir(QStringLiteral(":/workshop"))
            .entryList({QStringLiteral("triplewin-workshop.*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : translations)
        paths << QStringLiteral(":/workshop/") + name;
    return paths;
}

} // namespace Triplewin::Core
