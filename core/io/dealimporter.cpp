#include "dealimporter.h"

#include "../domain/endingreason.h"
#include "../storage/dealrepository.h"
#include "csvreader.h"
#include "dealexporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

namespace Triplewin::Core {

namespace {

using Aliases = QList<std::pair<ImportField, QStringList>>;

/// Header names are compared trimmed, lower case, with runs of spaces collapsed.
QString normalized(const QString &header)
{
    return header.simplified().toLower();
}

const Aliases &salesforceAliases()
{
    // Report labels first, then API names (Name, StageName, ...).
    static const Aliases aliases{
        {ImportField::Title, {QStringLiteral("opportunity name"), QStringLiteral("name")}},
        {ImportField::Customer,
         {QStringLiteral("account name"), QStringLiteral("account.name"), QStringLiteral("account: account name"),
          QStringLiteral("accountid")}},
        {ImportField::Salesperson,
         {QStringLiteral("opportunity owner"), QStringLiteral("owner.name"), QStringLiteral("owner name"),
          QStringLiteral("ownerid")}},
        {ImportField::Currency,
         {QStringLiteral("opportunity currency"), QStringLiteral("amount currency"),
          QStringLiteral("currencyisocode")}},
        {ImportField::ExpectedClose, {QStringLiteral("close date"), QStringLiteral("closedate")}},
        {ImportField::Notes, {QStringLiteral("description")}},
        {ImportField::CreatedAt, {QStringLiteral("created date"), QStringLiteral("createddate")}},
        {ImportField::RecordId,
         {QStringLiteral("opportunity id"), QStringLiteral("opportunity id (18)"), QStringLiteral("id")}},
        {ImportField::Stage, {QStringLiteral("stage"), QStringLiteral("stagename")}},
        {ImportField::IsClosed, {QStringLiteral("closed"), QStringLiteral("isclosed")}},
        {ImportField::IsWon, {QStringLiteral("won"), QStringLiteral("iswon")}},
        {ImportField::Amount, {QStringLiteral("amount")}},
        {ImportField::Probability, {QStringLiteral("probability (%)"), QStringLiteral("probability")}},
        {ImportField::LostReason, {QStringLiteral("loss reason"), QStringLiteral("loss_reason__c")}},
        {ImportField::NextStep, {QStringLiteral("next step"), QStringLiteral("nextstep")}},
    };
    return aliases;
}

const Aliases &hubSpotAliases()
{
    static const Aliases aliases{
        {ImportField::Title, {QStringLiteral("deal name")}},
        {ImportField::Customer,
         {QStringLiteral("associated company"), QStringLiteral("associated company (primary)"),
          QStringLiteral("company name")}},
        {ImportField::Salesperson, {QStringLiteral("deal owner")}},
        {ImportField::Currency, {QStringLiteral("currency"), QStringLiteral("deal currency code")}},
        {ImportField::ExpectedClose, {QStringLiteral("close date")}},
        {ImportField::Notes, {QStringLiteral("deal description")}},
        {ImportField::CreatedAt, {QStringLiteral("create date")}},
        {ImportField::RecordId, {QStringLiteral("record id")}},
        {ImportField::Stage, {QStringLiteral("deal stage")}},
        {ImportField::Amount, {QStringLiteral("amount")}},
        {ImportField::Probability, {QStringLiteral("deal probability")}},
        {ImportField::Pipeline, {QStringLiteral("pipeline")}},
        {ImportField::LostReason, {QStringLiteral("closed lost reason")}},
    };
    return aliases;
}

const Aliases &pipedriveAliases()
{
    static const Aliases aliases{
        {ImportField::Title, {QStringLiteral("deal - title")}},
        {ImportField::Customer, {QStringLiteral("deal - organization"), QStringLiteral("deal - organisation")}},
        {ImportField::Salesperson, {QStringLiteral("deal - owner")}},
        {ImportField::Currency, {QStringLiteral("deal - currency")}},
        {ImportField::ExpectedClose, {QStringLiteral("deal - expected close date")}},
        {ImportField::CreatedAt, {QStringLiteral("deal - deal created"), QStringLiteral("deal - add time")}},
        {ImportField::EndedAt,
         {QStringLiteral("deal - deal closed on"), QStringLiteral("deal - close time"),
          QStringLiteral("deal - won time"), QStringLiteral("deal - lost time")}},
        {ImportField::RecordId, {QStringLiteral("deal - id")}},
        {ImportField::Stage, {QStringLiteral("deal - stage")}},
        {ImportField::CrmStatus, {QStringLiteral("deal - status")}},
        {ImportField::Amount, {QStringLiteral("deal - value")}},
        {ImportField::Probability, {QStringLiteral("deal - probability")}},
        {ImportField::Pipeline, {QStringLiteral("deal - pipeline")}},
        {ImportField::LostReason, {QStringLiteral("deal - lost reason")}},
    };
    return aliases;
}

const Aliases &triplewinAliases()
{
    static const Aliases aliases = [] {
        // Files exported before the ending's columns were renamed (schema 11) name them as the tables did then: a
        // file exported last week still imports.
        const QHash<ImportField, QString> before = {
            {ImportField::EndedAt, QStringLiteral("closed_at")},
            {ImportField::EndedBy, QStringLiteral("closed_by")},
            {ImportField::AgreedOption, QStringLiteral("closed_option")},
            {ImportField::Ending, QStringLiteral("final_outcome")},
            {ImportField::CustomersCustomerResult, QStringLiteral("chain_result")},
            {ImportField::CustomersCustomerValue, QStringLiteral("chain_value")},
            {ImportField::CustomersCustomerReference, QStringLiteral("chain_reference")},
            {ImportField::CustomersCustomerReason, QStringLiteral("chain_reason")},
        };
        Aliases list;
        for (int i = 0; i <= int(ImportField::Concessions); ++i) {
            QStringList names{fieldKey(ImportField(i))};
            if (const auto old = before.constFind(ImportField(i)); old != before.constEnd())
                names << *old;
            list.append({ImportField(i), names});
        }
        return list;
    }();
    return aliases;
}

const Aliases &aliasesOf(ImportPreset preset)
{
    static const Aliases none;
    switch (preset) {
    case ImportPreset::Triplewin:
        return triplewinAliases();
    case ImportPreset::Salesforce:
        return salesforceAliases();
    case ImportPreset::HubSpot:
        return hubSpotAliases();
    case ImportPreset::Pipedrive:
        return pipedriveAliases();
    case ImportPreset::Custom:
        break;
    }
    return none;
}

} // namespace

namespace {

/// The form Triplewin's own export and most CRMs write, read without the general parser's text surgery (it cost
/// a twentieth of a million-deal import): "-1234", "1234.5", "1234.50", at most 13 digits, nothing around it.
/// Anything else, or a dot in a file whose decimal mark is the comma, is left to the general parser (nullopt).
std::optional<CrmAmount> parsePlainAmount(const QString &text, QChar decimalMark)
{
    const qsizetype size = text.size();
    qsizetype at = 0;
    const bool negative = size > 0 && text.at(0) == u'-';
    if (negative)
        ++at;
    Money whole = 0;
    const qsizetype wholeStart = at;
    for (; at < size && text.at(at).unicode() >= u'0' && text.at(at).unicode() <= u'9'; ++at) {
        if (at - wholeStart == 13) // longer (or leading zeros): the general parser decides, without overflowing
            return std::nullopt;
        whole = whole * 10 + (text.at(at).unicode() - u'0');
    }
    if (at == wholeStart)
        return std::nullopt;
    Money cents = 0;
    const bool point = at < size;
    if (point) {
        if (text.at(at) != u'.' || (!decimalMark.isNull() && decimalMark != u'.'))
            return std::nullopt;
        const qsizetype decimals = size - at - 1;
        if (decimals < 1 || decimals > 2)
            return std::nullopt;
        for (qsizetype i = at + 1; i < size; ++i) {
            if (text.at(i).unicode() < u'0' || text.at(i).unicode() > u'9')
                return std::nullopt;
            cents = cents * 10 + (text.at(i).unicode() - u'0');
        }
        if (decimals == 1)
            cents *= 10;
    }
    const Money amount = whole * 100 + cents;
    if (amount > MaxAmount)
        return std::nullopt;
    CrmAmount result;
    result.value = negative ? -amount : amount;
    if (point)
        result.decimalMark = u'.';
    return result;
}

} // namespace

CrmAmount parseCrmAmount(const QString &input, QChar decimalMark)
{
    if (std::optional<CrmAmount> plain = parsePlainAmount(input, decimalMark))
        return *plain;
    CrmAmount result;
    QString text = input.trimmed();
    if (text.isEmpty())
        return result;
    static const std::pair<QString, QString> symbols[] = {
        {QStringLiteral("US$"), QStringLiteral("USD")}, {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("€"), QStringLiteral("EUR")},   {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("¥"), QStringLiteral("JPY")},   {QStringLiteral("₹"), QStringLiteral("INR")},
    };
    for (const auto &[symbol, code] : symbols) {
        if (text.contains(symbol)) {
            result.currency = code;
            text.remove(symbol);
            break;
        }
    }
    static const QRegularExpression codeAtEdge(QStringLiteral("^([A-Z]{3})\\s*|\\s*([A-Z]{3})$"));
    if (const QRegularExpressionMatch match = codeAtEdge.match(text); match.hasMatch()) {
        if (result.currency.isEmpty())
            result.currency = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        text.remove(match.capturedStart(), match.capturedLength());
    }
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) { // accounting style
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = !negative;
        text.remove(0, 1);
    } else if (text.startsWith(u'+')) {
        text.remove(0, 1);
    } else if (text.endsWith(u'-')) {
        negative = !negative;
        text.chop(1);
    }
    for (QChar space : {QChar(u' '), QChar(0x00A0), QChar(0x202F), QChar(0x2009), QChar(u'\''), QChar(0x2019)})
        text.remove(space);
    static const QRegularExpression numberChars(QStringLiteral("^[0-9.,]*[0-9][0-9.,]*$"));
    if (!numberChars.match(text).hasMatch()) {
        result.ok = false;
        return result;
    }
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const qsizetype lastComma = text.lastIndexOf(u',');
    qsizetype decimalAt = -1;
    if (!decimalMark.isNull()) {
        // The file's decimal mark is known: it may appear once, last; the other mark only groups.
        const QChar group = decimalMark == u'.' ? QChar(u',') : QChar(u'.');
        decimalAt = text.lastIndexOf(decimalMark);
        if (decimalAt >= 0 && (text.count(decimalMark) > 1 || text.lastIndexOf(group) > decimalAt)) {
            result.ok = false;
            return result;
        }
    } else if (lastDot >= 0 && lastComma >= 0) {
        decimalAt = std::max(lastDot, lastComma);
        if (text.count(text.at(decimalAt)) > 1) {
            result.ok = false;
            return result;
        }
    } else if (lastDot >= 0 || lastComma >= 0) {
        const qsizetype at = std::max(lastDot, lastComma);
        const qsizetype after = text.size() - at - 1;
        if (text.count(text.at(at)) == 1) {
            if (after != 3) {
                decimalAt = at;
            } else {
                // "1,234" is 1234 where the comma groups and 1.234 where it is the decimal mark: only the file's other
                // amounts or the user can say which. (A reading that is invalid either way is refused below.)
                static const QRegularExpression grouped(QStringLiteral("^[1-9][0-9]{0,2}[.,][0-9]{3}$"));
                if (grouped.match(text).hasMatch()) {
                    result.ok = false;
                    result.ambiguous = true;
                    return result;
                }
            }
        }
    }
    QString whole = decimalAt >= 0 ? text.left(decimalAt) : text;
    QString cents = decimalAt >= 0 ? text.mid(decimalAt + 1) : QString();
    // Group separators group thousands or nothing: "1,2,3", "1.2.3", "1,234,5" and "0.125" are not guessed into an
    // amount a thousand times off. One kind of separator, a first group of one to three digits that is not a lone
    // or leading 0, then groups of exactly three.
    if (whole.contains(u'.') || whole.contains(u',')) {
        static const QRegularExpression grouped(QStringLiteral("^[1-9][0-9]{0,2}([.,][0-9]{3})+$"));
        const bool oneKind = !(whole.contains(u'.') && whole.contains(u','));
        if (!oneKind || !grouped.match(whole).hasMatch()) {
            result.ok = false;
            return result;
        }
    }
    whole.remove(u'.').remove(u',');
    if (cents.size() > 2 || cents.contains(u'.') || cents.contains(u',') || (decimalAt >= 0 && cents.isEmpty())) {
        result.ok = false;
        return result;
    }
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    if (whole.size() > 13) {
        result.ok = false;
        return result;
    }
    const Money amount = whole.toLongLong() * 100 + cents.leftJustified(2, u'0').toLongLong();
    if (amount > MaxAmount) {
        result.ok = false;
        return result;
    }
    result.value = negative ? -amount : amount;
    // What the text proves about the file's decimal mark: the one it used, or the one its grouping leaves.
    if (decimalAt >= 0)
        result.decimalMark = text.at(decimalAt);
    else if (lastDot >= 0)
        result.decimalMark = u',';
    else if (lastComma >= 0)
        result.decimalMark = u'.';
    return result;
}

