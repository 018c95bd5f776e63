#pragma once

#include "../domain/deal.h"
#include "../storage/dealrepository.h"
#include "../storage/storageerror.h"

#include <array>
#include <functional>
#include <optional>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Triplewin::Core {

class DealRepository;

/// Where a CSV file came from; decides the column names recognised and how rows become deals.
enum class ImportPreset
{
    Triplewin,  ///< Triplewin's own export (DealExporter): one row per option, every field
    Salesforce, ///< opportunity reports (labels such as "Opportunity Name") or API exports (Name, StageName, ...)
    HubSpot,    ///< deal exports ("Deal Name", "Deal Stage", ...)
    Pipedrive,  ///< deal exports ("Deal - Title", "Deal - Value", ...)
    Custom,     ///< a mapping given by the user, read like a CRM export
};

/// Stable names for --preset and JSON ("triplewin", "salesforce", "hubspot", "pipedrive", "custom").
QString presetKey(ImportPreset preset);
std::optional<ImportPreset> presetFromKey(const QString &key);
/// The preset as shown to users ("Salesforce", ...).
QString presetName(ImportPreset preset);

/// What a column can hold. The first group is shared by every preset; the second exists only in Triplewin's own
/// files; the third only in CRM exports.
enum class ImportField
{
    Title,
    Customer,
    Salesperson,
    Currency,
    ExpectedClose,
    Notes,
    CreatedAt,
    // Triplewin
    Uuid,
    UpdatedAt, ///< when the deal was last saved before the export: a re-import applies a file's edits only then
    CustomersCustomer,
    Status,
    EndedAt,
    EndedBy,
    AgreedOption,
    Ending,
    YouResult,
    CustomerResult,
    CustomersCustomerResult,
    OptionName,
    YouValue,
    YouReference,
    YouReason,
    CustomerValue,
    CustomerReference,
    CustomerReason,
    CustomersCustomerValue,
    CustomersCustomerReference,
    CustomersCustomerReason,
    EndingReason, ///< why it ended: a standard reason key or a user's own (endingreason.h)
    EndingNote,
    /// What was prepared about each party (partypreparation.h), four fields per party in Party order.
    YouInterests,
    YouRelationship,
    YouReferenceSource,
    YouConfidence, ///< low, medium, high; empty when not said
    CustomerInterests,
    CustomerRelationship,
    CustomerReferenceSource,
    CustomerConfidence,
    CustomersCustomerInterests,
    CustomersCustomerRelationship,
    CustomersCustomerReferenceSource,
    CustomersCustomerConfidence,
    /// The concession ledger as the JSON array concessionsJson() writes (concession.h); empty for none.
    Concessions,
    // CRM
    RecordId,
    Stage,
    CrmStatus, ///< Pipedrive's open / won / lost
    IsClosed,  ///< Salesforce API
    IsWon,     ///< Salesforce API
    Amount,
    Probability,
    Pipeline,
    LostReason,
    NextStep, ///< Salesforce's "Next Step": the reason a deal ended when no lost reason is given
};
inline constexpr int ImportFieldCount = int(ImportField::NextStep) + 1;

/// The column header Triplewin writes for @p field ("title", "you_value", ...).
QString fieldKey(ImportField field);

/// Which column (0-based) holds each field; -1 when the file has none. A plain value so a preview can show it
/// and a user can change it before importing.
struct ColumnMapping
{
    ImportPreset preset = ImportPreset::Custom;
    std::array<int, ImportFieldCount> columns;

    ColumnMapping() { columns.fill(-1); }
    int column(ImportField field) const { return columns[std::size_t(field)]; }
    void setColumn(ImportField field, int column) { columns[std::size_t(field)] = column; }
    bool has(ImportField field) const { return column(field) >= 0; }
};

/// How to read d/d/yyyy dates where both numbers could be the month (3/4/2026).
enum class SlashDates
{
    MonthFirst, ///< US: 3/4/2026 is March 4
    DayFirst,   ///< 3/4/2026 is 3 April
};

