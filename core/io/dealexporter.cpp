#include "dealexporter.h"

#include "../domain/optionanalysis.h"
#include "../storage/dealrepository.h"
#include "../storage/schema.h"
#include "dealimporter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Triplewin::Core {

namespace {

/// The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection").
bool startsLikeAFormula(const QString &text)
{
    // Quotes already there count too, so that a text that began with "'=" comes back as it was.
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i >= text.size())
        return false;
    const QChar first = text.at(i);
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

} // namespace

QString guardSpreadsheetFormula(const QString &text)
{
    return startsLikeAFormula(text) ? u'\'' + text : text;
}

QString unguardSpreadsheetFormula(const QString &text)
{
    return text.startsWith(u'\'') && startsLikeAFormula(text.mid(1)) ? text.mid(1) : text;
}

namespace {

const ImportField CsvColumns[] = {
    ImportField::Uuid,
    ImportField::Title,
    ImportField::Customer,
    ImportField::CustomersCustomer,
    ImportField::Salesperson,
    ImportField::Currency,
    ImportField::ExpectedClose,
    ImportField::Status,
    ImportField::Notes,
    ImportField::CreatedAt,
    ImportField::UpdatedAt,
    ImportField::EndedAt,
    ImportField::EndedBy,
    ImportField::AgreedOption,
    ImportField::Ending,
    ImportField::YouResult,
    ImportField::CustomerResult,
    ImportField::CustomersCustomerResult,
    ImportField::EndingReason,
    ImportField::EndingNote,
    ImportField::YouInterests,
    ImportField::YouRelationship,
    ImportField::YouReferenceSource,
    ImportField::YouConfidence,
    ImportField::CustomerInterests,
    ImportField::CustomerRelationship,
    ImportField::CustomerReferenceSource,
    ImportField::CustomerConfidence,
    ImportField::CustomersCustomerInterests,
    ImportField::CustomersCustomerRelationship,
    ImportField::CustomersCustomerReferenceSource,
    ImportField::CustomersCustomerConfidence,
    ImportField::Concessions,
    ImportField::OptionName,
    ImportField::YouValue,
    ImportField::YouReference,
    ImportField::YouReason,
    ImportField::CustomerValue,
    ImportField::CustomerReference,
    ImportField::CustomerReason,
    ImportField::CustomersCustomerValue,
    ImportField::CustomersCustomerReference,
    ImportField::CustomersCustomerReason,
};

QString plainAmount(Money amount)
{
    const Money magnitude = amount < 0 ? -amount : amount;
    return QStringLiteral("%1%2.%3")
        .arg(amount < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QChar(u'0'));
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString finalOutcomeText(const DealEnding &closing)
{
    return closing.walkedAway ? QStringLiteral("walked_away") : outcomeKey(closing.outcome);
}

QJsonValue amountJson(const std::optional<Money> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

/// What the option matrix says of each option of a deal, in an export's words: the dominating option's name, the
/// parties' keys left below their walk-away.
class OptionMarks
{
public:
    explicit OptionMarks(const QList<DealOption> &options)
        : m_options(options)
        , m_dominators(dominators(options))
    {}

    QString dominatorName(int index) const
    {
        const std::optional<int> dominator = m_dominators.value(index);
        return dominator ? m_options.at(*dominator).name : QString();
    }

    QStringList belowWalkAwayKeys(int index) const
    {
        QStringList keys;
        for (Party party : partiesBelowWalkAway(m_options.at(index)))
            keys << Schema::PartyKeys[partyIndex(party)];
        return keys;
    }

private:
    QList<DealOption> m_options; // a copy (implicitly shared), never a reference that could outlive its list
    QList<std::optional<int>> m_dominators;
};

QJsonObject dealJson(const Deal &deal, const QList<DealEvent> *history)
{
    QJsonObject object{
        {QStringLiteral("uuid"), deal.uuid},
        {QStringLiteral("title"), deal.title},
        {QStringLiteral("customer"), deal.customer},
        {QStringLiteral("customers_customer"), deal.customersCustomer},
        {QStringLiteral("salesperson"), deal.salesperson},
        {QStringLiteral("currency"), deal.currency},
        {QStringLiteral("expected_close"),
         deal.expectedClose.isValid() ? QJsonValue(deal.expectedClose.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("status"), statusKey(deal.status)},
        {QStringLiteral("notes"), deal.notes},
        {QStringLiteral("created_at"), timeText(deal.createdAt)},
        {QStringLiteral("updated_at"), timeText(deal.updatedAt)},
    };
    QJsonArray options;
    const OptionMarks marks(deal.options);
    for (int index = 0; index < deal.options.size(); ++index) {
        const DealOption &option = deal.options.at(index);
        QJsonObject parties;
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            parties.insert(Schema::PartyKeys[partyIndex(party)],
                           QJsonObject{
                               {QStringLiteral("value_cents"), amountJson(assessment.value)},
                               {QStringLiteral("reference_point_cents"), amountJson(assessment.referencePoint)},
                               {QStringLiteral("reason"), assessment.reason},
                           });
        }
        const QString dominator = marks.dominatorName(index);
        options.append(QJsonObject{
            {QStringLiteral("name"), option.name},
            {QStringLiteral("parties"), parties},
            {QStringLiteral("dominated_by"), dominator.isEmpty() ? QJsonValue() : QJsonValue(dominator)},
            {QStringLiteral("below_walk_away_for"), QJsonArray::fromStringList(marks.belowWalkAwayKeys(index))},
        });
    }
    object.insert(QStringLiteral("options"), options);
    object.insert(QStringLiteral("preparation"), preparationJson(deal.preparation));
    object.insert(QStringLiteral("concessions"), concessionsJson(deal.concessions));
    if (deal.ending) {
        const DealEnding &closing = *deal.ending;
        QJsonObject results;
        if (!closing.walkedAway) {
            for (Party party : AllParties)
                results.insert(Schema::PartyKeys[partyIndex(party)], resultKey(closing.result(party)));
        }
        QJsonValue valueLeft;
        if (const std::optional<ValueLeftOnTable> left = valueLeftOnTable(deal.options, closing)) {
            QJsonObject perParty;
            for (Party party : AllParties)
                perParty.insert(Schema::PartyKeys[partyIndex(party)], double(left->of(party)));
            valueLeft = perParty;
        }
        object.insert(QStringLiteral("closing"), QJsonObject{
                                                     {QStringLiteral("at"), timeText(closing.at)},
                                                     {QStringLiteral("by"), closing.by},
                                                     {QStringLiteral("walked_away"), closing.walkedAway},
                                                     {QStringLiteral("option"), closing.optionName},
                                                     {QStringLiteral("outcome"), finalOutcomeText(closing)},
                                                     {QStringLiteral("results"), results},
                                                     {QStringLiteral("reason"), closing.reason},
                                                     {QStringLiteral("reason_note"), closing.reasonNote},
                                                     {QStringLiteral("value_left_cents"), valueLeft},
                                                 });
    }
    if (history) {
        QJsonArray steps;
        for (const DealEvent &event : *history)
            steps.append(QJsonObject{
                {QStringLiteral("kind"), dealEventKey(event.kind)},
                {QStringLiteral("at"), timeText(event.at)},
                {QStringLiteral("by"), event.by},
                {QStringLiteral("detail"), event.detail},
            });
        object.insert(QStringLiteral("history"), steps);
    }
    return object;
}

} // namespace

QString csvField(const QString &plain)
{
    const QString text = guardSpreadsheetFormula(plain);
    if (!text.contains(u',') && !text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r') && !text.contains(u'\t') && text.trimmed() == text)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

DealExporter::DealExporter(QIODevice *device, Format format)
    : m_device(device)
    , m_format(format)
{}

QStringList DealExporter::csvHeaders()
{
    QStringList headers;
    for (ImportField field : CsvColumns)
        headers << fieldKey(field);
    // What the option matrix says of each option and of the closing: for reading, not read back (an import works it
    // out again from the options).
    headers << QStringLiteral("dominated_by") << QStringLiteral("below_walk_away_for");
    for (Party party : AllParties)
        headers << Schema::PartyKeys[partyIndex(party)] + QStringLiteral("_value_left");
    return headers;
}

bool DealExporter::put(const QByteArray &bytes)
{
    if (m_device->write(bytes) == bytes.size())
        return true;
    m_error = QCoreApplication::translate("Triplewin::Core::DealExporter", "Writing the export failed: %1")
                  .arg(m_device->errorString());
    return false;
}

bool DealExporter::begin()
{
    if (m_format == Format::Json)
        return put("[");
    return put("\xEF\xBB\xBF" + csvHeaders().join(u',').toUtf8() + "\r\n");
}

bool DealExporter::write(const Deal &deal, const QList<DealEvent> *history)
{
    if (m_format == Format::Json) {
        const QByteArray json = QJsonDocument(dealJson(deal, history)).toJson(QJsonDocument::Compact);
        return put((m_count++ == 0 ? "\n" : ",\n") + json);
    }
    ++m_count;
    const DealEnding *closing = deal.ending ? &*deal.ending : nullptr;
    QStringList dealCells{
        deal.uuid,
        deal.title,
        deal.customer,
        deal.customersCustomer,
        deal.salesperson,
        deal.currency,
        deal.expectedClose.isValid() ? deal.expectedClose.toString(Qt::ISODate) : QString(),
        statusKey(deal.status),
        deal.notes,
        timeText(deal.createdAt),
        timeText(deal.updatedAt),
        closing ? timeText(closing->at) : QString(),
        closing ? closing->by : QString(),
        closing && !closing->walkedAway ? closing->optionName : QString(),
        closing ? finalOutcomeText(*closing) : QString(),
    };
    for (Party party : AllParties)
        dealCells << (closing && !closing->walkedAway ? resultKey(closing->result(party)) : QString());
    dealCells << (closing ? closing->reason : QString()) << (closing ? closing->reasonNote : QString());
    for (const PartyPreparation &prepared : deal.preparation)
        dealCells << prepared.interests << prepared.relationship << prepared.referenceSource
                  << confidenceKey(prepared.confidence);
    dealCells << concessionsText(deal.concessions);
    for (QString &cell : dealCells)
        cell = csvField(cell);
    const QString dealPart = dealCells.join(u',');
    QStringList valueLeft;
    const std::optional<ValueLeftOnTable> left = closing ? valueLeftOnTable(deal.options, *closing) : std::nullopt;
    for (Party party : AllParties)
        valueLeft << (left ? plainAmount(left->of(party)) : QString());
    const QString valueLeftPart = valueLeft.join(u',');
    // An option's cells: its name, value, reference and reason per party, what dominates it, who is below walk-away.
    constexpr int OptionCells = 1 + 3 * PartyCount + 2;
    if (deal.options.isEmpty()) // the option's cells empty, each after its comma, then the value left
        return put((dealPart + QString(OptionCells + 1, u',') + valueLeftPart + QStringLiteral("\r\n")).toUtf8());
    const OptionMarks marks(deal.options);
    for (int index = 0; index < deal.options.size(); ++index) {
        const DealOption &option = deal.options.at(index);
        QStringList cells{csvField(option.name)};
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            cells << (assessment.value ? plainAmount(*assessment.value) : QString())
                  << (assessment.referencePoint ? plainAmount(*assessment.referencePoint) : QString())
                  << csvField(assessment.reason);
        }
        cells << csvField(marks.dominatorName(index)) << marks.belowWalkAwayKeys(index).join(u';');
        if (!put((dealPart + u',' + cells.join(u',') + u',' + valueLeftPart + QStringLiteral("\r\n")).toUtf8()))
            return false;
    }
    return true;
}

bool DealExporter::end()
{
    if (m_format == Format::Json)
        return put(m_count == 0 ? "]\n" : "\n]\n");
    return true;
}

bool DealExporter::exportAll(DealRepository &repository)
{
    if (!begin())
        return false;
    bool written = true;
    bool stopped = false;
    const auto visit = [&](const Deal &deal, const QList<DealEvent> *history) {
        written = write(deal, history);
        if (written && m_progress && !m_progress(m_count))
            stopped = true;
        return written && !stopped;
    };
    // Only JSON has a place for the history: CSV is not slowed by reading it.
    const StorageError error =
        m_format == Format::Json
            ? repository.forEachDealWithHistory(
                  [&visit](const Deal &deal, const QList<DealEvent> &history) { return visit(deal, &history); })
            : repository.forEachDeal([&visit](const Deal &deal) { return visit(deal, nullptr); });
    if (error) {
        m_error = error.fullText();
        return false;
    }
    if (stopped) {
        m_error = QCoreApplication::translate("Triplewin::Core::DealExporter", "The export was cancelled.");
        return false;
    }
    return written && end();
}

} // namespace Triplewin::Core