QDate parseCrmDate(const QString &input, SlashDates slashDates, bool *ok)
{
    *ok = true;
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    text = text.section(u' ', 0, 0);
    if (const qsizetype t = text.indexOf(u'T'); t > 0)
        text = text.left(t);
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})$"));
    QDate date;
    if (const auto m = yearFirst.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto d = dotted.match(text); d.hasMatch()) {
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    } else if (const auto s = slashed.match(text); s.hasMatch()) {
        const int a = s.captured(1).toInt();
        const int b = s.captured(2).toInt();
        const bool dayFirst = a > 12 || (b <= 12 && slashDates == SlashDates::DayFirst);
        date = dayFirst ? QDate(s.captured(3).toInt(), b, a) : QDate(s.captured(3).toInt(), a, b);
    }
    *ok = date.isValid();
    return date;
}

namespace {} // namespace

QDateTime parseCrmDateTime(const QString &input, SlashDates slashDates, bool *ok)
{
    *ok = true;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // With a zone or offset ("2026-10-31T17:00:00Z", "...+01:00", Triplewin's own times): that instant.
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    if (zoned.match(text).hasMatch() && text.contains(u'T')) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid())
            return time.toUTC();
    }
    const QDate date = parseCrmDate(text, slashDates, ok);
    if (!*ok)
        return {};
    // A time without a zone ("2026-10-31 17:00", "10/31/2026 5:00 PM") is the importing user's local time, as CRMs
    // export in their user's zone.
    QString rest = text.mid(text.indexOf(text.contains(u'T') && !text.contains(u' ') ? u'T' : u' ') + 1).trimmed();
    if (!text.contains(u' ') && !text.contains(u'T'))
        rest.clear();
    if (!rest.isEmpty()) {
        static const QRegularExpression clock(
            QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?$"));
        const QRegularExpressionMatch match = clock.match(rest);
        int hour = match.captured(1).toInt();
        const QString meridiem = match.captured(4).toLower();
        if (!meridiem.isEmpty() && (hour < 1 || hour > 12))
            hour = -1;
        else if (meridiem == u"pm" && hour < 12)
            hour += 12;
        else if (meridiem == u"am" && hour == 12)
            hour = 0;
        const QTime time(hour, match.captured(2).toInt(), match.captured(3).toInt());
        if (!match.hasMatch() || !time.isValid()) {
            *ok = false;
            return {};
        }
        return QDateTime(date, time, Qt::LocalTime).toUTC();
    }
    // A date alone is a calendar day, not an instant: kept at noon UTC, it shows as that day from UTC-12 to UTC+11.
    return dateOnlyTime(date);
}