/// An amount as CRM exports write it ("$1,234.50", "1.234,50 €", "EUR 12 000", "(250.00)"). Empty text is ok
/// with no value. Money has at most two decimals. With both '.' and ',', the last one is the decimal mark; a mark
/// that appears more than once groups thousands. Grouping must be regular: one kind of separator, a first group of
/// 1-3 digits not starting with 0, then groups of exactly three ("1,2,3", "1,234,5" and "0.125" are refused, never
/// guessed). A single separator followed by exactly three digits ("1,234", "12.500") is ambiguous: 1234 or 1.234.
/// Without @p decimalMark it is refused as ambiguous; with it ('.' or ','), that mark is the decimal one.
struct CrmAmount
{
    std::optional<Money> value;
    QString currency; ///< ISO code from a sign or code in the text ("$" → USD), or empty
    bool ok = true;
    bool ambiguous = false; ///< refused only because the decimal mark is not known (see above)
    QChar decimalMark;      ///< the decimal mark the text shows the file uses ('.', ','), or null when it shows none
};
CrmAmount parseCrmAmount(const QString &text, QChar decimalMark = QChar());

/// The date part of ISO (2026-03-31, 2026-03-31T10:00Z, 2026-03-31 10:00), yyyy/mm/dd, d.m.yyyy, and m/d/yyyy
/// or d/m/yyyy texts. Sets @p ok false for text that is not empty and not a date; empty text gives an invalid
/// date with ok true.
QDate parseCrmDate(const QString &text, SlashDates slashDates, bool *ok);

/// A point in time from a CRM or Triplewin cell: with a zone or offset it is that instant; a date and time without
/// one ("2026-10-31 17:00", "10/31/2026 5:00 PM") is the importing user's local time; a date alone is a calendar
/// day, stored at noon UTC (dateOnlyTime()) so that it shows as that day in every zone from UTC-12 to UTC+11. Sets
/// @p ok false for text that is none of these; empty text gives an invalid QDateTime with ok true.
QDateTime parseCrmDateTime(const QString &text, SlashDates slashDates, bool *ok);
/// The instant a date without a time is kept as: noon UTC of that day.
QDateTime dateOnlyTime(const QDate &date);

/// A row that cannot be imported, and why (translated, plain words).
struct ImportIssue
{
    qint64 line = 0; ///< physical line in the file, 1-based; 0 for the file as a whole
    QString message;
};

/// What DealImporter::preview() found: enough for a preview table and a mapping editor.
struct ImportPreview
{
    QStringList headers;
    QChar delimiter;
    bool recognised = false; ///< a preset matched the headers (or a mapping was given)
    ColumnMapping mapping;
    QList<Deal> deals;   ///< the first deals as they would be imported
    QList<qint64> lines; ///< the line each of them starts on
    /// The decimal mark the rows are read with: given, or settled by the file's amounts (null when neither). Give
    /// it to the next run over the same file and its amounts are not scanned again.
    QChar decimalMark;
    QList<ImportIssue> issues; ///< problems in the rows read
    /// A CRM file without record IDs (or rows without one): its deals are recognised on a re-import by the CRM,
    /// owner, title and creation date instead, so a deal renamed in the CRM comes in as a new one.
    bool naturalKeys = false;
};

struct ImportResult
{
    enum class Status
    {
        Imported,  ///< every deal was added or synced (bad rows skipped only when asked)
        BadRows,   ///< nothing was added: see issues
        Cancelled, ///< nothing was added
        Failed,    ///< nothing was added: the file could not be read or the database refused (see error)
    };
    Status status = Status::Failed;
    ImportPreset preset = ImportPreset::Custom;
    QList<qint64> ids;            ///< the new deals' ids, in file order (of a dry run: ids that were rolled back)
    QList<qint64> updatedIds;     ///< deals already here whose CRM fields (or content) were updated
    qint64 unchanged = 0;         ///< deals already here that the file does not change
    QList<ImportIssue> conflicts; ///< deals already here whose change was not (entirely) applied, and why
    /// A dry run only: what the import would do with the deal starting on each line.
    QHash<qint64, SyncAction> actions;
    QList<ImportIssue> issues; ///< bad rows (also the skipped ones when skipBadRows is set)
    QString error;             ///< for Failed
};