QDateTime dateOnlyTime(const QDate &date)
{
    return date.isValid() ? QDateTime(date, QTime(12, 0), Qt::UTC) : QDateTime();
}

namespace {

QString amountText(Money amount, const QString &currency)
{
    const Money whole = (amount < 0 ? -amount : amount) / 100;
    const Money cents = (amount < 0 ? -amount : amount) % 100;
    return QStringLiteral("%1%2.%3 %4")
        .arg(amount < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(cents, 2, 10, QChar(u'0'))
        .arg(currency);
}

bool truthy(const QString &text)
{
    const QString value = text.trimmed().toLower();
    return value == u"true" || value == u"1" || value == u"yes";
}

/// The key of a CRM record without an id: its owner, title and creation date, compared as people mean them (case
/// folded, spaces trimmed and collapsed).
/// The creation date is taken as written, so that the key does not depend on the importing user's time zone.
QString naturalKey(const Deal &deal, const QString &createdCell)
{
    return QStringLiteral("key:%1\x1f%2\x1f%3").arg(nameKey(deal.salesperson), nameKey(deal.title), createdCell);
}

/// Reads rows of one file into deals, remembering the issues.
class RowReader
{
public:
    RowReader(const ImportOptions &options, const ColumnMapping &mapping, const QStringList &headers, QChar decimalMark)
        : m_options(options)
        , m_mapping(mapping)
        , m_headers(headers)
        , m_decimalMark(decimalMark)
    {}

    void addRow(const CsvRecord &record);
    /// Completes the last deal at the end of the file.
    void finish();

    QList<IncomingDeal> ready; ///< complete, valid deals not yet taken
    QList<ImportIssue> issues; ///< in the order found

private:
    QString cell(ImportField field) const { return rawCell(field).trimmed(); }
    QString rawCell(ImportField field) const
    {
        const int column = m_mapping.column(field);
        const QString text = column >= 0 ? m_row->fields.value(column) : QString();
        // Triplewin's own CSV guards formulas on export: the quote it added goes again, so the round trip is exact.
        return m_mapping.preset == ImportPreset::Triplewin ? unguardSpreadsheetFormula(text) : text;
    }
    void issue(const QString &message) { issues.append({m_row->line, message}); }
    std::optional<Money> amount(ImportField field, const QString &what, bool *ok);
    QDate date(ImportField field, const QString &what, bool *ok);
    QDateTime dateTime(ImportField field, const QString &what, bool *ok);
    bool readCrmRow(Deal *deal, DealOrigin *origin);
    bool firstRowOfRecord(const QString &key, const QString &what);
    bool readTriplewinRow(Deal *deal, DealOption *option, bool *hasOption);

    const ImportOptions &m_options;
    const ColumnMapping &m_mapping;
    const QStringList &m_headers;
    const QChar m_decimalMark; ///< given, settled by the file's amounts, or null
    /// The CRM a record id belongs to: the preset, or for a mapping by hand the file's columns (two systems mapped
    /// by hand must not share ids).
    QString originSource()
    {
        if (m_source.isEmpty()) {
            m_source = presetKey(m_mapping.preset);
            if (m_mapping.preset == ImportPreset::Custom) {
                QStringList names;
                for (const QString &header : m_headers)
                    names << normalized(header);
                m_source += u':' + QString::fromLatin1(QCryptographicHash::hash(names.join(u'\x1f').toUtf8(),
                                                                                QCryptographicHash::Sha256)
                                                           .toHex()
                                                           .left(16));
            }
        }
        return m_source;
    }
    QString m_source;
    void flush();
    void amountIssue(const QString &what, const QString &text, const CrmAmount &parsed);

    const CsvRecord *m_row = nullptr;
    // Triplewin files: the deal whose rows are being read (its rows are next to each other).
    std::optional<Deal> m_current;
    QString m_currentKey;
    qint64 m_currentLine = 0;
    bool m_currentBad = false;
    /// CRM files: the line of each record key seen, so one record on two rows is reported, not imported twice.
    QHash<QString, qint64> m_recordLines;
};

std::optional<Money> RowReader::amount(ImportField field, const QString &what, bool *ok)
{
    const QString text = cell(field);
    const CrmAmount parsed = parseCrmAmount(text, m_decimalMark);
    if (!parsed.ok) {
        amountIssue(what, text, parsed);
        *ok = false;
    }
    return parsed.value;
}

void RowReader::amountIssue(const QString &what, const QString &text, const CrmAmount &parsed)
{
    if (parsed.ambiguous)
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                          "%1 “%2” is ambiguous: it is a thousand times more where the separator "
                                          "groups thousands than where it is the decimal mark, and no other amount "
                                          "in the file says which. Give the decimal mark (Decimal mark in the import "
                                          "dialog, --decimal with the command line), or write the cents (1,234.00).")
                  .arg(what, text));
    else
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                          "%1 “%2” is not an amount (write it like 1234.50, $1,234.50 or 1.234,50 €; "
                                          "groups of three digits; at most two decimals).")
                  .arg(what, text));
}

QDate RowReader::date(ImportField field, const QString &what, bool *ok)
{
    const QString text = cell(field);
    bool valid = true;
    const QDate value = parseCrmDate(text, m_options.slashDates, &valid);
    if (!valid) {
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                          "%1 “%2” is not a date (write it like 2026-03-31, 3/31/2026 or 31.3.2026).")
                  .arg(what, text));
        *ok = false;
    }
    return value;
}

QDateTime RowReader::dateTime(ImportField field, const QString &what, bool *ok)
{
    const QString text = cell(field);
    bool valid = true;
    const QDateTime value = parseCrmDateTime(text, m_options.slashDates, &valid);
    if (!valid) {
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter", "%1 “%2” is not a date or time.")
                  .arg(what, text));
        *ok = false;
    }
    return value;
}

bool RowReader::firstRowOfRecord(const QString &key, const QString &what)
{
    const auto seen = m_recordLines.constFind(key);
    if (seen == m_recordLines.constEnd()) {
        m_recordLines.insert(key, m_row->line);
        return true;
    }
    issue(QCoreApplication::translate("Triplewin::Core::DealImporter", "%1 is also on line %2: one record, two rows.")
              .arg(what)
              .arg(*seen));
    return false;
}

bool RowReader::readCrmRow(Deal *deal, DealOrigin *origin)
{
    bool ok = true;
    deal->title = cell(ImportField::Title);
    if (deal->title.isEmpty()) {
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                          "The deal has no title (the column “%1” is empty).")
                  .arg(m_headers.value(m_mapping.column(ImportField::Title))));
        ok = false;
    }
    deal->customer = cell(ImportField::Customer);
    deal->salesperson = cell(ImportField::Salesperson);
    deal->status = DealStatus::Negotiating;
    const QString amountCell = cell(ImportField::Amount);
    const CrmAmount money = parseCrmAmount(amountCell, m_decimalMark);
    if (!money.ok) {
        amountIssue(QCoreApplication::translate("Triplewin::Core::DealImporter", "The amount"), amountCell, money);
        ok = false;
    }
    const QString currency = cell(ImportField::Currency).toUpper();
    if (!currency.isEmpty()) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(currency).hasMatch()) {
            issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                              "The currency “%1” is not a three-letter code such as EUR or USD.")
                      .arg(currency));
            ok = false;
        }
        deal->currency = currency;
    } else {
        deal->currency = money.currency.isEmpty() ? m_options.defaultCurrency : money.currency;
    }
    deal->expectedClose = date(ImportField::ExpectedClose,
                               QCoreApplication::translate("Triplewin::Core::DealImporter", "The close date"), &ok);
    deal->createdAt = dateTime(ImportField::CreatedAt,
                               QCoreApplication::translate("Triplewin::Core::DealImporter", "The creation date"), &ok);
    const QDateTime closedAt = dateTime(
        ImportField::EndedAt, QCoreApplication::translate("Triplewin::Core::DealImporter", "The closing date"), &ok);

    // Won or lost: from a status (Pipedrive), IsClosed/IsWon (Salesforce API) or the stage's name.
    const QString stage = cell(ImportField::Stage);
    const QString status = cell(ImportField::CrmStatus);
    QString stageKey = (status.isEmpty() ? stage : status).toLower();
    stageKey.remove(u' ').remove(u'_').remove(u'-');
    // "Closed Won", "closedwon", "Closed won (renewal)", Pipedrive's "won" and "lost".
    bool closed = stageKey == u"won" || stageKey == u"lost" || stageKey == u"closed" ||
                  stageKey.startsWith(u"closedwon") || stageKey.startsWith(u"closedlost");
    if (m_mapping.has(ImportField::IsClosed) && !cell(ImportField::IsClosed).isEmpty())
        closed = truthy(cell(ImportField::IsClosed));

    QStringList notes;
    notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "Imported from %1.")
                 .arg(presetName(m_mapping.preset));
    if (money.value)
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "CRM amount: %1")
                     .arg(amountText(*money.value, deal->currency));
    if (!stage.isEmpty())
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "CRM stage: %1").arg(stage);
    if (!status.isEmpty())
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "CRM status: %1").arg(status);
    if (m_mapping.has(ImportField::IsWon) && closed && !cell(ImportField::IsWon).isEmpty())
        notes << (truthy(cell(ImportField::IsWon))
                      ? QCoreApplication::translate("Triplewin::Core::DealImporter", "CRM result: won")
                      : QCoreApplication::translate("Triplewin::Core::DealImporter", "CRM result: lost"));
    if (!cell(ImportField::LostReason).isEmpty())
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "Lost reason: %1")
                     .arg(cell(ImportField::LostReason));
    if (!cell(ImportField::Probability).isEmpty())
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "Probability: %1")
                     .arg(cell(ImportField::Probability));
    if (!cell(ImportField::Pipeline).isEmpty())
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "Pipeline: %1")
                     .arg(cell(ImportField::Pipeline));
    if (!cell(ImportField::RecordId).isEmpty())
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter", "CRM record ID: %1")
                     .arg(cell(ImportField::RecordId));
    if (closed && !closedAt.isValid() && !deal->expectedClose.isValid())
        notes << QCoreApplication::translate("Triplewin::Core::DealImporter",
                                             "The CRM gave no close date; the import date was used.");
    // Every column the mapping does not use, with its header: nothing the CRM knew is lost ("Next Step",
    // "Forecast Category", "Type", custom fields).
    for (int column = 0; column < m_headers.size(); ++column) {
        const QString value = m_row->fields.value(column).trimmed();
        // The next step stays in the notes as it always was, mapped or not (it only lends an ending its reason).
        if (value.isEmpty() ||
            (column != m_mapping.column(ImportField::NextStep) &&
             std::find(m_mapping.columns.cbegin(), m_mapping.columns.cend(), column) != m_mapping.columns.cend()))
            continue;
        notes << QStringLiteral("%1: %2").arg(m_headers.at(column).trimmed(), value);
    }
    if (!rawCell(ImportField::Notes).trimmed().isEmpty())
        notes << QString() << rawCell(ImportField::Notes);
    deal->notes = notes.join(u'\n');

    // Where it came from: the CRM's record id, or (a file without ids) the owner, title and creation date.
    origin->source = originSource();
    const QString recordId = cell(ImportField::RecordId);
    if (!recordId.isEmpty()) {
        origin->recordKey = QStringLiteral("id:") + recordId;
        if (!firstRowOfRecord(
                origin->recordKey,
                QCoreApplication::translate("Triplewin::Core::DealImporter", "The record ID “%1”").arg(recordId)))
            ok = false;
    } else {
        origin->recordKey = naturalKey(*deal, cell(ImportField::CreatedAt));
        if (!firstRowOfRecord(origin->recordKey,
                              QCoreApplication::translate("Triplewin::Core::DealImporter",
                                                          "The same deal (owner, title and creation date) without a "
                                                          "record ID")))
            ok = false;
    }
    const QString isWon = m_mapping.has(ImportField::IsWon) ? cell(ImportField::IsWon) : QString();
    if (!closed)
        origin->state = QStringLiteral("open");
    else if (!isWon.isEmpty())
        origin->state = truthy(isWon) ? QStringLiteral("won") : QStringLiteral("lost");
    else if (stageKey.contains(u"won"))
        origin->state = QStringLiteral("won");
    else if (stageKey.contains(u"lost"))
        origin->state = QStringLiteral("lost");
    else
        origin->state = QStringLiteral("closed");
    origin->crmNotes = deal->notes;
    // Everything the CRM said: every cell of the row with its header, as written. Not the notes built from them,
    // which are translated, nor times read in the importer's zone: a re-import in another language or zone is
    // the same record, unchanged.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qsizetype column = 0; column < m_headers.size(); ++column) {
        hash.addData(m_headers.at(column).trimmed().toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
        hash.addData(m_row->fields.value(column).trimmed().toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    origin->contentHash = QString::fromLatin1(hash.result().toHex());

    if (closed) {
        // Won or lost in the CRM: ended, with an outcome nobody has assessed yet. Never a walk-away.
        DealEnding ending;
        ending.at = closedAt.isValid()              ? closedAt
                    : deal->expectedClose.isValid() ? dateOnlyTime(deal->expectedClose)
                                                    : QDateTime::currentDateTimeUtc();
        ending.by = deal->salesperson;
        ending.outcome = Outcome::Unknown;
        ending.walkedAway = false;
        // Why, where the CRM says: its lost reason, or else the next step it recorded.
        const QString why = !cell(ImportField::LostReason).isEmpty() ? cell(ImportField::LostReason)
                            : m_mapping.has(ImportField::NextStep)   ? cell(ImportField::NextStep)
                                                                     : QString();
        const ReasonForEnding reason = endingReasonFromCrm(why);
        ending.reason = reason.reason;
        ending.reasonNote = reason.note;
        deal->ending = ending;
        deal->status = DealStatus::Closed;
    }
    return ok;
}

bool RowReader::readTriplewinRow(Deal *deal, DealOption *option, bool *hasOption)
{
    bool ok = true;
    deal->uuid = cell(ImportField::Uuid);
    deal->title = rawCell(ImportField::Title);
    deal->customer = rawCell(ImportField::Customer);
    deal->customersCustomer = rawCell(ImportField::CustomersCustomer);
    deal->salesperson = rawCell(ImportField::Salesperson);
    const QString currency = cell(ImportField::Currency);
    if (!currency.isEmpty())
        deal->currency = currency;
    deal->expectedClose =
        date(ImportField::ExpectedClose,
             QCoreApplication::translate("Triplewin::Core::DealImporter", "The expected close date"), &ok);
    deal->notes = rawCell(ImportField::Notes);
    deal->createdAt = dateTime(ImportField::CreatedAt,
                               QCoreApplication::translate("Triplewin::Core::DealImporter", "The creation time"), &ok);
    deal->updatedAt =
        dateTime(ImportField::UpdatedAt,
                 QCoreApplication::translate("Triplewin::Core::DealImporter", "The time of the last change"), &ok);
    for (int party = 0; party < PartyCount; ++party) {
        const int first = int(ImportField::YouInterests) + 4 * party;
        PartyPreparation &prepared = deal->preparation[std::size_t(party)];
        prepared.interests = rawCell(ImportField(first));
        prepared.relationship = rawCell(ImportField(first + 1));
        prepared.referenceSource = rawCell(ImportField(first + 2));
        const QString confidence = cell(ImportField(first + 3)).toLower();
        if (const std::optional<Confidence> parsed = confidenceFromKey(confidence)) { // empty: not said
            prepared.confidence = *parsed;
        } else {
            issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                              "The confidence “%1” in %2 is not one of low, medium or high.")
                      .arg(confidence, fieldKey(ImportField(first + 3))));
            ok = false;
        }
    }
    QString concessionsError;
    if (const std::optional<ConcessionLedger> ledger =
            concessionsFromText(rawCell(ImportField::Concessions), &concessionsError)) {
        deal->concessions = *ledger;
    } else {
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter", "The concessions column: %1.")
                  .arg(concessionsError));
        ok = false;
    }
    const QString statusText = cell(ImportField::Status);
    if (!statusText.isEmpty()) {
        if (const std::optional<DealStatus> status = statusFromKey(statusText.toLower())) {
            deal->status = *status;
        } else {
            issue(QCoreApplication::translate(
                      "Triplewin::Core::DealImporter",
                      "The status “%1” is not one of preparing, negotiating, closed or walked_away.")
                      .arg(statusText));
            ok = false;
        }
    }
    const QDateTime closedAt =
        dateTime(ImportField::EndedAt,
                 QCoreApplication::translate("Triplewin::Core::DealImporter", "The time the deal ended"), &ok);
    if (closedAt.isValid()) {
        DealEnding ending;
        ending.at = closedAt;
        ending.by = rawCell(ImportField::EndedBy);
        ending.reason = cell(ImportField::EndingReason);
        ending.reasonNote = rawCell(ImportField::EndingNote).trimmed();
        const QString outcome = cell(ImportField::Ending);
        ending.walkedAway = outcome == u"walked_away";
        if (!ending.walkedAway) {
            ending.optionName = rawCell(ImportField::AgreedOption);
            if (const std::optional<Outcome> parsed =
                    outcomeFromKey(outcome.isEmpty() ? outcomeKey(Outcome::Unknown) : outcome)) {
                ending.outcome = *parsed;
            } else {
                issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                                  "The outcome “%1” is not one Triplewin knows.")
                          .arg(outcome));
                ok = false;
            }
            const ImportField resultFields[] = {ImportField::YouResult, ImportField::CustomerResult,
                                                ImportField::CustomersCustomerResult};
            for (int i = 0; i < PartyCount; ++i) {
                const QString key = cell(resultFields[i]);
                const std::optional<Result> result = resultFromKey(key.isEmpty() ? resultKey(Result::Unknown) : key);
                if (!result) {
                    issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                                      "The result “%1” is not one of win, even, lose or unknown.")
                              .arg(key));
                    ok = false;
                }
                ending.results[std::size_t(i)] = result.value_or(Result::Unknown);
            }
        }
        // A frozen ending must agree with itself: results that give another outcome, or a status that says the
        // deal is open, mean the row was edited by hand or the columns were shifted.
        const Outcome fromResults = outcomeOf(ending.results[0], ending.results[1], ending.results[2]);
        const bool anyResult = std::any_of(ending.results.cbegin(), ending.results.cend(),
                                           [](Result result) { return result != Result::Unknown; });
        if (ok && !ending.walkedAway && anyResult && fromResults != ending.outcome) {
            issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                              "The outcome “%1” contradicts the results (you: %2, customer: %3, "
                                              "their customer: %4), which make it “%5”.")
                      .arg(outcomeKey(ending.outcome), resultKey(ending.results[0]), resultKey(ending.results[1]),
                           resultKey(ending.results[2]), outcomeKey(fromResults)));
            ok = false;
        }
        const DealStatus ended = ending.walkedAway ? DealStatus::WalkedAway : DealStatus::Closed;
        if (ok && !statusText.isEmpty() && deal->status != ended) {
            issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                              "The status “%1” contradicts the ending (“%2” at %3): it should be "
                                              "“%4”.")
                      .arg(statusText, cell(ImportField::Ending), cell(ImportField::EndedAt), statusKey(ended)));
            ok = false;
        }
        deal->ending = ending;
    } else if (deal->status == DealStatus::Closed || deal->status == DealStatus::WalkedAway) {
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                          "The deal is marked %1 but has no time it ended.")
                  .arg(statusText));
        ok = false;
    }

    option->name = rawCell(ImportField::OptionName);
    const ImportField fields[PartyCount][3] = {
        {ImportField::YouValue, ImportField::YouReference, ImportField::YouReason},
        {ImportField::CustomerValue, ImportField::CustomerReference, ImportField::CustomerReason},
        {ImportField::CustomersCustomerValue, ImportField::CustomersCustomerReference,
         ImportField::CustomersCustomerReason},
    };
    bool anyAssessment = false;
    for (Party party : AllParties) {
        const auto &f = fields[partyIndex(party)];
        Assessment &assessment = option->assessment(party);
        const QString partyText = partyName(party);
        assessment.value = amount(
            f[0], QCoreApplication::translate("Triplewin::Core::DealImporter", "The value for “%1”").arg(partyText),
            &ok);
        assessment.referencePoint = amount(
            f[1],
            QCoreApplication::translate("Triplewin::Core::DealImporter", "The reference point for “%1”").arg(partyText),
            &ok);
        assessment.reason = rawCell(f[2]);
        anyAssessment = anyAssessment || !cell(f[0]).isEmpty() || !cell(f[1]).isEmpty() || !cell(f[2]).isEmpty();
    }
    *hasOption = !option->name.trimmed().isEmpty();
    if (!*hasOption && anyAssessment) {
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter", "The row has values but no option name."));
        ok = false;
    }
    return ok;
}