/// One sentence for users: how many deals were added, updated, unchanged and conflicting ("2 new deals, 1
/// updated, 5 unchanged, 1 with changes not applied."). Counts that are 0 are left out, except the new deals.
QString importSummary(const ImportResult &result);

struct ImportOptions
{
    std::optional<ImportPreset> preset;   ///< detected from the header row when empty
    std::optional<ColumnMapping> mapping; ///< a user's mapping; wins over the preset's
    /// Default false: one bad row refuses the whole file. True imports the good rows and lists the bad ones.
    bool skipBadRows = false;
    SlashDates slashDates = SlashDates::MonthFirst;
    /// The decimal mark of the file's amounts ('.' or ','): settles "1,234". Null: the file's unambiguous amounts
    /// settle it (when they all agree), and an amount nothing settles is a bad row.
    QChar decimalMark;
    /// For CRM rows with no currency column and no currency sign in the amount.
    QString defaultCurrency = QStringLiteral("EUR");
    /// Called while reading with the bytes read so far and the device size (0 when unknown). Returning false
    /// cancels: nothing is written.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// Turns CSV files into deals: Triplewin's own export and CRM exports (Salesforce, HubSpot, Pipedrive).
///
/// CRM rows carry no three-party assessments, so imported CRM deals have no options: the values are unknown
/// until the salesperson fills them in. What the CRM knows beyond title, customer, owner, currency and dates
/// (its amount, stage, probability, pipeline, record id, lost reason) is kept as plain lines in the deal's notes,
/// so nothing is lost and nothing is mistaken for a party's value. A CRM deal that is won or lost becomes a closed
/// deal with an unknown outcome, closed on its close date (a lost deal never becomes "walked away": that is a
/// choice only the salesperson makes). Open CRM deals are "negotiating".
///
/// Amounts may carry currency signs or codes and thousands separators ("$1,234.50", "1.234,50 €",
/// "EUR 12 000"); a single separator followed by exactly three digits is a thousands separator. Dates may be
/// ISO (with or without a time), yyyy/mm/dd, d.m.yyyy, or m/d/yyyy (d/m/yyyy when the first number is over
/// 12, or always with SlashDates::DayFirst).
class DealImporter final
{
public:
    explicit DealImporter(ImportOptions options = {});

    /// The preset whose column names best match @p headers, with its mapping; std::nullopt when none does.
    static std::optional<ColumnMapping> detect(const QStringList &headers);
    /// The mapping of @p preset for @p headers (columns the file lacks stay -1).
    static ColumnMapping mappingFor(ImportPreset preset, const QStringList &headers);

    /// Reads the header and up to @p maxRows data rows (rows, not deals) without touching any database.
    ImportPreview preview(QIODevice *device, int maxRows) const;

    /// Reads the whole file and syncs its deals in one transaction (DealRepository::syncPulled), writing as it
    /// reads so memory stays flat however big the file: either all of it is applied, or the database is left
    /// exactly as it was (a bad row without skipBadRows, a cancel, a read error or a database error). Every bad
    /// row is reported, not only the first. Rows of one Triplewin deal must be next to each other (as exported).
    ///
    /// Importing the same file again changes nothing: a CRM deal is recognised by its CRM and record ID (or,
    /// without one, its owner, title and creation date) and only its CRM fields are updated; a Triplewin deal by
    /// its uuid. See DealRepository::syncPulled() for what is updated, left and reported.
    ImportResult importInto(DealRepository &repository, QIODevice *device) const;
    /// What importInto() would do with the file (or its first @p maxRows rows): the same counts and reports, with
    /// the database left as it was. Bad rows are listed and the good ones counted.
    ImportResult dryRun(DealRepository &repository, QIODevice *device, int maxRows = -1) const;

    /// Reads the file (or its first @p maxRows data rows) into deals without saving them; fills @p preview's
    /// headers, delimiter and mapping when given.
    ImportResult read(QIODevice *device, QList<Deal> *deals, int maxRows = -1, ImportPreview *preview = nullptr) const;

private:
    ImportResult sync(DealRepository &repository, QIODevice *device, int maxRows, bool dryRun) const;

    ImportOptions m_options;
};

} // namespace Triplewin::Core