void RowReader::addRow(const CsvRecord &record)
{
    m_row = &record;
    // Salesforce report exports end with one-cell lines ("Confidential Information - Do Not Distribute",
    // "Copyright (c) 2000-2026 salesforce.com, inc. ...", "Generated By: ..."): not deals.
    if (m_mapping.preset == ImportPreset::Salesforce && record.fields.size() == 1 && m_headers.size() > 1)
        return;
    bool fieldsOk = true;
    // A NUL is not text: SQLite would cut the cell at it (a title that begins with one is empty to the database).
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (record.fields.at(i).contains(QChar(0))) {
            issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                              "The column “%1” holds a NUL character (a zero byte), which is not "
                                              "text: the file is damaged or not a text file.")
                      .arg(m_headers.value(i, QString::number(i + 1))));
            fieldsOk = false;
            break;
        }
    }
    // A short row would read its missing cells as empty: a closed deal without its owner, closed "now".
    if (fieldsOk && record.fields.size() < m_headers.size()) {
        issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                          "The row has %1 fields but the header %2: a line break or a delimiter "
                                          "missing, or the row was cut off?")
                  .arg(record.fields.size())
                  .arg(m_headers.size()));
        fieldsOk = false;
    }
    for (qsizetype i = m_headers.size(); fieldsOk && i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                              "The row has %1 fields but the header only %2: is a delimiter inside "
                                              "a field that is not in quotes?")
                      .arg(record.fields.size())
                      .arg(m_headers.size()));
            fieldsOk = false;
        }
    }
    if (m_mapping.preset != ImportPreset::Triplewin) {
        if (!fieldsOk)
            return;
        IncomingDeal incoming;
        incoming.line = record.line;
        DealOrigin origin;
        const bool ok = readCrmRow(&incoming.deal, &origin);
        if (ok) {
            if (const QString why = validationError(incoming.deal); !why.isEmpty()) {
                issue(why);
                return;
            }
            incoming.origin = std::move(origin);
            ready.append(std::move(incoming));
        }
        return;
    }

    Deal deal;
    DealOption option;
    bool hasOption = false;
    const bool ok = readTriplewinRow(&deal, &option, &hasOption) && fieldsOk;
    // Rows of one deal share its uuid; rows without one belong together while title and customer repeat.
    const QString key = deal.uuid.isEmpty() ? QStringLiteral("\x01") + deal.title + u'\x01' + deal.customer : deal.uuid;
    if (!m_current || key != m_currentKey) {
        flush();
        m_current = deal;
        m_currentKey = key;
        m_currentLine = record.line;
        m_currentBad = false;
    }
    if (ok && record.line != m_currentLine) {
        Deal first = *m_current;
        first.options.clear();
        if (!first.sameContentAs(deal) || first.createdAt != deal.createdAt || first.updatedAt != deal.updatedAt ||
            !(first.ending == deal.ending)) {
            issue(QCoreApplication::translate("Triplewin::Core::DealImporter",
                                              "This row belongs to the deal “%1” of line %2 but its deal columns "
                                              "(everything before the option) differ from that row's.")
                      .arg(m_current->title)
                      .arg(m_currentLine));
            m_currentBad = true;
            return;
        }
    }
    if (!ok)
        m_currentBad = true;
    else if (hasOption)
        m_current->options.append(option);
}

void RowReader::flush()
{
    if (!m_current)
        return;
    if (!m_currentBad) {
        if (const QString why = validationError(*m_current); !why.isEmpty())
            issues.append({m_currentLine, why});
        else
            ready.append(IncomingDeal{std::move(*m_current), std::nullopt, m_currentLine});
    }
    m_current.reset();
}

void RowReader::finish()
{
    flush();
}

/// One pass over a file: the header row, then deals one at a time.
class ImportRun
{
public:
    ImportRun(const ImportOptions &options, QIODevice *device)
        : m_options(options)
        , m_device(device)
        , m_reader(device)
    {}

    /// Reads the header and chooses the mapping; false with *error set when the file cannot be imported.
    bool start(ImportPreview *preview, ImportPreset *preset, QString *error);

    enum class Step
    {
        Deal,
        End,
        Cancelled,
        Error, ///< the file cannot be read further; see error
    };
    Step next(IncomingDeal *deal, int maxRows = -1);

    bool hasIssues() const { return !m_rows->issues.isEmpty(); }
    /// The decimal mark of the file's amounts: given, Triplewin's own ('.'), or what the CRM amounts agree on.
    QChar decimalMark();
    QList<ImportIssue> issues() const
    {
        QList<ImportIssue> sorted = m_rows->issues;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
        return sorted;
    }
    QString readError; ///< for Step::Error

private:
    bool progress()
    {
        return !m_options.progress ||
               m_options.progress(m_reader.bytesRead(), m_device->isSequential() ? 0 : m_device->size());
    }

    const ImportOptions &m_options;
    QIODevice *m_device;
    CsvReader m_reader;
    QStringList m_headers;
    ColumnMapping m_mapping;
    std::optional<RowReader> m_rows;
    int m_count = 0;
    bool m_finished = false;
};

bool ImportRun::start(ImportPreview *preview, ImportPreset *preset, QString *error)
{
    CsvRecord header;
    if (!m_reader.readRecord(&header)) {
        *error = m_reader.hasError()
                     ? m_reader.errorString()
                     : QCoreApplication::translate("Triplewin::Core::DealImporter", "The file is empty.");
        return false;
    }
    m_headers = header.fields;
    if (preview) {
        preview->headers = header.fields;
        preview->delimiter = m_reader.delimiter();
    }
    if (m_options.mapping) {
        m_mapping = *m_options.mapping;
    } else if (m_options.preset) {
        m_mapping = DealImporter::mappingFor(*m_options.preset, header.fields);
        if (!m_mapping.has(ImportField::Title)) {
            *error = QCoreApplication::translate("Triplewin::Core::DealImporter",
                                                 "The file has no title column for %1. Its columns are: %2.")
                         .arg(presetName(*m_options.preset), header.fields.join(QStringLiteral(", ")));
            return false;
        }
    } else if (const std::optional<ColumnMapping> detected = DealImporter::detect(header.fields)) {
        m_mapping = *detected;
    } else {
        *error = QCoreApplication::translate("Triplewin::Core::DealImporter",
                                             "The columns of this file are not those of a Triplewin, Salesforce, "
                                             "HubSpot or Pipedrive export, so Triplewin cannot tell which column "
                                             "holds what. Its columns are: %1.")
                     .arg(header.fields.join(QStringLiteral(", ")));
        return false;
    }
    *preset = m_mapping.preset;
    if (preview) {
        preview->mapping = m_mapping;
        preview->recognised = true;
    }
    const QChar mark = decimalMark();
    if (preview)
        preview->decimalMark = mark;
    m_rows.emplace(m_options, m_mapping, m_headers, mark);
    return true;
}

QChar ImportRun::decimalMark()
{
    if (!m_options.decimalMark.isNull())
        return m_options.decimalMark;
    if (m_mapping.preset == ImportPreset::Triplewin)
        return u'.'; // DealExporter writes plain amounts ("-1234.50")
    const int column = m_mapping.column(ImportField::Amount);
    if (column < 0 || m_device->isSequential())
        return {};
    // One pass over the amounts (the first 200,000 rows at most) before the import: an amount like "1,234.50" or
    // "12,5" shows which mark the file uses, and settles "1,234". Rows that disagree leave it open.
    // The main reader has read ahead: the scan reads from the start on the same device, which is then put back
    // where the main reader left it.
    const qint64 resumeAt = m_device->pos();
    if (!m_device->seek(0))
        return {};
    CsvReader scan(m_device, m_reader.delimiter());
    CsvRecord record;
    QChar settled;
    bool disagree = false;
    scan.readRecord(&record); // the header
    for (int rows = 0; rows < 200000 && !disagree && scan.readRecord(&record); ++rows) {
        const QChar mark = parseCrmAmount(record.fields.value(column)).decimalMark;
        if (mark.isNull())
            continue;
        disagree = !settled.isNull() && mark != settled;
        settled = mark;
    }
    m_device->seek(resumeAt);
    return disagree ? QChar() : settled;
}

ImportRun::Step ImportRun::next(IncomingDeal *deal, int maxRows)
{
    for (;;) {
        if (!m_rows->ready.isEmpty()) {
            *deal = m_rows->ready.takeFirst();
            return Step::Deal;
        }
        if (m_finished)
            return Step::End;
        CsvRecord record;
        if ((maxRows >= 0 && m_count >= maxRows) || !m_reader.readRecord(&record)) {
            if (m_reader.hasError()) {
                readError = m_reader.errorString();
                return Step::Error;
            }
            m_rows->finish();
            m_finished = true;
            if (!progress())
                return Step::Cancelled;
            continue;
        }
        m_rows->addRow(record);
        if (++m_count % 2000 == 0 && !progress())
            return Step::Cancelled;
    }
}

} // namespace

QString importSummary(const ImportResult &result)
{
    QStringList parts;
    parts << QCoreApplication::translate("Triplewin::Core::DealImporter", "%n new deal(s)", nullptr,
                                         int(result.ids.size()));
    if (!result.updatedIds.isEmpty())
        parts << QCoreApplication::translate("Triplewin::Core::DealImporter", "%n updated", nullptr,
                                             int(result.updatedIds.size()));
    if (result.unchanged > 0)
        parts << QCoreApplication::translate("Triplewin::Core::DealImporter", "%n unchanged", nullptr,
                                             int(result.unchanged));
    if (!result.conflicts.isEmpty())
        parts << QCoreApplication::translate("Triplewin::Core::DealImporter", "%n with changes not applied", nullptr,
                                             int(result.conflicts.size()));
    return QLocale().createSeparatedList(parts) + u'.';
}

QString presetKey(ImportPreset preset)
{
    switch (preset) {
    case ImportPreset::Triplewin:
        return QStringLiteral("triplewin");
    case ImportPreset::Salesforce:
        return QStringLiteral("salesforce");
    case ImportPreset::HubSpot:
        return QStringLiteral("hubspot");
    case ImportPreset::Pipedrive:
        return QStringLiteral("pipedrive");
    case ImportPreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<ImportPreset> presetFromKey(const QString &key)
{
    for (ImportPreset preset : {ImportPreset::Triplewin, ImportPreset::Salesforce, ImportPreset::HubSpot,
                                ImportPreset::Pipedrive, ImportPreset::Custom}) {
        if (presetKey(preset) == key.toLower())
            return preset;
    }
    return std::nullopt;
}

QString presetName(ImportPreset preset)
{
    switch (preset) {
    case ImportPreset::Triplewin:
        return QStringLiteral("Triplewin");
    case ImportPreset::Salesforce:
        return QStringLiteral("Salesforce");
    case ImportPreset::HubSpot:
        return QStringLiteral("HubSpot");
    case ImportPreset::Pipedrive:
        return QStringLiteral("Pipedrive");
    case ImportPreset::Custom:
        return QCoreApplication::translate("Triplewin::Core::DealImporter", "a CSV file");
    }
    return {};
}

QString fieldKey(ImportField field)
{
    static const char *const keys[] = {
        "title",
        "customer",
        "salesperson",
        "currency",
        "expected_close",
        "notes",
        "created_at",
        "uuid",
        "updated_at",
        "customers_customer",
        "status",
        "ended_at",
        "ended_by",
        "agreed_option",
        "ending",
        "you_result",
        "customer_result",
        "customers_customer_result",
        "option",
        "you_value",
        "you_reference",
        "you_reason",
        "customer_value",
        "customer_reference",
        "customer_reason",
        "customers_customer_value",
        "customers_customer_reference",
        "customers_customer_reason",
        "ending_reason",
        "ending_note",
        "you_interests",
        "you_relationship",
        "you_reference_source",
        "you_confidence",
        "customer_interests",
        "customer_relationship",
        "customer_reference_source",
        "customer_confidence",
        "customers_customer_interests",
        "customers_customer_relationship",
        "customers_customer_reference_source",
        "customers_customer_confidence",
        "concessions",
        "crm_record_id",
        "crm_stage",
        "crm_status",
        "crm_is_closed",
        "crm_is_won",
        "crm_amount",
        "crm_probability",
        "crm_pipeline",
        "crm_lost_reason",
        "crm_next_step",
    };
    static_assert(std::size(keys) == ImportFieldCount);
    return QString::fromLatin1(keys[int(field)]);
}

ColumnMapping DealImporter::mappingFor(ImportPreset preset, const QStringList &headers)
{
    ColumnMapping mapping;
    mapping.preset = preset;
    QStringList names;
    names.reserve(headers.size());
    for (const QString &header : headers)
        names << normalized(header);
    for (const auto &[field, aliases] : aliasesOf(preset)) {
        for (const QString &alias : aliases) {
            const qsizetype column = names.indexOf(alias);
            if (column >= 0) {
                mapping.setColumn(field, int(column));
                break;
            }
        }
    }
    return mapping;
}

std::optional<ColumnMapping> DealImporter::detect(const QStringList &headers)
{
    std::optional<ColumnMapping> best;
    int bestScore = 1; // a title and at least one more known column
    for (ImportPreset preset :
         {ImportPreset::Triplewin, ImportPreset::HubSpot, ImportPreset::Pipedrive, ImportPreset::Salesforce}) {
        const ColumnMapping mapping = mappingFor(preset, headers);
        if (!mapping.has(ImportField::Title))
            continue;
        if (preset == ImportPreset::Triplewin && !mapping.has(ImportField::Uuid) &&
            !mapping.has(ImportField::OptionName))
            continue;
        const int score = int(
            std::count_if(mapping.columns.cbegin(), mapping.columns.cend(), [](int column) { return column >= 0; }));
        if (score > bestScore) {
            bestScore = score;
            best = mapping;
        }
    }
    return best;
}

DealImporter::DealImporter(ImportOptions options)
    : m_options(std::move(options))
{}

ImportResult DealImporter::read(QIODevice *device, QList<Deal> *deals, int maxRows, ImportPreview *preview) const
{
    ImportResult result;
    ImportRun run(m_options, device);
    if (!run.start(preview, &result.preset, &result.error))
        return result;
    for (;;) {
        IncomingDeal incoming;
        switch (run.next(&incoming, maxRows)) {
        case ImportRun::Step::Deal:
            deals->append(std::move(incoming.deal));
            if (preview)
                preview->lines.append(incoming.line);
            if (incoming.origin && incoming.origin->recordKey.startsWith(u"key:") && preview)
                preview->naturalKeys = true;
            continue;
        case ImportRun::Step::End:
            break;
        case ImportRun::Step::Cancelled:
            result.status = ImportResult::Status::Cancelled;
            return result;
        case ImportRun::Step::Error:
            result.error = run.readError;
            return result;
        }
        break;
    }
    result.issues = run.issues();
    result.status = result.issues.isEmpty() || m_options.skipBadRows ? ImportResult::Status::Imported
                                                                     : ImportResult::Status::BadRows;
    return result;
}

ImportPreview DealImporter::preview(QIODevice *device, int maxRows) const
{
    ImportPreview preview;
    QList<Deal> deals;
    const ImportResult result = read(device, &deals, maxRows, &preview);
    preview.deals = deals;
    preview.issues = result.issues;
    if (!result.error.isEmpty())
        preview.issues.prepend({0, result.error});
    return preview;
}

ImportResult DealImporter::importInto(DealRepository &repository, QIODevice *device) const
{
    return sync(repository, device, -1, false);
}

ImportResult DealImporter::dryRun(DealRepository &repository, QIODevice *device, int maxRows) const
{
    return sync(repository, device, maxRows, true);
}

ImportResult DealImporter::sync(DealRepository &repository, QIODevice *device, int maxRows, bool dryRun) const
{
    ImportResult result;
    ImportRun run(m_options, device);
    if (!run.start(nullptr, &result.preset, &result.error))
        return result;
    // Deals are written as they are read, inside one transaction; a bad row, a cancel or a read error rolls
    // them all back. After the first bad row (without skipBadRows) the rest of the file is still read, to
    // report every bad row, but nothing more is written. A dry run counts the good rows whatever the bad ones.
    const bool stopAtBadRows = !m_options.skipBadRows && !dryRun;
    bool cancelled = false;
    QString readError;
    const Expected<SyncReport> report = repository.syncPulled(
        [&](IncomingDeal *incoming) {
            for (;;) {
                switch (run.next(incoming, maxRows)) {
                case ImportRun::Step::Deal:
                    if (run.hasIssues() && stopAtBadRows)
                        continue;
                    return DealRepository::Pull::Deal;
                case ImportRun::Step::End:
                    return run.hasIssues() && stopAtBadRows ? DealRepository::Pull::Abort : DealRepository::Pull::End;
                case ImportRun::Step::Cancelled:
                    cancelled = true;
                    return DealRepository::Pull::Abort;
                case ImportRun::Step::Error:
                    readError = run.readError;
                    return DealRepository::Pull::Abort;
                }
            }
        },
        dryRun);
    result.issues = run.issues();
    // Cancelled also when SQLite was interrupted mid-statement (DatabaseJobs::cancel()).
    if (cancelled || report.error().kind == StorageError::Kind::Cancelled) {
        result.status = ImportResult::Status::Cancelled;
    } else if (!readError.isEmpty()) {
        result.error = readError;
    } else if (!result.issues.isEmpty() && stopAtBadRows) {
        result.status = ImportResult::Status::BadRows;
    } else if (!report.ok()) {
        result.error = report.error().fullText();
    } else {
        result.status = result.issues.isEmpty() || m_options.skipBadRows ? ImportResult::Status::Imported
                                                                         : ImportResult::Status::BadRows;
        result.ids = report.value().addedIds;
        result.updatedIds = report.value().updatedIds;
        result.unchanged = report.value().unchanged;
        for (const auto &[line, action] : report.value().actions)
            result.actions.insert(line, action);
        for (const SyncReport::Note &note : report.value().conflicts)
            result.conflicts.append({note.line, QCoreApplication::translate("Triplewin::Core::DealImporter", "“%1”: %2")
                                                    .arg(note.title, note.message)});
    }
    return result;
}

} // namespace Triplewin::Core
